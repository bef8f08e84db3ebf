import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { classifyReply } from '../classify.ts';
import { parseLabelled } from '../eval/evaluate-set.ts';
import type { MoveId } from '../moves.ts';
import { compileBackoff, scoreAll, type BackoffModel } from './backoff.ts';
import { extractFeatures, STOPWORDS } from './features.ts';
import { isLearned, learnedMoves } from './learned.ts';
import model from './model.json' with { type: 'json' };

const set = (name: string) =>
  readFileSync(fileURLToPath(new URL(`../../../../tests/eval/${name}-replies.jsonl`, import.meta.url)), 'utf8').split('\n').filter((l) => l.trim()).map((l) => parseLabelled(JSON.parse(l)));
const replies = ['blind17', 'blind20', 'blind25', 'blind27', 'blind30', 'blind31', 'blind34', 'blind35'].flatMap(set);
const learnedOn = replies.map((r) => ({ r, a: classifyReply(r.text, { locale: r.locale }) })).filter(({ a }) => a.evidence.some(isLearned));

/** A one-feature model: `zorgle` is empathy (a word no lexicon knows, so only the back-off can read it). */
const toy = (move: MoveId = 'empathize') =>
  compileBackoff({ about: { trainer: 'test', trainedOn: [], replies: 0, judgeSetsRefused: [], note: '' }, moves: [move], bias: [-200], thresholds: [0.5], scale: 100, features: { zorgle: [0, 1000] } } satisfies BackoffModel);
const withToy = (text: string, move?: MoveId) => classifyReply(text, { locale: 'en', backoff: { model: toy(move) } });

describe('learned back-off', () => {
  it('adds moves on replies from writers it was trained on (a smoke test that it is wired in)', () => {
    expect(learnedOn.length).toBeGreaterThan(10);
  });

  it('is deterministic: the same reply reads the same, evidence and all', () => {
    for (const { r, a } of learnedOn.slice(0, 40)) expect(classifyReply(r.text, { locale: r.locale })).toEqual(a);
    const text = replies[0]!.text;
    expect(scoreAll(compileBackoff(model as unknown as BackoffModel), text)).toEqual(scoreAll(compileBackoff(model as unknown as BackoffModel), text));
  });

  it("shows only the trainee's own words: every span is a slice of the reply, never function words alone", () => {
    for (const { r, a } of learnedOn) {
      const learned = a.evidence.filter(isLearned);
      for (const e of learned) {
        expect(e.rule).toBe(`backoff/${e.move}`);
        expect(e.start).toBeGreaterThanOrEqual(0);
        expect(e.end).toBeLessThanOrEqual(r.text.length);
        const words = r.text.slice(e.start, e.end);
        expect(words.trim().length, `${r.id} ${e.move}`).toBeGreaterThan(0);
        // The words themselves carry a feature (a 2–3 character n-gram or a content word), not 的/他/the/for.
        expect(extractFeatures(words.toLowerCase()).length, `${r.id} ${e.move} «${words}»`).toBeGreaterThan(0);
      }
      // Every learned move has at least one span, and it is a move the rules did not find.
      const moves = new Set(learned.map((e) => e.move));
      for (const m of moves) expect(a.acts).toContain(m);
      for (const l of learnedMoves(r.text, a.evidence)) expect(l.words.length).toBeGreaterThan(0);
      const off = classifyReply(r.text, { locale: r.locale, backoff: false });
      for (const m of moves) expect(off.acts).not.toContain(m);
    }
  });

  it('never makes a feature of function words alone', () => {
    expect(extractFeatures('我们的你的他是')).toEqual([]);
    expect(extractFeatures('for the and it is to you')).toEqual([]);
    const keys = new Set(Object.keys((model as unknown as BackoffModel).features));
    for (const k of keys) {
      if (/[a-z]/.test(k)) expect(k.split(' ').some((w) => !STOPWORDS.has(w) && w.length > 1), k).toBe(true);
      else expect([...k].length, k).toBeGreaterThanOrEqual(2);
    }
  });

  it('turns off: backoff false reads with the lexicon and rules alone', () => {
    for (const { r } of learnedOn.slice(0, 40)) expect(classifyReply(r.text, { locale: r.locale, backoff: false }).evidence.some(isLearned)).toBe(false);
    expect(withToy('I zorgle your frustration.', 'empathize').acts).toContain('empathize');
    expect(classifyReply('I zorgle your frustration.', { locale: 'en', backoff: false }).acts).not.toContain('empathize');
  });

  it('respects what the rules decided: not in sarcasm, a retold quotation or a negated clause', () => {
    const plain = withToy('I zorgle your frustration.');
    expect(plain.evidence.filter(isLearned).map((e) => 'I zorgle your frustration.'.slice(e.start, e.end))).toEqual(['zorgle']);
    expect(withToy('Oh I zorgle you, happy now?').acts).not.toContain('empathize');
    expect(withToy('The last agent said "I zorgle you" and then hung up.').acts).not.toContain('empathize');
    expect(withToy("I don't zorgle that at all.").acts).not.toContain('empathize');
  });

  it('records what it trained on, refuses the judge sets, and stays small', () => {
    const m = model as unknown as BackoffModel;
    expect(m.about.trainedOn.length).toBeGreaterThan(30);
    for (const judge of m.about.judgeSetsRefused) expect(m.about.trainedOn).not.toContain(judge);
    expect(m.about.judgeSetsRefused).toEqual(['blind36', 'blind37', 'blind38']);
    expect(readFileSync(fileURLToPath(new URL('./model.json', import.meta.url))).length).toBeLessThanOrEqual(200 * 1024);
  });
});
