import type { Dimension } from '../scoring/scorecard.types.ts';
import { DIMENSIONS, type AttemptRow } from './attempt.types.ts';

/** A count of one forbidden phrase. */
export interface PhraseCount {
  phrase: string;
  count: number;
}

/** One point of a skill trend. */
export interface TrendPoint {
  endedAt: string;
  value: number;
}

/** What the trainee view shows (docs/training-model.md#dimensions, over time). */
export interface TraineeSummary {
  trainee: string;
  attempts: number;
  /** Per dimension, the score of each attempt in time order. */
  trends: Record<Dimension, TrendPoint[]>;
  /** Average per dimension over all attempts (null when none carries it). */
  averages: Record<Dimension, number | null>;
  /** Lowest average dimension (ties: the first in DIMENSIONS order); null without attempts. */
  weakest: Dimension | null;
  forbidden: PhraseCount[];
  /** Per scenario: best (highest score, then latest) and latest attempt. */
  perScenario: { scenarioId: string; attempts: number; best: AttemptRow; latest: AttemptRow }[];
  /** The most recent attempts (newest first) for their hostility curves. */
  recent: AttemptRow[];
}

export interface ScenarioStats {
  scenarioId: string;
  attempts: number;
  passed: number;
  /** 0–1. */
  passRate: number;
  averageScore: number;
}

export interface CohortSummary {
  attempts: number;
  /** Flagged imports left out of every figure until a trainer accepts them. */
  excluded: number;
  trainees: string[];
  perScenario: ScenarioStats[];
  perSkill: Record<Dimension, number | null>;
  /** Trainee × skill averages, trainees in `trainees` order. */
  heatmap: { trainee: string; attempts: number; skills: Record<Dimension, number | null> }[];
  forbidden: PhraseCount[];
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Averages per dimension with one pass over the rows. */
function averageSkills(rows: readonly AttemptRow[]): Record<Dimension, number | null> {
  const sum = new Array<number>(DIMENSIONS.length).fill(0);
  const n = new Array<number>(DIMENSIONS.length).fill(0);
  for (const r of rows) {
    for (let i = 0; i < DIMENSIONS.length; i++) {
      const v = r.dimensions[DIMENSIONS[i]!];
      if (v !== undefined) {
        sum[i]! += v;
        n[i]! += 1;
      }
    }
  }
  return Object.fromEntries(DIMENSIONS.map((d, i) => [d, n[i]! > 0 ? round1(sum[i]! / n[i]!) : null])) as Record<Dimension, number | null>;
}

/** Phrase counts, most frequent first (ties alphabetical), at most `limit`. */
export function countPhrases(rows: readonly AttemptRow[], limit = 10): PhraseCount[] {
  const counts = new Map<string, number>();
  for (const r of rows) for (const p of r.forbidden) counts.set(p, (counts.get(p) ?? 0) + 1);
  return [...counts]
    .map(([phrase, count]) => ({ phrase, count }))
    .sort((a, b) => b.count - a.count || (a.phrase < b.phrase ? -1 : a.phrase > b.phrase ? 1 : 0))
    .slice(0, limit);
}

/** The trainee view: only `trainee`'s own attempts are read. */
export function summarizeTrainee(all: readonly AttemptRow[], trainee: string, recentCount = 5): TraineeSummary {
  const rows = all.filter((r) => r.trainee === trainee && !r.flagged).sort((a, b) => a.endedAt.localeCompare(b.endedAt));
  const trends = Object.fromEntries(DIMENSIONS.map((d) => [d, [] as TrendPoint[]])) as Record<Dimension, TrendPoint[]>;
  for (const r of rows) for (const d of DIMENSIONS) {
    const v = r.dimensions[d];
    if (v !== undefined) trends[d].push({ endedAt: r.endedAt, value: v });
  }
  const averages = averageSkills(rows);
  let weakest: Dimension | null = null;
  for (const d of DIMENSIONS) {
    const v = averages[d];
    if (v !== null && (weakest === null || v < (averages[weakest] ?? Infinity))) weakest = d;
  }
  const byScenario = new Map<string, AttemptRow[]>();
  for (const r of rows) {
    const list = byScenario.get(r.scenarioId);
    if (list) list.push(r);
    else byScenario.set(r.scenarioId, [r]);
  }
  const perScenario = [...byScenario].map(([scenarioId, list]) => ({
    scenarioId,
    attempts: list.length,
    // rows are in time order, so ">=" keeps the latest of equal best scores.
    best: list.reduce((b, r) => (r.score >= b.score ? r : b)),
    latest: list[list.length - 1]!,
  }));
  return {
    trainee,
    attempts: rows.length,
    trends,
    averages,
    weakest,
    forbidden: countPhrases(rows),
    perScenario: perScenario.sort((a, b) => a.scenarioId.localeCompare(b.scenarioId)),
    recent: rows.slice(-recentCount).reverse(),
  };
}

/** The cohort view over the given rows (usually the filtered attempts). */
export function summarizeCohort(all: readonly AttemptRow[]): CohortSummary {
  const rows = all.some((r) => r.flagged) ? all.filter((r) => !r.flagged) : all;
  const scen = new Map<string, { attempts: number; passed: number; sum: number }>();
  const byTrainee = new Map<string, AttemptRow[]>();
  for (const r of rows) {
    const s = scen.get(r.scenarioId) ?? { attempts: 0, passed: 0, sum: 0 };
    s.attempts += 1;
    s.passed += r.passed ? 1 : 0;
    s.sum += r.score;
    scen.set(r.scenarioId, s);
    const list = byTrainee.get(r.trainee);
    if (list) list.push(r);
    else byTrainee.set(r.trainee, [r]);
  }
  const trainees = [...byTrainee.keys()].sort((a, b) => a.localeCompare(b));
  return {
    attempts: rows.length,
    excluded: all.length - rows.length,
    trainees,
    perScenario: [...scen]
      .map(([scenarioId, s]) => ({ scenarioId, attempts: s.attempts, passed: s.passed, passRate: s.passed / s.attempts, averageScore: round1(s.sum / s.attempts) }))
      .sort((a, b) => a.scenarioId.localeCompare(b.scenarioId)),
    perSkill: averageSkills(rows),
    heatmap: trainees.map((trainee) => {
      const list = byTrainee.get(trainee) ?? [];
      return { trainee, attempts: list.length, skills: averageSkills(list) };
    }),
    forbidden: countPhrases(rows),
  };
}
