// 察 observe (docs/training-model.md#observe): say the feeling you see — "you must be furious after a week of
// this" — not only "I understand how you feel". Whether a reply names a specific feeling, from a short
// list of feeling words per language (data/feeling-words.json).
import words from './data/feeling-words.json' with { type: 'json' };
import { normalize } from '../reply/text/normalize.ts';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const ZH = new RegExp(words.zh.map(escape).join('|'));
const EN = new RegExp(`(?<![a-z])(?:${words.en.map(escape).join('|')})`);

/** True when the reply names a specific feeling (angry, 失望, 嬲…), in any of the three languages. */
export function namesFeeling(reply: string): boolean {
  const folded = normalize(reply).text;
  return ZH.test(folded) || EN.test(folded);
}
