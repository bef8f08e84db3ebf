// What the studio shows instead of a scenario whose screen failed (a draft that breaks the editor, the
// forms or the checks): the record can be repaired as plain text, exported or deleted right here, and the
// rest of the studio keeps working. The editor is tried again once the text is saved.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadText } from '../../../components/download-text.ts';
import type { StudioScenarioRecord } from '../../../storage/studio-records.ts';

interface Props {
  record: StudioScenarioRecord;
  error: Error;
  onSave: (draft: string) => void;
  onDelete: () => void;
}

export function BrokenRecord({ record, error, onSave, onDelete }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState(record.draft);
  return (
    <section className="studio-workspace studio-broken" aria-labelledby="studio-broken-title">
      <h2 id="studio-broken-title">{t('studio.broken.title')}</h2>
      <p role="alert">{t('studio.broken.intro')}</p>
      <p className="detail">{t('studio.broken.detail', { message: error.message })}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          onSave(text);
        }}
      >
        <label htmlFor="studio-broken-text">{t('studio.broken.text')}</label>
        <textarea id="studio-broken-text" value={text} spellCheck={false} rows={16} onChange={(e) => setText(e.target.value)} />
        <div className="studio-doc-actions">
          <button type="submit" className="button primary">
            {t('studio.broken.save')}
          </button>
          <button type="button" className="button" onClick={() => downloadText(`${record.name}.json`, text)}>
            {t('studio.actions.export')}
          </button>
          <button type="button" className="button danger" onClick={onDelete}>
            {t('studio.actions.delete')}
          </button>
        </div>
      </form>
    </section>
  );
}
