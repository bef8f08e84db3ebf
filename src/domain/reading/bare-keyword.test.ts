// A remedy's keywords listed between commas are not an offer of it (bare-keyword.ts).
import { describe, expect, it } from 'vitest';
import { shipped } from '../scenario/test-support/shipped.ts';
import { createReader } from './read-reply.ts';

const read = createReader(shipped('stairwell-pram'));
const remedies = (text: string) => read(text).details.remedies;

describe('a remedy named as a bare keyword', () => {
  it('is not named when its clause holds only keywords, times and owners (yue, zh-Hans, en)', () => {
    expect(remedies('儲物室今日五點我負責，逐層一視同仁，對唔住。')).toEqual([]);
    expect(remedies('明白明白，你好辛苦，儲物室，掛牆鞋架，今日。')).toEqual([]);
    expect(remedies('抱歉，储物室，今天，我负责，一视同仁。')).toEqual([]);
    expect(remedies('Sorry. Storage room, today, 5pm, I am responsible, same rule, every floor.')).toEqual([]);
  });

  it('is not named in a reply that is mostly such a list, even beside a recited label', () => {
    expect(remedies('我負責跟進，今日五點儲物室，一視同仁，逐層巡查，對唔住。')).toEqual([]);
  });

  it('is named when a clause does something with it', () => {
    expect(remedies('我今日五點前幫你喺儲物室留個位。')).toEqual(['storage']);
    expect(remedies("I'll keep a space in the storage room for you from tonight.")).toEqual(['storage']);
    expect(remedies('好的，储物室那边，今天五点前我帮您安排好。')).toEqual(['storage']);
  });

  it('is named when it sums up the clause before it in the same sentence', () => {
    expect(remedies('二十樓、十二樓我今個禮拜都會貼同樣嘅通知，全座一視同仁。')).toEqual(['same-for-all']);
    expect(remedies('The 20th and 12th floors will get the same notice this week — the whole building, the same rule.')).toEqual(['same-for-all']);
  });

  it('is named when the owner right before it does it ("I\'ll turn a blind eye")', () => {
    expect(remedies("Fine, leave it there, I'll turn a blind eye.")).toContain('allow');
  });
});

describe('a keyword list', () => {
  const resident = createReader(shipped('angry-resident'));
  it('takes nothing on and commits nothing: 我跟進 / "I\'m responsible" between keywords is no ownership', () => {
    expect(resident('明白明白，師傅今日，12B業主，我跟進。').acts).not.toContain('commit_followup');
    expect(resident('明白明白，師傅今日，12B業主，我跟進。').acts).not.toContain('take_ownership');
    expect(read('Storage room, today 5 pm, I will follow up, every floor, same rule.').acts).not.toContain('commit_followup');
  });

  it('leaves a short reply that says what is done alone', () => {
    expect(resident('好的，我今日三點前叫師傅上嚟，我親自跟進。').acts).toContain('take_ownership');
  });
});
