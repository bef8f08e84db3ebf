// explain — 六解釋 (docs/training-model.md#eight-words): the reason behind a no or a rule, said for the customer's
// own sake ("that stairway is how you and your baby would get out in a fire", 我係為你一家着想, 这条规定其实是在保护
// 您和宝宝), or what happened, explained as she is owed it (docs/training-model.md#face-to-face step 2: 我跟您說明一下：…).
// Not cite_policy's cold "it's the rule", and not argue: the reason serves her. A no whose own sentence or the
// next gives her safety as its reason (for-her-safety.ts, which keeps it from reading as refuse or cite_policy)
// is explained too. Quoted or asked, it is not the trainee's explanation.
import type { ReplyContext } from '../context/reply-context.ts';
import type { Span } from '../context/span.ts';
import type { Rule } from './rule.types.ts';
import { forHerSafety } from './for-her-safety.ts';

// "Can I explain what happened? At three o'clock Dr Chen was called away…", 我跟您說一下是怎麼回事好不好？陳醫師…:
// asking leave to explain and then explaining is the explanation — the question asks only whether she will hear
// it. A leave-asking question with nothing after it has explained nothing yet.
const LEAVE = /^([a-z ]{0,16},? )?(can|could|may|shall|might) i\b|(好吗|好不好|可以吗|可不可以|行吗|行不行|得不得)[?\s]*$/;
const asksLeaveThenExplains = (ctx: ReplyContext, span: Span): boolean => {
  const sentence = ctx.sentenceOf(span);
  return LEAVE.test(sentence.text.trim()) && /[a-z\u3400-\u9fff]/.test(ctx.text.slice(sentence.end));
};
const own = (ctx: ReplyContext, span: Span): boolean => !ctx.isReported(span) && (!ctx.sentenceOf(span).endsWithQuestionMark || asksLeaveThenExplains(ctx, span));

// "Let me explain what happened: you didn't read the terms" is blame in an explanation's clothes, not one for her sake.
const BLAMES = ['blame_customer', 'argue', 'lecture'] as const;
const blamesInSentence = (ctx: ReplyContext, span: Span): boolean => {
  const sentence = ctx.sentenceOf(span);
  return BLAMES.some((move) => ctx.find(move).some((s) => s.start >= sentence.start && s.start < sentence.end));
};

// scen15t (probes p15t-04/05): the no told as what the landing must stay — 平台上不能放东西, 後樓梯唔准擺嘢, "it has to stay
// clear", "must be kept clear" — is the rule itself, not a refusal of a remedy; with her safety as its reason (the same test
// as a no's) it is the explained no. Alone, or for the company's sake, it explains nothing.
const PLACE_RULE =
  /(不能|不可以|唔可以|唔能够|不得|不准|唔准|不许|唔好)(再)?(放|摆|堆|泊|停|搁)|(必须|一定要|要)(保持)?(畅通|清空|通畅)|\b(has|have|needs?|ought) to (stay|be kept|be left|remain) (clear|empty|free)\b|\bmust (stay|be kept|remain) (clear|empty|free)\b/g;
function placeRules(ctx: ReplyContext): { start: number; end: number; rule: string }[] {
  return [...ctx.text.matchAll(PLACE_RULE)]
    .map((m) => ({ start: m.index, end: m.index + m[0].length, rule: 'explain/explained-rule' }))
    .filter((s) => own(ctx, s) && forHerSafety(ctx, s));
}

export const rule: Rule = {
  move: 'explain',
  id: 'explain/lexicon',
  detect: (ctx) => {
    const said = ctx.find('explain').filter((s) => own(ctx, s) && !blamesInSentence(ctx, s));
    // A no or a rule excused by her safety is the explained no itself.
    const explainedNo = [...ctx.find('refuse'), ...ctx.find('cite_policy')]
      .filter((s) => own(ctx, s) && forHerSafety(ctx, s))
      .map((s) => ({ start: s.start, end: s.end, rule: 'explain/explained-no', entry: s.entry }));
    // …and the place's rule given with her safety as its reason, where no refusal or cited rule already holds it.
    const placeRule = placeRules(ctx).filter((p) => !explainedNo.some((e) => e.start < p.end && p.start < e.end));
    return [...said, ...explainedNo, ...placeRule].sort((a, b) => a.start - b.start);
  },
};
