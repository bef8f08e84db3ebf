import { useId, useState } from 'react';

interface Props {
  id: string;
  label: string;
  /** The date as `YYYY-MM-DD`, or '' for none. */
  value: string;
  onChange: (iso: string) => void;
  /** The UI language: the field and its hint are in it (a native date input follows the browser's locale instead). */
  lang: string;
  /** How to write a date, in the UI language ("Year-month-day, e.g. 2026-12-02"). */
  hint: string;
  /** Shown when what was typed is not a date. */
  invalid: string;
}

/** `2026-12-02`, `2026/12/2`, `2026.12.2` or `2026年12月2日` as `2026-12-02`; null when it is no real date. */
export function parseDate(text: string): string | null {
  const m = /^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*$/.exec(text);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return `${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * A date typed year first, the way all three UI languages can read it. A native `type="date"` shows the
 * browser's format (mm/dd/yyyy on an English browser) whatever the page's language.
 */
export function DateField({ id, label, value, onChange, lang, hint, invalid }: Props) {
  const [text, setText] = useState(value);
  const hintId = useId();
  // A value set from outside (cleared filters) replaces what was typed.
  const [shown, setShown] = useState(value);
  if (value !== shown) {
    setShown(value);
    if (parseDate(text) !== value && !(value === '' && text.trim() === '')) setText(value);
  }
  const bad = text.trim() !== '' && parseDate(text) === null;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        lang={lang}
        inputMode="numeric"
        autoComplete="off"
        size={11}
        value={text}
        aria-describedby={hintId}
        aria-invalid={bad || undefined}
        onChange={(e) => {
          setText(e.target.value);
          const iso = e.target.value.trim() === '' ? '' : parseDate(e.target.value);
          if (iso !== null) onChange(iso);
        }}
      />
      <span id={hintId} className={bad ? 'hint bad' : 'hint'}>
        {bad ? invalid : hint}
      </span>
    </div>
  );
}
