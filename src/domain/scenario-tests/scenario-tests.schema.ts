// The scenario test plan: saved transcripts with the outcome and score range they must produce, like the
// playthrough test plans of dialogue engines. The studio saves them; `npx defuse test` and `npm test` run them.
import { z } from 'zod';
import { COMPLAINT_CAUSES, END_STATE_IDS, MOTIVES, SEVERITIES } from '../scenario/scenario.schema.ts';

/** Test plan format version; bump with a migration when the shape changes. */
export const TEST_PLAN_VERSION = 1;

/** One saved transcript and what it must produce. */
export const ScenarioTestSchema = z
  .object({
    /** Shown in the studio and the CLI; unique within the plan. */
    name: z.string().min(1).max(200).describe('Name of the test, unique within the plan.'),
    /** Locale the replies are read in. */
    locale: z.enum(['zh-Hant', 'zh-Hans', 'en']).describe('Locale the replies are classified and scored in.'),
    /** Seed of the simulated customer (line variants). */
    seed: z.number().int().min(0).max(2 ** 31).default(1).describe('Seed of the simulated customer.'),
    /** Trainee replies, in order. */
    replies: z.array(z.string().max(2000)).max(200).describe('Trainee replies, in order.'),
    /** Optional end-of-drill diagnosis, scored under judge. */
    diagnosis: z
      .object({ cause: z.enum(COMPLAINT_CAUSES).optional(), severity: z.enum(SEVERITIES).optional(), motive: z.enum(MOTIVES).optional() })
      .strict()
      .optional(),
    /** What the transcript must produce. */
    expect: z
      .object({
        /** Required outcome. */
        outcome: z.enum([...END_STATE_IDS, 'incomplete'] as const).describe('Outcome the transcript must reach.'),
        /** Inclusive score range. */
        score: z
          .object({ min: z.number().min(0).max(100), max: z.number().min(0).max(100) })
          .strict()
          .refine((r) => r.min <= r.max, 'min must not exceed max')
          .optional(),
      })
      .strict(),
  })
  .strict();

/** A file of tests for one scenario (`scenarios/tests/<id>.tests.json`). */
export const ScenarioTestPlanSchema = z
  .object({
    /** Format version. */
    testPlanVersion: z.literal(TEST_PLAN_VERSION),
    /** Id of the scenario the tests play. */
    scenario: z.string().regex(/^[a-z][a-z0-9_-]*$/),
    /** The tests. */
    tests: z.array(ScenarioTestSchema).max(500),
  })
  .strict()
  .superRefine((plan, ctx) => {
    const seen = new Set<string>();
    plan.tests.forEach((t, i) => {
      if (seen.has(t.name)) ctx.addIssue({ code: 'custom', path: ['tests', i, 'name'], message: `duplicate test name "${t.name}"` });
      seen.add(t.name);
    });
  });

export type ScenarioTest = z.infer<typeof ScenarioTestSchema>;
export type ScenarioTestPlan = z.infer<typeof ScenarioTestPlanSchema>;
