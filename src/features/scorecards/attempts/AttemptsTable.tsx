import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { DIMENSIONS, type AttemptRow } from '../../../domain/records/attempt.types.ts';
import type { Sort, SortKey } from '../../../domain/records/filter-rows.ts';
import type { ImportMarkRecord } from '../../../storage/scorecards-records.ts';
import { dashboardHref } from '../dashboard.types.ts';
import type { useLabels } from '../use-labels.ts';

interface Props {
  rows: readonly AttemptRow[];
  sort: Sort;
  onSort: (sort: Sort) => void;
  labels: ReturnType<typeof useLabels>;
  marks: ReadonlyMap<string, ImportMarkRecord>;
}

const ROW_HEIGHT = 40;
const BASE_COLUMNS: SortKey[] = ['trainee', 'scenarioId', 'endedAt', 'mode', 'difficulty', 'score', 'passed', 'outcome'];

/**
 * Every attempt, virtualised (@tanstack/react-virtual): only the rows in view are in the DOM, so 10,000
 * attempts scroll smoothly. ARIA table roles with aria-rowcount/aria-rowindex keep the full size announced.
 */
export function AttemptsTable({ rows, sort, onSort, labels, marks }: Props) {
  const { t } = useTranslation();
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({ count: rows.length, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 12, initialRect: { width: 1200, height: 600 } });
  const columns: SortKey[] = [...BASE_COLUMNS, ...DIMENSIONS];
  const header = (key: SortKey) => (key === 'scenarioId' ? t('scorecards.dashboard.columns.scenario') : key === 'endedAt' ? t('scorecards.dashboard.columns.date') : key === 'difficulty' ? t('playDifficulty.column') : (DIMENSIONS as readonly string[]).includes(key) ? labels.dimension(key as (typeof DIMENSIONS)[number]) : t(`scorecards.dashboard.columns.${key as 'trainee' | 'mode' | 'score' | 'passed' | 'outcome'}`));
  const toggle = (key: SortKey) => onSort({ key, direction: sort.key === key && sort.direction === 'desc' ? 'asc' : 'desc' });
  const items = virtualizer.getVirtualItems();

  return (
    <div className="attempts-scroll" ref={scroller} tabIndex={0} role="region" aria-label={t('scorecards.dashboard.attempts.tableLabel', { count: rows.length })}>
      <div role="table" className="attempts-table" aria-rowcount={rows.length + 1} aria-colcount={columns.length}>
        <div role="rowgroup" className="attempts-head">
          <div role="row" className="attempts-row" aria-rowindex={1}>
            {columns.map((key) => (
              <div role="columnheader" key={key} className={`col col-${key}`} aria-sort={sort.key === key ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}>
                <button type="button" className="sort-button" onClick={() => toggle(key)}>
                  {header(key)}
                  <span aria-hidden="true">{sort.key === key ? (sort.direction === 'asc' ? ' ▲' : ' ▼') : ''}</span>
                </button>
              </div>
            ))}
          </div>
        </div>
        <div role="rowgroup" className="attempts-body" style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const r = rows[item.index];
            if (!r) return null;
            const mark = marks.get(r.id);
            return (
              <div role="row" key={r.id} className="attempts-row" aria-rowindex={item.index + 2} style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}>
                <div role="cell" className="col col-trainee">
                  {r.remote ? <span>{r.trainee}</span> : <a href={dashboardHref({ name: 'attempt', attemptId: r.id })}>{r.trainee}</a>}
                  {r.remote && <span className="badge small">{t('scorecards.dashboard.lrs.badge')}</span>}
                  {mark?.status === 'mismatch' && <span className="badge fail small">{t('scorecards.dashboard.import.flagged')}</span>}
                </div>
                <div role="cell" className="col col-scenarioId">{labels.scenarioTitle(r.scenarioId)}</div>
                <div role="cell" className="col col-endedAt">{labels.date(r.endedAt)}</div>
                <div role="cell" className="col col-mode">{labels.mode(r.mode)}</div>
                <div role="cell" className="col col-difficulty">{labels.difficulty(r.difficulty)}</div>
                <div role="cell" className="col col-score num">{r.score}</div>
                <div role="cell" className="col col-passed">{r.passed ? t('scorecards.passed') : t('scorecards.failed')}</div>
                <div role="cell" className="col col-outcome">{labels.outcome(r.outcome)}</div>
                {DIMENSIONS.map((d) => (
                  <div role="cell" key={d} className={`col col-${d} num`}>
                    {r.dimensions[d] ?? '–'}
                  </div>
                ))}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
