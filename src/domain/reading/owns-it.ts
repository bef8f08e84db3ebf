// Taking it on (承擔, docs/training-model.md#six-steps): the trainee naming themself as the one who will do a
// thing, at a stated time — "I'll message you here at 4:25 with the driver's location", 我今日下晝四點前叫技工換晒啲光管,
// 四点二十五我在这里跟您报一下司机位置 — owns it as surely as "I'll take care of this personally": the customer knows who
// and when, and whom to hold to it. What the classifier's words for ownership do not list, the reading hears from
// the reply's own parts: a proposal or follow-up, the trainee (我 / I) as its owner and a stated time (not "right
// away"), in one statement.
// Not a question ("shall I call you at 5?"), not with anything harmful in the reply, and not "we" or a colleague:
// a team or a technician acting is an owner for the offer (offer.ts), not the trainee owning it.
import { isHarmful } from '../reply/moves.ts';
import type { ReplyAnalysis } from '../reply/reply.types.ts';
import { addEvidence } from './evidence-edit.ts';
import type { OwnerMention } from './owners.ts';
import { sentenceAt } from './sentence-at.ts';
import type { TimeMention } from './times.ts';

// The remedy taken on, not a follow-up: "I'll call you tomorrow when the card is in" is step 6 (跟蹤), not step 3.
const COMMITS = ['propose_solution'] as const;
// A sentence that goes on about what the one before it offered: its subject points back (it, this, they; 它, 佢) or it
// only says when (预计 / 預計 / 大约 … 前到).
const CONTINUES = /^(it|this|that|they|he|she)\b|^(它|佢|预计|預計|大约|大約|大概)/i;

/** The sentence of the original text around an offset, and whether it ends in a question mark. */
function statementAt(text: string, at: number): { from: number; to: number; asks: boolean } {
  const s = sentenceAt(text, at);
  return { ...s, asks: /[?？]/.test(text.charAt(s.to)) };
}

/**
 * The analysis with `take_ownership` added when one statement holds a proposal or follow-up, the trainee as one who
 * acts, and a time (`owners` and `times` in original-text offsets, as the reading's details are).
 */
export function withOwnedCommitment(analysis: ReplyAnalysis, text: string, owners: readonly OwnerMention[], times: readonly TimeMention[]): ReplyAnalysis {
  if (analysis.acts.includes('take_ownership') || analysis.acts.some(isHarmful)) return analysis;
  for (const e of analysis.evidence) {
    if (!COMMITS.includes(e.move as (typeof COMMITS)[number])) continue;
    const s = statementAt(text, e.start);
    if (s.asks) continue;
    const inside = (x: { start: number; end: number }) => x.start >= s.from && x.end <= s.to;
    // A stated time she can hold them to (4:25, 今日下晝四點前, Thursday at six), not "right away": 我现在就帮您重新提交 is
    // an offer made now, and the owner of a promise is the one who names when it will be kept.
    if (!owners.some((o) => o.who === 'self' && inside(o))) continue;
    // …or the sentence right after, when it goes on about the same thing ("I'm sending an identical cake by a dedicated
    // driver now. It can reach you by 4:35.", blind t14-11): its time is when what I
    // do will be done.
    let after = s.to + 1;
    while (after < text.length && /[\s.!?。！？]/.test(text.charAt(after))) after++;
    const next = after < text.length ? statementAt(text, after) : null;
    const goesOn = next !== null && !next.asks && CONTINUES.test(text.slice(next.from, next.to).trimStart());
    const timed = (x: { start: number; end: number }) => inside(x) || (goesOn && next !== null && x.start >= next.from && x.end <= next.to);
    if (!times.some((t) => timed(t) && t.when !== 'now')) continue;
    return addEvidence(analysis, { move: 'take_ownership', rule: 'take_ownership/self-timed', start: s.from, end: goesOn && next ? next.to : s.to });
  }
  return analysis;
}
