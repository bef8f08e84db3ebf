import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createFlag } from '../domain/records/misread-flag.ts';
import type { FlagsStorage } from '../storage/flags-storage.ts';

const reported: string[] = [];
vi.mock('../lrs/report-flag.ts', () => ({
  reportFlagToLrs: vi.fn(async (flag: { id: string }) => void reported.push(`flag ${flag.id}`)),
  withdrawFlagFromLrs: vi.fn(async (flag: { id: string }) => void reported.push(`void ${flag.id}`)),
}));
const { withFlagReporting } = await import('./report-flags.ts');

const flag = createFlag(
  { attemptId: 'att-1', turn: 0, reply: 'Sorry', locale: 'en', scenarioId: 'angry-resident', trainee: 'Amy', found: [], evidence: [], forbiddenFound: false, wrong: [], missing: [], comment: '' },
  'flag-1',
  new Date('2026-03-01T00:00:00Z'),
);

function storage(overrides: Partial<FlagsStorage> = {}): FlagsStorage {
  return {
    listForAttempt: async () => [],
    listAll: async () => ({ flags: [], refused: 0 }),
    add: async () => undefined,
    withdraw: async () => flag,
    review: async () => flag,
    reopen: async () => flag,
    importFlags: async () => ({ added: [], duplicates: [] }),
    ...overrides,
  };
}

describe('flag reporting', () => {
  beforeEach(() => {
    reported.length = 0;
  });

  it('reports a flag once it is stored, and voids one that was withdrawn', async () => {
    const wrapped = withFlagReporting(storage());
    await wrapped.add(flag);
    await wrapped.withdraw(flag.id);
    await vi.waitFor(() => expect(reported).toEqual(['flag flag-1', 'void flag-1']));
  });

  it('reports nothing when storing fails or nothing was withdrawn (a trainer had reviewed it)', async () => {
    const wrapped = withFlagReporting(storage({ add: async () => Promise.reject(new Error('quota')), withdraw: async () => null }));
    await expect(wrapped.add(flag)).rejects.toThrow('quota');
    expect(await wrapped.withdraw(flag.id)).toBeNull();
    // withFlagReporting starts a report before add or withdraw returns, so none can come after this point.
    expect(reported).toEqual([]);
  });
});
