import { describe, expect, it } from 'vitest';
import { broken, issuesOf } from '../../test-support/broken.ts';

describe('unknown-state', () => {
  it('reports a reaction going to a state that does not exist', () => {
    const issues = issuesOf(broken((d) => (d.reactions[8].goto = 'solvnig')));
    expect(issues).toContainEqual({ check: 'unknown-state', path: '$.reactions[8].goto', message: 'unknown state "solvnig"' });
  });
  it('reports unknown states in `in`, `initial`, model answers, and unknown facts in conditions as unknown-fact', () => {
    const issues = issuesOf(
      broken((d) => {
        d.reactions[0].in = ['nowhere'];
        d.reactions[1].when.factsKnown = ['no-such-fact'];
        d.modelAnswers.ghost = d.modelAnswers.venting;
      }),
    );
    const paths = issues.filter((i) => i.check === 'unknown-state').map((i) => i.path);
    expect(paths).toEqual(['$.reactions[0].in[0]', '$.modelAnswers.ghost']);
    // A fact is not a state: it is filed under its own check, so the author is told to look among the facts.
    expect(issues.filter((i) => i.check === 'unknown-fact')).toEqual([{ check: 'unknown-fact', path: '$.reactions[1].when.factsKnown[0]', message: 'unknown fact "no-such-fact"' }]);
    expect(issuesOf(broken((d) => (d.initial = 'start'))).map((i) => i.check)).toContain('unknown-state');
  });
});
