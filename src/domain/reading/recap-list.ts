// A recap announced before a colon and listed item by item (我把您反映的情况归纳一下：一、电梯从昨晚六点停运；
// 二、…；四、他明早要去医院复诊) restates her story: the listening skill's paraphrase (聽: restate to confirm,
// docs/training-model.md#listen; docs/training-model.md#inbound-call). Words inside it are hers — "他明早要去医院" is her father's appointment, not the trainee sending
// anyone to hospital or proposing anything — so no other move is read from it, as a quoted runaround is a
// paraphrase and not a deflection (docs/training-model.md#harmful-moves). Only a recap naming two or more of her facts counts;
// what comes after it (an offer, a question) is read as usual.
import type { Evidence, ReplyAnalysis } from '../reply/reply.types.ts';
import type { FoldedText } from '../reply/text/normalize.ts';
import { addEvidence, dropEvidence } from './evidence-edit.ts';

// Folded text: Simplified Chinese, ASCII punctuation. "归纳一下:", "跟您确认一下您说的情况:", "总结如下:".
const RECAP_OPENS = /(归纳|总结|整理|确认|核对|复述|梳理)(一下|如下)[^:.!?]{0,12}:/;
const RECAP_FACTS = 2;

/** The analysis with the recap's span read as `paraphrase` only (`factsIn` gives the fact ids a folded span mentions). */
export function withRecapList(analysis: ReplyAnalysis, folded: FoldedText, factsIn: (text: string) => string[]): ReplyAnalysis {
  const text = folded.text;
  const open = RECAP_OPENS.exec(text);
  if (!open) return analysis;
  const close = text.slice(open.index).search(/[.!?\n]/);
  const endAt = close < 0 ? text.length : open.index + close;
  if (new Set(factsIn(text.slice(open.index, endAt))).size < RECAP_FACTS) return analysis;
  const from = folded.starts[open.index] ?? 0;
  const to = folded.ends[endAt - 1] ?? from;
  const inside = (e: { start: number; end: number }) => e.start >= from && e.end <= to;
  const keep = (e: Evidence) => !inside(e) || e.move === 'paraphrase';
  const recapped = dropEvidence(analysis, keep, analysis.evidence.filter((e) => !keep(e)).map((e) => e.move));
  return addEvidence(recapped, { move: 'paraphrase', rule: 'paraphrase/recap-list', start: from, end: to });
}
