// deflect — 你要去**部,這不是我們的事 (docs/training-model.md#ten-forbidden). Retelling the customer's runaround (他們說是工程部的事…對嗎?) is a paraphrase, not a deflection.
// "Not our department, but I'll follow it up with them for you" is the decks' better answer (docs/training-model.md#better-answers).
import type { LexSpan, ReplyContext } from '../context/reply-context.ts';
import { lexiconRule, reported } from './lexicon-rule.ts';
import { offersInstead } from './offers-instead.ts';
import type { Finding, Rule } from './rule.types.ts';

// scen15y (t24-04): his runaround retold — 你打去維修部，維修部話搵工程部，工程部又叫你搵銷售 — is his story: the call he made,
// answered by a department that spoke, or 你 as the one a department told to go on. You sent elsewhere by us
// (你去搵工程部啦, 你打去工程部啦，佢哋會處理) is not.
const TOLD_YOU = /(部|部门|公司|厂|厂方|经销商|他们|他|她|对方|那边|前台|客服|同事)(又|就|都|再|却|反而)?(话|说|讲|叫|让|要|推)$/;
const PLACE_SPOKE = /^[,，]?[^,.!?;:]{0,5}?(部|部门|公司|厂|厂方|经销商)(又|就|都|再|却|反而)?(话|说|讲|叫|推|让)(你)?(要|是)?(找|去|打|问|联系|返|回|是)/;
const MODAL = /(要|得|可以|应该|需要|最好|只能|就|不如)/;
const retoldRunaround = (ctx: ReplyContext, span: { start: number; end: number }): boolean => {
  if (TOLD_YOU.test(ctx.text.slice(Math.max(0, span.start - 5), span.start))) return true;
  const said = ctx.text.slice(span.start, span.end);
  return !MODAL.test(said) && PLACE_SPOKE.test(ctx.text.slice(span.end, span.end + 12));
};

// lex28 (blind29): an outside complaint line (可以撥打12315, 消委會) is a hand-off only when it stands in for acting; given
// beside the trainee's own remedy, follow-up or ownership anywhere in the reply it is information (我現在幫您申請退款,
// 如仍有問題也可以撥打12315).
const OUTSIDE_LINE = 'deflect/zh/lex28-outside-line';
const TAKES_IT_ON = ['propose_solution', 'commit_followup', 'take_ownership', 'escalate'] as const;
const besideOwnAction = (ctx: ReplyContext, span: LexSpan): boolean =>
  span.entry === OUTSIDE_LINE && TAKES_IT_ON.some((m) => ctx.find(m).some((s) => !ctx.isReported(s)));

const fromLexicon = lexiconRule('deflect', {
  unless: (ctx, span) => reported(ctx, span) || offersInstead(ctx, span) || retoldRunaround(ctx, span) || besideOwnAction(ctx, span),
});

// lex22 (blind21 s147, blind22 s025 s047, families-lex22a d01–d10): after we say we cannot (a refusal, a cited rule,
// 我也沒辦法), the customer told to go and ask someone else herself (您要的話可以去櫃台問問看, 你可能要自己報警) is handed
// off — the same words beside our own help (我幫您打去櫃台問問看) or with no no before them direct, and are left alone.
const SENT_ELSEWHERE = /(你|您)(要的话|想的话|有需要的话)?,?(可以|可能要|可能需要|要|得|需要|就|不如|或者)(自己)?(去|到|打去|打给|致电|联系|找|搵)?[^,.!?;:"我]{0,10}?(问问看|问问|问下|问一下|问吓|报警|查询|咨询)/g;
const WE_CANNOT = /(我|我们)[^,.!?;:"]{0,6}(也|都|真系|真的|实在)?(没办法|没有办法|没法|帮不到|帮不了|无能为力|做不了|做不到|处理不了)/;
const OUR_HELP = /(我|我们)(可以|会|帮|替|马上|现在|去)[^,.!?;:"]{0,6}(帮|替|问|联系|联络|打|跟进)/;

function sentElsewhere(ctx: ReplyContext): Finding[] {
  const cannot = ctx.find('refuse').length > 0 || ctx.find('cite_policy').length > 0 || WE_CANNOT.test(ctx.text);
  if (!cannot || OUR_HELP.test(ctx.text)) return [];
  return [...ctx.text.matchAll(SENT_ELSEWHERE)].map((m) => ({ start: m.index, end: m.index + m[0].length, rule: 'deflect/sent-elsewhere' }));
}

// "maybe try the other branch?", "maybe ask the airport people?": the customer pointed at another party with nothing
// of ours offered (blind21 s044, blind22 s227).
const MAYBE_ELSEWHERE = /\bmaybe (try|ask|call|check with|contact|go to) (the )?(other|another|airport|airline|bank|main|head|manufacturer|courier|store|shop|branch|council|police|insurance)\b/g;

function maybeElsewhere(ctx: ReplyContext): Finding[] {
  if (/\b(i|we) (will|can|could|shall)\b|\blet me\b/.test(ctx.text)) return [];
  return [...ctx.text.matchAll(MAYBE_ELSEWHERE)].map((m) => ({ start: m.index, end: m.index + m[0].length, rule: 'deflect/maybe-elsewhere' }));
}

export const rule: Rule = {
  ...fromLexicon,
  detect: (ctx) => [...fromLexicon.detect(ctx), ...sentElsewhere(ctx), ...maybeElsewhere(ctx)].filter((f) => !ctx.isReported(f)),
};
