// One pass over the editor text: the same validator as `npx defuse validate`, each issue located in the
// text, and the parsed scenario when the schema passes (so the graph, preview and tests can use it).
import { safeParseScenario } from '../../domain/scenario/parse-scenario.ts';
import type { Scenario, ScenarioIssue } from '../../domain/scenario/scenario.types.ts';
import { MAX_SCENARIO_BYTES, validateScenarioText } from '../../domain/scenario/validate/validate-scenario.ts';
import { locateSyntaxError, pathLocator } from './editor/json-positions.ts';
import { syntaxProblem } from './editor/diagnose.ts';

/** A validator issue with its place in the text. */
export interface LocatedIssue extends ScenarioIssue {
  from: number;
  to: number;
}

/** What the studio knows about a draft. */
export interface DraftCheck {
  issues: LocatedIssue[];
  /** The parsed scenario when the schema passed (semantic issues may remain). */
  scenario: Scenario | null;
  /** The parsed JSON document, when the text is JSON. */
  doc: unknown;
  /** No issues at all: may be published. */
  valid: boolean;
}

export function checkDraft(text: string): DraftCheck {
  const raw = validateScenarioText(text);
  let doc: unknown = undefined;
  let scenario: Scenario | null = null;
  const tooBig = raw.some((i) => i.check === 'file-size') || text.length > MAX_SCENARIO_BYTES;
  // Text the reader refused (too deep, a key twice, `__proto__`) is not handed to the forms as a document.
  const unreadable = raw.some((i) => i.check === 'json');
  if (!tooBig && !unreadable) {
    try {
      doc = JSON.parse(text);
      const parsed = safeParseScenario(doc);
      if (parsed.ok) scenario = parsed.scenario;
    } catch {
      doc = undefined;
    }
  }
  const locate = tooBig ? null : pathLocator(text);
  const issues = raw.map((issue): LocatedIssue => {
    if (issue.check === 'json') {
      // Where the author types the fix (after the value missing its comma), not where the parser gave up.
      const at = syntaxProblem(text)?.at ?? locateSyntaxError(text, issue.message) ?? 0;
      return { ...issue, from: at, to: Math.min(text.length, at + 1) };
    }
    if (!locate) return { ...issue, from: 0, to: 0 };
    return { ...issue, ...locate(issue.path) };
  });
  return { issues, scenario, doc, valid: raw.length === 0 };
}
