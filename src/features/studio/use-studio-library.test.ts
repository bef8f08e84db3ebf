// @vitest-environment jsdom
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { StudioStorage } from '../../storage/studio-storage.ts';
import type { StudioScenarioRecord } from '../../storage/studio-records.ts';
import { studioRecord } from './test-support/studio-record.ts';
import { useStudioLibrary } from './use-studio-library.ts';

const stored = studioRecord({ key: 'old', name: 'Earlier drill' });

/** Storage whose first listing answers only when `answer` is called (a slow start on a busy machine). */
function slowStorage() {
  const records = new Map([[stored.key, stored]]);
  let answer: () => void = () => {};
  const firstList = new Promise<StudioScenarioRecord[]>((resolve) => {
    const snapshot = [...records.values()];
    answer = () => resolve(snapshot);
  });
  let listed = false;
  const storage: StudioStorage = {
    list: () => (listed ? Promise.resolve([...records.values()]) : ((listed = true), firstList)),
    get: async (key) => records.get(key) ?? null,
    put: async (r) => void records.set(r.key, r),
    remove: async (key) => void records.delete(key),
    listPublished: async () => [],
  };
  return { storage, answer: () => answer() };
}

describe('useStudioLibrary', () => {
  it('keeps a scenario imported while the library is still loading, and opens it', async () => {
    const { storage, answer } = slowStorage();
    const { result } = renderHook(() => useStudioLibrary(storage));
    let created: StudioScenarioRecord | null = null;
    await act(async () => {
      created = await result.current.create('Imported', '{"id": "imported"}');
    });
    await act(async () => answer());
    await waitFor(() => expect(result.current.loaded).toBe(true));
    expect(result.current.own.map((r) => r.name)).toEqual(['Earlier drill', 'Imported']);
    expect(result.current.selection).toEqual({ kind: 'own', key: created!.key });
  });
});
