import { useId } from 'react';

export interface LanguageOption {
  value: string;
  /** The language's own name (中文(繁體), English…), shown as is in every UI language. */
  label: string;
}

interface Props {
  label: string;
  value: string;
  options: readonly LanguageOption[];
  onChange: (value: string) => void;
}

/** A labelled language picker; each option is named in its own language and tagged with `lang`. */
export function LanguageSwitch({ label, value, options, onChange }: Props) {
  const id = useId();
  return (
    <div className="language-switch">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {options.map((o) => (
          <option key={o.value} value={o.value} lang={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
