import { describe, expect, it } from 'vitest';
import { broken, issuesOf } from '../../test-support/broken.ts';

describe('missing-locale', () => {
  it('reports the exact string and locale missing, once', () => {
    const issues = issuesOf(broken((d) => delete d.states.venting.lines.high[0]['zh-Hans']));
    expect(issues).toEqual([{ check: 'missing-locale', path: '$.states.venting.lines.high[0]["zh-Hans"]', message: 'missing zh-Hans text' }]);
  });
  it('treats an empty string as missing', () => {
    const issues = issuesOf(broken((d) => (d.facts[0].says.en = '  ')));
    expect(issues.map((i) => i.check)).toEqual(['missing-locale']);
  });
  it('does not mistake the lexicon for visible text', () => {
    expect(issuesOf(broken(() => undefined))).toEqual([]);
  });
  it('does not ask for every locale of a fact\'s topic words (each list is optional)', () => {
    expect(issuesOf(broken((d) => (d.facts[0].topics = { en: ['how long'] })))).toEqual([]);
  });
});
