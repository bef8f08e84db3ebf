import { describe, expect, it } from 'vitest';
import { broken, issuesOf } from '../../test-support/broken.ts';

const remedySays = (doc: unknown) => issuesOf(doc).filter((i) => i.check === 'remedy-says');

describe('remedy-says', () => {
  it('names the field when a partial remedy has nothing for the customer to say', () => {
    const issues = remedySays(
      broken((d) => {
        const i = d.wants.remedies.findIndex((r: { verdict: string }) => r.verdict === 'partial');
        delete d.wants.remedies[i].says;
      }),
    );
    expect(issues.map((i) => i.path)).toEqual(['$.wants.remedies[3].says']);
    expect(issues[0]?.message).toContain('fee-waiver');
  });

  it('holds a rejected remedy to the same', () => {
    const issues = remedySays(
      broken((d) => {
        d.wants.remedies[0].verdict = 'reject';
      }),
    );
    expect(issues.map((i) => i.path)).toEqual(['$.wants.remedies[0].says']);
  });

  it('asks nothing of an accepted remedy', () => {
    expect(remedySays(broken(() => {}))).toEqual([]);
  });
});
