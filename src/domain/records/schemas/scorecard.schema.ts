// The scorecard as an attempt stores it: the engine's scorecard exactly as produced (so it equals the
// CLI's), and what the app adds on top (hints). Written with zod's small build (zod/mini) because the
// trainee library reads attempts on its first visit (docs/architecture.md#validate-at-the-edge).
import * as z from 'zod/mini';
import { MOVE_IDS, type MoveId } from '../../reply/moves.ts';
import type { Outcome } from '../../scenario/scenario.types.ts';
import type { Dimension, Scorecard } from '../../scoring/scorecard.types.ts';
import { ENDINGS } from '../../scoring/endings.ts';
import { DIMENSIONS } from '../attempt.types.ts';

const score = () => z.number().check(z.minimum(0), z.maximum(100));
const KNOWN_MOVES: ReadonlySet<string> = new Set(MOVE_IDS);

export const LocaleSchema = z.enum(['zh-Hant', 'zh-Hans', 'en']);
// Listed here, not imported from the scenario schema (full zod, which the first screen must not load);
// the Same<> check at the end keeps the list equal to the engine's Outcome type.
export const OutcomeSchema = z.enum(['resolved', 'escalated', 'walked_out', 'incomplete']);
export const DimensionSchema = z.enum(DIMENSIONS as readonly Dimension[] as [Dimension, ...Dimension[]]);

// Ids and message keys become translation keys, so they must be the app's own shape: a file's
// '$t(common.appName)' is refused, not rendered as 'Defuse'. Every other string is shown as text only.
const text = (max: number) => z.string().check(z.maxLength(max));
const ruleId = z.string().check(z.regex(/^[a-z][a-z0-9_-]{0,60}$/, 'not an id'));
const messageRef = z.object({
  key: z.string().check(z.regex(/^scorecards\.[A-Za-z0-9_.-]{1,120}$/, 'not a scorecard message key')),
  params: z.record(z.string().check(z.regex(/^[A-Za-z0-9_]{1,40}$/, 'not a parameter name')), z.union([text(4000), z.number()])),
});

const evidence = z.object({
  rule: ruleId,
  dimension: DimensionSchema,
  turn: z.nullable(z.int().check(z.minimum(1), z.maximum(500))),
  span: z.nullable(z.object({ start: z.int().check(z.minimum(0)), end: z.int().check(z.minimum(0)), text: text(4000) })),
  points: z.number().check(z.minimum(-100), z.maximum(100)),
  message: messageRef,
  suggestion: z.nullable(messageRef),
});

const turn = z.object({
  reply: text(4000),
  // A move id an older or newer engine wrote but this one does not know is dropped, not fatal: the
  // scorecard is for reading, and every move shown must have a name. Something that is not an id is refused.
  acts: z.pipe(
    z.array(ruleId).check(z.maxLength(40)),
    z.transform((acts) => acts.filter((a): a is MoveId => KNOWN_MOVES.has(a))),
  ),
  forbidden: z.array(z.object({ list: ruleId, phrase: text(400), matched: text(4000) })).check(z.maxLength(100)),
  customer: text(8000),
  hostility: z.number().check(z.minimum(0), z.maximum(100)),
  facts: z._default(z.array(ruleId).check(z.maxLength(100)), []),
  evidence: z._default(z.array(evidence).check(z.maxLength(200)), []),
});

/** The engine's scorecard (src/domain/scoring/scorecard.types.ts), as stored. */
export const EngineScorecardSchema = z.object({
  scenario: z.string(),
  locale: LocaleSchema,
  outcome: OutcomeSchema,
  ending: z.optional(z.enum(ENDINGS)),
  score: score(),
  passed: z.boolean(),
  dimensions: z.object(Object.fromEntries(DIMENSIONS.map((d) => [d, score()])) as Record<Dimension, ReturnType<typeof score>>),
  turns: z.array(turn).check(z.maxLength(500)),
  hostility: z.array(z.number().check(z.minimum(0), z.maximum(100))).check(z.maxLength(500)),
  evidence: z._default(z.array(evidence).check(z.maxLength(2000)), []),
  unplayed: z._default(z.array(text(4000)).check(z.maxLength(500)), []),
});

/** The stored scorecard: the engine's, plus hints used and the points they cost (taken off the attempt's score). */
export const StoredScorecardSchema = z.object({
  engine: EngineScorecardSchema,
  hintsUsed: z._default(z.int().check(z.minimum(0)), 0),
  hintCost: z._default(z.number().check(z.minimum(0)), 0),
});

export type StoredScorecard = z.infer<typeof StoredScorecardSchema>;

// The schema and the engine's type are one description: each must be assignable to the other, so a
// field added to Scorecard without a schema change (or the reverse) fails the type check.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameOutcomes: Same<z.infer<typeof OutcomeSchema>, Outcome> = true;
void sameOutcomes;
const sameAsEngine: Same<z.infer<typeof EngineScorecardSchema>, Scorecard> = true;
void sameAsEngine;
