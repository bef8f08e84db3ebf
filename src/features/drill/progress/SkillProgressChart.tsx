import { useTranslation } from 'react-i18next';
import { SKILLS, type SkillProgress } from '../../../domain/records/practice-next.ts';
import type { Language } from '../../../i18n/languages.ts';

const W = 120;
const H = 36;

/** One skill's scores as a small line (0–100, bottom to top); gaps where a score is missing. */
function Sparkline({ values }: { values: readonly (number | null)[] }) {
  const n = Math.max(values.length - 1, 1);
  const x = (i: number) => (values.length === 1 ? W / 2 : 3 + ((W - 6) * i) / n);
  const y = (v: number) => 3 + ((H - 6) * (100 - v)) / 100;
  let d = '';
  values.forEach((v, i) => {
    if (v === null) return;
    d += `${d === '' || values[i - 1] === null ? 'M' : 'L'}${x(i).toFixed(1)} ${y(v).toFixed(1)} `;
  });
  const last = values.length - 1;
  const lastValue = values[last];
  return (
    <svg className="sparkline" viewBox={`0 0 ${W} ${H}`} aria-hidden="true" focusable="false">
      <line className="spark-mid" x1="0" x2={W} y1={y(50)} y2={y(50)} />
      <path className="spark-line" d={d.trim()} />
      {lastValue !== null && lastValue !== undefined && <circle className="spark-dot" cx={x(last)} cy={y(lastValue)} r="3" />}
    </svg>
  );
}

/** The trainee's eight skills over their latest drills: a small chart each, the numbers in a table for screen readers. */
export function SkillProgressChart({ progress, language }: { progress: SkillProgress; language: Language }) {
  const { t } = useTranslation();
  const date = new Intl.DateTimeFormat(language, { dateStyle: 'short' });
  const name = (s: string) => t(`scorecards.dimensions.${s}.name` as 'scorecards.dimensions.listen.name');
  return (
    <>
      <ul className="skill-progress">
        {SKILLS.map((skill) => {
          const values = progress.series[skill];
          const known = values.filter((v): v is number => v !== null);
          const latest = known.at(-1);
          const change = known.length > 1 && latest !== undefined ? latest - (known[0] as number) : null;
          return (
            <li key={skill}>
              <span className="skill-glyph" aria-hidden="true">
                {t(`scorecards.dimensions.${skill}.glyph` as 'scorecards.dimensions.listen.glyph')}
              </span>
              <span className="skill-name">{name(skill)}</span>
              <Sparkline values={values} />
              <span className="skill-latest">
                {latest === undefined ? '—' : t('scorecards.outOf100', { value: latest })}
                {change !== null && change !== 0 && (
                  <span className={`skill-change ${change > 0 ? 'better' : 'worse'}`}> {change > 0 ? `+${change}` : change}</span>
                )}
              </span>
            </li>
          );
        })}
      </ul>
      <div className="visually-hidden">
        <table>
          <caption>{t('practice.progress.table')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('practice.progress.skill')}</th>
              {progress.dates.map((d, i) => (
                <th key={i} scope="col">
                  {date.format(new Date(d))}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {SKILLS.map((skill) => (
              <tr key={skill}>
                <th scope="row">{name(skill)}</th>
                {progress.series[skill].map((v, i) => (
                  <td key={i}>{v ?? '—'}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
