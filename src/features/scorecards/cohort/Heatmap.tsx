import { useTranslation } from 'react-i18next';
import { DIMENSIONS } from '../../../domain/records/attempt.types.ts';
import type { CohortSummary } from '../../../domain/records/aggregate.ts';
import type { useLabels } from '../use-labels.ts';

/** Five bands, each with its own pattern class, so the heatmap reads without colour too (and in print). */
const band = (v: number | null) => (v === null ? 'none' : v < 40 ? 'b1' : v < 55 ? 'b2' : v < 70 ? 'b3' : v < 85 ? 'b4' : 'b5');

/** Trainee × skill averages: a real table (its own text alternative), shaded by band. */
export function Heatmap({ heatmap, labels }: { heatmap: CohortSummary['heatmap']; labels: ReturnType<typeof useLabels> }) {
  const { t } = useTranslation();
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="heatmap-title">
      <table className="dash-table heatmap">
        <caption id="heatmap-title">{t('scorecards.dashboard.cohort.heatmap')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('scorecards.dashboard.columns.trainee')}</th>
            {DIMENSIONS.map((d) => (
              <th scope="col" key={d}>
                {labels.dimension(d)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {heatmap.map((h) => (
            <tr key={h.trainee}>
              <th scope="row">{h.trainee}</th>
              {DIMENSIONS.map((d) => (
                <td key={d} className={`num heat-${band(h.skills[d])}`}>
                  {h.skills[d] ?? '–'}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
