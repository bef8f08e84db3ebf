import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../domain/reply/reply.types.ts';
import { DIFFICULTIES, playable, type Difficulty } from '../../domain/scenario/playable.ts';
import type { Scenario } from '../../domain/scenario/scenario.types.ts';
import { DRILL_MODES, type DrillMode } from '../../storage/records.ts';
import { useFocusOnMount } from './use-focus-on-mount.ts';
import { FormActions } from '../../components/FormActions.tsx';
import { Labelled } from '../../components/Labelled.tsx';

interface Props {
  /** The scenario as written; the briefing shows it as this play will be (difficulty, the seed's name). */
  scenario: Scenario;
  /** The seed of this play's variation. */
  seed: number;
  locale: Locale;
  mode: DrillMode;
  difficulty: Difficulty;
  onStart: (mode: DrillMode, difficulty: Difficulty) => void;
  onBack: () => void;
}

const STEPS = ['vent', 'apologize', 'ask', 'solve', 'preference', 'followup'] as const;

/** What the trainee knows before the customer speaks, and the choice of mode and difficulty. */
export function Briefing({ scenario: written, seed, locale, mode, difficulty, onStart, onBack }: Props) {
  const { t } = useTranslation();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const [picked, setPicked] = useState<DrillMode>(mode);
  const [level, setLevel] = useState<Difficulty>(difficulty);
  const scenario = useMemo(() => playable(written, { difficulty: level, seed }), [written, level, seed]);
  const id = useId();
  return (
    <div className="page briefing">
      <p className="eyebrow">{t('drill.briefing.eyebrow')}</p>
      <h1 ref={heading} tabIndex={-1}>
        {scenario.title[locale]}
      </h1>
      <div className="briefing-grid">
        <section className="card" aria-labelledby={`${id}-situation`}>
          <h2 id={`${id}-situation`}>{t('drill.briefing.situation')}</h2>
          <p className="badges">
            <span className={`badge setting-${scenario.setting}`}>{t(`drill.setting.${scenario.setting}`)}</span>
            <span className="badge">{t('drill.briefing.turns', { turns: scenario.turnLimit.turns })}</span>
          </p>
          <p className="briefing-text">{scenario.briefing[locale]}</p>
          <p>
            <Labelled label={t('drill.briefing.customer')}>
              {scenario.persona.name[locale]} · {t(`drill.personality.${scenario.persona.personality}`)}
            </Labelled>
          </p>
          <p className="hint">{t(`drill.personalityTip.${scenario.persona.personality}`)}</p>
        </section>
        <section className="card" aria-labelledby={`${id}-steps`}>
          <h2 id={`${id}-steps`}>{t('drill.briefing.stepsTitle')}</h2>
          <ol className="steps">
            {STEPS.map((s) => (
              <li key={s}>{t(`drill.briefing.steps.${s}`)}</li>
            ))}
          </ol>
          <p className="hint">{t('drill.briefing.principle')}</p>
        </section>
      </div>
      <form
        className="card mode-picker"
        onSubmit={(e) => {
          e.preventDefault();
          onStart(picked, level);
        }}
      >
        <fieldset>
          <legend>{t('drill.modes.legend')}</legend>
          <div className="mode-options">
            {DRILL_MODES.map((m) => (
              <label key={m} className={`mode-option ${picked === m ? 'selected' : ''}`}>
                <input type="radio" name={`${id}-mode`} value={m} checked={picked === m} onChange={() => setPicked(m)} />
                <span className="mode-name">{t(`drill.modes.${m}.name`)}</span>
                <span className="mode-text">{t(`drill.modes.${m}.text`)}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset>
          <legend>{t('playDifficulty.legend')}</legend>
          <div className="mode-options difficulty-options">
            {DIFFICULTIES.map((d) => (
              <label key={d} className={`mode-option ${level === d ? 'selected' : ''}`}>
                <input type="radio" name={`${id}-difficulty`} value={d} checked={level === d} onChange={() => setLevel(d)} />
                <span className="mode-name">{t(`playDifficulty.${d}.name`)}</span>
                <span className="mode-text">{t(`playDifficulty.${d}.text`)}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <FormActions submit={t('drill.briefing.start')} other={{ label: t('common.backToLibrary'), onClick: onBack }} size="large" />
      </form>
    </div>
  );
}
