import { difficultyOf } from '../domain/scenario/difficulty.ts';
import { DRILL_MODES, RECORD_VERSION, type AttemptRecord, type StoredReply } from './records.ts';

/** Thrown when a stored record cannot be repaired; the message says why. */
export class RecordRefused extends Error {
  override name = 'RecordRefused';
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (o: Obj, k: string): string => {
  const v = o[k];
  if (typeof v !== 'string' || v === '') throw new RecordRefused(`field "${k}" is missing or not text`);
  return v;
};
const num = (o: Obj, k: string, fallback?: number): number => {
  const v = o[k];
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (fallback !== undefined) return fallback;
  throw new RecordRefused(`field "${k}" is missing or not a number`);
};
const locale = (o: Obj) => {
  const v = o.locale;
  if (v === 'zh-Hant' || v === 'zh-Hans' || v === 'en') return v;
  throw new RecordRefused('field "locale" is not a supported language');
};
const mode = (o: Obj) => (DRILL_MODES as readonly unknown[]).includes(o.mode) ? (o.mode as AttemptRecord['mode']) : 'practice';

function replies(o: Obj): StoredReply[] {
  if (!Array.isArray(o.replies)) throw new RecordRefused('field "replies" is not a list');
  return o.replies.map((r, i) => {
    if (!isObj(r) || typeof r.text !== 'string') throw new RecordRefused(`reply ${i + 1} has no text`);
    const reply: StoredReply = { text: r.text, at: typeof r.at === 'string' ? r.at : new Date(0).toISOString() };
    if (r.hintUsed === true) reply.hintUsed = true;
    if (typeof r.choice === 'number' || typeof r.choice === 'string') reply.choice = r.choice;
    if (typeof r.waited === 'number' && Number.isFinite(r.waited) && r.waited >= 0) reply.waited = r.waited;
    return reply;
  });
}

function checkVersion(o: Obj): void {
  const v = o.schemaVersion;
  if (typeof v === 'number' && v > RECORD_VERSION) throw new RecordRefused(`written by a newer version (schema ${v})`);
  // Version 0 (unversioned) records have the v1 shape; they are repaired below.
}

/** Repairs a stored finished attempt, or throws RecordRefused. */
export function repairAttempt(raw: unknown): AttemptRecord {
  if (!isObj(raw)) throw new RecordRefused('not a record');
  checkVersion(raw);
  if (!Array.isArray(raw.transcript)) throw new RecordRefused('field "transcript" is not a list');
  if (!isObj(raw.scorecard)) throw new RecordRefused('field "scorecard" is missing');
  const record: AttemptRecord = {
    schemaVersion: RECORD_VERSION,
    id: str(raw, 'id'),
    trainee: str(raw, 'trainee'),
    scenarioId: str(raw, 'scenarioId'),
    scenarioVersion: String(raw.scenarioVersion ?? '1'),
    locale: locale(raw),
    mode: mode(raw),
    seed: num(raw, 'seed', 1),
    ...(raw.difficulty !== undefined ? { difficulty: difficultyOf(raw.difficulty) } : {}),
    replies: replies(raw),
    transcript: raw.transcript.filter(
      (l): l is AttemptRecord['transcript'][number] => isObj(l) && (l.speaker === 'customer' || l.speaker === 'trainee') && typeof l.text === 'string',
    ),
    score: Math.max(0, Math.min(100, num(raw, 'score'))),
    passed: raw.passed === true,
    outcome: typeof raw.outcome === 'string' ? raw.outcome : 'incomplete',
    scorecard: raw.scorecard,
    startedAt: str(raw, 'startedAt'),
    endedAt: str(raw, 'endedAt'),
  };
  if (isObj(raw.diagnosis)) record.diagnosis = raw.diagnosis as AttemptRecord['diagnosis'];
  return record;
}
