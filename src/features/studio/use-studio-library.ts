// The studio library: shipped scenarios (read-only) and the trainer's own, with every change persisted.
// A storage failure is reported as a message; the in-memory list is only changed after a write succeeds.
import { useCallback, useEffect, useState } from 'react';
import type { StudioStorage } from '../../storage/studio-storage.ts';
import type { StudioScenarioRecord } from '../../storage/studio-records.ts';
import { loadShipped, type ShippedScenario } from './library/shipped.ts';
import { copyOfShipped, newRecord, type Retitle } from './library/new-record.ts';

export type Selection = { kind: 'shipped'; id: string } | { kind: 'own'; key: string } | null;

export interface StudioLibrary {
  shipped: ShippedScenario[];
  own: StudioScenarioRecord[];
  loaded: boolean;
  error: string | null;
  selection: Selection;
  select: (s: Selection) => void;
  /** The last deleted record, until undone or replaced. */
  deleted: StudioScenarioRecord | null;
  create: (name: string, text: string, tests?: StudioScenarioRecord['tests']) => Promise<StudioScenarioRecord | null>;
  save: (record: StudioScenarioRecord) => Promise<boolean>;
  remove: (key: string) => Promise<void>;
  undoRemove: () => Promise<void>;
  duplicateShipped: (s: ShippedScenario, copyName: string, takenIds?: ReadonlySet<string>, retitle?: Retitle) => Promise<void>;
}

/** The order records are kept in (by name, then key); the library panel shows them by the name shown, in the UI language (shown-order.ts). */
const byName = (a: StudioScenarioRecord, b: StudioScenarioRecord) => a.name.localeCompare(b.name) || a.key.localeCompare(b.key);

export function useStudioLibrary(storage: StudioStorage): StudioLibrary {
  const [shipped, setShipped] = useState<ShippedScenario[]>([]);
  const [own, setOwn] = useState<StudioScenarioRecord[]>([]);
  const [loaded, setLoaded] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [selection, select] = useState<Selection>(null);
  const [deleted, setDeleted] = useState<StudioScenarioRecord | null>(null);

  useEffect(() => {
    let live = true;
    Promise.all([loadShipped(), storage.list()])
      .then(([s, o]) => {
        if (!live) return;
        setShipped(s);
        // A record written while the list was being read (an import on a slow start) is kept, not lost.
        setOwn((written) => [...o.filter((r) => !written.some((w) => w.key === r.key)), ...written].sort(byName));
      })
      .catch((e: unknown) => live && setError(String(e)))
      .finally(() => live && setLoaded(true));
    return () => {
      live = false;
    };
  }, [storage]);

  const write = useCallback(
    async (record: StudioScenarioRecord) => {
      try {
        await storage.put(record);
        setError(null);
        setOwn((list) => [...list.filter((r) => r.key !== record.key), record].sort(byName));
        return true;
      } catch (e) {
        setError(e instanceof Error ? e.message : String(e));
        return false;
      }
    },
    [storage],
  );

  const create = useCallback(
    async (name: string, text: string, tests: StudioScenarioRecord['tests'] = []) => {
      const record = newRecord(name, text, tests);
      if (!(await write(record))) return null;
      select({ kind: 'own', key: record.key });
      return record;
    },
    [write],
  );

  const remove = useCallback(
    async (key: string) => {
      const record = own.find((r) => r.key === key);
      if (!record) return;
      try {
        await storage.remove(key);
      } catch (e) {
        setError(e instanceof Error ? e.message : String(e));
        return;
      }
      setOwn((list) => list.filter((r) => r.key !== key));
      setDeleted(record);
      select((s) => (s?.kind === 'own' && s.key === key ? null : s));
    },
    [own, storage],
  );

  const undoRemove = useCallback(async () => {
    if (!deleted) return;
    if (await write(deleted)) {
      select({ kind: 'own', key: deleted.key });
      setDeleted(null);
    }
  }, [deleted, write]);

  const duplicateShipped = useCallback(
    async (s: ShippedScenario, copyName: string, takenIds?: ReadonlySet<string>, retitle?: Retitle) => {
      const record = copyOfShipped(s, copyName, takenIds, retitle);
      if (await write(record)) select({ kind: 'own', key: record.key });
    },
    [write],
  );

  return { shipped, own, loaded, error, selection, select, deleted, create, save: write, remove, undoRemove, duplicateShipped };
}
