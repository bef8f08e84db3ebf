import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createBundle } from '../../../domain/records/bundle.ts';
import { createFlag } from '../../../domain/records/misread-flag.ts';
import { DefuseDb } from '../../../storage/db.ts';
import { createFlagsStorage } from '../../../storage/flags-storage.ts';
import { createScorecardsStorage } from '../../../storage/scorecards-storage.ts';
import { importBundle } from './import-bundle.ts';

const flag = (id: string) =>
  createFlag(
    { attemptId: 'att-1', turn: 0, reply: 'Sorry, my mistake', locale: 'en', scenarioId: 'angry-resident', trainee: 'Amy', found: [], evidence: [], forbiddenFound: false, wrong: [], missing: ['apologize'], comment: '' },
    id,
    new Date('2026-03-01T00:00:00Z'),
  );
const asFile = (text: string, name = 'from-branch.json') => ({ name, size: text.length, text: async () => text });

describe('importing a bundle with misread flags', () => {
  it('adds the flags this device lacks to the review queue and says how many', async () => {
    const db = new DefuseDb(`import-flags-${Date.now()}`);
    const flags = createFlagsStorage(db);
    await flags.add(flag('flag-here'));
    const text = createBundle([], [], new Date('2026-03-05T00:00:00Z'), [flag('flag-here'), flag('flag-new')]);
    const report = await importBundle(asFile(text), createScorecardsStorage(db), async () => null, new Date(), flags);
    expect(report.misreadFlags).toBe(1);
    expect((await flags.listAll()).flags.map((f) => f.id).sort()).toEqual(['flag-here', 'flag-new']);
  });

  it('writes nothing from a file whose flag is damaged', async () => {
    const db = new DefuseDb(`import-flags-bad-${Date.now()}`);
    const flags = createFlagsStorage(db);
    const text = createBundle([], [], new Date('2026-03-05T00:00:00Z'), [flag('flag-ok'), { ...flag('flag-bad'), turn: -3 }]);
    await expect(importBundle(asFile(text), createScorecardsStorage(db), async () => null, new Date(), flags)).rejects.toThrow(/flags\[2\]/);
    expect((await flags.listAll()).flags).toEqual([]);
  });
});
