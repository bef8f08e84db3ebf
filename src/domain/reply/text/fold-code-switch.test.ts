import { describe, expect, it } from 'vitest';
import { classifyReply } from '../classify.ts';
import { CODE_SWITCH, IN_ENGLISH, englishMatrix } from './fold-code-switch.ts';
import { normalize, toOriginal } from './normalize.ts';

describe('English inside Chinese (code-switching)', () => {
  it.each(CODE_SWITCH.map((e) => [e.pattern, e.example, e.folds]))('%s: %s folds to %s', (_pattern, example, folds) => {
    expect(normalize(example).text).toBe(folds);
  });

  it('keeps evidence on the English words the trainee typed', () => {
    const reply = '我已經escalate咗俾supervisor';
    const f = normalize(reply);
    const at = f.text.indexOf('主管');
    const span = toOriginal(f, at, at + 2);
    expect(reply.slice(span.start, span.end)).toBe('supervisor');
  });

  it('reads moves typed half in English the way it reads them in Chinese', () => {
    expect(classifyReply('我聽朝十點前call返你').acts).toContain('commit_followup');
    expect(classifyReply('Sorry 囉,我而家即刻幫你check下').acts).toEqual(expect.arrayContaining(['apologize', 'propose_solution']));
  });

  it.each(IN_ENGLISH.map((e) => [e.pattern, e.example, e.folds]))('in an English sentence, %s: %s folds to %s', (_pattern, example, folds) => {
    expect(normalize(example).text).toBe(folds);
  });

  it('tells an English sentence with Chinese words from a Chinese one with English words by its function words', () => {
    expect(englishMatrix('sorry we 搞错了')).toBe(true);
    expect(englishMatrix('i will 跟进 personally')).toBe(true);
    expect(englishMatrix('我现在帮你check下')).toBe(false);
    expect(englishMatrix('ok唔ok呀')).toBe(false);
    expect(englishMatrix('你自己冇 read 个 t&c 啫,我们个 website 写到明')).toBe(false);
  });

  it('reads an English sentence with Chinese words in it the way it reads the English (lex14)', () => {
    expect(classifyReply('sorry we 搞錯咗').acts).toContain('apologize');
    expect(classifyReply('I will 跟進 personally').acts).toContain('take_ownership');
    expect(classifyReply('Sorry Mr 陳, I will call you back tomorrow before 5pm').acts).toEqual(expect.arrayContaining(['apologize', 'commit_followup']));
    expect(classifyReply('陳太, I will check with the warehouse and update you by 3pm today').acts).toContain('commit_followup');
    // A Chinese name stays as typed, and evidence points at the Chinese words the trainee typed.
    const reply = 'sorry we 搞錯咗';
    const f = normalize(reply);
    const at = f.text.indexOf('made a mistake');
    const span = toOriginal(f, at, at + 'made a mistake'.length);
    expect(reply.slice(span.start, span.end)).toBe('搞錯咗');
  });

  it('reads each sentence in its own language when a reply switches between sentences (lex16)', () => {
    // An English sentence, then a Chinese one: the remedy in the second is read in Chinese.
    expect(classifyReply('sorry for the late reply 🙏 我哋已經幫你 refund 咗').acts).toEqual(expect.arrayContaining(['apologize', 'propose_solution']));
    expect(classifyReply('Sorry for the delay. 我们今天下午 5 点前给您 update').acts).toEqual(expect.arrayContaining(['apologize', 'commit_followup']));
    // A Chinese sentence, then an English one.
    expect(classifyReply('對唔住搞到你等咗咁耐。I will call you back before 6pm today.').acts).toEqual(expect.arrayContaining(['apologize', 'commit_followup']));
    // The stop of a time (10.30am) ends no sentence, and the "am" of a time is no English grammar.
    expect(englishMatrix('我现在帮你预约个技术员,明天10am上来查个water heater')).toBe(false);
    expect(normalize('聽日 10.30am 幫你 book 個 technician').text).toBe('明天10.30am帮你预约个技术员');
    // Evidence still points at what was typed in the later sentence.
    const reply = 'Sorry for the wait. 我而家即刻幫你 arrange 換貨';
    const f = normalize(reply);
    const at = f.text.indexOf('安排');
    const span = toOriginal(f, at, at + 2);
    expect(reply.slice(span.start, span.end)).toBe('arrange');
  });

  it('leaves English replies to the English lexicon', () => {
    expect(normalize("Sorry, I'll call you back by 5").text).toBe('sorry, i will call you back by 5');
  });

  // lex24 (issue 12): forwarding, understanding, "take your time", a bug fixed by a time, chat-app names and English
  // roles read inside Chinese as their Chinese words — probes in Cantonese and Mandarin typing, and English replies
  // with the same moves, so both directions are held.
  it.each([
    ['份投訴我頭先已經forward咗去我哋supervisor度', 'escalate'],
    ['你嘅情況我fwd咗俾主管,佢今晚會覆你', 'escalate'],
    ['我完全understand你有幾frustrated', 'empathize'],
    ['我明白你好upset,take your time,我喺度', 'empathize'],
    ['这个bug工程师今晚就会上线修复', 'propose_solution'],
    ['收到🙏 我哋今日內幫你搞掂,四點前wtsapp你', 'commit_followup'],
    ['嗰個intern成日key錯資料,好粗心', 'blame_colleague'],
    ["I've forwarded your complaint to my supervisor.", 'escalate'],
    ['I understand how frustrating this is.', 'empathize'],
  ] as const)('reads %s as %s', (reply, move) => {
    expect(classifyReply(reply).acts).toContain(move);
  });

  it('leaves a fix we cannot make, or a question about one, unoffered', () => {
    expect(classifyReply('技术那边今晚修复不了,要等明天').acts).not.toContain('propose_solution');
    expect(classifyReply('你们的bug今天内搞定了没有?').acts).not.toContain('propose_solution');
  });
});

// lex29 (issue 12, blind29): "IT" is the desk, not the pronoun, where it touches a Chinese noun (IT嘢, IT部) or names a
// team (IT support); a Cantonese sentence that mentions it twice keeps its Chinese grammar, so a deflection reads.
describe('IT as information technology', () => {
  it('keeps a Cantonese sentence about IT Chinese', () => {
    expect(englishMatrix('呢啲 it 嘢唔經我哋,你自己 email 去 it support 啦')).toBe(false);
    expect(classifyReply('呢啲 IT 嘢唔經我哋,你自己 send email 去 IT support 問啦').acts).toContain('deflect');
    expect(classifyReply('这些IT部的东西不归我们管,你自己去找IT team吧').acts).toContain('deflect');
  });
  it('still reads "it" as a pronoun in an English sentence', () => {
    expect(englishMatrix('i will check it and call you back 今晚')).toBe(true);
    expect(classifyReply("Sorry it took so long, I'll 跟進 personally").acts).toContain('apologize');
  });
});
