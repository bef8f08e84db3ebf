import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadText } from '../../components/download-text.ts';

interface Props {
  name: string;
  text: string;
  onDuplicate: () => void;
  onRename?: (name: string) => void;
  onDelete?: () => void;
}

/** Export (download the text as is), duplicate, rename and delete (undo offered by the page). */
export function DocActions({ name, text, onDuplicate, onRename, onDelete }: Props) {
  const { t } = useTranslation();
  const [renaming, setRenaming] = useState<string | null>(null);
  const exportFile = () => {
    let id = name;
    try {
      const doc = JSON.parse(text) as { id?: unknown };
      if (typeof doc.id === 'string') id = doc.id;
    } catch {
      // Invalid JSON exports as is, under the library name.
    }
    downloadText(`${id}.json`, text);
  };
  if (renaming !== null && onRename) {
    return (
      <form
        className="studio-rename"
        onSubmit={(e) => {
          e.preventDefault();
          if (renaming.trim()) onRename(renaming.trim().slice(0, 120));
          setRenaming(null);
        }}
      >
        <label>
          {t('studio.actions.newName')}
          <input value={renaming} maxLength={120} onChange={(e) => setRenaming(e.target.value)} autoFocus />
        </label>
        <button type="submit" className="button small primary">
          {t('studio.actions.saveName')}
        </button>
        <button type="button" className="button small" onClick={() => setRenaming(null)}>
          {t('common.cancel')}
        </button>
      </form>
    );
  }
  return (
    <>
      <button type="button" className="button" onClick={onDuplicate}>
        {t('studio.actions.duplicate')}
      </button>
      <button type="button" className="button" onClick={exportFile}>
        {t('studio.actions.export')}
      </button>
      {onRename && (
        <button type="button" className="button" onClick={() => setRenaming(name)}>
          {t('studio.actions.rename')}
        </button>
      )}
      {onDelete && (
        <button type="button" className="button danger" onClick={onDelete}>
          {t('studio.actions.delete')}
        </button>
      )}
    </>
  );
}
