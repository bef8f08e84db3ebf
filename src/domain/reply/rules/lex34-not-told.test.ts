// lex34 (issue 12; blind35, blind36 y210 and y217, blind37 z181 — three writers; lex33 left the English): the trainee
// says he will not or did not tell her to calm down or hurry her — the listed phrase refused, not said — and that clause
// is not her story retold beside the empathy. The listed phrases said beside a "nobody" stay read.
import { describe, expect, it } from 'vitest';
import { classifyReply } from '../classify.ts';

const acts = (t: string) => classifyReply(t).acts;

describe('lex34: a calm-down or a hurry refused is not said', () => {
  it.each([
    ['我冇叫你冷靜啊，我明白你點解咁嬲。', 'dismiss_emotion'],
    ['不會叫您冷靜的，換了是我也會生氣。', 'dismiss_emotion'],
    ['Nobody is asking you to calm down, you have every reason to be upset.', 'dismiss_emotion'],
    ["Nobody's asking you to calm down.", 'dismiss_emotion'],
    ["No one's asking you to calm down, you've every right to be cross.", 'dismiss_emotion'],
    ['No one here is going to rush you, take your time.', 'rush'],
    ['我们不会催您的，您想好了再决定。', 'rush'],
  ])('%s', (text, move) => {
    expect(acts(text)).not.toContain(move);
    expect(acts(text)).not.toContain('paraphrase');
  });

  it.each([
    ['你冷靜一點，冇人會幫你嘅。', 'dismiss_emotion'],
    ['Calm down, nobody is listening to you.', 'dismiss_emotion'],
    ['Hurry up, nobody has all day.', 'rush'],
    ['你快点啦，后面还有人等着。', 'rush'],
  ])('still reads %s', (text, move) => {
    expect(acts(text)).toContain(move);
  });
});
