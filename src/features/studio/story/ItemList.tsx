// One list of a scenario's records in the story form (facts, remedies, objections): a fieldset per item
// with its fields and a remove button, then a button that appends a new item under a free id.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PathSegment } from '../editor/json-positions.ts';
import type { Write } from './fields.tsx';

interface Props<T extends { id: string }> {
  items: readonly T[];
  /** The list's JSON path; each item's fields get `[...path, index]`. */
  path: PathSegment[];
  legend: (item: T) => string;
  /** What the remove button calls the item (its id when not given). */
  name?: (item: T) => string;
  addLabel: string;
  /** Ids of new items are `${idPrefix}-N`, the first N not taken. */
  idPrefix: string;
  /** A new item with the given id (placeholder text the author replaces). */
  fresh: (id: string) => Record<string, unknown>;
  /** False keeps the last item (a scenario needs at least one remedy). */
  removable?: boolean;
  readOnly: boolean;
  write: Write;
  append: (path: PathSegment[], value: unknown) => void;
  children: (item: T, path: PathSegment[]) => ReactNode;
}

export function freeId(prefix: string, taken: readonly string[]): string {
  let n = taken.length + 1;
  while (taken.includes(`${prefix}-${n}`)) n++;
  return `${prefix}-${n}`;
}

export function ItemList<T extends { id: string }>({ items, path, legend, name = (item) => item.id, addLabel, idPrefix, fresh, removable = true, readOnly, write, append, children }: Props<T>) {
  const { t } = useTranslation();
  return (
    <>
      {items.map((item, i) => (
        <fieldset key={item.id} className="studio-story-item">
          <legend>{legend(item)}</legend>
          {children(item, [...path, i])}
          {!readOnly && removable && (
            <button type="button" className="button small link" onClick={() => write([...path, i], undefined)}>
              {t('authoring.story.removeNamed', { id: name(item) })}
            </button>
          )}
        </fieldset>
      ))}
      {!readOnly && (
        <button type="button" className="button small" onClick={() => append(path, fresh(freeId(idPrefix, items.map((x) => x.id))))}>
          {addLabel}
        </button>
      )}
    </>
  );
}
