import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COMPLAINT_CAUSES, MOTIVES, SEVERITIES } from '../../domain/scenario/scenario.schema.ts';
import type { Diagnosis } from '../../domain/scoring/scorecard.types.ts';
import { useFocusOnMount } from './use-focus-on-mount.ts';
import { FormActions } from '../../components/FormActions.tsx';

interface Props {
  onSubmit: (diagnosis: Diagnosis | null) => void;
  busy: boolean;
}

/** 斷 judge: the end-of-drill diagnosis — complaint type, motive and severity (docs/training-model.md#judge). */
export function DiagnosisForm({ onSubmit, busy }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const [cause, setCause] = useState('');
  const [motive, setMotive] = useState('');
  const [severity, setSeverity] = useState('');
  const field = (name: 'cause' | 'motive' | 'severity', value: string, set: (v: string) => void, options: readonly string[]) => (
    <div className="field">
      <label htmlFor={`${id}-${name}`}>{t(`drill.diagnosis.${name}.label`)}</label>
      <select id={`${id}-${name}`} value={value} onChange={(e) => set(e.target.value)}>
        <option value="">{t('drill.diagnosis.choose')}</option>
        {options.map((o) => (
          <option key={o} value={o}>
            {t(`drill.diagnosis.${name}.options.${o}` as 'drill.diagnosis.cause.options.service')}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <form
      className="card diagnosis"
      aria-labelledby={`${id}-title`}
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit({ ...(cause && { cause: cause as Diagnosis['cause'] }), ...(motive && { motive: motive as Diagnosis['motive'] }), ...(severity && { severity: severity as Diagnosis['severity'] }) });
      }}
    >
      <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>{t('drill.diagnosis.title')}</h2>
      <p>{t('drill.diagnosis.intro')}</p>
      <div className="diagnosis-fields">
        {field('cause', cause, setCause, COMPLAINT_CAUSES)}
        {field('motive', motive, setMotive, MOTIVES)}
        {field('severity', severity, setSeverity, SEVERITIES)}
      </div>
      <FormActions submit={t('drill.diagnosis.submit')} other={{ label: t('drill.diagnosis.skip'), onClick: () => onSubmit(null), disabled: busy }} busy={busy} />
    </form>
  );
}
