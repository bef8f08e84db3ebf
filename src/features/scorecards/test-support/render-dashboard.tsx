import 'fake-indexeddb/auto';
import { render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { createReader } from '../../../domain/reading/read-reply.ts';
import { rescore, scenarioVersionOf } from '../../../domain/records/rescore.ts';
import { parseScenario } from '../../../domain/scenario/parse-scenario.ts';
import angryResident from '../../../../scenarios/angry-resident.json';
import { setupI18n } from '../../../i18n/setup.ts';
import { DefuseDb } from '../../../storage/db.ts';
import type { AttemptRecord } from '../../../storage/records.ts';
import { storedAttempt } from '../../../domain/records/test-support/stored-attempt.ts';
import { storedScorecard } from '../../../domain/records/test-support/stored-scorecard.ts';
import type { Dimension } from '../../../domain/scoring/scorecard.types.ts';
import { createScorecardsStorage, type ScorecardsStorage } from '../../../storage/scorecards-storage.ts';
import type { DashboardAssignments, DashboardScenario, DashboardView, RemoteAttempt, Reviewer } from '../dashboard.types.ts';
import { ScorecardsPage } from '../ScorecardsPage.tsx';

// jsdom has no layout: give scroll containers a size so the virtualiser renders rows.
Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 600 });
Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 1200 });

let n = 0;
export const freshStorage = (): ScorecardsStorage => createScorecardsStorage(new DefuseDb(`dash-test-${Date.now()}-${n++}`));

export const SCENARIOS: DashboardScenario[] = [
  { id: 'angry-resident', title: { 'zh-Hant': '憤怒的住戶', 'zh-Hans': '愤怒的住户', en: 'The angry resident' }, passMark: 70 },
  { id: 'broken-promise', title: { 'zh-Hant': '未兌現的承諾', 'zh-Hans': '未兑现的承诺', en: 'The broken promise' }, passMark: 70 },
];

/** A stored attempt with made-up scores (for views that only read). */
export function fakeAttempt(over: Partial<AttemptRecord> & { id: string; dims?: Partial<Record<Dimension, number>>; forbidden?: string[] }): AttemptRecord {
  const { forbidden, ...rest } = over;
  return storedAttempt({ dims: { listen: 50, ask: 60 }, hostility: [70, 50, 30], forbidden: forbidden && forbidden.length > 0 ? forbidden : [null], ...rest });
}

/** An attempt scored by the real engine, as the drill app would store it. */
export function realAttempt(id: string): AttemptRecord {
  const scenario = parseScenario(structuredClone(angryResident));
  const replies = ["I'm so sorry, Mr Chan. I can see why you're upset.", 'What happened when you called?'].map((text) => ({ text, at: '2026-01-01T10:00:00.000Z' }));
  const base = { id, trainee: 'Remote', scenarioId: scenario.id, scenarioVersion: scenarioVersionOf(scenario), locale: 'en' as const, mode: 'exam' as const, seed: 3, replies };
  const r = rescore(base, scenario, createReader(scenario));
  return storedAttempt({
    ...base, transcript: [], score: r.score, passed: r.passed, outcome: r.outcome as AttemptRecord['outcome'],
    scorecard: storedScorecard({ dims: r.dimensions }),
    startedAt: '2026-01-01T09:55:00.000Z', endedAt: '2026-01-01T10:05:00.000Z',
  });
}

export async function renderDashboard(view: DashboardView, storage: ScorecardsStorage = freshStorage(), loadRemote?: () => Promise<RemoteAttempt[]>, reviewer: Reviewer = { name: 'Trainer T', kind: 'organisation' }, assignments?: DashboardAssignments) {
  const i18n = await setupI18n('en');
  const utils = render(
    <I18nextProvider i18n={i18n}>
      <ScorecardsPage
        view={view}
        storage={storage}
        scenarios={SCENARIOS}
        loadScenario={async (id) => (id === 'angry-resident' ? structuredClone(angryResident) : null)}
        language="en"
        reviewer={reviewer}
        renderScorecard={(id) => <p data-testid="scorecard">scorecard of {id}</p>}
        {...(loadRemote ? { loadRemote } : {})}
        {...(assignments ? { assignments } : {})}
      />
    </I18nextProvider>,
  );
  return { ...utils, storage };
}
