// The open document: editor text, the validator's verdict (debounced), autosave of the draft, publish,
// and the scenario tests re-run on every edit.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ScenarioTestSchema, type ScenarioTest } from '../../domain/scenario-tests/scenario-tests.schema.ts';
import { runScenarioTests, type TestResult } from '../../domain/scenario-tests/run-scenario-tests.ts';
import type { StudioScenarioRecord } from '../../storage/studio-records.ts';
import { MAX_SCENARIO_BYTES } from '../../domain/scenario/validate/validate-scenario.ts';
import { checkDraft, type DraftCheck } from './check-draft.ts';

/** A stored test with its parse result and, when it could run, its result. */
export interface TestRow {
  index: number;
  name: string;
  test: ScenarioTest | null;
  result: TestResult | null;
}

export interface Draft {
  text: string;
  setText: (text: string) => void;
  check: DraftCheck;
  /** The verdict is for the current text (not waiting on the debounce). */
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

export function useDraft(initialText: string, record: StudioScenarioRecord | null, rawTests: readonly unknown[], save: (r: StudioScenarioRecord) => Promise<boolean>): Draft {
  const [text, setText] = useState(initialText);
  const [checked, setChecked] = useState(() => ({ text: initialText, check: checkDraft(initialText) }));
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
    if (checked.text === text) return;
    const handle = setTimeout(() => setChecked({ text, check: checkDraft(text) }), DEBOUNCE_MS);
    return () => clearTimeout(handle);
  }, [text, checked.text]);

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

  const tests = useMemo((): TestRow[] => {
    const rows = rawTests.map((raw, index) => {
      const parsed = ScenarioTestSchema.safeParse(raw);
      const name = typeof (raw as { name?: unknown })?.name === 'string' ? String((raw as { name: string }).name) : `#${index + 1}`;
      return { index, name, test: parsed.success ? parsed.data : null, result: null as TestResult | null };
    });
    const scenario = checked.check.scenario;
    if (!scenario) return rows;
    const runnable = rows.filter((r) => r.test !== null);
    const results = runScenarioTests(scenario, runnable.map((r) => r.test!));
    runnable.forEach((r, i) => (r.result = results[i] ?? null));
    return rows;
  }, [rawTests, checked.check.scenario]);

  const current = checked.text === text;
  const canPublish = record !== null && current && checked.check.valid && record.published !== text;

  const publish = async () => {
    const scenario = checked.check.scenario;
    if (!scenario || !canPublish) return;
    setSaving(true);
    await update(() => ({ draft: text, published: text, publishedId: scenario.id, publishedAt: new Date().toISOString() }));
    setSaving(false);
  };

  return { text, setText, check: checked.check, current, saving, canPublish, publish, update, tests };
}
