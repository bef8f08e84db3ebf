// argue — arguing, insisting you are right (docs/training-model.md#wrong-behaviours); 這不可能的 (docs/training-model.md#angry-customer), 我絕對沒說過 (docs/training-model.md#ten-forbidden).
// Quoting is not arguing: a wording after a reported-speech cue or in a sentence opened as a paraphrase
// retells the customer's story — unless the paraphrase is what the trainee contradicts (您說的 + 跟事實不符,
// "what you said is not true"): then the words right after it are the trainee's own.
import type { ReplyContext } from '../context/reply-context.ts';
import type { Span } from '../context/span.ts';
import { lexiconRule } from './lexicon-rule.ts';
import type { Finding, Rule } from './rule.types.ts';

const retold = (ctx: ReplyContext, s: Span): boolean => {
  const sentence = ctx.sentenceOf(s);
  // A mock agreement (行行行,您說的都對,都是我們的錯行了吧) quotes nothing: the sarcasm is the trainee's own voice.
  const mocking = (p: Span) => ctx.cue('sarcasm').some((c) => c.start < p.end + 4 && p.start < c.end);
  if (ctx.cue('reported').some((c) => c.start >= sentence.start && c.start <= s.start && c.start < s.end && !mocking(c))) return true;
  // lex31 (harm25 h074): a retelling that is only the topic (您说的这个情况…) quotes nothing after its noun.
  return ctx.find('paraphrase').some((p) => p.start >= sentence.start && p.start < s.start && s.start - p.end > 1 && !mocking(p) && !ctx.topicOnly(p, s));
};

const fromLexicon = lexiconRule('argue', { unless: retold });

// A whole fault conceded beside a taunt or a mock-agreement opener (行行行,都是我們的錯,您滿意了吧;
// 係呀係呀…我哋錯晒,得未?; "Sure, everything's our fault, happy now?") concedes nothing: the trainee defends
// themself by sarcasm. The same concession with no sarcasm in the reply (都是我們的錯,非常抱歉) is sincere.
function mockConcessions(ctx: ReplyContext): Finding[] {
  if (!ctx.cue('sarcasm').some((c) => !ctx.isReported(c))) return [];
  return ctx.cue('concession').filter((c) => !ctx.isReported(c)).map((c) => ({ start: c.start, end: c.end, rule: 'argue/mock-concession', entry: c.entry }));
}

/**
 * The sarcasm cues that dispute her account by mock agreement (data/lexicon/cues/sarcasm.json): our side harms her on
 * purpose (我們就是故意讓您排隊的, 全公司都在跟您作對, "the ferry left early just to spite you", 我哋專登㗎) or whatever she says
 * is right (係,係,係,你講乜都啱). They say her complaint is absurd: arguing, as well as mocking.
 */
const MOCK_AGREEMENT = new Set(['sarcasm/zh/lex24-01', 'sarcasm/en/lex24-01', 'sarcasm/en/06', 'sarcasm/zh/lex23-05', 'sarcasm/en/lex23-05', 'sarcasm/zh/lex23-06',
  // lex28 (blind29): 'Sure, and I'm the Queen of England' — her account called absurd.
  'sarcasm/en/lex28-queen-of-england', 'sarcasm/zh/lex28-queen-of-england',
  // lex31 (blind28 u099): 'so it's my fault now, is it? Brilliant.' — the charge restated to be mocked.
  'sarcasm/en/lex31-my-fault-is-it']);
// …whose closing verdict ('Brilliant.') is the trainee's own voice: a paraphrase opener before it ('Right, so…') quotes nothing.
const OWN_VERDICT = new Set(['sarcasm/en/lex31-my-fault-is-it']);
function mockAgreements(ctx: ReplyContext): Finding[] {
  const sarcasm = ctx.cue('sarcasm');
  // 是是是,您說的都對,我們全公司都在跟您作對: after a mock opener, 您說的 quotes nothing.
  const afterOpener = (c: Span) => sarcasm.some((o) => o.start < c.start && ctx.sentenceOf(o) === ctx.sentenceOf(c));
  return sarcasm
    .filter((c) => c.entry !== undefined && MOCK_AGREEMENT.has(c.entry) && (!ctx.isReported(c) || afterOpener(c) || OWN_VERDICT.has(c.entry)))
    .map((c) => ({ start: c.start, end: c.end, rule: 'argue/mock-agreement', entry: c.entry }));
}

export const rule: Rule = { ...fromLexicon, detect: (ctx) => [...fromLexicon.detect(ctx), ...mockConcessions(ctx), ...mockAgreements(ctx)] };
