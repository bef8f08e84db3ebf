import { describe, expect, it } from 'vitest';
import { parseLabelled } from '../reply/eval/evaluate-set.ts';
import { createFlag, FlagRefused, labelledSetJsonl, parseFlag, suggestedLabel, type FlagInput, type MisreadFlag } from './misread-flag.ts';

const input: FlagInput = {
  attemptId: 'att-1',
  turn: 0,
  reply: '我聽朝十點前call返你',
  locale: 'zh-Hant',
  scenarioId: 'angry-resident',
  trainee: 'Amy',
  found: ['blame_customer'],
  evidence: [{ move: 'blame_customer', start: 0, end: 3 }],
  forbiddenFound: false,
  wrong: ['blame_customer'],
  missing: ['commit_followup'],
  comment: '  I promised a call back  ',
};
const now = new Date('2026-03-01T10:00:00Z');

describe('misread flag', () => {
  it('creates an open flag with the comment trimmed and the reader’s findings kept', () => {
    const flag = createFlag(input, 'flag-1', now);
    expect(flag).toMatchObject({ status: 'open', comment: 'I promised a call back', found: ['blame_customer'], suggestion: { wrong: ['blame_customer'], missing: ['commit_followup'] }, createdAt: '2026-03-01T10:00:00.000Z' });
  });

  it('cuts an over-long comment to the limit instead of losing the flag', () => {
    expect(createFlag({ ...input, comment: 'x'.repeat(900) }, 'flag-1', now).comment).toHaveLength(500);
  });

  it('refuses a stored flag with an unknown move, naming the field', () => {
    const flag = createFlag(input, 'flag-1', now);
    expect(() => parseFlag({ ...flag, found: ['hug'] })).toThrow(FlagRefused);
    expect(() => parseFlag({ ...flag, found: ['hug'] })).toThrow(/^found\.0:/);
    expect(() => parseFlag({ ...flag, status: 'labelled' })).toThrow(/label: a labelled flag has no label/);
    expect(() => parseFlag({ ...flag, evidence: [{ move: 'greet', start: 0, end: 99 }] })).toThrow(/evidence outside the reply/);
  });

  it('starts the trainer’s label from the trainee’s suggestion', () => {
    const flag = createFlag({ ...input, found: ['apologize', 'blame_customer'] }, 'flag-1', now);
    expect(suggestedLabel(flag)).toEqual({ expect: ['apologize', 'commit_followup'], reject: ['blame_customer'], forbidden: null });
  });

  it('writes only labelled flags, oldest first, in the tests/eval line format', () => {
    const open = createFlag(input, 'flag-open', now);
    const later: MisreadFlag = { ...createFlag(input, 'flag-b', new Date('2026-03-02T00:00:00Z')), status: 'labelled', label: { expect: ['commit_followup', 'take_ownership'], reject: ['blame_customer'], forbidden: false, by: 'T', at: '2026-03-03T00:00:00Z' } };
    const earlier: MisreadFlag = { ...createFlag({ ...input, reply: 'Sorry, my mistake', locale: 'en' }, 'flag-a', now), status: 'labelled', label: { expect: ['apologize'], reject: [], forbidden: null, by: 'T', at: '2026-03-03T00:00:00Z' } };
    const dismissed: MisreadFlag = { ...createFlag(input, 'flag-d', now), status: 'dismissed' };
    const text = labelledSetJsonl([later, open, earlier, dismissed]);
    const lines = text.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toEqual([
      { id: 'flag-a', locale: 'en', text: 'Sorry, my mistake', expect: ['apologize'], reject: [], forbidden: null, kind: 'flagged' },
      { id: 'flag-b', locale: 'zh-Hant', text: '我聽朝十點前call返你', expect: ['commit_followup', 'take_ownership'], reject: ['blame_customer'], forbidden: false, kind: 'flagged' },
    ]);
    // The eval command's own parser reads every line.
    for (const line of lines) expect(() => parseLabelled(line)).not.toThrow();
    expect(labelledSetJsonl([open])).toBe('');
  });
});
