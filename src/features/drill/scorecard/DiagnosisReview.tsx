import { useTranslation } from 'react-i18next';
import type { Scenario } from '../../../domain/scenario/scenario.types.ts';
import type { EvidenceItem } from '../../../domain/scoring/scorecard.types.ts';

type Field = 'cause' | 'motive' | 'severity';
const FIELDS: readonly Field[] = ['cause', 'motive', 'severity'];

interface Props {
  /** What the trainee picked (nothing when the step was skipped). */
  given: Partial<Record<Field, string>> | undefined;
  /** The scenario's expected diagnosis, when the scenario is at hand. */
  expected: Scenario['diagnosis'] | undefined;
  /** The diagnosis rule's evidence (its points, and the expected answer when the scenario is not at hand). */
  evidence: readonly EvidenceItem[];
}

const accepted = (expected: Scenario['diagnosis'], field: Field): string[] =>
  field === 'cause' ? expected.causes : field === 'motive' ? expected.motives : [expected.severity];

/** 斷 judge, reviewed: each part of the trainee's diagnosis beside the right answer, right or wrong. */
export function DiagnosisReview({ given, expected, evidence }: Props) {
  const { t } = useTranslation();
  const option = (field: Field, value: string) => t(`drill.diagnosis.${field}.options.${value}` as 'drill.diagnosis.cause.options.service');
  const rows = FIELDS.map((field) => {
    const item = evidence.find((e) => e.message.params.field === field);
    const fromEvidence = typeof item?.message.params.expected === 'string' && item.message.params.expected !== '' ? [item.message.params.expected] : [];
    const pick = given?.[field];
    // Without the scenario (a stored scorecard), the rule's own verdict decides: it knew every accepted
    // answer, the evidence names only the first, so a right pick that is not that one still counts.
    const correct = pick !== undefined && (expected ? accepted(expected, field).includes(pick) : (item?.points ?? 0) > 0);
    const right = expected ? accepted(expected, field) : correct && !fromEvidence.includes(pick) ? [pick, ...fromEvidence] : fromEvidence;
    return { field, pick, right, correct, points: item?.points ?? 0 };
  });
  if (rows.every((r) => r.right.length === 0 && r.pick === undefined)) return null;
  return (
    <table className="diagnosis-review">
      <thead>
        <tr>
          <th scope="col">{t('practice.judge.part')}</th>
          <th scope="col">{t('practice.judge.yours')}</th>
          <th scope="col">{t('practice.judge.right')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.field} className={r.correct ? 'right' : 'wrong'}>
            <th scope="row">{t(`drill.diagnosis.${r.field}.label`)}</th>
            <td data-label={t('practice.judge.yours')}>
              <span className={`chip ${r.correct ? 'helpful' : r.pick === undefined ? 'neutral' : 'harmful'}`}>
                {r.pick === undefined ? t('practice.judge.skipped') : option(r.field, r.pick)}
              </span>{' '}
              <span className="judge-verdict">
                {r.correct ? t('practice.judge.correct', { points: r.points }) : r.pick === undefined ? '' : t('practice.judge.wrong')}
              </span>
            </td>
            <td data-label={t('practice.judge.right')}>{r.right.length > 0 ? r.right.map((v) => option(r.field, v)).join(t('practice.judge.or')) : '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
