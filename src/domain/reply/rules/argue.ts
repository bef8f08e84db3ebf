// argue — arguing, insisting you are right (000_08713545b2ee6cbf.txt); 這不可能的 (000), 我絕對沒說過 (002).
// Quoting is not arguing: a wording after a reported-speech cue or in a sentence opened as a paraphrase
// retells the customer's story — unless the paraphrase is what the trainee contradicts (您說的 + 跟事實不符,
// "what you said is not true"): then the words right after it are the trainee's own.
import type { ReplyContext } from '../context/reply-context.ts';
import type { Span } from '../context/span.ts';
import { lexiconRule } from './lexicon-rule.ts';

const retold = (ctx: ReplyContext, s: Span): boolean => {
  if (ctx.cueBefore('reported', s)) return true;
  const sentence = ctx.sentenceOf(s);
  return ctx.find('paraphrase').some((p) => p.start >= sentence.start && p.start < s.start && s.start - p.end > 1);
};

export const rule = lexiconRule('argue', { unless: retold });
