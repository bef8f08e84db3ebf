// scen15t (blind t20-37, probes p15t): two readings of a trainee working out where her things can go.
// A place found for a thing — 找一个安全的地方放婴儿车, 搵個位泊架BB車, 搵個大堂雜物房 — is where the pram or the cabinet
// goes, not a quiet room to talk in (move_private); and thinking it over for her — 我想幫你諗下點安排最方便, 帮您想想怎么
// 安排 — says the trainee will work something out, neither a remedy proposed nor her view asked.
import type { LexSpan, ReplyContext } from '../context/reply-context.ts';

// Folded text (Simplified script, 您 → 你).
const PUT_THERE = /^[^,.!?;:\s]{0,2}(放|摆|泊|停|搁|存放|寄放)/;
// …or inside it: 找一个放婴儿车的位置.
const PUT_INSIDE = /(个|一个|处)[^,.!?;:\s]{0,2}(放|摆|泊|停|搁|存放)[^,.!?;:\s]{1,6}的(位置|地方|位)/;
const STORE_ROOM = /储物|贮物|杂物|储藏|仓库/;

/** The place the span finds is for her things: something is put there, or it is a store room. */
export const placeForThings = (ctx: ReplyContext, span: LexSpan): boolean =>
  PUT_THERE.test(ctx.text.slice(span.end, span.end + 6)) || PUT_INSIDE.test(ctx.text.slice(span.start, span.end)) || STORE_ROOM.test(ctx.text.slice(span.start, span.end + 2));

const THINKS_FOR_HER = /(帮|替|同|为|给)你(想|谂|琢磨|研究|考虑|谂谂|想想)/;

/** The span is the trainee thinking it over for her (帮你想想怎么安排), with 你 the one thought for. */
export const thinksItOverForHer = (ctx: ReplyContext, span: LexSpan): boolean =>
  THINKS_FOR_HER.test(ctx.text.slice(Math.max(0, span.start - 2), Math.min(ctx.text.length, span.start + 8)));
