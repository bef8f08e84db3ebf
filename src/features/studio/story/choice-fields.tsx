// Fields for optional parts of the scenario (a reaction's conditions): a number that may be left empty, a
// yes/no/either choice, a set of checkboxes and a short list picked from a longer vocabulary. An empty
// choice removes the key from the JSON, as the schema wants (no empty lists, no nulls).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PickField, WholeNumberInput, type PickOptions } from './fields.tsx';

type Options = PickOptions;

/** A whole number from min to max, or empty (removed). Written when the author leaves the field. */
export function OptionalNumberField({ label, value, min, max, readOnly, onWrite }: { label: string; value: number | undefined; min: number; max: number; readOnly: boolean; onWrite: (v: number | undefined) => void }) {
  const shown = value === undefined ? '' : String(value);
  const [local, setLocal] = useState(shown);
  useEffect(() => setLocal(shown), [shown]);
  return <WholeNumberInput label={label} text={local} setText={setLocal} min={min} max={max} readOnly={readOnly} optional onCommit={(next) => next !== value && onWrite(next)} />;
}

/** Yes, no, or "does not matter" (removed). */
export function TriStateField({ label, value, readOnly, onWrite }: { label: string; value: boolean | undefined; readOnly: boolean; onWrite: (v: boolean | undefined) => void }) {
  const { t } = useTranslation();
  const options: Options = [
    ['', t('authoring.conditions.either')],
    ['true', t('authoring.conditions.yes')],
    ['false', t('authoring.conditions.no')],
  ];
  return <PickField label={label} value={value === undefined ? '' : String(value)} options={options} disabled={readOnly} onChange={(v) => onWrite(v === '' ? undefined : v === 'true')} />;
}

/** Checkboxes for a few ids (states, facts); none checked removes the list. */
export function CheckGroup({ label, hint, value = [], options, readOnly, onWrite }: { label: string; hint?: string; value: readonly string[] | undefined; options: Options; readOnly: boolean; onWrite: (v: string[] | undefined) => void }) {
  const toggle = (id: string, on: boolean) => {
    const next = options.map(([o]) => o).filter((o) => (o === id ? on : value.includes(o)));
    onWrite(next.length === 0 ? undefined : next);
  };
  return (
    <fieldset className="studio-story-checks">
      <legend>{label}</legend>
      {hint && <p className="hint">{hint}</p>}
      {options.map(([id, text]) => (
        <label key={id} title={id === text ? undefined : id}>
          <input type="checkbox" checked={value.includes(id)} disabled={readOnly} onChange={(e) => toggle(id, e.target.checked)} /> {text}
        </label>
      ))}
    </fieldset>
  );
}

/** A short list picked from a long vocabulary (moves, signals): the chosen ones with remove buttons, and a select that adds. */
export function PickList({ label, value = [], options, readOnly, required = false, onWrite }: { label: string; value: readonly string[] | undefined; options: Options; readOnly: boolean; /** The last one stays (the list may not be empty). */ required?: boolean; onWrite: (v: string[] | undefined) => void }) {
  const { t } = useTranslation();
  const name = (id: string) => options.find(([o]) => o === id)?.[1] ?? id;
  const left = options.filter(([o]) => !value.includes(o));
  return (
    <fieldset className="studio-story-picks">
      <legend>{label}</legend>
      {value.length > 0 && (
        <ul className="studio-picks">
          {value.map((id) => (
            <li key={id}>
              <span>{name(id)}</span>
              {!readOnly && !(required && value.length === 1) && (
                <button type="button" className="button small link" aria-label={t('authoring.conditions.removeNamed', { item: name(id), list: label })} onClick={() => onWrite(value.length === 1 ? undefined : value.filter((v) => v !== id))}>
                  {t('authoring.conditions.remove')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {!readOnly && left.length > 0 && (
        <PickField label={t('authoring.conditions.addTo', { list: label })} value="" options={[['', t('authoring.conditions.choose')], ...left]} onChange={(v) => v !== '' && onWrite([...value, v])} />
      )}
    </fieldset>
  );
}
