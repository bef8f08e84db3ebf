// A room she is taken aside to talk in is not the room offered as her remedy (room-to-talk.ts).
import { describe, expect, it } from 'vitest';
import { shipped } from '../scenario/test-support/shipped.ts';
import { createReader } from './read-reply.ts';

const read = createReader(shipped('restaurant-public-review'));
const room = (text: string) => read(text).details.remedies.length > 0;

describe('a room to talk in', () => {
  it('is not her remedy (blind t15-31, t16-33; en, zh-Hans, yue)', () => {
    expect(room("Would you come with me to the private room just here? It's quieter, and I can give you my full attention.")).toBe(false);
    expect(room('麦小姐，这里太吵，我们到旁边包间坐下来说，好吗？')).toBe(false);
    expect(room('呢度太嘈，我哋入去包房慢慢傾，好唔好？')).toBe(false);
  });

  it('is still her remedy when the room is for the party, even said with a move somewhere quieter', () => {
    expect(room('这样安排您看行不行：全家换到这间包间，清静些；厨房马上现做寿桃和蛋糕。')).toBe(true);
    expect(room('I have a private room for eight ready in ten minutes.')).toBe(true);
    // Talking, with no move aside: the room named is the offer.
    expect(room('我跟厨房说好了，十分钟后给你们换到包间。')).toBe(true);
  });
});
