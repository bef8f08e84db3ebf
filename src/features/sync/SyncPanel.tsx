import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { cleanSettings, useLrsSettings } from '../../lrs/lrs-settings.ts';
import { useSyncState } from '../../lrs/sync-store.ts';
import { getLmsSession } from '../../lms/lms-session.ts';
import { ProblemText } from './ProblemText.tsx';

const loadEngine = () => import('../../lrs/sync-engine.ts').then((m) => m.getSyncEngine());
const checkSaved = () => import('../../lrs/settings-saved.ts').then((m) => m.settingsSaved());

interface Props {
  /** With the LRS settings form (the trainer tools' page); the trainee's header shows the state and retry only. */
  settings?: boolean;
  /** Shown in the page's flow instead of as the header's drop-down. */
  inline?: boolean;
}

/** The sync panel: counts, last error, retry, and (for trainers) the LRS settings form. Loaded when first shown. */
export function SyncPanel({ settings: withSettings = false, inline = false }: Props) {
  const { t } = useTranslation();
  const sync = useSyncState();
  const settings = useLrsSettings();
  const [form, setForm] = useState({ endpoint: settings.endpoint, key: settings.key, secret: settings.secret, homePage: settings.homePage });
  const [message, setMessage] = useState<string | null>(null);

  const onSave = (e: FormEvent) => {
    e.preventDefault();
    const cleaned = cleanSettings(form);
    if (form.endpoint.trim() !== '' && cleaned.endpoint === '') {
      setMessage(t('sync.invalidEndpoint'));
      return;
    }
    settings.save(cleaned);
    setForm(cleaned);
    setMessage(t('sync.saved'));
    if (cleaned.endpoint) void checkSaved().catch(() => undefined);
  };

  return (
    <div className={`sync-panel card${inline ? ' inline' : ''}`}>
      <h2>{t('sync.title')}</h2>
      {getLmsSession() && <p>{t('sync.launched')}</p>}
      {sync.problem && (
        <p className="detail" data-testid="sync-problem">
          <ProblemText problem={sync.problem} />
        </p>
      )}
      {sync.active && (
        <div className="sync-state">
          <p data-testid="sync-counts">
            {t('sync.pending', { count: sync.pending })} · {t('sync.rejected', { count: sync.rejected })}
          </p>
          <button type="button" className="button small" onClick={() => void loadEngine().then((engine) => engine.retry()).catch(() => undefined)}>
            {t('sync.retry')}
          </button>
        </div>
      )}
      {withSettings && !sync.active && <p>{t('sync.off')}</p>}
      {withSettings && (
        <form onSubmit={onSave} className="sync-form">
          <h3>{t('sync.settingsHeading')}</h3>
          <p className="hint">{t('sync.settingsIntro')}</p>
          <label>
            {t('sync.endpoint')}
            <input type="url" name="endpoint" value={form.endpoint} onChange={(e) => setForm({ ...form, endpoint: e.target.value })} autoComplete="off" />
          </label>
          <label>
            {t('sync.key')}
            <input name="key" value={form.key} onChange={(e) => setForm({ ...form, key: e.target.value })} autoComplete="off" />
          </label>
          <label>
            {t('sync.secret')}
            <input type="password" name="secret" value={form.secret} onChange={(e) => setForm({ ...form, secret: e.target.value })} autoComplete="new-password" />
          </label>
          <label>
            {t('sync.homePage')}
            <input type="url" name="homePage" value={form.homePage} onChange={(e) => setForm({ ...form, homePage: e.target.value })} autoComplete="off" />
          </label>
          <div className="sync-actions">
            <button type="submit" className="button small primary">
              {t('sync.save')}
            </button>
            {settings.endpoint && (
              <button
                type="button"
                className="button small subtle"
                onClick={() => {
                  settings.clear();
                  setForm({ endpoint: '', key: '', secret: '', homePage: '' });
                }}
              >
                {t('sync.clear')}
              </button>
            )}
          </div>
          {message && <p role="status">{message}</p>}
          <CheckResult />
        </form>
      )}
    </div>
  );
}

/** What the check run on saving found: connected (and whether the key may read), or what is wrong. */
function CheckResult() {
  const { t } = useTranslation();
  const check = useSyncState((s) => s.check);
  if (check.state === 'idle') return null;
  if (check.state === 'checking') return <p role="status" data-testid="sync-check">{t('sync.checking')}</p>;
  return (
    <p role="status" data-testid="sync-check">
      {check.problem ? <ProblemText problem={check.problem} /> : check.canRead ? t('sync.checkOk') : t('sync.checkOkNoRead')}
    </p>
  );
}
