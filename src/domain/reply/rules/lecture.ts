// lecture — educating, criticising, mocking (docs/training-model.md#wrong-behaviours); 連小孩子都會 (docs/training-model.md#ten-forbidden). Sarcasm is
// mocking too (滿意未?, 行行行你說的都對, "happy now?"): the sarcasm cue marks it.
import type { ReplyContext } from '../context/reply-context.ts';
import type { Span } from '../context/span.ts';
import type { Finding, Rule } from './rule.types.ts';

// lex28 (blind29): a mock surrender opens on her words (您說的都對,我們全都錯了行了吧) to taunt, not to retell her story —
// a sarcasm cue is the trainee's own voice when every retelling cue before it in its sentence lies inside a sarcasm cue
// and a second taunt in the sentence (行了吧, 得未, 滿意了吧) confirms it (您說的都對,是我們錯了,真的很抱歉 stays sincere).
function quotedOnlyInMockery(ctx: ReplyContext, s: Span, sarcasm: readonly Span[]): boolean {
  const sentence = ctx.sentenceOf(s);
  const before = ctx.cue('reported').filter((r) => r.start >= sentence.start && r.start <= s.start);
  const taunt = sarcasm.some((m) => m !== s && m.start >= s.end && m.start < sentence.end);
  return taunt && before.length > 0 && before.every((r) => sarcasm.some((m) => m.start <= r.start && r.end <= m.end)) && !ctx.find('paraphrase').some((p) => p.start >= sentence.start && p.start < s.start);
}

export const rule: Rule = {
  move: 'lecture',
  id: 'lecture/lexicon',
  detect: (ctx) => {
    const out: Finding[] = ctx.find('lecture').filter((s) => !ctx.isReported(s));
    const sarcasm = ctx.cue('sarcasm');
    for (const s of sarcasm) if (!ctx.isReported(s) || quotedOnlyInMockery(ctx, s, sarcasm)) out.push({ start: s.start, end: s.end, rule: 'lecture/sarcasm', entry: s.entry });
    return out;
  },
};
