import { useCallback, useEffect, useMemo, useState } from 'react';
import type { AttemptRow } from '../../domain/records/attempt.types.ts';
import { toRow } from '../../domain/records/to-row.ts';
import type { AttemptRecord } from '../../storage/records.ts';
import type { ImportMarkRecord, OverrideRecord } from '../../storage/scorecards-records.ts';
import type { ScorecardsStorage } from '../../storage/scorecards-storage.ts';
import type { DashboardScenario } from './dashboard.types.ts';

export interface DashboardData {
  status: 'loading' | 'ready' | 'error';
  attempts: AttemptRecord[];
  rows: AttemptRow[];
  byId: Map<string, AttemptRecord>;
  marks: Map<string, ImportMarkRecord>;
  overrides: OverrideRecord[];
  /** Stored attempts that could not be read. */
  refused: number;
  reload: () => void;
}

/** Loads every attempt, import mark and override; `reload` after an import or an override. */
export function useDashboardData(storage: ScorecardsStorage, scenarios: readonly DashboardScenario[]): DashboardData {
  const [version, setVersion] = useState(0);
  const [state, setState] = useState<{ status: DashboardData['status']; attempts: AttemptRecord[]; marks: ImportMarkRecord[]; overrides: OverrideRecord[]; refused: number }>({
    status: 'loading', attempts: [], marks: [], overrides: [], refused: 0,
  });
  useEffect(() => {
    let live = true;
    Promise.all([storage.listAllAttempts(), storage.listImportMarks(), storage.listOverrides()])
      .then(([{ attempts, refused }, marks, overrides]) => live && setState({ status: 'ready', attempts, marks, overrides, refused }))
      .catch(() => live && setState((s) => ({ ...s, status: 'error' })));
    return () => {
      live = false;
    };
  }, [storage, version]);
  const rows = useMemo(() => {
    // Scenario titles in every language are searchable, whatever the UI language.
    const titles = new Map(scenarios.map((s) => [s.id, Object.values(s.title).join(' ')]));
    return state.attempts.map((a) => toRow(a, titles.get(a.scenarioId) ?? ''));
  }, [state.attempts, scenarios]);
  const byId = useMemo(() => new Map(state.attempts.map((a) => [a.id, a])), [state.attempts]);
  const marks = useMemo(() => new Map(state.marks.map((m) => [m.attemptId, m])), [state.marks]);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { status: state.status, attempts: state.attempts, rows, byId, marks, overrides: state.overrides, refused: state.refused, reload };
}
