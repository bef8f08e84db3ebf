import { BundleRefused, MAX_BUNDLE_BYTES, parseBundle } from '../../../domain/records/bundle.ts';
import type { Verdict } from '../../../domain/records/rescore.ts';
import type { AttemptRecord } from '../../../storage/records.ts';
import type { ImportMarkRecord, OverrideRecord } from '../../../storage/scorecards-records.ts';
import type { FlagsStorage } from '../../../storage/flags-storage.ts';
import type { ScorecardsStorage } from '../../../storage/scorecards-storage.ts';

export interface ImportReport {
  fileName: string;
  added: number;
  duplicates: string[];
  /** Attempts whose stored score differs from a fresh scoring: edited, or another engine version. */
  flagged: { id: string; trainee: string; stored: number; recomputed: number; fields: string[] }[];
  unverifiable: number;
  /** Misread flags added to the review queue (flags already here are kept as they are). */
  misreadFlags: number;
}

/**
 * Reads a bundle, re-scores every new attempt with the scenario version it names, and writes attempts,
 * marks and overrides in one transaction. Throws BundleRefused (nothing written) for a bad file.
 */
export async function importBundle(file: { name: string; size: number; text: () => Promise<string> }, storage: ScorecardsStorage, loadScenario: (id: string) => Promise<unknown | null>, now = new Date(), flagStorage: Pick<FlagsStorage, 'importFlags'> | null = null): Promise<ImportReport> {
  // Refuse an oversized file before reading it into memory.
  if (file.size > MAX_BUNDLE_BYTES) throw new BundleRefused('tooLarge', `${file.size}`);
  const bundle = parseBundle(await file.text(), file.size);
  const existing = await storage.existingIds(bundle.attempts.map((a) => a.id));
  const fresh = bundle.attempts.filter((a) => !existing.has(a.id));
  // The engine loads only when there is something to re-score.
  const verdicts = new Map<string, Verdict>();
  if (fresh.length > 0) {
    const [{ safeParseScenario }, { createReader }, { verifyAttempt }] = await Promise.all([
      import('../../../domain/scenario/parse-scenario.ts'),
      import('../../../domain/reading/read-reply.ts'),
      import('../../../domain/records/rescore.ts'),
    ]);
    const engines = new Map<string, Awaited<ReturnType<typeof engineFor>>>();
    async function engineFor(id: string) {
      const doc = await loadScenario(id).catch(() => null);
      const parsed = doc === null ? null : safeParseScenario(doc);
      return parsed?.ok ? { scenario: parsed.scenario, read: createReader(parsed.scenario) } : null;
    }
    for (const a of fresh) {
      if (!engines.has(a.scenarioId)) engines.set(a.scenarioId, await engineFor(a.scenarioId));
      const engine = engines.get(a.scenarioId) ?? null;
      verdicts.set(a.id, verifyAttempt(a, engine?.scenario ?? null, engine?.read ?? null));
    }
  }
  const importedAt = now.toISOString();
  const marks: ImportMarkRecord[] = fresh.map((a) => {
    const v = verdicts.get(a.id) ?? { status: 'unverifiable', reason: 'unknownScenario' };
    return {
      schemaVersion: 1,
      attemptId: a.id,
      importedAt,
      source: file.name,
      status: v.status,
      ...(v.status === 'unverifiable' ? { reason: v.reason } : { recomputed: v.recomputed }),
      ...(v.status === 'mismatch' ? { fields: v.fields } : {}),
    };
  });
  const overrides: OverrideRecord[] = bundle.overrides.map((o) => ({ ...o, schemaVersion: 1, target: o.target as OverrideRecord['target'] }));
  const result = await storage.importAttempts({ attempts: fresh as AttemptRecord[], marks, overrides });
  // The flags' own table, after the attempts they belong to (a file whose flags are damaged was refused above).
  const misreadFlags = flagStorage && bundle.flags.length > 0 ? (await flagStorage.importFlags(bundle.flags)).added.length : 0;
  const flagged = fresh.flatMap((a) => {
    const v = verdicts.get(a.id);
    return v?.status === 'mismatch' ? [{ id: a.id, trainee: a.trainee, stored: a.score, recomputed: v.recomputed.score, fields: v.fields }] : [];
  });
  return {
    fileName: file.name,
    added: result.added.length,
    duplicates: [...existing, ...result.duplicates.filter((id) => !existing.has(id))],
    flagged,
    unverifiable: marks.filter((m) => m.status === 'unverifiable').length,
    misreadFlags,
  };
}

export { BundleRefused };
