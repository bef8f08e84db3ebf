import { describe, expect, it } from 'vitest';
import { broken, issuesOf } from '../../test-support/broken.ts';

describe('duplicate-id', () => {
  it('reports a reused fact or reaction id', () => {
    const issues = issuesOf(
      broken((d) => {
        d.facts[1].id = d.facts[0].id;
        d.reactions[2].id = d.reactions[1].id;
      }),
    );
    expect(issues.filter((i) => i.check === 'duplicate-id').map((i) => i.path)).toEqual(['$.facts[1].id', '$.reactions[2].id']);
  });
});
