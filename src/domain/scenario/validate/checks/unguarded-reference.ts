// unguarded-reference: no customer line may presuppose something that did not happen
// (docs/scenario-format.md#needs). A line that names one of the remedies the trainee might offer ("after the plumber's
// been…") must say what has to be true first — `needs` (offered, accepted, remedies) — or belong to a
// reaction that only fires once a remedy is on the table. Lines that answer an offer by nature (what the
// customer wants, a remedy's answer, the deadline push-back, objections, "when?", "who?") are exempt.
import { LOCALES } from '../../../reply/reply.types.ts';
import { normalize } from '../../../reply/text/normalize.ts';
import { firstMention } from '../../fact-topics.ts';
import { toJsonPath, type ScenarioIssue } from '../../parse-scenario.ts';
import type { Condition, Line, Needs, Scenario } from '../../scenario.types.ts';
import type { ScenarioCheck } from '../check.types.ts';

/** Signals that only come once the trainee has put a remedy forward (even one not yet heard). */
const OFFER_SIGNALS = [
  'solution-accepted', 'solution-partial', 'solution-refused', 'solution-late', 'solution-no-time', 'solution-no-owner',
  'solution-rejected', 'solution-too-hot', 'solution-uninformed', 'solution-unspecified',
];

/**
 * Whether the mention at `index` refers to a particular remedy as already arranged — "the technician",
 * "after the plumber's been", 個師傅, 師傅嚟完 — rather than the customer's own wants or past promises
 * ("I want someone to fix it", 兩次都話派師傅上嚟).
 */
function definite(folded: string, index: number, length: number): boolean {
  const before = folded.slice(Math.max(0, index - 6), index);
  const after = folded.slice(index + length, index + length + 4);
  if (/(?:^|[^a-z])(?:the|that|this|your)\s$/.test(before)) return true;
  if (/(个|那个|这个|那位|这位|你们的|你们个|他的)$/.test(before)) return true;
  return /^(来完|来过|来了之后|到了|上来之后|之后|完之后|走了)/.test(after);
}

const guardedByNeeds = (needs: Needs | undefined, remedy: string): boolean =>
  needs !== undefined && (needs.offered === true || needs.accepted === true || (needs.remedies?.includes(remedy) ?? false));

const guardedByWhen = (when: Condition | undefined): boolean =>
  when !== undefined && (when.solutionAccepted === true || when.offered === true || (when.signals?.some((s) => OFFER_SIGNALS.includes(s)) ?? false));

interface Spoken {
  line: Line;
  path: (string | number)[];
  when?: Condition;
}

function spokenLines(scenario: Scenario): Spoken[] {
  const out: Spoken[] = [];
  for (const [id, state] of Object.entries(scenario.states)) {
    for (const band of ['high', 'mid', 'low'] as const) state.lines[band].forEach((line, i) => out.push({ line, path: ['states', id, 'lines', band, i] }));
  }
  scenario.reactions.forEach((r, ri) => r.say?.forEach((line, i) => out.push({ line, path: ['reactions', ri, 'say', i], when: r.when })));
  for (const remark of ['repeatedApology', 'parroted', 'noSubstance', 'alreadyTold', 'nothingMore', 'warning'] as const) {
    scenario.remarks?.[remark]?.forEach((line, i) => out.push({ line, path: ['remarks', remark, i] }));
  }
  return out;
}

export const check: ScenarioCheck = {
  id: 'unguarded-reference',
  run: ({ scenario }) => {
    const issues: ScenarioIssue[] = [];
    for (const { line, path, when } of spokenLines(scenario)) {
      if (guardedByWhen(when)) continue;
      // Each locale's text is folded once, not once per remedy (validation of a large scenario was seconds).
      const folds: Partial<Record<(typeof LOCALES)[number], string>> = {};
      const fold = (l: (typeof LOCALES)[number]) => (folds[l] ??= normalize(line[l]).text);
      for (const remedy of scenario.wants.remedies) {
        if (guardedByNeeds(line.needs, remedy.id)) continue;
        const locale = LOCALES.find((l) => {
          const folded = fold(l);
          const at = firstMention(remedy, folded);
          return at !== null && definite(folded, at.index, at.length);
        });
        if (!locale) continue;
        issues.push({
          check: 'unguarded-reference',
          path: toJsonPath([...path, locale]),
          message: `this line mentions the remedy "${remedy.id}" but can be said before it is offered: add "needs": {"remedies": ["${remedy.id}"]} (or "offered": true)`,
        });
        break;
      }
    }
    return issues;
  },
};
