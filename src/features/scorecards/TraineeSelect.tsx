import { useTranslation } from 'react-i18next';

interface Props {
  id: string;
  value: string;
  trainees: readonly string[];
  onChange: (trainee: string) => void;
  /** A first option meaning "any trainee" (value ''), for filters. */
  anyLabel?: string;
  className?: string;
}

/** The labelled list of trainees: the attempts filter and the trainee report both pick from it. */
export function TraineeSelect({ id, value, trainees, onChange, anyLabel, className = 'field' }: Props) {
  const { t } = useTranslation();
  return (
    <div className={className}>
      <label htmlFor={id}>{t('scorecards.dashboard.columns.trainee')}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {anyLabel !== undefined && <option value="">{anyLabel}</option>}
        {trainees.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
      </select>
    </div>
  );
}
