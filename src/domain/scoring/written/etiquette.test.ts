import { describe, expect, it } from 'vitest';
import { CHAT_MAX_CHARS, CHAT_MAX_LINES, CHAT_MAX_WORDS, greetingOf, lengthOf, signOffOf, unexplainedJargon, wallOfText } from './etiquette.ts';

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

describe('written etiquette measures', () => {
  it('finds the greeting an email opens with, in English and Chinese', () => {
    expect(greetingOf('Dear Mr Yeung,\n\nThank you for writing.', 'en')).toEqual({ start: 0, end: 4 });
    expect(greetingOf('Hi Amy, sorry about the cake.', 'en')).not.toBeNull();
    expect(greetingOf('楊先生您好：\n收到您的來信。', 'zh-Hant')).not.toBeNull();
    expect(greetingOf('杨先生：\n收到您的来信。', 'zh-Hans')).not.toBeNull();
    // A greeting buried in the body is not an opening.
    expect(greetingOf('We have received your complaint. Dear Mr Yeung, sorry.', 'en')).toBeNull();
    expect(greetingOf('收到您的投訴，楊先生您好。', 'zh-Hant')).toBeNull();
  });

  it('finds a sign-off only in the last lines of an email', () => {
    expect(signOffOf('Dear Mr Yeung,\nThe lift is fixed today.\n\nKind regards,\nAmy Lau', 'en')).not.toBeNull();
    expect(signOffOf('楊先生您好：\n今日內修好。\n\n祝 安好\n管理處 陳大文 敬上', 'zh-Hant')).not.toBeNull();
    expect(signOffOf('Dear Mr Yeung,\nThe lift is fixed today.', 'en')).toBeNull();
    // A signature alone below the body closes a later email in a thread; a closing wish does too.
    expect(signOffOf('張先生：\n\n工程師今日下晝兩點到場。\n\n李家明', 'zh-Hant')).toEqual({ start: 20, end: 23 });
    expect(signOffOf('Dear Mr Cheung,\n\nThe engineer is on site now.\n\nKaren Lee, Duty Supervisor', 'en')).not.toBeNull();
    expect(signOffOf('張先生：\n\n聽朝同事九點上嚟。\n\n祝伯伯身體健康。', 'zh-Hant')).not.toBeNull();
    // A last line that is body text is not a signature: a sentence, no blank line before it, lower case.
    expect(signOffOf('張先生：\n\n工程師今日下晝兩點到場。', 'zh-Hant')).toBeNull();
    expect(signOffOf('張先生：\n工程師今日下晝兩點到場\n李家明', 'zh-Hant')).toBeNull();
    expect(signOffOf('Dear Mr Cheung,\n\nthe engineer is on site', 'en')).toBeNull();
    // "Thanks" far from the end is the body, not the close.
    expect(signOffOf(`Thanks for writing. ${words(30)} and the engineer comes at 3 pm today to fix it properly.`, 'en')).toBeNull();
  });

  it('measures chat length in words (English) and characters (Chinese) and counts lines', () => {
    expect(lengthOf("I'm so sorry, Ms Chan.", 'en')).toBe(5);
    expect(lengthOf('陳小姐，對不起。', 'zh-Hant')).toBe(6);
    expect(wallOfText(words(CHAT_MAX_WORDS), 'en')).toBeNull();
    expect(wallOfText(words(CHAT_MAX_WORDS + 1), 'en')).toEqual({ length: CHAT_MAX_WORDS + 1, lines: 1, max: CHAT_MAX_WORDS });
    expect(wallOfText('好'.repeat(CHAT_MAX_CHARS + 1), 'zh-Hant')?.length).toBe(CHAT_MAX_CHARS + 1);
    expect(wallOfText(Array.from({ length: CHAT_MAX_LINES + 1 }, () => 'ok').join('\n'), 'en')?.lines).toBe(CHAT_MAX_LINES + 1);
  });

  it('flags internal codes and jargon unless explained, with plain words for each', () => {
    const [sla] = unexplainedJargon('We are within SLA for your case.');
    expect(sla?.term).toBe('SLA');
    expect(sla?.plain.en).toMatch(/promise/);
    expect(unexplainedJargon('I have raised 工單 for you')[0]?.plain['zh-Hant']).toBe('維修申請');
    expect(unexplainedJargon('Your ticket INC-20931 is escalated.').map((j) => j.term)).toEqual(['INC-20931']);
    // Explained: a reference number introduced as one, a term with its meaning in brackets.
    expect(unexplainedJargon('Your reference number is INC-20931.')).toEqual([]);
    expect(unexplainedJargon('The ETA (the time the van should arrive) is 4 pm.')).toEqual([]);
    expect(unexplainedJargon('I am so sorry, let me check the delivery for you.')).toEqual([]);
  });
});
