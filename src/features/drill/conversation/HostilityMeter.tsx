import { m, useReducedMotion } from 'framer-motion';
import { useTranslation } from 'react-i18next';
import { moodOf } from './mood.ts';

interface Props {
  hostility: number;
  /** Hostility at which the conversation breaks down. */
  explode: number;
  /** Change on the last turn, shown beside the meter. */
  delta: number | null;
}

/** Hostility as a meter (role="meter", with a text value for screen readers). */
export function HostilityMeter({ hostility, explode, delta }: Props) {
  const { t } = useTranslation();
  const reduced = useReducedMotion() ?? false;
  const mood = moodOf(hostility);
  return (
    <div className="hostility">
      <div className="hostility-head">
        {/* The spaces separate label, value and change in the text (copied, read aloud, printed): "Hostility 99 +5", not "Hostility99+5". */}
        <span id="hostility-label">{t('drill.hostility.label')}</span>{' '}
        <span className="hostility-value">
          {hostility}
          {delta !== null && delta !== 0 && ' '}
          {delta !== null && delta !== 0 && (
            <span className={`delta ${delta > 0 ? 'up' : 'down'}`}>{t('drill.hostility.delta', { delta: delta > 0 ? `+${delta}` : `${delta}` })}</span>
          )}
        </span>
      </div>
      <div
        className={`meter mood-${mood}`}
        role="meter"
        aria-labelledby="hostility-label"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={hostility}
        aria-valuetext={t('drill.hostility.valueText', { value: hostility, mood: t(`drill.mood.${mood}`) })}
      >
        <m.div className="meter-fill" initial={false} animate={{ width: `${hostility}%` }} transition={reduced ? { duration: 0 } : { duration: 0.6 }} />
        <span className="meter-limit" style={{ left: `${explode}%` }} title={t('drill.hostility.limit')} />
      </div>
    </div>
  );
}
