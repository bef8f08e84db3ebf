// propose_solution — step 4, 給出一個解決的方法 (docs/training-model.md#step-solve): a concrete remedy or action.
// A solution the customer reports someone else promised is a paraphrase, not a proposal; compensation with
// no limit, before the facts, is premature liability (blank-cheque.ts); and a remedy only "if we can"
// (如果可以嘅話我幫你申請, "if we're able to, we'll try…") promises nothing — unlike one that hangs on a fact
// ("if it's still leaking tomorrow, we'll replace the unit").
import type { LexSpan, ReplyContext } from '../context/reply-context.ts';
import { declinedAt } from '../context/declined.ts';
import { eitherOrChoices } from '../context/either-or.ts';
import { liableBeforeFacts } from './blank-cheque.ts';
import { lexiconRule } from './lexicon-rule.ts';
import { notOwnVoice } from './own-voice.ts';
import { thinksItOverForHer } from './place-for-things.ts';
import type { Finding, Rule } from './rule.types.ts';

const IF_WE_CAN = /(如果|要是|若果|假如)(我们|我)?(可以|能|能够|做得到|有得|批得到)[^.!?]{0,6}?的话|(?<!(see|check|find out|ask|know|whether) )\bif (i|we) (can|could|am able to|are able to|manage to)\b|\bif (at all )?possible\b/;

const ifWeCan = (ctx: ReplyContext, span: LexSpan): boolean => IF_WE_CAN.test(ctx.text.slice(ctx.sentenceOf(span).start, span.start));

// Thinking it over for her (帮你想想怎么安排) proposes nothing yet (place-for-things.ts). What someone still has to do
// (佢下晝仲要去診所攞藥, 老人家明天还要去医院) is her story, not an action offered: 仲要/还要 between the time and the verb.
const STILL_HAS_TO = /仲要|还要|还得/;
const stillHasTo = (ctx: ReplyContext, span: LexSpan): boolean => STILL_HAS_TO.test(ctx.text.slice(span.start, span.end));
// A remedy named under a no ("I can't leave it there", 冇辦法通融) is declined, not proposed (context/declined.ts).
// …and one in the passive (结果被安排在厨房门口, 俾人安排喺…) tells what was done to her, not what the trainee will do.
const passive = (ctx: ReplyContext, span: LexSpan): boolean => /(被|被人|给人|畀人)$/.test(ctx.text.slice(Math.max(0, span.start - 2), span.start));
const fromLexicon = lexiconRule('propose_solution', { unless: (ctx, span) => notOwnVoice(ctx, span) || liableBeforeFacts(ctx, span) || ifWeCan(ctx, span) || declinedAt(ctx.text, span.start) || passive(ctx, span) || thinksItOverForHer(ctx, span) || stillHasTo(ctx, span) });

// Learner and Singlish English offers a remedy in bare verbs and asks for a yes with "can?", "ok or not?" ("we refund
// you the delivery fee can?", "technician come tomorrow morning ok or not?"): the remedy is proposed.
// …typed in chat with no question mark too ("I change your seat to the aisle one ok or not").
const OR_NOT_END = /,? ?(can|ok|okay|can or not|ok or not|okay or not|or not)\s*\?[\s?!.]*$|\b(can|ok|okay) or not[\s.!]*$/;
const BARE_OFFER = /\b(i|we|our \w+|the \w+|technician|engineer|plumber|electrician|someone|tech)( can| will)? (refund|change|replace|send|fix|repair|come|deliver|swap|give|exchange|arrange|book|call)\b/;
function orNotOffers(ctx: ReplyContext): Finding[] {
  return ctx.sentences
    .filter((s) => OR_NOT_END.test(s.text) && !notOwnVoice(ctx, s))
    .flatMap((s) => {
      const m = BARE_OFFER.exec(s.text);
      return m ? [{ start: s.start + m.index, end: s.start + m.index + m[0].length, rule: 'propose_solution/or-not' }] : [];
    });
}

// Remedies listed by number with no verb ("1) refund 2) replacement", 1)免費重新洗護一次 2)退一半費用): each numbered item
// that names a remedy proposes it. Two numbered items at least (1 then 2), so a lone "1." or a price is no list.
const ITEM = /(?<=^|[\s:;,.!?(\u3400-\u9fff])\(?([1-9])[).,](?![0-9])/g;
const REMEDY = /退|换|修|补|赔|免费|减免|折|优惠|重新|重做|重寄|上门|(?<![a-z])(refund|replace|replacement|repair|credit|voucher|discount|exchange|redeliver|redelivery|reschedule|rebook|compensation|new (one|unit|item))(?![a-z])/;
function numberedRemedies(ctx: ReplyContext): Finding[] {
  if (!/[1-9][).,]/.test(ctx.text)) return [];
  const marks = [...ctx.text.matchAll(ITEM)].map((m) => ({ n: Number(m[1]), start: m.index, end: m.index + m[0].length }));
  const out: Finding[] = [];
  for (let i = 0; i < marks.length; i++) {
    const mark = marks[i] as { n: number; start: number; end: number };
    const listed = marks.some((o) => o.n === mark.n + 1 && o.start > mark.start) || marks.some((o) => o.n === mark.n - 1 && o.start < mark.start);
    if (!listed) continue;
    const end = Math.min(marks[i + 1]?.start ?? ctx.text.length, ctx.sentenceOf(mark).end);
    const item = { start: mark.end, end };
    if (REMEDY.test(ctx.text.slice(item.start, item.end)) && !notOwnVoice(ctx, item) && !declinedAt(ctx.text, item.start)) out.push({ ...item, rule: 'propose_solution/numbered' });
  }
  return out;
}

// A choice between remedies or times (退款定換貨?, "refund or replacement?") proposes them (context/either-or.ts).
export const rule: Rule = {
  ...fromLexicon,
  detect: (ctx) => [...fromLexicon.detect(ctx), ...eitherOrChoices(ctx).map((c) => ({ start: c.start, end: c.end, rule: 'propose_solution/either-or' })), ...orNotOffers(ctx), ...numberedRemedies(ctx)],
};
