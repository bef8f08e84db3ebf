// The open document: editor text, the validator's verdict and the scenario tests (debounced, checked in a
// worker off the main thread, the newest edit winning), autosave of the draft, publish.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { StudioScenarioRecord } from '../../storage/studio-records.ts';
import { MAX_SCENARIO_BYTES } from '../../domain/scenario/validate/validate-scenario.ts';
import { createDraftChecker, workersAvailable } from './check/create-checker.ts';
import type { DraftChecker } from './check/draft-checker.ts';
import { recentVerdict, testRows, type TestRow } from './check/draft-verdict.ts';
import { readVerdict, UNCHECKED, type DraftView } from './check/read-verdict.ts';

export type { TestRow };

export interface Draft {
  text: string;
  setText: (text: string) => void;
  check: DraftView;
  /** The verdict is for the current text (not waiting on the debounce or the worker). */
  current: boolean;
  saving: boolean;
  canPublish: boolean;
  publish: () => Promise<void>;
  /**
   * Writes the record with a change, built on the newest version this editor wrote (not the one the library
   * last read back), so two quick saves — an autosave and a translation draft — never undo each other.
   */
  update: (change: (r: StudioScenarioRecord) => Partial<StudioScenarioRecord>) => Promise<boolean>;
  tests: TestRow[];
}

const DEBOUNCE_MS = 250;

/** The verdict and what it was reached on (text null: none yet). */
interface Checked {
  check: DraftView;
  tests: TestRow[];
  text: string | null;
  /** The stored tests it ran, as JSON (a caller may pass an equal list as a new array on each render). */
  testsKey: string | null;
}

/** The first verdict worked out on the page itself (no worker to ask). */
function checkedHere(text: string, testsKey: string, rawTests: readonly unknown[]): Checked {
  const verdict = recentVerdict(text, rawTests);
  return { text, testsKey, check: readVerdict(verdict, text), tests: verdict.tests };
}

export function useDraft(initialText: string, record: StudioScenarioRecord | null, rawTests: readonly unknown[], save: (r: StudioScenarioRecord) => Promise<boolean>): Draft {
  const [text, setText] = useState(initialText);
  const testsKey = useMemo(() => JSON.stringify(rawTests), [rawTests]);
  // Without a worker the first verdict is worked out at once, as the page renders; with one it arrives
  // a moment after, and the page says it is checking.
  const [checked, setChecked] = useState((): Checked =>
    workersAvailable() ? { text: null, testsKey: null, check: UNCHECKED, tests: testRows(rawTests) } : checkedHere(initialText, testsKey, rawTests),
  );
  const [failure, setFailure] = useState<Error | null>(null);
  const [checker, setChecker] = useState<DraftChecker | null>(null);
  useEffect(() => {
    const made = createDraftChecker();
    setChecker(made);
    return () => made.dispose();
  }, []);
  const [saving, setSaving] = useState(false);
  const recordRef = useRef(record);
  useEffect(() => {
    const mine = recordRef.current;
    // The library reads records back after each write; a read that predates our newest write is not taken.
    if (!record || !mine || record.key !== mine.key || record.updatedAt > mine.updatedAt) recordRef.current = record;
  }, [record]);

  const update = useCallback(
    (change: (r: StudioScenarioRecord) => Partial<StudioScenarioRecord>) => {
      const r = recordRef.current;
      if (!r) return Promise.resolve(false);
      const next = { ...r, ...change(r), updatedAt: new Date().toISOString() };
      recordRef.current = next;
      return save(next);
    },
    [save],
  );

  useEffect(() => {
    if (!checker || (checked.text === text && checked.testsKey === testsKey)) return;
    // An answer for text that has changed since is stale: `live` drops it (and the checker never sends
    // an edit that a newer one replaced while the worker was busy).
    let live = true;
    const handle = setTimeout(
      () =>
        checker.check(text, rawTests).then(
          (verdict) => live && verdict && setChecked({ text, testsKey, check: readVerdict(verdict, text), tests: verdict.tests }),
          (error: Error) => live && setFailure(error),
        ),
      checked.text === null ? 0 : DEBOUNCE_MS,
    );
    return () => {
      live = false;
      clearTimeout(handle);
    };
    // rawTests is read with testsKey: a new array with the same tests is not a reason to check again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [checker, text, testsKey, checked.text, checked.testsKey]);

  // Drafts are saved as typed (valid or not), so a reload never loses work.
  useEffect(() => {
    const r = recordRef.current;
    // A pasted giant (beyond the file limit) is never written over the trainer's last good draft.
    if (!r || r.draft === text || text.length > MAX_SCENARIO_BYTES) return;
    const handle = setTimeout(() => {
      // Another save (a test, a translation draft) may already have written this text.
      if (recordRef.current?.draft === text) return;
      setSaving(true);
      void update(() => ({ draft: text })).finally(() => setSaving(false));
    }, DEBOUNCE_MS);
    return () => clearTimeout(handle);
  }, [text, update]);

  const current = checked.text === text;
  const canPublish = record !== null && current && checked.check.valid && record.published !== text;

  const publish = async () => {
    const id = checked.check.scenarioId;
    if (id === null || !canPublish) return;
    setSaving(true);
    await update(() => ({ draft: text, published: text, publishedId: id, publishedAt: new Date().toISOString() }));
    setSaving(false);
  };

  // A check that throws is the open screen's failure: the studio's boundary offers repair and delete.
  if (failure) throw failure;
  return { text, setText, check: checked.check, current, saving, canPublish, publish, update, tests: checked.tests };
}
