import { describe, expect, it } from 'vitest';
import { broken, issuesOf } from '../../test-support/broken.ts';

describe('unreachable-state', () => {
  it('reports a state no reaction leads to', () => {
    const issues = issuesOf(broken((d) => (d.states.limbo = structuredClone(d.states.listening))));
    expect(issues).toContainEqual({ check: 'unreachable-state', path: '$.states.limbo', message: 'state "limbo" is never reached from "venting"' });
  });
});
