import { describe, expect, it } from 'vitest';
import { broken, issuesOf } from '../../test-support/broken.ts';

describe('variation', () => {
  it('accepts {name} and declared vars in visible text', () => {
    const issues = issuesOf(
      broken((d) => {
        d.vars = { ...d.vars, flat: [{ 'zh-Hant': '11B', 'zh-Hans': '11B', en: '11B' }, { 'zh-Hant': '7A', 'zh-Hans': '7A', en: '7A' }] };
        d.briefing.en = '{name} from flat {flat} storms in.';
      }),
    );
    expect(issues.filter((i) => i.check === 'variation')).toEqual([]);
  });

  it('reports an undeclared placeholder, a placeholder in topics, and an unknown objection in a difficulty', () => {
    const issues = issuesOf(
      broken((d) => {
        d.opening.en = 'Flat {flatt}, nobody came!';
        d.facts[0].topics.en = ['{name}'];
        d.difficulty = { easy: { objections: ['nope'] } };
      }),
    );
    expect(issues.filter((i) => i.check === 'variation').map((i) => [i.path, i.message])).toEqual([
      ['$.opening.en', expect.stringContaining('"{flatt}" is neither')],
      ['$.facts[0].topics.en[0]', expect.stringContaining('cannot vary')],
      ['$.difficulty.easy.objections[0]', 'no objection with id "nope"'],
    ]);
  });
});
