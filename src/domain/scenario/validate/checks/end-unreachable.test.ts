import { describe, expect, it } from 'vitest';
import { broken, issuesOf } from '../../test-support/broken.ts';

describe('end-unreachable', () => {
  it('reports an end state that neither reactions, explodeTo nor the turn limit reach', () => {
    const issues = issuesOf(broken((d) => (d.turnLimit.outcome = 'escalated')));
    expect(issues).toEqual([{ check: 'end-unreachable', path: '$.endStates.walked_out', message: 'no path reaches end state "walked_out"' }]);
  });
  it('reports resolved when no reaction goes there', () => {
    const issues = issuesOf(broken((d) => (d.reactions = d.reactions.filter((r: { goto?: string }) => r.goto !== 'resolved'))));
    expect(issues).toContainEqual({ check: 'end-unreachable', path: '$.endStates.resolved', message: 'no path reaches end state "resolved"' });
  });
});
