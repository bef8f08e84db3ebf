// The studio library: shipped scenarios (read-only) and the trainer's own; new, import (picker or drop).
import { useMemo, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ShippedScenario } from './shipped.ts';
import type { StudioScenarioRecord } from '../../../storage/studio-records.ts';
import type { Selection } from '../use-studio-library.ts';
import { displayName } from './display-name.ts';
import { inShownOrder } from './shown-order.ts';

interface Props {
  shipped: readonly ShippedScenario[];
  own: readonly StudioScenarioRecord[];
  selection: Selection;
  onSelect: (s: Selection) => void;
  onNew: () => void;
  onFiles: (files: File[]) => void;
  /** Deletes one of the trainer's scenarios from the list, without opening it (undo is offered by the page). */
  onDelete: (key: string) => void;
}

export function LibraryPanel({ shipped, own, selection, onSelect, onNew, onFiles, onDelete }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  // Each list in the order of the names it shows, as the UI language sorts them.
  const ownShown = useMemo(() => inShownOrder(own.map((r) => ({ r, name: displayName(r, language) })), (e) => e.name, language), [own, language]);
  const shippedShown = useMemo(() => inShownOrder(shipped.map((s) => ({ s, title: s.title?.[language] })), (e) => e.title ?? e.s.id, language), [shipped, language]);
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const drop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    onFiles([...e.dataTransfer.files]);
  };
  const current = (s: Selection) => (s && selection && s.kind === selection.kind && (s.kind === 'own' ? s.key === (selection as { key: string }).key : s.id === (selection as { id: string }).id) ? 'true' : undefined);
  return (
    <nav className="studio-library card" aria-label={t('studio.library.title')}>
      <h2>{t('studio.library.title')}</h2>
      <div className="studio-library-actions">
        <button type="button" className="button primary" onClick={onNew}>
          {t('studio.library.new')}
        </button>
        <button type="button" className="button" onClick={() => input.current?.click()}>
          {t('studio.library.import')}
        </button>
        <input
          ref={input}
          type="file"
          accept=".json,application/json"
          multiple
          hidden
          aria-label={t('studio.library.import')}
          data-testid="studio-import-input"
          onChange={(e) => {
            onFiles([...(e.target.files ?? [])]);
            e.target.value = '';
          }}
        />
      </div>
      <div
        className={`studio-dropzone${over ? ' over' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={drop}
      >
        {t('studio.library.drop')}
      </div>
      <h3>{t('studio.library.own')}</h3>
      {own.length === 0 ? (
        <p className="hint">{t('studio.library.ownEmpty')}</p>
      ) : (
        <ul className="studio-list">
          {ownShown.map(({ r, name }) => (
            <li key={r.key} className="studio-list-row">
              <button type="button" className="studio-list-item" aria-current={current({ kind: 'own', key: r.key })} onClick={() => onSelect({ kind: 'own', key: r.key })}>
                <span>{name}</span>
                <span className="studio-tag">{r.published === null ? t('studio.status.draftOnly') : r.published === r.draft ? t('studio.status.published') : t('studio.status.changed')}</span>
              </button>
              <button type="button" className="button small link" aria-label={t('studio.library.deleteNamed', { name })} onClick={() => onDelete(r.key)}>
                {t('studio.actions.delete')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <h3>{t('studio.library.shipped')}</h3>
      <ul className="studio-list">
        {shippedShown.map(({ s, title }) => (
          <li key={s.id}>
            <button type="button" className="studio-list-item" aria-current={current({ kind: 'shipped', id: s.id })} onClick={() => onSelect({ kind: 'shipped', id: s.id })}>
              {/* Its title in the UI language; the id (the file's name, what the JSON and the CLI use) below it. */}
              <span className="studio-list-name">
                <span>{title ?? s.id}</span>
                {title && ' '}
                {title && <span className="studio-list-id">{s.id}</span>}
              </span>
              <span className="studio-tag">{t('studio.status.readOnly')}</span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
