// Substance over keywords (docs/training-model.md#customer-model): apology and empathy words calm the
// customer only down to the middle band until the trainee shows they understood the specific problem —
// a paraphrase (or an apology or empathy) that names one of the facts, a question the customer answered, asking what they want, or
// a concrete remedy (offer.ts).
import { QUESTION_MOVES } from './move-groups.ts';
import { harmsHer } from './harm.ts';
import { isHarmful } from '../reply/moves.ts';
import { firstMention } from '../scenario/fact-topics.ts';
import { normalize } from '../reply/text/normalize.ts';
import type { Scenario } from '../scenario/scenario.types.ts';

export const FEELING_OR_ECHO = ['paraphrase', 'empathize', 'apologize', 'acknowledge'] as const;
import { change, has, hostilityNow, signal, type TurnDraft } from './turn-draft.ts';

export function understanding(draft: TurnDraft): void {
  const { reading, sim } = draft;
  heard(draft);
  if (draft.after.understood || draft.parroted) return;
  const known = [...sim.factsKnown, ...draft.factsRevealed, ...openingFacts(draft.scenario)];
  // Naming what happened to them — in a paraphrase, or in the apology or empathy itself ("a week of water
  // through your ceiling and two calls with nobody turning up") — shows the specific problem was heard.
  const namesFact = FEELING_OR_ECHO.some((m) => has(draft, m)) && reading.details.facts.some((id) => known.includes(id));
  // A story volunteered after "go on" shows listening; a question the customer answered shows understanding.
  const answered = draft.signals.includes('question-answered') && QUESTION_MOVES.some((m) => has(draft, m));
  // Telling her what happened to her case, once her feeling is met (刚查了：原来的配送车在路上耽搁了, "Here's what happened:
  // Dr Chen was called to an emergency"), shows the trainee has looked into her problem, not just heard it (blind t13-13).
  const explained = has(draft, 'explain') && (sim.feelingsAcknowledged || draft.after.feelingsAcknowledged) && !reading.acts.some(isHarmful);
  if (namesFact || answered || explained || draft.signals.includes('wants-said')) {
    draft.after = { ...draft.after, understood: true };
    signal(draft, 'understood');
    draft.progress = true;
  }
}

/**
 * A customer who has told her story and heard it restated has been heard out (docs/training-model.md#listen, 聆聽): a
 * paraphrase of what she has told, with nothing harmful in the reply, acknowledges her as an apology or
 * empathy would, so a solution offered after it is not "before listening" ("You haven't heard me out").
 * What she said in her opening words is told too: restating it (你係話大堂信箱嗰邊啲燈太暗…?) hears her.
 */
function heard(draft: TurnDraft): void {
  if (draft.after.feelingsAcknowledged || draft.parroted || !has(draft, 'paraphrase')) return;
  if (harmsHer(draft.reading)) return;
  const opening = openingFacts(draft.scenario);
  if (draft.sim.factsKnown.length === 0 && !draft.reading.details.facts.some((id) => opening.includes(id))) return;
  draft.after = { ...draft.after, feelingsAcknowledged: true };
}

/** Until understood, hostility does not fall below the middle band (thresholds.mid) on warm words alone. */
export function substanceFloor(draft: TurnDraft): void {
  if (draft.after.understood) return;
  const floor = draft.scenario.thresholds.mid;
  const now = hostilityNow(draft);
  if (now < floor && draft.sim.hostility >= floor) change(draft, 'not-understood-yet', floor - now);
  else if (now < draft.sim.hostility && draft.sim.hostility < floor) change(draft, 'not-understood-yet', draft.sim.hostility - now);
}

const inOpening = new WeakMap<Scenario, readonly string[]>();

/**
 * Facts whose topics the customer's opening line already mentions (in any language): echoing them back is
 * hearing what was said, even before the details come out.
 */
export function openingFacts(scenario: Scenario): readonly string[] {
  const hit = inOpening.get(scenario);
  if (hit) return hit;
  const openings = Object.values(scenario.opening).map((t) => normalize(t).text);
  const ids = scenario.facts.filter((f) => openings.some((o) => firstMention(f, o) !== null)).map((f) => f.id);
  inOpening.set(scenario, ids);
  return ids;
}
