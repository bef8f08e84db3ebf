import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Candidate } from './guided-candidates.ts';

interface Props {
  candidates: readonly Candidate[];
  disabled: boolean;
  status: string | null;
  onPick: (candidate: Candidate, index: number) => void;
}

/** Guided mode: pick one of three replies instead of typing. Plain buttons, so Tab and Enter work. */
export function GuidedChoices({ candidates, disabled, status, onPick }: Props) {
  const { t } = useTranslation();
  const first = useRef<HTMLButtonElement>(null);
  // When the customer has answered, focus returns to the first choice (the fieldset was disabled).
  useEffect(() => {
    if (!disabled) first.current?.focus({ preventScroll: true });
  }, [disabled, candidates]);
  return (
    <fieldset className="guided" disabled={disabled}>
      <legend>{t('drill.guided.legend')}</legend>
      <ol className="guided-list">
        {candidates.map((c, i) => (
          <li key={`${i}-${c.text}`}>
            <button type="button" className="guided-choice" ref={i === 0 ? first : undefined} onClick={() => onPick(c, i)}>
              <span className="guided-letter" aria-hidden="true">
                {String.fromCharCode(65 + i)}
              </span>
              <span>{c.text}</span>
            </button>
          </li>
        ))}
      </ol>
      <p className="hint">{status ?? t('drill.guided.help')}</p>
    </fieldset>
  );
}
