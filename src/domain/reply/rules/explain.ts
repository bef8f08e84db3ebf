// explain — 六解釋 (002_ec423cfec83186e4.txt §八): the reason behind a no or a rule, said for the customer's
// own sake ("that stairway is how you and your baby would get out in a fire", 我係為你一家着想, 这条规定其实是在保护
// 您和宝宝), or what happened, explained as she is owed it (003_460ba467ba69c8b9.txt §六 step 2: 我跟您說明一下：…).
// Not cite_policy's cold "it's the rule", and not argue: the reason serves her. A no whose own sentence or the
// next gives her safety as its reason (for-her-safety.ts, which keeps it from reading as refuse or cite_policy)
// is explained too. Quoted or asked, it is not the trainee's explanation.
import type { LexSpan, ReplyContext } from '../context/reply-context.ts';
import type { Rule } from './rule.types.ts';
import { forHerSafety } from './for-her-safety.ts';

// "Can I explain what happened? At three o'clock Dr Chen was called away…", 我跟您說一下是怎麼回事好不好？陳醫師…:
// asking leave to explain and then explaining is the explanation — the question asks only whether she will hear
// it. A leave-asking question with nothing after it has explained nothing yet.
const LEAVE = /^([a-z ]{0,16},? )?(can|could|may|shall|might) i\b|(好吗|好不好|可以吗|可不可以|行吗|行不行|得不得)[?\s]*$/;
const asksLeaveThenExplains = (ctx: ReplyContext, span: LexSpan): boolean => {
  const sentence = ctx.sentenceOf(span);
  return LEAVE.test(sentence.text.trim()) && /[a-z\u3400-\u9fff]/.test(ctx.text.slice(sentence.end));
};
const own = (ctx: ReplyContext, span: LexSpan): boolean => !ctx.isReported(span) && (!ctx.sentenceOf(span).endsWithQuestionMark || asksLeaveThenExplains(ctx, span));

// "Let me explain what happened: you didn't read the terms" is blame in an explanation's clothes, not one for her sake.
const BLAMES = ['blame_customer', 'argue', 'lecture'] as const;
const blamesInSentence = (ctx: ReplyContext, span: LexSpan): boolean => {
  const sentence = ctx.sentenceOf(span);
  return BLAMES.some((move) => ctx.find(move).some((s) => s.start >= sentence.start && s.start < sentence.end));
};

export const rule: Rule = {
  move: 'explain',
  id: 'explain/lexicon',
  detect: (ctx) => {
    const said = ctx.find('explain').filter((s) => own(ctx, s) && !blamesInSentence(ctx, s));
    // A no or a rule excused by her safety is the explained no itself.
    const explainedNo = [...ctx.find('refuse'), ...ctx.find('cite_policy')]
      .filter((s) => own(ctx, s) && forHerSafety(ctx, s))
      .map((s) => ({ start: s.start, end: s.end, rule: 'explain/explained-no', entry: s.entry }));
    return [...said, ...explainedNo].sort((a, b) => a.start - b.start);
  },
};
