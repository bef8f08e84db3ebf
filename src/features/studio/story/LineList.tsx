// A list of customer line variants (one is picked per play with the seeded PRNG): each variant's three
// languages, a remove button and an add button. Writes go through the editor like every form field.
import { useTranslation } from 'react-i18next';
import type { PathSegment } from '../editor/json-positions.ts';
import { LocField, type Loc, type Write } from './fields.tsx';
import { NeedsFields, type NeedsOptions } from './NeedsFields.tsx';

interface Props {
  /** The list's name (a group legend). */
  label: string;
  lines: readonly (Partial<Loc> & { needs?: Parameters<typeof NeedsFields>[0]['needs'] })[] | undefined;
  path: PathSegment[];
  /** True: the list may not be empty (the last variant stays); false: removing the last removes the list. */
  required: boolean;
  /** The placeholder text of a new variant. */
  fresh: Loc;
  /** Given: each variant also says what must be true before the customer says it. */
  needs?: NeedsOptions;
  readOnly: boolean;
  write: Write;
  append: (path: PathSegment[], value: unknown) => void;
}

export function LineList({ label, lines = [], path, required, fresh, needs, readOnly, write, append }: Props) {
  const { t } = useTranslation();
  const remove = (i: number) => write(lines.length === 1 ? path : [...path, i], undefined);
  return (
    <fieldset className="studio-story-item">
      <legend>{label}</legend>
      {lines.length === 0 && <p className="hint">{t('authoring.lines.none')}</p>}
      {lines.map((line, i) => (
        <div key={i} className="studio-story-variant">
          <LocField label={t('authoring.lines.variant', { n: i + 1 })} path={[...path, i]} value={line} readOnly={readOnly} write={write} multiline />
          {needs && <NeedsFields legend={t('authoring.needs.title', { n: i + 1 })} needs={line.needs} path={[...path, i]} options={needs} readOnly={readOnly} write={write} />}
          {!readOnly && (!required || lines.length > 1) && (
            <button type="button" className="button small link" onClick={() => remove(i)}>
              {t('authoring.lines.remove', { n: i + 1, list: label })}
            </button>
          )}
        </div>
      ))}
      {!readOnly && (
        <button type="button" className="button small" onClick={() => append(path, fresh)}>
          {t('authoring.lines.add', { list: label })}
        </button>
      )}
    </fieldset>
  );
}
