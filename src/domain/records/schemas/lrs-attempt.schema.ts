// An attempt as read back from a learning record store: the fields its passed/failed statement carries,
// checked with the same field schemas as a stored attempt, so a statement from elsewhere that claims an
// out-of-range score or an unknown outcome is shown without it (or not at all), never as if it were ours.
import * as z from 'zod/mini';
import { DIFFICULTIES, DRILL_MODES } from './attempt.schema.ts';
import { DimensionSchema, OutcomeSchema } from './scorecard.schema.ts';

export const LrsAttemptSchema = z.object({
  /** Defuse's attempt id (context extension), or the statement id for statements from elsewhere. */
  attemptId: z.string().check(z.minLength(1), z.maxLength(200)),
  /** Actor's name, else account name, else mbox. */
  trainee: z.string().check(z.minLength(1), z.maxLength(300)),
  /** Scenario id when the activity is one of ours (`…/scenarios/<id>`), else the activity IRI. */
  scenarioId: z.string().check(z.minLength(1), z.maxLength(2000)),
  score: z.number().check(z.minimum(0), z.maximum(100)),
  passed: z.boolean(),
  /** Dimension → 0–100, from the result extensions (unknown dimensions are dropped before the check). */
  dimensions: z.partialRecord(DimensionSchema, z.number().check(z.minimum(0), z.maximum(100))),
  /** The drill's outcome, when the statement names one Defuse knows. */
  outcome: z.nullable(OutcomeSchema),
  mode: z.nullable(z.enum(DRILL_MODES)),
  /** easy, standard or hard; null for statements from before difficulty existed (or naming another level). */
  difficulty: z.nullable(z.enum(DIFFICULTIES)),
  /** When the attempt ended. */
  timestamp: z.string(),
});

export type LrsAttempt = z.infer<typeof LrsAttemptSchema>;

/** The fields as read; null when the statement does not make a valid attempt (an out-of-range score). */
export function checkLrsAttempt(candidate: {
  attemptId: string;
  trainee: string;
  scenarioId: string;
  score: number;
  passed: boolean;
  dimensions: Record<string, number>;
  outcome: string | null;
  mode: string | null;
  difficulty: string | null;
  timestamp: string;
}): LrsAttempt | null {
  const dims = DimensionSchema.options as readonly string[];
  const outcomes = OutcomeSchema.options as readonly string[];
  const modes: readonly string[] = DRILL_MODES;
  const levels: readonly string[] = DIFFICULTIES;
  const parsed = LrsAttemptSchema.safeParse({
    ...candidate,
    dimensions: Object.fromEntries(Object.entries(candidate.dimensions).filter(([d]) => dims.includes(d))),
    outcome: candidate.outcome !== null && outcomes.includes(candidate.outcome) ? candidate.outcome : null,
    mode: candidate.mode !== null && modes.includes(candidate.mode) ? candidate.mode : null,
    difficulty: candidate.difficulty !== null && levels.includes(candidate.difficulty) ? candidate.difficulty : null,
  });
  return parsed.success ? parsed.data : null;
}
