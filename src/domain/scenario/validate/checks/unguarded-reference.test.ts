import { describe, expect, it } from 'vitest';
import { broken, issuesOf } from '../../test-support/broken.ts';

describe('unguarded-reference', () => {
  it('refuses a line that speaks of the remedy as arranged before any remedy was offered', () => {
    const issues = issuesOf(
      broken((d) => {
        // "After the plumber's been, who tells me…?" in a band line: it can be said before any plumber is arranged.
        d.states.venting.lines.mid.push({ 'zh-Hant': '師傅嚟完之後,邊個話我知?', 'zh-Hans': '师傅来完之后,谁告诉我?', en: "After the plumber's been, who tells me what happened?" });
      }),
    );
    expect(issues).toEqual([expect.objectContaining({ check: 'unguarded-reference', path: expect.stringMatching(/^\$\.states\.venting\.lines\.mid\[\d+\]/) })]);
    expect(issues[0]?.message).toMatch(/needs/);
  });

  it('accepts the same line once it needs the remedy offered, or in a reaction that fires on an offer', () => {
    const line = { 'zh-Hant': '師傅嚟完之後,邊個話我知?', 'zh-Hans': '师傅来完之后,谁告诉我?', en: "After the plumber's been, who tells me what happened?" };
    expect(issuesOf(broken((d) => d.states.venting.lines.mid.push({ ...line, needs: { remedies: ['plumber'] } })))).toEqual([]);
    expect(issuesOf(broken((d) => d.reactions.unshift({ id: 'x', when: { signals: ['solution-accepted'] }, say: [line] })))).toEqual([]);
  });

  it('leaves the customer free to say what they want or what was promised before', () => {
    const wants = { 'zh-Hant': '我要有師傅今日上嚟。', 'zh-Hans': '我要今天有师傅上来。', en: 'I want a plumber here today.' };
    expect(issuesOf(broken((d) => d.states.venting.lines.mid.push(wants)))).toEqual([]);
  });
});
