// Objections on the way to a solution (docs/training-model.md#customer-model): compensation demanded,
// "I need it today", doubt that the promise is real this time, a colleague to be punished. A customer
// raises one when its moment comes (a remedy offered, a solution accepted) unless the trainee has already
// answered it; it stays open, and the drill cannot resolve, until a reply answers it — asking what they
// would like (docs/training-model.md#step-ask-their-view), a solution both sides accept, an owner and a time
// (定; 不輕易承諾, docs/training-model.md#decide).
import type { Reading } from '../reading/reading.types.ts';
import { hasOwner } from '../reading/owners.ts';
import { compareWhen, soonestTime } from '../reading/times.ts';
import type { Line, Objection, Scenario } from '../scenario/scenario.types.ts';
import { lineKey } from './lines.ts';
import { remark } from './remarks.ts';
import { change, signal, type TurnDraft } from './turn-draft.ts';

type Answer = Objection['answeredBy'][number];

/** Whether one reply answers an objection in one of its ways. */
export function answers(reading: Reading, answer: Answer): boolean {
  const acts = new Set(reading.acts);
  const owner = hasOwner(reading.details.owners) || acts.has('take_ownership') || acts.has('escalate');
  const when = soonestTime(reading.details.times);
  const checks = [
    answer.anyActs === undefined || answer.anyActs.some((m) => acts.has(m)),
    answer.remedies === undefined || answer.remedies.some((r) => reading.details.remedies.includes(r)),
    answer.within === undefined || (when !== null && compareWhen(when, answer.within) <= 0),
    answer.owner === undefined || owner === answer.owner,
    answer.facts === undefined || answer.facts.some((f) => reading.details.facts.includes(f)),
  ];
  return checks.every(Boolean);
}

const answeredIn = (objection: Objection, reading: Reading): boolean => objection.answeredBy.some((a) => answers(reading, a));

/**
 * scen15z (blind t25-26): the reply answers, by naming the remedy that settles it, an objection she has not yet had the
 * moment to raise — "You're not being singled out: the same rule applies to every flat", told before she asks "why only
 * me?". That is an answer to her, not a reply that ignores her or moves nothing: it is what spares her the question
 * (objections below never raises it). An answer by moves alone (an apology, an empathy) is weighed as those moves are.
 */
export function forestalls(draft: TurnDraft): boolean {
  if (draft.parroted || draft.reading.forbidden.length > 0) return false;
  return draft.scenario.objections.some(
    (o) => draft.sim.objections[o.id] === undefined && o.answeredBy.some((a) => a.remedies !== undefined && answers(draft.reading, a)) && !draft.sim.turns.some((t) => answeredIn(o, t.analysis)),
  );
}

/** Objections raised and answered on this turn (ids), for the turn record. */
export interface ObjectionOutcome {
  raised: string[];
  answered: string[];
}

export function objections(draft: TurnDraft, scenario: Scenario = draft.scenario): ObjectionOutcome {
  const status = { ...draft.sim.objections };
  const outcome: ObjectionOutcome = { raised: [], answered: [] };
  if (draft.parroted) return outcome;
  for (const o of scenario.objections) {
    if (status[o.id] !== 'open' || !answeredIn(o, draft.reading)) continue;
    status[o.id] = 'answered';
    outcome.answered.push(o.id);
    change(draft, `objection/${o.id}`, -o.hostility);
    signal(draft, 'objection-answered');
    // Her answer to the answer ("Good. I don't want anyone sacked, I just…") replies to a question she put into words; raised
    // on a turn whose lines were full and never said (lines.ts caps a turn), it would answer nothing she asked (scen15hh,
    // play-through: 「好。我唔係要邊個冇咗份工」 unprompted). The answer still settles it.
    if (saidBefore(draft, o)) draft.says.push({ source: `objection/${o.id}/answered`, lines: o.answered });
    draft.progress = true;
  }
  // An objection comes up once its moment has come (a remedy on the table; a solution accepted), on that
  // turn or a later one, one at a time.
  const offered = draft.after.offer !== null && draft.after.offer.status !== 'refused';
  const accepted = draft.after.solutionAccepted;
  if (outcome.answered.length > 0) {
    draft.after = { ...draft.after, objections: status };
    return outcome;
  }
  // Still unanswered from an earlier turn: the customer asks again rather than let it drop ("And the
  // paint — who pays for that?"). Never the same words two turns running (lines.ts).
  // "You still haven't answered what I asked" only about a question she has actually put into words (a
  // turn's lines are capped, so an objection can be raised and not yet said): until then she asks it.
  const pending = scenario.objections.find((o) => status[o.id] === 'open');
  if (pending) {
    if (saidBefore(draft, pending)) draft.says.push({ source: 'remark/unanswered', lines: unansweredLines(draft, pending) });
    draft.says.push({ source: `objection/${pending.id}/again`, lines: pending.says });
    draft.after = { ...draft.after, objections: status };
    return outcome;
  }
  for (const o of scenario.objections) {
    if (status[o.id] !== undefined) continue;
    if (!(o.raisedWhen === 'offer' ? offered : accepted)) continue;
    // Already answered before it came up (an owner and a time given unasked): the customer never raises it.
    if (answeredIn(o, draft.reading) || draft.sim.turns.some((t) => answeredIn(o, t.analysis))) {
      status[o.id] = 'answered';
      continue;
    }
    status[o.id] = 'open';
    outcome.raised.push(o.id);
    change(draft, `objection/${o.id}`, o.hostility);
    signal(draft, 'objection-raised');
    draft.says.push({ source: `objection/${o.id}`, lines: o.says });
    break;
  }
  draft.after = { ...draft.after, objections: status };
  return outcome;
}

/** True while an objection raised is still unanswered. */
export const objectionsOpen = (status: Record<string, 'open' | 'answered'>): boolean => Object.values(status).includes('open');

/** Moves by which a reply does something about her case: it did not go round in circles, even if it left her question. */
const ACTING = new Set(['propose_solution', 'commit_followup', 'take_ownership', 'escalate', 'explain']);

/**
 * "You still haven't answered": its first, plain variant ("I asked you something. You still haven't answered.") holds whenever
 * she asked; the others say more — "Don't go round in circles", "What about what I asked in my last message?" — and are said
 * only when they hold: her last turn asked it, and the reply did nothing else (scen15hh: after "I'll phone you by 6 to tell
 * you what we found", blind t37-05; and in the cake chat after a bare 好 whose last message asked nothing).
 */
function unansweredLines(draft: TurnDraft, pending: Objection): readonly Line[] {
  const lines = remark(draft.scenario, 'unanswered');
  const asked = new Set(pending.says.map(lineKey));
  const askedLastTurn = (draft.sim.turns.at(-1)?.customer ?? []).some((c) => asked.has(lineKey(c)));
  const acted = draft.reading.acts.some((m) => ACTING.has(m));
  return askedLastTurn && !acted ? lines : lines.slice(0, 1);
}

/** Whether the customer has already said one of the objection's lines on an earlier turn. */
function saidBefore(draft: TurnDraft, objection: Objection): boolean {
  const lines = new Set(objection.says.map(lineKey));
  return draft.sim.turns.some((t) => t.customer.some((c) => lines.has(lineKey(c))));
}
