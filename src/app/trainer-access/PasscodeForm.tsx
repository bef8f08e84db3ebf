// The forms of the trainer unlock that choose a passcode: a device's set-up or a reset by recovery code
// (PasscodeForm), and the recovery code shown once (RecoveryCodePanel).
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MIN_PASSCODE_LENGTH } from '../../domain/records/passcode.ts';
import { ErrorText } from '../../components/ErrorText.tsx';
import { FormActions } from '../../components/FormActions.tsx';

/** A new passcode (twice), with the trainer's name for a set-up or the recovery code for a reset. */
export function PasscodeForm(props: {
  title: string;
  intro: string;
  askName?: boolean;
  recovery?: boolean;
  confirm?: string;
  onCancel: () => void;
  /** Resolves to an error message, or null when done. */
  submit: (v: { name: string; code: string; recoveryCode: string }) => Promise<string | null>;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [name, setName] = useState('');
  const [recoveryCode, setRecoveryCode] = useState('');
  const [code, setCode] = useState('');
  const [repeat, setRepeat] = useState('');
  const [confirmed, setConfirmed] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const go = async () => {
    if (props.askName && name.trim() === '') return setError(t('org.access.needName'));
    if (props.recovery && recoveryCode.trim() === '') return setError(t('org.access.needRecovery'));
    if (code.length < MIN_PASSCODE_LENGTH) return setError(t('access.tooShort', { min: MIN_PASSCODE_LENGTH }));
    if (code !== repeat) return setError(t('access.mismatch'));
    if (props.confirm && !confirmed) return setError(t('org.access.needConfirm'));
    setError(null);
    setBusy(true);
    const problem = await props.submit({ name: name.trim(), code, recoveryCode });
    setBusy(false);
    if (problem) setError(problem);
  };
  return (
    <div className="page narrow card access-gate">
      <h1>{props.title}</h1>
      <p>{props.intro}</p>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void go().catch(() => {
            // Not kept (a full disk, a refused write): nothing unlocks on a set-up the next visit will not know.
            setBusy(false);
            setError(t('guard.passcodeNotSaved'));
          });
        }}
      >
        {props.askName && (
          <div className="field">
            <label htmlFor={`${id}-name`}>{t('org.access.name')}</label>
            <input id={`${id}-name`} autoComplete="name" value={name} maxLength={200} onChange={(e) => setName(e.target.value)} />
          </div>
        )}
        {props.recovery && (
          <div className="field">
            <label htmlFor={`${id}-recovery`}>{t('org.access.recoveryCode')}</label>
            <input id={`${id}-recovery`} autoComplete="off" spellCheck={false} value={recoveryCode} onChange={(e) => setRecoveryCode(e.target.value)} />
          </div>
        )}
        <div className="field">
          <label htmlFor={`${id}-code`}>{props.recovery ? t('org.access.newPasscode') : t('access.passcode')}</label>
          <input id={`${id}-code`} type="password" autoComplete="new-password" value={code} onChange={(e) => setCode(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-repeat`}>{t('access.repeat')}</label>
          <input id={`${id}-repeat`} type="password" autoComplete="new-password" value={repeat} onChange={(e) => setRepeat(e.target.value)} />
        </div>
        {props.confirm && (
          <div className="field checkbox">
            <input id={`${id}-confirm`} type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} />
            <label htmlFor={`${id}-confirm`}>{props.confirm}</label>
          </div>
        )}
        <ErrorText className="field-error">{error}</ErrorText>
        <FormActions submit={props.recovery ? t('org.access.recover') : t('org.access.setUpSubmit')} other={{ label: t('common.cancel'), onClick: props.onCancel }} busy={busy} />
      </form>
    </div>
  );
}

/** The recovery code, shown once: the trainer must keep it before going on. */
export function RecoveryCodePanel({ code, onDone }: { code: string; onDone: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [kept, setKept] = useState(false);
  return (
    <div className="page narrow card access-gate">
      <h1>{t('org.access.recoveryTitle')}</h1>
      <p>{t('org.access.recoveryIntro')}</p>
      <p className="recovery-code" aria-label={t('org.access.recoveryCode')}>
        <code>{code}</code>
      </p>
      <div className="field checkbox">
        <input id={`${id}-kept`} type="checkbox" checked={kept} onChange={(e) => setKept(e.target.checked)} />
        <label htmlFor={`${id}-kept`}>{t('org.access.recoveryKept')}</label>
      </div>
      <button type="button" className="button primary" disabled={!kept} onClick={onDone}>
        {t('org.access.continue')}
      </button>
    </div>
  );
}
