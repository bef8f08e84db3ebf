// The organisation's labelled set — what the trainers' queue downloads — runs through `defuse eval` like
// any labelled set. The fixture is checked to be byte for byte what the queue writes for these flags.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createFlag, labelledSetJsonl, type FlagLabel, type MisreadFlag } from '../../src/domain/records/misread-flag.ts';

const bin = fileURLToPath(new URL('../../bin/defuse.mjs', import.meta.url));
const fixture = fileURLToPath(new URL('./fixtures/org-set.jsonl', import.meta.url));

function labelled(id: string, at: string, reply: string, locale: MisreadFlag['locale'], label: Omit<FlagLabel, 'by' | 'at'>): MisreadFlag {
  const flag = createFlag({ attemptId: 'att-1', turn: 0, reply, locale, scenarioId: 'angry-resident', trainee: 'Amy', found: [], evidence: [], forbiddenFound: false, wrong: [], missing: [], comment: '' }, id, new Date(at));
  return { ...flag, status: 'labelled', label: { ...label, by: 'Trainer', at: '2026-03-03T00:00:00Z' } };
}

describe('the organisation’s labelled set in defuse eval', () => {
  it('is exactly what the review queue downloads', () => {
    const flags = [
      labelled('flag-1', '2026-03-01T09:00:00Z', '陳先生,真的很抱歉,讓您久等了。', 'zh-Hant', { expect: ['apologize'], reject: [], forbidden: false }),
      labelled('flag-2', '2026-03-01T10:00:00Z', 'Calm down.', 'en', { expect: ['dismiss_emotion'], reject: [], forbidden: true }),
      labelled('flag-3', '2026-03-01T11:00:00Z', 'Hello there.', 'en', { expect: ['thank'], reject: [], forbidden: null }),
    ];
    expect(readFileSync(fixture, 'utf8')).toBe(labelledSetJsonl(flags));
  });

  it('is scored like any labelled set: accuracies, and the item the reader gets wrong', () => {
    const r = spawnSync(process.execPath, [bin, 'eval', fixture], { encoding: 'utf8', timeout: 60_000 });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    // An apology and "calm down" are read; a greeting is not a thank-you, so flag-3 fails on `thank`.
    expect(r.stdout).toMatch(/item accuracy: 0\.667 \(2\/3\)/);
    expect(r.stdout).toMatch(/forbidden-flag accuracy: 1\.000 \(2\/2 judged\)/);
    expect(r.stdout).toMatch(/flag-3 Hello there\.\n\s+missing thank/);
  });
});
