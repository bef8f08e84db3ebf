import validate from '@learninglocker/xapi-validation';
import { describe, expect, it } from 'vitest';
import { checkCmi5, emptyLedger, type Cmi5LedgerEntry } from './cmi5-rules.ts';
import { cmi5AttemptStatements, cmi5Exit, cmi5Passed, cmi5Terminated, type Cmi5Launch } from './cmi5-session.ts';
import { CMI5, VERBS } from './iris.ts';
import { statementId } from './statement-id.ts';
import { sampleAttempt } from './test-support/sample-attempt.ts';
import type { XapiStatement } from './xapi.types.ts';

const actor = { objectType: 'Agent' as const, name: 'S1', account: { homePage: 'https://lms.example.com', name: 'S1' } };
const launch = (over: Partial<Cmi5Launch> = {}): Cmi5Launch => ({
  activityId: 'https://lms.example.com/au/angry-resident',
  registration: '1b5d5fd6-3c8e-4b8c-9a3e-2a7c2f1e0a11',
  sessionId: 'sess-1',
  contextTemplate: { contextActivities: { grouping: [{ objectType: 'Activity', id: 'https://lms.example.com/au/angry-resident' }] }, extensions: { [CMI5.sessionId]: 'sess-1' } },
  launchMode: 'Normal',
  ...over,
});
const initialized = (l: Cmi5Launch): XapiStatement => ({
  id: statementId('init'), actor, verb: VERBS.initialized, object: { objectType: 'Activity', id: l.activityId },
  context: { ...l.contextTemplate, registration: l.registration, contextActivities: { ...l.contextTemplate.contextActivities, category: [{ objectType: 'Activity', id: CMI5.category }] } },
  timestamp: '2026-11-23T08:59:00.000Z',
});

function run(stream: XapiStatement[], mastery?: number): string[] {
  let ledger: Cmi5LedgerEntry = emptyLedger();
  const errors: string[] = [];
  for (const s of stream) {
    const r = checkCmi5(ledger, s, mastery);
    if (r.error) errors.push(r.error);
    ledger = r.ledger;
  }
  return errors;
}

describe('cmi5 session statements', () => {
  const { scenario, attempt } = sampleAttempt();
  const target = { actor, activityId: 'ignored', title: scenario.title };
  const fresh = { completed: false, judged: false, terminated: false };

  it('initialized, answered…, completed, passed|failed, terminated: valid and correctly ordered', () => {
    const l = launch({ masteryScore: 0.5 });
    const { statements } = cmi5AttemptStatements(attempt, target, l, fresh);
    const stream = [initialized(l), ...statements, cmi5Terminated(actor, l, new Date('2026-11-23T08:59:00Z'), new Date('2026-11-23T09:03:00Z'))];
    for (const s of stream) expect(validate(s)).toEqual([]);
    expect(run(stream, 0.5)).toEqual([]);
    const judged = statements.at(-1)!;
    expect(judged.verb.id).toBe(cmi5Passed(judged.result!.score!.scaled, attempt.scorecard.passed, 0.5) ? VERBS.passed.id : VERBS.failed.id);
    expect(judged.context?.contextActivities?.category?.map((c) => c.id)).toEqual(expect.arrayContaining([CMI5.category, CMI5.moveOn]));
  });

  it('the mastery score decides pass or fail', () => {
    expect(cmi5Passed(0.8, false, 0.7)).toBe(true);
    expect(cmi5Passed(0.6, true, 0.7)).toBe(false);
    expect(cmi5Passed(0.6, true, undefined)).toBe(true);
  });

  it('a second attempt in the registration sends no second completed or passed/failed', () => {
    const first = cmi5AttemptStatements(attempt, target, launch(), fresh);
    const second = cmi5AttemptStatements({ ...attempt, id: 'att-2' }, target, launch(), first.progress);
    expect(second.statements.map((s) => s.verb.id)).toEqual(second.statements.map(() => VERBS.answered.id));
    expect(run([initialized(launch()), ...first.statements, ...second.statements])).toEqual([]);
  });

  it('Browse mode sends answers only', () => {
    const { statements } = cmi5AttemptStatements(attempt, target, launch({ launchMode: 'Browse' }), fresh);
    expect(statements.every((s) => s.verb.id === VERBS.answered.id)).toBe(true);
  });

  it('the checker refuses broken streams', () => {
    const l = launch();
    const { statements } = cmi5AttemptStatements(attempt, target, l, fresh);
    const term = cmi5Terminated(actor, l, new Date(0), new Date(1000));
    expect(run(statements)).toContain('statement before initialized');
    expect(run([initialized(l), term, ...statements])).toContain('statement after terminated');
    expect(run([initialized(l), ...statements, ...statements.slice(-2)])).toEqual(expect.arrayContaining(['second completed', 'second passed/failed']));
    const judged = statements.at(-1)!;
    const cheat = { ...judged, verb: VERBS.passed, result: { ...judged.result, score: { scaled: 0.1 } } };
    expect(run([initialized(l), cheat], 0.9)[0]).toMatch(/below the mastery score/);
    const noMoveOn = { ...judged, context: { ...judged.context, contextActivities: { category: [{ objectType: 'Activity' as const, id: CMI5.category }] } } };
    expect(run([initialized(l), noMoveOn])[0]).toMatch(/moveOn/);
  });

  it('exit before any attempt: terminated only, valid after initialized, and nothing more in the session', () => {
    const l = launch({ masteryScore: 0.5 });
    const exit = cmi5Exit(actor, l, fresh, new Date('2026-11-23T08:59:00Z'), new Date('2026-11-23T09:01:30Z'));
    expect(exit.statements.map((s) => s.verb.id)).toEqual([VERBS.terminated.id]);
    expect(exit.progress).toEqual({ completed: false, judged: false, terminated: true });
    expect(exit.statements[0]!.result?.duration).toBe('PT2M30S');
    for (const s of exit.statements) expect(validate(s)).toEqual([]);
    expect(run([initialized(l), ...exit.statements], 0.5)).toEqual([]);
    // A drill finished after the exit adds nothing (cmi5: no statement after terminated).
    expect(cmi5AttemptStatements(attempt, target, l, exit.progress).statements).toEqual([]);
  });

  it('exit after a finished attempt adds nothing: its terminated is already queued', () => {
    const l = launch();
    const done = { ...cmi5AttemptStatements(attempt, target, l, fresh).progress, terminated: true };
    expect(cmi5Exit(actor, l, done, new Date(0), new Date(1000))).toEqual({ statements: [], progress: done });
  });
});
