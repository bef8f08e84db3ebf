// The form fields of the story tab: each keeps its text while the author types and writes its JSON path
// through the editor when they leave it, if it changed (one undo step per field).
import { useEffect, useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PathSegment } from '../editor/json-positions.ts';
import { ErrorText } from '../../../components/ErrorText.tsx';

export const LOCALES = ['zh-Hant', 'zh-Hans', 'en'] as const;
export type Loc = Record<(typeof LOCALES)[number], string>;
export type Write = (path: PathSegment[], value: unknown) => void;

/** Placeholder text in all three languages for a new item: the author replaces it, Translations flags nothing. */
export const draftText = (en: string, hant: string, hans: string): Loc => ({ 'zh-Hant': hant, 'zh-Hans': hans, en });

export function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section className="studio-story-section" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {children}
    </section>
  );
}

interface FieldBase {
  label: string;
  path: PathSegment[];
  readOnly: boolean;
  write: Write;
}

/** Local text while typing; written to the document when the author leaves the field, if it changed. */
function useDraftValue(value: string): [string, (v: string) => void] {
  const [local, setLocal] = useState(value);
  // The document changed under the form (undo, the code editor): show what it says now.
  useEffect(() => setLocal(value), [value]);
  return [local, setLocal];
}

/** A text in the three languages, as a group of three fields. */
export function LocField({ label, path, value, readOnly, write, multiline = false }: FieldBase & { value: Partial<Loc> | undefined; multiline?: boolean }) {
  const { t } = useTranslation();
  return (
    <fieldset className="studio-story-loc">
      <legend>{label}</legend>
      {LOCALES.map((l) => (
        <TextField key={l} label={t(`common.languageNames.${l}`)} lang={l} path={[...path, l]} value={value?.[l] ?? ''} readOnly={readOnly} write={write} multiline={multiline} required />
      ))}
    </fieldset>
  );
}

export function TextField({ label, lang, path, value, readOnly, write, multiline, required }: FieldBase & { value: string; lang?: string; multiline: boolean; required?: boolean }) {
  const { t } = useTranslation();
  const [local, setLocal] = useDraftValue(value);
  const empty = required === true && local.trim() === '';
  const id = useId();
  const commit = () => {
    const next = local.trim();
    if (next !== value && !empty) write(path, next);
  };
  const props = { id, lang, value: local, readOnly, 'aria-invalid': empty, ...(empty ? { 'aria-describedby': `${id}-error` } : {}), onChange: (e: { target: { value: string } }) => setLocal(e.target.value), onBlur: commit };
  return (
    <div className="studio-field">
      <label htmlFor={id}>{label}</label>
      {multiline ? <textarea rows={3} {...props} /> : <input {...props} />}
      {empty && (
        <p id={`${id}-error`} className="error-text">
          {t('authoring.story.required')}
        </p>
      )}
    </div>
  );
}

export function NumberField({ label, path, value, readOnly, write, min, max }: FieldBase & { value: number; min: number; max: number }) {
  const [local, setLocal] = useDraftValue(String(value));
  return <WholeNumberInput label={label} text={local} setText={setLocal} min={min} max={max} readOnly={readOnly} onCommit={(n) => n !== undefined && n !== value && write(path, n)} />;
}

/**
 * A whole number from min to max in the studio's field layout, committed when the author leaves the field
 * (not while a half-typed number is out of range). `optional`: empty is allowed, shown as "any", committed
 * as undefined.
 */
export function WholeNumberInput({ label, text, setText, min, max, readOnly, optional = false, onCommit }: { label: string; text: string; setText: (text: string) => void; min: number; max: number; readOnly: boolean; optional?: boolean; onCommit: (n: number | undefined) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const n = Number(text);
  const empty = text.trim() === '';
  const bad = empty ? !optional : !Number.isInteger(n) || n < min || n > max;
  return (
    <div className="studio-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        value={text}
        readOnly={readOnly}
        {...(optional ? { placeholder: t('authoring.conditions.any') } : {})}
        aria-invalid={bad}
        {...(bad ? { 'aria-describedby': `${id}-error` } : {})}
        onChange={(e) => setText(e.target.value)}
        onBlur={() => !bad && onCommit(empty ? undefined : n)}
      />
      {bad && (
        <p id={`${id}-error`} className="error-text">
          {t('authoring.story.range', { min, max })}
        </p>
      )}
    </div>
  );
}

/** A select's options: [value, text shown, tooltip (e.g. the id behind a translated name)]. */
export type PickOptions = readonly (readonly [value: string, text: string, title?: string])[];

/** A select labelled by id, not by wrapping: a wrapping label's name would include the chosen option. */
export function PickField({ label, value, options, disabled, onChange }: { label: string; value: string; options: PickOptions; disabled?: boolean; onChange: (value: string) => void }) {
  const id = useId();
  return (
    <div className="studio-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} disabled={disabled} onChange={(e) => onChange(e.target.value)}>
        {options.map(([v, text, title]) => (
          <option key={v} value={v} {...(title ? { title } : {})}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

export function SelectField({ label, path, value, readOnly, write, options, onWrite }: FieldBase & { value: string; options: readonly (readonly [string, string])[]; onWrite?: (v: string) => void }) {
  return <PickField label={label} value={value} options={options} disabled={readOnly} onChange={(v) => (onWrite ? onWrite(v) : write(path, v))} />;
}

/** Words per language, comma-separated (the same lists fact topics use). */
export function TopicsField({ label, path, value, readOnly, write }: FieldBase & { value: Partial<Record<(typeof LOCALES)[number], string[]>> }) {
  const { t } = useTranslation();
  return (
    <fieldset className="studio-story-loc">
      <legend>{label}</legend>
      {LOCALES.map((l) => (
        <ListField key={l} label={t(`common.languageNames.${l}`)} lang={l} value={value[l] ?? []} readOnly={readOnly} onWrite={(words) => write([...path, l], words)} />
      ))}
    </fieldset>
  );
}

export function ListField({ label, lang, value, readOnly, onWrite }: { label: string; lang: string; value: string[]; readOnly: boolean; onWrite: (words: string[]) => void }) {
  const joined = value.join(', ');
  const [local, setLocal] = useDraftValue(joined);
  const id = useId();
  return (
    <div className="studio-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        lang={lang}
        value={local}
        readOnly={readOnly}
        onChange={(e) => setLocal(e.target.value)}
        onBlur={() => {
          const words = local
            .split(/[,，、]/)
            .map((w) => w.trim())
            .filter(Boolean);
          if (words.join(', ') !== joined && words.length > 0) onWrite(words);
        }}
      />
    </div>
  );
}

/**
 * An id, renamed when the author leaves the field if it changed; `check` names what is wrong with a new id
 * (not an id, taken), shown under the field while the document keeps the old one.
 */
export function IdField({ label, value, readOnly, check, onRename }: { label: string; value: string; readOnly: boolean; check: (id: string) => string | null; onRename: (id: string) => void }) {
  const [local, setLocal] = useDraftValue(value);
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const commit = () => {
    const next = local.trim();
    const problem = next === value ? null : check(next);
    setError(problem);
    if (next !== value && !problem) onRename(next);
  };
  return (
    <div className="studio-field">
      <label htmlFor={id}>{label}</label>
      <input id={id} value={local} readOnly={readOnly} maxLength={60} spellCheck={false} aria-invalid={error !== null} {...(error ? { 'aria-describedby': `${id}-error` } : {})} onChange={(e) => (setLocal(e.target.value), setError(null))} onBlur={commit} />
      <ErrorText id={`${id}-error`}>{error}</ErrorText>
    </div>
  );
}

/** The id pattern the schema requires of states, reactions, facts and the other records. */
export const ID_PATTERN = /^[a-z][a-z0-9_-]*$/;
