// ask_preference — step 5, 問問他的意見: "what would you like us to do?" (000_08713545b2ee6cbf.txt).
// An either-or between remedies left to the customer (退款定換貨你揀啦, "would you prefer a refund or a
// replacement?") asks their preference too (context/either-or.ts).
// A consent tag asked on its own right after what the trainee will do ("I'll message you at 4:15 with the driver's
// position. OK?", 四點二十我再update你位置。得唔得？, 运费全额退回。行吗？) asks her view of it, as "does that work for
// you?" does; the same tag with no remedy or follow-up before it asks nothing about one.
import type { ReplyContext } from '../context/reply-context.ts';
import { eitherOrChoices } from '../context/either-or.ts';
import { CONSENT_WORDS } from './consent.ts';
import { lexiconRule } from './lexicon-rule.ts';
import type { Finding, Rule } from './rule.types.ts';

const fromLexicon = lexiconRule('ask_preference');

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

export const rule: Rule = {
  ...fromLexicon,
  detect: (ctx) => [
    ...fromLexicon.detect(ctx),
    ...eitherOrChoices(ctx).filter((c) => c.leftToCustomer).map((c) => ({ start: c.start, end: c.end, rule: 'ask_preference/either-or' })),
    ...consentAfterOffer(ctx),
  ],
};
