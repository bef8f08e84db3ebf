// ask_preference — step 5, 問問他的意見: "what would you like us to do?" (docs/training-model.md#step-ask-their-view).
// An either-or between remedies left to the customer (退款定換貨你揀啦, "would you prefer a refund or a
// replacement?") asks their preference too (context/either-or.ts).
// A consent tag asked on its own right after what the trainee will do ("I'll message you at 4:15 with the driver's
// position. OK?", 四點二十我再update你位置。得唔得？, 运费全额退回。行吗？) asks her view of it, as "does that work for
// you?" does; the same tag with no remedy or follow-up before it asks nothing about one.
import type { ReplyContext } from '../context/reply-context.ts';
import { eitherOrChoices } from '../context/either-or.ts';
import { CONSENT_WORDS } from './consent.ts';
import { lexiconRule } from './lexicon-rule.ts';
import { thinksItOverForHer } from './place-for-things.ts';
import type { Finding, Rule } from './rule.types.ts';

// 我想幫你諗下點安排最方便 thinks it over for her: no question of what she wants (place-for-things.ts).
const fromLexicon = lexiconRule('ask_preference', { unless: thinksItOverForHer });

const CONSENT_TAG = new RegExp(
  `^((so|then|and),? )?(${CONSENT_WORDS}|sound good|sounds good|good with you|fine with you|does that work|deal|是否可以|得唔得|okay吗|这样可以吗|这样好吗)(,? ?[a-z\\u3400-\\u9fff]{1,12}( [a-z]{1,12})?)?[\\s?]*$`,
);
const OFFERS: readonly ('propose_solution' | 'commit_followup')[] = ['propose_solution', 'commit_followup'];
function consentAfterOffer(ctx: ReplyContext): Finding[] {
  return ctx.sentences.flatMap((sentence, i) => {
    const before = ctx.sentences[i - 1];
    if (!before || !sentence.endsWithQuestionMark || !CONSENT_TAG.test(sentence.text.trim())) return [];
    const offered = OFFERS.some((m) => ctx.find(m).some((s) => s.start >= before.start && s.start < before.end && !ctx.isReported(s)));
    return offered ? [{ start: sentence.start, end: sentence.end, rule: 'ask_preference/consent-tag' }] : [];
  });
}

// scen15n (blind t14-22): when she would like it, asked right after what the trainee will do ("…派兩位同事帶爬樓機上
// 17樓C室，陪伯伯落樓。你想幾點出發？", "Two colleagues will bring the stair-climber tomorrow. What time would you like to
// leave?") is her choice of the offer's time — step 5. Asked with nothing offered before it (您希望幾點出門?), it asks a
// fact about her day and stays an open question.
const WHEN_WOULD_YOU =
  /((?<![他她])你(们)?(想|要|希望|打算|比较想|钟意|喜欢)(几点|什么时候|几时|哪天|哪一天|星期几|礼拜几|何时))|\b(what time|when|which day|what day|which time) would (you|he|she|your (father|dad|mother|mum|son|daughter)) (like|prefer|want)\b|\b(what time|which day|when) (suits|works for|is best for|is good for) (you|him|her)\b/;
function whenAfterOffer(ctx: ReplyContext): Finding[] {
  return ctx.sentences.flatMap((sentence, i) => {
    const before = ctx.sentences[i - 1];
    if (!before || !sentence.endsWithQuestionMark || !WHEN_WOULD_YOU.test(sentence.text)) return [];
    const offered = OFFERS.some((m) => ctx.find(m).some((s) => s.start >= before.start && s.start < before.end && !ctx.isReported(s)));
    return offered ? [{ start: sentence.start, end: sentence.end, rule: 'ask_preference/when-after-offer' }] : [];
  });
}

export const rule: Rule = {
  ...fromLexicon,
  detect: (ctx) => [
    ...fromLexicon.detect(ctx),
    ...eitherOrChoices(ctx).filter((c) => c.leftToCustomer).map((c) => ({ start: c.start, end: c.end, rule: 'ask_preference/either-or' })),
    ...consentAfterOffer(ctx),
    ...whenAfterOffer(ctx),
  ],
};
