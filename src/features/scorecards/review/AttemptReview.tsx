import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DIMENSIONS } from '../../../domain/records/attempt.types.ts';
import type { OverrideTarget } from '../../../domain/records/override.types.ts';
import { OVERRIDE_VERSION, overrideId } from '../../../domain/records/schemas/override.schema.ts';
import { reportOverrideToLrs } from '../../../lrs/on-attempt-finished.ts';
import { countingOverrideIds } from '../../../domain/records/final-scores.ts';
import { isFlagged } from '../../../domain/records/schemas/import-mark.schema.ts';
import { toRow } from '../../../domain/records/to-row.ts';
import type { AttemptRecord } from '../../../storage/records.ts';
import type { ImportMarkRecord, OverrideRecord } from '../../../storage/scorecards-records.ts';
import type { ScorecardsStorage } from '../../../storage/scorecards-storage.ts';
import { DashTable } from '../DashTable.tsx';
import { dashboardHref, type Reviewer } from '../dashboard.types.ts';
import type { useLabels } from '../use-labels.ts';
import { OverrideForm } from './OverrideForm.tsx';

interface Props {
  attemptId: string;
  attempt: AttemptRecord | undefined;
  mark: ImportMarkRecord | undefined;
  overrides: readonly OverrideRecord[];
  storage: ScorecardsStorage;
  reviewer: Reviewer;
  /** A scenario's pass mark, for attempts stored before they recorded theirs. */
  passMark: (scenarioId: string) => number;
  labels: ReturnType<typeof useLabels>;
  onChanged: () => void;
  /** The trainee's own scorecard view, composed in by the app (features never import each other). */
  renderScorecard: (attemptId: string) => ReactNode;
}

/** Click-through from the table: import check, trainer review, then the full scorecard the trainee saw. */
export function AttemptReview({ attemptId, attempt, mark, overrides, storage, reviewer, passMark, labels, onChanged, renderScorecard }: Props) {
  const { t } = useTranslation();
  const mine = overrides.filter((o) => o.attemptId === attemptId);
  const counting = countingOverrideIds(mine);
  const latestOverall = [...mine].reverse().find((o) => counting.has(o.id) && o.target === 'overall');
  const flagged = isFlagged(mark, reviewer.signer !== undefined);
  const row = attempt ? toRow(attempt) : null;
  const label = (x: OverrideTarget) => (x === 'overall' ? t('scorecards.overall') : labels.dimension(x));
  const engineScores = Object.fromEntries([['overall', row?.score], ...DIMENSIONS.map((d) => [d, row?.dimensions[d]])]) as Record<OverrideTarget, number | undefined>;

  return (
    <div className="attempt-review">
      <p className="no-print">
        <a href={dashboardHref({ name: 'attempts' })}>{t('scorecards.dashboard.review.back')}</a>
      </p>
      {mark && (
        <div className={`notice ${mark.status === 'mismatch' ? 'notice-error' : 'notice-info'}`}>
          <div className="notice-body">
            <strong>{t(`scorecards.dashboard.mark.${mark.status}`, { file: mark.source, date: labels.date(mark.importedAt) })}</strong>
            {mark.status === 'mismatch' && mark.recomputed && attempt && (
              <p>
                {t('scorecards.dashboard.mark.compare', { stored: attempt.score, recomputed: mark.recomputed.score })}{' '}
                {t('scorecards.dashboard.mark.fields', { fields: (mark.fields ?? []).map((f) => (f === 'score' || f === 'passed' || f === 'outcome' ? t(`scorecards.dashboard.columns.${f}`) : labels.dimension(f as (typeof DIMENSIONS)[number]))).join(', ') })}
              </p>
            )}
            {mark.status === 'unverifiable' && mark.reason && <p>{t(`scorecards.dashboard.mark.reason.${mark.reason}`)}</p>}
            {mark.signature !== 'valid' && <p>{t(`org.signature.${mark.signature}`, { organisation: mark.organisation ?? '' })}</p>}
            {mark.accepted ? (
              <p>{t('org.flagged.accepted', { by: mark.accepted.by, date: labels.date(mark.accepted.at) })}</p>
            ) : (
              flagged && (
                <p className="no-print">
                  {t('org.flagged.explain')}{' '}
                  <button type="button" className="button" onClick={() => void storage.acceptImport(attemptId, reviewer.name, new Date().toISOString()).then(onChanged)}>
                    {t('org.flagged.accept')}
                  </button>
                </p>
              )
            )}
          </div>
        </div>
      )}
      {attempt && (
        <section className="card review-card" aria-labelledby="review-title">
          <h2 id="review-title">{t('scorecards.dashboard.review.heading')}</h2>
          {latestOverall && (
            <p>
              <strong>{t('org.review.counting', { score: latestOverall.trainerScore, engine: attempt.score })}</strong>
            </p>
          )}
          {mine.length === 0 ? (
            <p>{t('scorecards.dashboard.review.none')}</p>
          ) : (
            <DashTable
              items={mine}
              itemKey={(o, i) => o.seq ?? i}
              columns={[
                { header: t('scorecards.dashboard.review.target'), rowHeader: true, cell: (o) => label(o.target) },
                { header: t('scorecards.dashboard.review.engine'), numeric: true, cell: (o) => o.engineScore },
                { header: t('scorecards.dashboard.review.trainer'), numeric: true, cell: (o) => o.trainerScore },
                { header: t('scorecards.dashboard.review.reason'), cell: (o) => o.reason },
                { header: t('scorecards.dashboard.review.whoWhen'), cell: (o) => `${o.by} · ${labels.date(o.at)}` },
                { header: t('org.review.status'), cell: (o) => (counting.has(o.id) ? <span className="badge pass small">{t('org.review.counts')}</span> : t('org.review.replaced')) },
              ]}
            />
          )}
          <OverrideForm
            engineScores={engineScores}
            reviewer={t(`org.reviewer.${reviewer.kind}`, { name: reviewer.name })}
            dimensionLabel={labels.dimension}
            onSubmit={async (o) => {
              const at = new Date().toISOString();
              const by = reviewer.name;
              const record: OverrideRecord = { schemaVersion: OVERRIDE_VERSION, id: overrideId({ attemptId, target: o.target, at, by }), attemptId, scenarioId: attempt.scenarioId, engineScore: engineScores[o.target] ?? 0, at, by, reviewer: reviewer.kind, ...o };
              await storage.addOverride(record);
              // The record store keeps the audit trail too (queued; sent when online). Never blocks the review.
              void reportOverrideToLrs(record, by, attempt.passMark ?? passMark(attempt.scenarioId)).catch((error: unknown) => console.warn('Defuse: could not queue the review for the LRS', error instanceof Error ? error.message : error));
              onChanged();
            }}
          />
        </section>
      )}
      {renderScorecard(attemptId)}
    </div>
  );
}
