import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../../components/Notice.tsx';
import { BundleRefused, createBundle, MAX_BUNDLE_BYTES } from '../../../domain/records/bundle.ts';
import type { AttemptRecord } from '../../../storage/records.ts';
import type { OverrideRecord } from '../../../storage/scorecards-records.ts';
import type { ScorecardsStorage } from '../../../storage/scorecards-storage.ts';
import { downloadText } from '../../../components/download-text.ts';
import type { FlagsStorage } from '../../../storage/flags-storage.ts';
import { datedName } from '../dated-name.ts';
import { importBundle, type ImportReport } from './import-bundle.ts';

interface Props {
  attempts: readonly AttemptRecord[];
  overrides: readonly OverrideRecord[];
  storage: ScorecardsStorage;
  loadScenario: (id: string) => Promise<unknown | null>;
  onImported: () => void;
  /** Misread flags travel in the bundle both ways (none without it). */
  loadFlags?: () => Promise<FlagsStorage>;
}

type Status = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; report: ImportReport } | { kind: 'refused'; reason: string; detail: string; fileName: string };

/** Export every attempt as a JSON bundle; import bundles from other devices (re-scored, flagged, de-duplicated). */
export function TransferView({ attempts, overrides, storage, loadScenario, onImported, loadFlags }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [dragging, setDragging] = useState(false);

  const exportJson = async () => {
    // Misread flags travel with the attempts; a flag table that cannot be read must not stop the export.
    const flags = loadFlags
      ? await loadFlags()
          .then((s) => s.listAll())
          .then((r) => r.flags)
          .catch(() => [])
      : [];
    downloadText(datedName('defuse-attempts', 'json'), createBundle(attempts, overrides.map(({ seq: _seq, schemaVersion: _v, ...o }) => o), new Date(), flags), 'application/json');
  };

  const run = async (files: FileList | null) => {
    const file = files?.[0];
    if (!file) return;
    setStatus({ kind: 'busy' });
    try {
      const report = await importBundle(file, storage, loadScenario, new Date(), loadFlags ? await loadFlags() : null);
      setStatus({ kind: 'done', report });
      onImported();
    } catch (error) {
      if (error instanceof BundleRefused) setStatus({ kind: 'refused', reason: error.reason, detail: error.detail, fileName: file.name });
      else setStatus({ kind: 'refused', reason: 'storage', detail: error instanceof Error ? error.message : String(error), fileName: file.name });
    }
  };

  return (
    <section aria-labelledby="transfer-title" className="dash-section">
      <h2 id="transfer-title">{t('scorecards.dashboard.tabs.transfer')}</h2>
      <div className="dash-grid">
        <div className="card">
          <h3>{t('scorecards.dashboard.export.title')}</h3>
          <p>{t('scorecards.dashboard.export.explain', { count: attempts.length })}</p>
          <button type="button" className="button primary" onClick={() => void exportJson()} disabled={attempts.length === 0}>
            {t('scorecards.dashboard.export.json')}
          </button>
        </div>
        <div
          className={`card drop-zone ${dragging ? 'dragging' : ''}`}
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={(e) => {
            e.preventDefault();
            setDragging(false);
            void run(e.dataTransfer.files);
          }}
        >
          <h3>{t('scorecards.dashboard.import.title')}</h3>
          <p>{t('scorecards.dashboard.import.explain', { max: Math.round(MAX_BUNDLE_BYTES / 1024 / 1024) })}</p>
          <label htmlFor={`${id}-file`} className="field-label">
            {t('scorecards.dashboard.import.choose')}
          </label>
          <input
            id={`${id}-file`}
            type="file"
            accept="application/json,.json"
            disabled={status.kind === 'busy'}
            onChange={(e) => {
              void run(e.target.files);
              e.target.value = '';
            }}
          />
        </div>
      </div>
      <div aria-live="polite">
        {status.kind === 'busy' && <p role="status">{t('scorecards.dashboard.import.busy')}</p>}
        {status.kind === 'refused' && (
          <Notice tone="error" title={t('scorecards.dashboard.import.refusedTitle', { file: status.fileName })}>
            <p>{t(`scorecards.dashboard.refused.${status.reason as 'tooLarge'}`, { max: Math.round(MAX_BUNDLE_BYTES / 1024 / 1024) })}</p>
            <p className="detail">{status.detail}</p>
            <p>{t('scorecards.dashboard.import.nothingWritten')}</p>
          </Notice>
        )}
        {status.kind === 'done' && <ImportSummary report={status.report} />}
      </div>
    </section>
  );
}

function ImportSummary({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  return (
    <Notice tone="info" title={t('scorecards.dashboard.import.doneTitle', { file: report.fileName })}>
      <p>{t('scorecards.dashboard.import.added', { count: report.added })}</p>
      {report.duplicates.length > 0 && <p>{t('scorecards.dashboard.import.duplicates', { count: report.duplicates.length })}</p>}
      {report.unverifiable > 0 && <p>{t('scorecards.dashboard.import.unverifiable', { count: report.unverifiable })}</p>}
      {report.misreadFlags > 0 && <p>{t('misread.queue.importedFlags', { count: report.misreadFlags })}</p>}
      {report.flagged.length > 0 && (
        <>
          <p>{t('scorecards.dashboard.import.flaggedIntro', { count: report.flagged.length })}</p>
          <ul>
            {report.flagged.map((f) => (
              <li key={f.id}>
                <a href={`#/scorecards/attempt/${encodeURIComponent(f.id)}`}>{t('scorecards.dashboard.import.flaggedItem', { trainee: f.trainee, stored: f.stored, recomputed: f.recomputed })}</a>
              </li>
            ))}
          </ul>
        </>
      )}
    </Notice>
  );
}
