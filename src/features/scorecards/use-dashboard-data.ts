import { useCallback, useEffect, useMemo, useState } from 'react';
import type { AttemptRow } from '../../domain/records/attempt.types.ts';
import { toRow } from '../../domain/records/to-row.ts';
import type { AttemptRecord } from '../../storage/records.ts';
import type { ImportMarkRecord, OverrideRecord } from '../../storage/scorecards-records.ts';
import type { ScorecardsStorage } from '../../storage/scorecards-storage.ts';
import type { DashboardScenario, RemoteAttempt } from './dashboard.types.ts';
import { DIMENSIONS } from '../../domain/records/attempt.types.ts';

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
  /** Adds attempts read from the LRS; ones already on this device (same id) are kept from the device. */
  addRemote: (attempts: RemoteAttempt[]) => void;
}

/** A table row for an LRS attempt. */
function remoteRow(a: RemoteAttempt, extraSearch: string): AttemptRow {
  const dimensions: AttemptRow['dimensions'] = {};
  for (const d of DIMENSIONS) if (typeof a.dimensions[d] === 'number') dimensions[d] = a.dimensions[d];
  const outcome = a.outcome ?? 'incomplete';
  return {
    id: a.attemptId, trainee: a.trainee, scenarioId: a.scenarioId, endedAt: a.timestamp, mode: a.mode ?? '', difficulty: a.difficulty ?? 'standard', score: a.score, passed: a.passed, outcome,
    dimensions, forbidden: [], hostility: [], remote: true,
    haystack: `${a.trainee} ${a.scenarioId} ${a.attemptId} ${outcome} ${extraSearch} lrs`.toLowerCase(),
  };
}

/** Loads every attempt, import mark and override; `reload` after an import or an override. */
export function useDashboardData(storage: ScorecardsStorage, scenarios: readonly DashboardScenario[]): DashboardData {
  const [version, setVersion] = useState(0);
  const [remote, setRemote] = useState<RemoteAttempt[]>([]);
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
    const local = state.attempts.map((a) => toRow(a, titles.get(a.scenarioId) ?? ''));
    const ids = new Set(local.map((r) => r.id));
    const fromLrs = remote.filter((a) => !ids.has(a.attemptId)).map((a) => remoteRow(a, titles.get(a.scenarioId) ?? ''));
    return fromLrs.length > 0 ? [...local, ...fromLrs] : local;
  }, [state.attempts, scenarios, remote]);
  const byId = useMemo(() => new Map(state.attempts.map((a) => [a.id, a])), [state.attempts]);
  const marks = useMemo(() => new Map(state.marks.map((m) => [m.attemptId, m])), [state.marks]);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  const addRemote = useCallback((attempts: RemoteAttempt[]) => setRemote(attempts), []);
  return { status: state.status, attempts: state.attempts, rows, byId, marks, overrides: state.overrides, refused: state.refused, reload, addRemote };
}
