import { describe, expect, it } from 'vitest';
import { RecordRefused, parseProgress } from '../../storage/progress-record.ts';
import { SCENARIO_CHANGED, summarizeSetAside, UNRESTORABLE } from './set-aside-reason.ts';

const refusal = (raw: unknown) => {
  try {
    parseProgress(raw);
  } catch (error) {
    if (error instanceof RecordRefused) return error.message;
  }
  throw new Error('not refused');
};

describe('why a drill was set aside, as the page says it', () => {
  it("reads the codes, and a schema's refusal as the field it names or a kind, never its English sentence", () => {
    expect(summarizeSetAside(UNRESTORABLE)).toEqual({ reason: 'unrestorable' });
    expect(summarizeSetAside(SCENARIO_CHANGED)).toEqual({ reason: 'scenarioChanged' });
    expect(summarizeSetAside(refusal({ schemaVersion: 2, key: 'k', attemptId: 'a', trainee: 't', scenarioId: 's', scenarioVersion: 'v', snapshot: {}, draft: 42, updatedAt: 'u' }))).toEqual({ reason: 'field', field: 'draft' });
    expect(summarizeSetAside(refusal({ schemaVersion: '2' }))).toEqual({ reason: 'field', field: 'schemaVersion' });
    expect(summarizeSetAside(refusal({ schemaVersion: 9 }))).toEqual({ reason: 'newer' });
    expect(summarizeSetAside(refusal('a string'))).toEqual({ reason: 'unreadable' });
  });
});
