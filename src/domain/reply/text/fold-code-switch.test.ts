import { describe, expect, it } from 'vitest';
import { classifyReply } from '../classify.ts';
import { CODE_SWITCH } from './fold-code-switch.ts';
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

  it('leaves English replies to the English lexicon', () => {
    expect(normalize("Sorry, I'll call you back by 5").text).toBe('sorry, i will call you back by 5');
  });
});
