import { describe, expect, it } from 'vitest';
import { BundleRefused, createBundle, parseBundle } from './bundle.ts';
import { createFlag, type MisreadFlag } from './misread-flag.ts';

const now = new Date('2026-03-05T00:00:00Z');
const open = createFlag(
  { attemptId: 'att-1', turn: 0, reply: '我已經escalate咗俾supervisor', locale: 'zh-Hant', scenarioId: 'angry-resident', trainee: 'Amy', found: [], evidence: [], forbiddenFound: false, wrong: [], missing: ['escalate'], comment: '<script>x</script>' },
  'flag-1',
  new Date('2026-03-01T00:00:00Z'),
);
const labelled: MisreadFlag = { ...open, id: 'flag-2', status: 'labelled', label: { expect: ['escalate'], reject: ['deflect'], forbidden: false, by: 'Tam', at: '2026-03-02T00:00:00Z' }, reviewedAt: '2026-03-02T00:00:00Z' };
const read = (text: string) => parseBundle(text, text.length);

describe('bundles carry misread flags', () => {
  it('round-trips open and labelled flags unchanged', () => {
    expect(read(createBundle([], [], now, [open, labelled])).flags).toEqual([open, labelled]);
  });

  it('still imports a bundle written before flags existed, and writes none when there are none', () => {
    const old = JSON.stringify({ format: 'defuse-attempts', version: 1, exportedAt: '2026-01-02T00:00:00Z', attempts: [], overrides: [] });
    expect(read(old).flags).toEqual([]);
    expect(JSON.parse(createBundle([], [], now)) as object).not.toHaveProperty('flags');
  });

  it('refuses a damaged flag naming the flag, its place and the field', () => {
    const text = createBundle([], [], now, [open, { ...labelled, label: { ...labelled.label!, expect: ['hug' as never] } }]);
    expect(() => read(text)).toThrow(BundleRefused);
    expect(() => read(text)).toThrow(/flag "flag-2" \(flags\[2\]\): label\.expect\.0: /);
  });

  it('refuses a file that lists one flag twice', () => {
    expect(() => read(createBundle([], [], now, [open, open]))).toThrow(/duplicateInFile: flag-1/);
  });
});
