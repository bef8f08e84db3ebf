// Turn evidence → dimension scores → scorecard.
import type { Locale } from '../reply/reply.types.ts';
import type { LocalizedText, Scenario } from '../scenario/scenario.types.ts';
import { RULES } from './rules/index.ts';
import type { Dimension, EvidenceItem, Scorecard, ScoreDrillInput } from './scorecard.types.ts';

export type { ScoreDrillInput };
import { cameToSubstance, heldOffer } from './evidence.ts';
import { endingOf } from './drill-ending.ts';
import { BASE, FACTS_FIRST_REPLIES_CAP, FACTS_FIRST_SCORE_CAP, NOTHING_OFFERED_FACTOR, OUTCOME_FACTOR, WEIGHTS } from './weights.ts';

const clamp = (n: number) => Math.max(0, Math.min(100, Math.round(n)));

/** Joins a customer's localized segments for one locale (Chinese without spaces). */
export function renderLines(segments: readonly LocalizedText[], locale: Locale): string {
  return segments.map((s) => s[locale]).join(locale === 'en' ? ' ' : '');
}


/** Replies charged as facts first before the feeling was met (feelings-first.ts), counted once each. */
const FACTS_FIRST_KEYS = ['scorecards.rules.factsBeforeFeelings.', 'scorecards.rules.coldBeforeFeelings'];
const factsFirstReplies = (evidence: readonly EvidenceItem[]): number =>
  new Set(evidence.filter((e) => e.rule === 'feelings-first' && e.turn !== null && FACTS_FIRST_KEYS.some((k) => e.message.key.startsWith(k))).map((e) => e.turn)).size;

export function scoreDrill(scenario: Scenario, input: ScoreDrillInput): Scorecard {
  const { sim, outcome, locale } = input;
  const ruleInput = { scenario, sim, turns: sim.turns, outcome, locale, diagnosis: input.diagnosis ?? null };
  const evidence: EvidenceItem[] = RULES.flatMap((rule) => rule.evaluate(ruleInput));
  // With no reply at all there is nothing to credit, not even the words never said.
  const dimensions = sim.turns.length > 0 ? { ...BASE } : (Object.fromEntries(Object.keys(BASE).map((d) => [d, 0])) as typeof BASE);
  for (const item of evidence) dimensions[item.dimension] += item.points;
  for (const d of Object.keys(dimensions) as Dimension[]) dimensions[d] = clamp(dimensions[d]);
  const weighted = (Object.keys(WEIGHTS) as Dimension[]).reduce((s, d) => s + WEIGHTS[d] * dimensions[d], 0);
  // Nothing offered: no remedy she could hold the trainee to (a remedy promised only for "soon" is warm words about the thing
  // she came for: scen15ff, blind t32-13) and no timed follow-up.
  const nothingOffered = outcome === 'incomplete' && !sim.turns.some(heldOffer) && !cameToSubstance(sim.turns);
  const factor = nothingOffered ? NOTHING_OFFERED_FACTOR : OUTCOME_FACTOR[outcome];
  const score = Math.min(clamp(weighted * factor), factsFirstReplies(evidence) >= FACTS_FIRST_REPLIES_CAP ? FACTS_FIRST_SCORE_CAP : 100);
  const ending = outcome === 'incomplete' ? null : endingOf(scenario, sim.turns);
  return {
    scenario: scenario.id,
    locale,
    outcome,
    ...(ending ? { ending } : {}),
    score,
    passed: outcome === 'resolved' && score >= scenario.passMark,
    dimensions,
    turns: sim.turns.map((t) => ({
      reply: t.reply,
      acts: t.analysis.acts,
      forbidden: t.analysis.forbidden.map((f) => ({ list: f.list, phrase: f.phrase, matched: f.matched })),
      customer: renderLines(t.customer, locale),
      hostility: t.hostility,
      facts: t.factsRevealed,
      evidence: evidence.filter((e) => e.turn === t.turn),
    })),
    hostility: sim.turns.map((t) => t.hostility),
    evidence: evidence.filter((e) => e.turn === null),
    unplayed: input.unplayed ?? [],
  };
}
