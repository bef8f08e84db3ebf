import { describe, expect, it } from 'vitest';
import { broken, issuesOf } from '../../test-support/broken.ts';

describe('no-way-out', () => {
  it('reports a state with no reaction leading out of it', () => {
    // Without "done", no state leads to resolved: good handling can never resolve (every state, the two
    // between listening and the accepted plan included).
    const issues = issuesOf(broken((d) => (d.reactions = d.reactions.filter((r: { id: string }) => r.id !== 'done'))));
    expect(issues.filter((i) => i.check === 'no-way-out').map((i) => i.path)).toEqual(['$.states.venting', '$.states.listening', '$.states.planning', '$.states.negotiating', '$.states.solving']);
  });
  it('says when a state has no exit at all', () => {
    const issues = issuesOf(
      broken((d) => {
        d.reactions = d.reactions.filter((r: { id: string }) => !['done', 'boils-over-again'].includes(r.id));
      }),
    );
    expect(issues).toContainEqual({ check: 'no-way-out', path: '$.states.solving', message: 'state "solving" has no reaction leading out of it' });
  });
});
