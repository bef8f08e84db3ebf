import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { GuidedChoice } from '../../../domain/drill/guided-options.ts';
import type { Locale } from '../../../domain/reply/reply.types.ts';

interface Props {
  options: readonly GuidedChoice[];
  locale: Locale;
  disabled: boolean;
  status: string | null;
  onPick: (option: GuidedChoice) => void;
}

/** Guided mode: pick one of three replies instead of typing. Plain buttons, so Tab and Enter work. */
export function GuidedChoices({ options, locale, disabled, status, onPick }: Props) {
  const { t } = useTranslation();
  const first = useRef<HTMLButtonElement>(null);
  // When the customer has answered, focus returns to the first choice (the fieldset was disabled).
  useEffect(() => {
    if (!disabled) first.current?.focus({ preventScroll: true });
  }, [disabled, options]);
  return (
    <fieldset className="guided" disabled={disabled}>
      <legend>{t('drill.guided.legend')}</legend>
      <ol className="guided-list">
        {options.map((o, i) => (
          <li key={o.id}>
            <button type="button" className="guided-choice" ref={i === 0 ? first : undefined} onClick={() => onPick(o)}>
              <span className="guided-letter" aria-hidden="true">
                {String.fromCharCode(65 + i)}
              </span>
              <span>{o.text[locale]}</span>
            </button>
          </li>
        ))}
      </ol>
      <p className="hint">{status ?? t('drill.guided.help')}</p>
    </fieldset>
  );
}
