import { describe, expect, it } from 'vitest';
import { broken, issuesOf } from '../../test-support/broken.ts';

describe('range', () => {
  it('reports single numbers out of bounds through the schema, under the range id', () => {
    const issues = issuesOf(broken((d) => (d.persona.startHostility = 140)));
    expect(issues).toEqual([expect.objectContaining({ check: 'range', path: '$.persona.startHostility' })]);
  });
  it('reports thresholds out of order and a customer who starts past breaking point', () => {
    const issues = issuesOf(
      broken((d) => {
        d.thresholds.mid = 80;
        d.persona.startHostility = 100;
      }),
    );
    expect(issues.map((i) => i.path)).toEqual(['$.thresholds.mid', '$.persona.startHostility']);
    expect(issues.every((i) => i.check === 'range')).toBe(true);
  });
  it('reports a condition that can never be true', () => {
    const issues = issuesOf(broken((d) => Object.assign(d.reactions[0].when, { hostilityAtLeast: 60, hostilityBelow: 40 })));
    expect(issues).toContainEqual(expect.objectContaining({ check: 'range', path: '$.reactions[0].when' }));
  });
});
