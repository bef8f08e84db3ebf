import { useEffect, useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { checkPasscode, createPasscode, MIN_PASSCODE_LENGTH, type PasscodeRecord } from '../domain/records/passcode.ts';
import { Loading } from './Loading.tsx';
import { Notice } from './Notice.tsx';

interface Props {
  loadRecord: () => Promise<PasscodeRecord | null>;
  saveRecord: (record: PasscodeRecord) => Promise<void>;
  children: ReactNode;
  /** PBKDF2 iterations for a new passcode (tests pass fewer). */
  iterations?: number;
  /** Offer to set the passcode here when none exists (default); false lets the area open until one is set elsewhere. */
  setUpHere?: boolean;
}

// Unlocked until the tab is reloaded or closed: kept in memory only, never stored.
let unlockedThisSession = false;
/** For tests: lock again. */
export const lockPasscodeGate = () => {
  unlockedThisSession = false;
};

/**
 * Guards the trainer areas (scorecards, studio) on a shared training PC with a passcode set on first use.
 * It keeps casual passers-by out; it does not stop someone with the browser's developer tools (the page says so).
 */
export function PasscodeGate({ loadRecord, saveRecord, children, iterations, setUpHere = true }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [record, setRecord] = useState<PasscodeRecord | null | 'loading' | 'error'>('loading');
  const [unlocked, setUnlocked] = useState(unlockedThisSession);
  const [code, setCode] = useState('');
  const [repeat, setRepeat] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (unlocked) return;
    let live = true;
    loadRecord()
      .then((r) => live && setRecord(r))
      .catch(() => live && setRecord('error'));
    return () => {
      live = false;
    };
  }, [loadRecord, unlocked]);

  if (unlocked || (record === null && !setUpHere)) return <>{children}</>;
  if (record === 'loading') return <Loading label={t('common.loading')} />;
  if (record === 'error') return <Notice tone="error" title={t('access.storageFailed')} />;

  const creating = record === null;
  const submit = async () => {
    setError(null);
    if (creating) {
      if (code.length < MIN_PASSCODE_LENGTH) return setError(t('access.tooShort', { min: MIN_PASSCODE_LENGTH }));
      if (code !== repeat) return setError(t('access.mismatch'));
      setBusy(true);
      try {
        await saveRecord(await createPasscode(code, iterations));
      } catch {
        // Not kept: stay locked (unlocking now would ask for a new passcode on the next visit).
        setBusy(false);
        return setError(t('guard.passcodeNotSaved'));
      }
    } else {
      setBusy(true);
      if (!(await checkPasscode(code, record))) {
        setBusy(false);
        setCode('');
        return setError(t('access.wrong'));
      }
    }
    unlockedThisSession = true;
    setUnlocked(true);
  };

  return (
    <div className="page narrow card access-gate">
      <h1>{creating ? t('access.createTitle') : t('access.unlockTitle')}</h1>
      <p>{creating ? t('access.createIntro') : t('access.unlockIntro')}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit().catch(() => {
            setBusy(false);
            setError(t('access.storageFailed'));
          });
        }}
      >
        <div className="field">
          <label htmlFor={`${id}-code`}>{t('access.passcode')}</label>
          <input id={`${id}-code`} type="password" autoComplete={creating ? 'new-password' : 'current-password'} value={code} onChange={(e) => setCode(e.target.value)} aria-describedby={`${id}-hint`} />
        </div>
        {creating && (
          <div className="field">
            <label htmlFor={`${id}-repeat`}>{t('access.repeat')}</label>
            <input id={`${id}-repeat`} type="password" autoComplete="new-password" value={repeat} onChange={(e) => setRepeat(e.target.value)} />
          </div>
        )}
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="button primary" disabled={busy}>
          {creating ? t('access.create') : t('access.unlock')}
        </button>
      </form>
      <div id={`${id}-hint`} className="meta">
        <p>{t('access.protects')}</p>
        <p>{t('access.doesNotProtect')}</p>
        {creating && <p>{t('access.forgotten')}</p>}
      </div>
    </div>
  );
}
