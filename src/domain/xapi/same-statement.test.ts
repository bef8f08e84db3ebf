import { describe, expect, it } from 'vitest';
import { buildAttemptStatements } from './build-attempt-statements.ts';
import { cmi5AttemptStatements } from './cmi5-session.ts';
import { CMI5, VERBS } from './iris.ts';
import { sameStatement } from './same-statement.ts';
import { sampleAttempt } from './test-support/sample-attempt.ts';

const actor = { objectType: 'Agent' as const, name: 'S1', account: { homePage: 'https://lms.example.com', name: 'S1' } };
const activityId = 'https://w3id.org/defuse/xapi/scenarios/angry-resident';

function plain() {
  const { scenario, attempt } = sampleAttempt();
  return { scenario, attempt, list: buildAttemptStatements(attempt, { actor, activityId, title: scenario.title, registration: '1B5D5FD6-3c8e-4b8c-9a3e-2a7c2f1e0a11' }) };
}

describe('sameStatement (xAPI statement comparison)', () => {
  it('ignores what an LRS adds or may change: authority, stored, version, time zone, case, defaults', () => {
    const ours = plain().list.at(-1)!;
    const stored = JSON.parse(JSON.stringify(ours)) as Record<string, unknown> & typeof ours;
    Object.assign(stored, { id: ours.id.toUpperCase(), authority: { objectType: 'Agent', mbox: 'mailto:lrs@example.com' }, stored: '2026-11-23T10:00:00.000Z', version: '1.0.0' });
    stored.timestamp = '2026-11-23T17:02:00.001+08:00'; // the same instant as ours, in Hong Kong time
    stored.context!.registration = ours.context!.registration!.toLowerCase();
    delete (stored.object as { objectType?: string }).objectType;
    expect(sameStatement(ours, stored)).toBe(true);
  });

  it('any other difference makes it another statement: a verdict, a score, a reply, a category', () => {
    const ours = plain().list.at(-1)!;
    const changed = (edit: (s: typeof ours) => void) => {
      const copy = JSON.parse(JSON.stringify(ours)) as typeof ours;
      edit(copy);
      return sameStatement(ours, copy);
    };
    expect(changed((s) => (s.verb = s.verb.id === VERBS.passed.id ? VERBS.failed : VERBS.passed))).toBe(false);
    expect(changed((s) => (s.result!.score!.scaled = 0.99))).toBe(false);
    expect(changed((s) => (s.timestamp = '2026-11-23T09:02:05.000Z'))).toBe(false);
    expect(changed((s) => s.context!.contextActivities!.category!.push({ objectType: 'Activity', id: CMI5.moveOn }))).toBe(false);
    expect(changed((s) => delete s.result!.duration)).toBe(false);
    expect(sameStatement(ours, null)).toBe(false);
  });

  it('the plain route and a cmi5 route never share an id for the same attempt', () => {
    const { scenario, attempt, list } = plain();
    const launch = { activityId, registration: 'reg-1', sessionId: 's-1', launchMode: 'Normal' as const, masteryScore: 0.1, contextTemplate: { extensions: { [CMI5.sessionId]: 's-1' } } };
    const cmi5 = cmi5AttemptStatements(attempt, { actor, activityId, title: scenario.title }, launch, { completed: false, judged: false, terminated: false }).statements;
    expect(cmi5).toHaveLength(list.length);
    const plainIds = new Set(list.map((s) => s.id));
    expect(cmi5.filter((s) => plainIds.has(s.id))).toEqual([]);
  });
});
