import { describe, expect, it } from 'vitest';
import { broken, issuesOf } from '../../test-support/broken.ts';

describe('model-answer-harmful', () => {
  it('reports a model answer with a forbidden phrase, in the locale where it occurs', () => {
    const issues = issuesOf(broken((d) => (d.modelAnswers.venting[0]['zh-Hant'] = '陳先生,你別激動,我們會處理。')));
    const mine = issues.filter((i) => i.check === 'model-answer-harmful');
    expect(mine.map((i) => i.path)).toEqual(['$.modelAnswers.venting[0]["zh-Hant"]', '$.modelAnswers.venting[0]["zh-Hant"]']);
    expect(mine[0]?.message).toContain('你別激動');
    expect(mine[1]?.message).toContain('dismiss_emotion');
  });
  it('reports a harmful move without a listed phrase', () => {
    const issues = issuesOf(broken((d) => (d.modelAnswers.solving[0].en = "That's company policy, I'm afraid.")));
    expect(issues).toContainEqual({ check: 'model-answer-harmful', path: '$.modelAnswers.solving[0].en', message: 'model answer reads as the harmful move "cite_policy"' });
  });
});
