// A character outside the Basic Multilingual Plane (the Hong Kong 𨋢 "lift", U+28622, two UTF-16 units that
// Traditional → Simplified folds to one, 䢂) must not shift the evidence offsets the drill and studio use to
// highlight the trainee's words — before it, after it, or with several of them.
import { describe, expect, it } from 'vitest';
import { classifyReply } from '../classify.ts';
import { normalize } from './normalize.ts';

/** Each piece of evidence as the words it highlights. */
const highlighted = (text: string) => classifyReply(text).evidence.map((e) => [e.move, text.slice(e.start, e.end)]);

describe('evidence offsets around an astral character', () => {
  it('still folds the rest of the reply (Traditional → Simplified, Cantonese) with 𨋢 in it', () => {
    expect(normalize('𨋢壞咗，對唔住').text).toBe('䢂坏了,对不住');
  });

  it('highlights a lexicon match after and before 𨋢, and after several', () => {
    expect(highlighted('𨋢壞咗三日，真係對唔住')).toContainEqual(['apologize', '對唔住']);
    expect(highlighted('對唔住，𨋢壞咗三日')).toContainEqual(['apologize', '對唔住']);
    expect(highlighted('𨋢𨋢𨋢都壞咗。𨋢你冷靜啲先啦')).toContainEqual(['dismiss_emotion', '你冷靜啲']);
  });

  it('highlights the right words when a character folds the other way, to an astral one (餸 → 𩠌)', () => {
    const text = '修好前需唔需要同事上門幫伯伯買餸？\n\n李家明';
    expect(highlighted(text)).toContainEqual(['ask_closed', '修好前需唔需要同事上門幫伯伯買餸？']);
    expect(highlighted('幫你買餸之後，真係對唔住')).toContainEqual(['apologize', '對唔住']);
  });

  it('highlights a whole question sentence that starts with 𨋢', () => {
    expect(highlighted('好的。𨋢壞咗係咪呀？')).toContainEqual(['ask_closed', '𨋢壞咗係咪呀？']);
  });

  it('highlights a forbidden phrase after 𨋢, in the hit and in its implied move', () => {
    const text = '𨋢壞咗唔係我嘅錯。';
    const hit = classifyReply(text).forbidden[0];
    expect(hit && [hit.matched, text.slice(hit.start, hit.end)]).toEqual(['唔係我嘅錯', '唔係我嘅錯']);
    expect(highlighted(text)).toContainEqual(['deflect', '唔係我嘅錯']);
  });

  it('highlights words rewritten after folding (code-switching, typos, contractions) after an astral character', () => {
    expect(highlighted('𨋢壞咗 我聽朝十點前call返你')).toContainEqual(['commit_followup', 'call返']);
    expect(highlighted('𨋢壞咗 真係好抱欠')).toContainEqual(['apologize', '抱欠']);
    expect(highlighted("😡 sorry, I can't do that")).toEqual([['apologize', 'sorry'], ['refuse', "I can't do"]]);
  });
});
