// argue — arguing, insisting you are right (000_08713545b2ee6cbf.txt); 這不可能的 (000), 我絕對沒說過 (002).
// Quoting is not arguing: a wording after a reported-speech cue or in a sentence opened as a paraphrase
// retells the customer's story — unless the paraphrase is what the trainee contradicts (您說的 + 跟事實不符,
// "what you said is not true"): then the words right after it are the trainee's own.
import type { ReplyContext } from '../context/reply-context.ts';
import type { Span } from '../context/span.ts';
import { lexiconRule } from './lexicon-rule.ts';

const retold = (ctx: ReplyContext, s: Span): boolean => {
  const sentence = ctx.sentenceOf(s);
  // A mock agreement (行行行,您說的都對,都是我們的錯行了吧) quotes nothing: the sarcasm is the trainee's own voice.
  const mocking = (p: Span) => ctx.cue('sarcasm').some((c) => c.start < p.end + 4 && p.start < c.end);
  if (ctx.cue('reported').some((c) => c.start >= sentence.start && c.start <= s.start && c.start < s.end && !mocking(c))) return true;
  return ctx.find('paraphrase').some((p) => p.start >= sentence.start && p.start < s.start && s.start - p.end > 1 && !mocking(p));
};

export const rule = lexiconRule('argue', { unless: retold });
