// What a trainee should practise next, and how each skill has moved: computed on the device from the
// trainee's own stored attempts (nothing leaves the device for this).
//
// The next drill targets the weakest skill over the recent attempts. Spaced: once the trainee has played
// the drill recommended for a skill, that skill rests for a few attempts so the next weakest gets its
// turn, and comes back if it is still the weakest. Which drills were "played as recommended" is not
// stored anywhere: it is found by replaying the advice over the history, so the advice is a pure function
// of the attempts and the catalogue.
import type { Dimension } from '../scoring/scorecard.types.ts';
import type { AttemptLike, AttemptRow } from './attempt.types.ts';
import { toRow } from './to-row.ts';

/** The skills in the order the trainee sees them: 聽 察 問 斷 定, then language, feelings first, process. */
export const SKILLS: readonly Dimension[] = ['listen', 'observe', 'ask', 'judge', 'decide', 'language', 'emotionFirst', 'process'];

/** How many of the latest attempts a skill's average is taken over. */
export const RECENT_ATTEMPTS = 5;
/** How many attempts a skill rests after its recommended drill was played. */
export const REST_ATTEMPTS = 2;
/** A scenario not tried yet counts as this score for any skill: worth trying, not before a known weakness. */
export const UNTRIED_PRIOR = 60;

export interface PracticeAdvice {
  /** The scenario to play next. */
  scenarioId: string;
  /** The skill it is for; null when there is no attempt yet (start at the beginning of the path). */
  skill: Dimension | null;
  /** The skill's average over the recent attempts (0–100), when there is one. */
  average: number | null;
  /** How many attempts that average is over. */
  over: number;
  /** Skills left out this time because their drill was just played (they come back after a rest). */
  resting: Dimension[];
}

interface Focus {
  skill: Dimension;
  /** Index of the attempt (in time order) that played the recommended drill. */
  at: number;
}

const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / values.length;

function advise(rows: readonly AttemptRow[], focus: readonly Focus[], path: readonly string[]): PracticeAdvice {
  const first = path[0] as string;
  if (rows.length === 0) return { scenarioId: first, skill: null, average: null, over: 0, resting: [] };
  const recent = rows.slice(-RECENT_ATTEMPTS);
  const averages = new Map<Dimension, number>();
  for (const skill of SKILLS) {
    const values = recent.flatMap((r) => (r.dimensions[skill] !== undefined ? [r.dimensions[skill]] : []));
    if (values.length > 0) averages.set(skill, mean(values));
  }
  if (averages.size === 0) return { scenarioId: first, skill: null, average: null, over: 0, resting: [] };
  const resting = SKILLS.filter((s) => averages.has(s) && focus.some((f) => f.skill === s && f.at >= rows.length - REST_ATTEMPTS));
  const candidates = SKILLS.filter((s) => averages.has(s) && !resting.includes(s));
  const pool = candidates.length > 0 ? candidates : SKILLS.filter((s) => averages.has(s));
  // Lowest average first; ties keep the skills' own order.
  const skill = pool.reduce((best, s) => ((averages.get(s) as number) < (averages.get(best) as number) ? s : best));
  return { scenarioId: scenarioFor(skill, rows, path), skill, average: Math.round(averages.get(skill) as number), over: recent.length, resting: candidates.length > 0 ? resting : [] };
}

/** The scenario where this trainee does worst on the skill (an untried one counts as UNTRIED_PRIOR); ties keep the path's order. */
function scenarioFor(skill: Dimension, rows: readonly AttemptRow[], path: readonly string[]): string {
  let best = path[0] as string;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const id of path) {
    const values = rows.flatMap((r) => (r.scenarioId === id && r.dimensions[skill] !== undefined ? [r.dimensions[skill]] : []));
    const score = values.length > 0 ? mean(values.slice(-RECENT_ATTEMPTS)) : UNTRIED_PRIOR;
    if (score < bestScore) {
      best = id;
      bestScore = score;
    }
  }
  return best;
}

const inTimeOrder = (attempts: readonly AttemptLike[]) => attempts.map((a) => toRow(a)).sort((a, b) => (a.endedAt < b.endedAt ? -1 : a.endedAt > b.endedAt ? 1 : 0));

/**
 * The next drill for this trainee. `path` is the catalogue's scenario ids in learning-path order (only
 * those are recommended); null when there is none. Attempts on scenarios no longer in the catalogue still
 * count towards the skills.
 */
export function practiceNext(attempts: readonly AttemptLike[], path: readonly string[]): PracticeAdvice | null {
  if (path.length === 0) return null;
  const rows = inTimeOrder(attempts);
  const focus: Focus[] = [];
  for (let i = 0; i < rows.length; i++) {
    const advice = advise(rows.slice(0, i), focus, path);
    if (advice.skill !== null && rows[i]?.scenarioId === advice.scenarioId) focus.push({ skill: advice.skill, at: i });
  }
  return advise(rows, focus, path);
}

export interface SkillProgress {
  /** When each attempt shown ended (ISO 8601), oldest first. */
  dates: string[];
  /** Per skill, its score in each of those attempts (null when the stored scorecard lacks it). */
  series: Record<Dimension, (number | null)[]>;
}

/** The trainee's skills over their latest `limit` attempts, oldest first, for the progress chart. */
export function skillProgress(attempts: readonly AttemptLike[], limit = 10): SkillProgress {
  const rows = inTimeOrder(attempts).slice(-limit);
  const series = Object.fromEntries(SKILLS.map((s) => [s, rows.map((r) => (r.dimensions[s] !== undefined ? Math.round(r.dimensions[s]) : null))])) as SkillProgress['series'];
  return { dates: rows.map((r) => r.endedAt), series };
}
