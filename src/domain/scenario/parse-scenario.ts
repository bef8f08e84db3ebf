// Validate at the edge (docs/architecture.md#validate-at-the-edge): JSON is migrated and parsed once; after that the domain trusts it.
import { migrateScenario } from './migrate-scenario.ts';
import { ScenarioSchema } from './scenario.schema.ts';
import type { IssueDetail, Scenario, ScenarioIssue } from './scenario.types.ts';
import type { z } from 'zod';

export type { ScenarioIssue };


/** Thrown when a scenario cannot be used; `issues` lists every problem found. */
export class ScenarioError extends Error {
  constructor(
    /** Every problem found. */
    readonly issues: ScenarioIssue[],
  ) {
    super(issues.map((i) => `${i.path}: ${i.message}`).join('; '));
    this.name = 'ScenarioError';
  }
}

/** Formats a path of keys and indexes as `$.a.b[0]`. */
export function toJsonPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => {
    if (typeof key === 'number') return `${acc}[${key}]`;
    const k = String(key);
    return /^[A-Za-z_$][\w$]*$/.test(k) ? `${acc}.${k}` : `${acc}[${JSON.stringify(k)}]`;
  }, '$');
}

const RANGE_CODES = new Set(['too_big', 'too_small']);

/** Migrates and checks the schema; returns the scenario or the issues. */
export function safeParseScenario(doc: unknown): { ok: true; scenario: Scenario } | { ok: false; issues: ScenarioIssue[] } {
  const migrated = migrateScenario(doc);
  if (!migrated.ok) return { ok: false, issues: [{ check: 'schema-version', path: '$.schemaVersion', message: migrated.message }] };
  const parsed = ScenarioSchema.safeParse(migrated.doc);
  if (parsed.success) return { ok: true, scenario: parsed.data };
  return {
    ok: false,
    issues: parsed.error.issues.map((issue) => ({
      check: RANGE_CODES.has(issue.code) && issue.path.length > 0 ? 'range' : 'schema',
      path: toJsonPath(issue.path),
      message: issue.message,
      detail: detailOf(issue),
    })),
  };
}

/** The values of a zod issue the studio words itself (only plain data; never the input). */
function detailOf(issue: z.core.$ZodIssue): IssueDetail {
  const out: IssueDetail = { code: issue.code };
  if (issue.code === 'invalid_type') out.expected = String(issue.expected);
  if (issue.code === 'invalid_value') out.values = issue.values.map((v) => String(v));
  if (issue.code === 'unrecognized_keys') out.keys = [...issue.keys];
  if (issue.code === 'too_small' && typeof issue.minimum === 'number') out.limit = issue.minimum;
  if (issue.code === 'too_big' && typeof issue.maximum === 'number') out.limit = issue.maximum;
  return out;
}

/** Migrates and parses a scenario document, throwing ScenarioError with every problem. */
export function parseScenario(doc: unknown): Scenario {
  const result = safeParseScenario(doc);
  if (!result.ok) throw new ScenarioError(result.issues);
  return result.scenario;
}
