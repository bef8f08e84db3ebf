import { useEffect, useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../components/Loading.tsx';
import { Notice } from '../../components/Notice.tsx';
import { recoverDevice, setUpDevice, type DeviceTrainerRecord } from '../../domain/org/trainer-device.ts';
import { checkPasscode, PBKDF2_ITERATIONS, type PasscodeRecord } from '../../domain/records/passcode.ts';
import { useOrg } from '../org/org-config.ts';
import { deriveBundleKeyBytes, importBundleKey } from '../../domain/records/bundle-signature.ts';
import { PasscodeForm, RecoveryCodePanel } from './PasscodeForm.tsx';
import { KEPT_SESSION, unlockTrainer as unlock, useTrainerSession, type TrainerSession } from './trainer-session.ts';
import { keepSession } from './kept-session.ts';
import { ErrorText } from '../../components/ErrorText.tsx';

/** The session for a passcode that was just checked: derives the signing key for the signer, and its bytes for the tab to keep. */
async function trainerSession(name: string, kind: TrainerSession['kind'], passcode: string, signer: { id: string; name: string }, iterations?: number): Promise<{ session: TrainerSession; keyBytes: Uint8Array }> {
  const keyBytes = await deriveBundleKeyBytes(passcode, signer.id, iterations);
  return { session: { name, kind, signer: { ...signer, key: await importBundleKey(keyBytes) } }, keyBytes };
}

/** Unlocks this tab (and its reloads) with a session just derived. */
const unlockTrainer = ({ session, keyBytes }: Awaited<ReturnType<typeof trainerSession>>) => {
  unlock(session);
  keepSession(KEPT_SESSION, session, keyBytes);
};

/** Signer of bundles exported on a device set up for its trainer (practice mode: no organisation). */
const deviceSigner = (device: DeviceTrainerRecord) => ({ id: `device:${device.createdAt}`, name: device.name });

/** Where this device's trainer records live (the scorecards storage, loaded with the gate). */
export interface TrainerAccessStore {
  getDeviceTrainer(): Promise<DeviceTrainerRecord | null>;
  setDeviceTrainer(record: DeviceTrainerRecord): Promise<void>;
  /** The passcode set by the first visitor in earlier versions: still unlocks, until the device is set up. */
  getPasscode(): Promise<PasscodeRecord | null>;
}

interface Props {
  loadStore: () => Promise<TrainerAccessStore>;
  children: ReactNode;
  /** PBKDF2 iterations for new hashes (tests pass fewer). */
  iterations?: number;
}

type Local = { status: 'loading' } | { status: 'error' } | { status: 'ready'; device: DeviceTrainerRecord | null; legacy: PasscodeRecord | null };

/**
 * The trainer tools (scorecards, studio) open for a trainer only: with the organisation's deployed
 * passcode, or on a device a trainer set up explicitly (with a recovery code). Never for whoever opens
 * them first. Unlocked until the tab is closed (a reload keeps it: kept-session.ts); the unlocked trainer is the reviewer of overrides.
 */
export function TrainerGate({ loadStore, children, iterations = PBKDF2_ITERATIONS }: Props) {
  const { t } = useTranslation();
  const org = useOrg();
  const trainer = useTrainerSession((s) => s.trainer);
  const restoring = useTrainerSession((s) => s.restoring);
  const [local, setLocal] = useState<Local>({ status: 'loading' });
  const [version, setVersion] = useState(0);
  const orgPasscode = org.status === 'ready' ? org.config.trainerPasscode : undefined;

  useEffect(() => {
    if (trainer || orgPasscode) return;
    let live = true;
    loadStore()
      .then(async (store) => {
        const [device, legacy] = await Promise.all([store.getDeviceTrainer(), store.getPasscode()]);
        if (live) setLocal({ status: 'ready', device, legacy });
      })
      .catch(() => live && setLocal({ status: 'error' }));
    return () => {
      live = false;
    };
  }, [trainer, orgPasscode, loadStore, version]);

  if (trainer) return <>{children}</>;
  if (restoring || org.status === 'loading') return <Loading label={t('common.loading')} />;
  const problems = org.status === 'invalid' && (
    <Notice tone="error" title={t('org.access.configInvalid')}>
      <ul>
        {org.problems.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
    </Notice>
  );
  if (orgPasscode) {
    return (
      <UnlockForm
        title={t('org.access.orgTitle', { organisation: org.status === 'ready' ? org.config.organisation.name : '' })}
        intro={t('org.access.orgIntro')}
        askName
        check={(code) => checkPasscode(code, orgPasscode)}
        onUnlocked={async (name, code) => {
          const organisation = org.status === 'ready' ? org.config.organisation : { id: 'unknown', name: '' };
          unlockTrainer(await trainerSession(name, 'organisation', code, organisation, iterations));
        }}
      />
    );
  }
  if (local.status === 'loading') return <Loading label={t('common.loading')} />;
  if (local.status === 'error') return <Notice tone="error" title={t('access.storageFailed')} />;
  const { device, legacy } = local;
  if (device) {
    return (
      <>
        {problems}
        <DeviceUnlock device={device} loadStore={loadStore} iterations={iterations} />
      </>
    );
  }
  if (legacy) {
    return (
      <>
        {problems}
        <UnlockForm
          title={t('access.unlockTitle')}
          intro={t('access.unlockIntro')}
          askName
          check={(code) => checkPasscode(code, legacy)}
          onUnlocked={async (name, code) => unlockTrainer(await trainerSession(name, 'device', code, { id: 'device:legacy', name }, iterations))}
        />
      </>
    );
  }
  return (
    <>
      {problems}
      <DeviceSetUp loadStore={loadStore} iterations={iterations} onDone={() => setVersion((v) => v + 1)} />
    </>
  );
}

/** Name (for the organisation's shared passcode) and passcode. */
function UnlockForm({ title, intro, askName, check, onUnlocked, children }: { title: string; intro: string; askName: boolean; check: (code: string) => Promise<boolean>; onUnlocked: (name: string, code: string) => Promise<void>; children?: ReactNode }) {
  const { t } = useTranslation();
  const id = useId();
  const [name, setName] = useState('');
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    if (askName && name.trim() === '') return setError(t('org.access.needName'));
    setError(null);
    setBusy(true);
    const ok = await check(code);
    if (!ok) {
      setBusy(false);
      setCode('');
      return setError(t('access.wrong'));
    }
    await onUnlocked(name.trim(), code);
  };
  return (
    <div className="page narrow card access-gate">
      <h1>{title}</h1>
      <p>{intro}</p>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit().catch(() => {
            setBusy(false);
            setError(t('access.storageFailed'));
          });
        }}
      >
        {askName && (
          <div className="field">
            <label htmlFor={`${id}-name`}>{t('org.access.name')}</label>
            <input id={`${id}-name`} autoComplete="name" value={name} maxLength={200} onChange={(e) => setName(e.target.value)} />
          </div>
        )}
        <div className="field">
          <label htmlFor={`${id}-code`}>{t('access.passcode')}</label>
          <input id={`${id}-code`} type="password" autoComplete="current-password" value={code} onChange={(e) => setCode(e.target.value)} />
        </div>
        <ErrorText className="field-error">{error}</ErrorText>
        <button type="submit" className="button primary" disabled={busy}>
          {t('access.unlock')}
        </button>
      </form>
      {children}
      <div className="meta">
        <p>{t('access.protects')}</p>
        <p>{t('access.doesNotProtect')}</p>
      </div>
    </div>
  );
}

/** A device set up for its trainer: the passcode, or the recovery code to choose a new one. */
function DeviceUnlock({ device, loadStore, iterations }: { device: DeviceTrainerRecord; loadStore: Props['loadStore']; iterations: number }) {
  const { t } = useTranslation();
  const [recovering, setRecovering] = useState(false);
  const [recovered, setRecovered] = useState<{ code: string; session: Awaited<ReturnType<typeof trainerSession>> } | null>(null);
  if (recovered) return <RecoveryCodePanel code={recovered.code} onDone={() => unlockTrainer(recovered.session)} />;
  if (recovering) {
    return (
      <PasscodeForm
        title={t('org.access.recoverTitle')}
        intro={t('org.access.recoverIntro')}
        recovery
        onCancel={() => setRecovering(false)}
        submit={async ({ code, recoveryCode }) => {
          const result = await recoverDevice(device, recoveryCode, code, iterations);
          if (!result) return t('org.access.wrongRecovery');
          await (await loadStore()).setDeviceTrainer(result.record);
          setRecovered({ code: result.recoveryCode, session: await trainerSession(device.name, 'device', code, deviceSigner(result.record), iterations) });
          return null;
        }}
      />
    );
  }
  return (
    <UnlockForm title={t('org.access.deviceTitle', { name: device.name })} intro={t('org.access.deviceIntro', { name: device.name })} askName={false} check={(code) => checkPasscode(code, device.passcode)} onUnlocked={async (_name, code) => unlockTrainer(await trainerSession(device.name, 'device', code, deviceSigner(device), iterations))}>
      <p>
        <button type="button" className="button link" onClick={() => setRecovering(true)}>
          {t('org.access.forgot')}
        </button>
      </p>
    </UnlockForm>
  );
}

/** No organisation passcode and no trainer here yet: locked, with the explicit set-up step. */
function DeviceSetUp({ loadStore, iterations, onDone }: { loadStore: Props['loadStore']; iterations: number; onDone: () => void }) {
  const { t } = useTranslation();
  const [step, setStep] = useState<'locked' | 'form' | { code: string; session: Awaited<ReturnType<typeof trainerSession>> }>('locked');
  if (typeof step === 'object') {
    return (
      <RecoveryCodePanel
        code={step.code}
        onDone={() => {
          unlockTrainer(step.session);
          onDone();
        }}
      />
    );
  }
  if (step === 'form') {
    return (
      <PasscodeForm
        title={t('org.access.setUpTitle')}
        intro={t('org.access.setUpIntro')}
        askName
        confirm={t('org.access.setUpConfirm')}
        onCancel={() => setStep('locked')}
        submit={async ({ name, code }) => {
          const { record, recoveryCode } = await setUpDevice(name, code, new Date(), iterations);
          await (await loadStore()).setDeviceTrainer(record);
          setStep({ code: recoveryCode, session: await trainerSession(record.name, 'device', code, deviceSigner(record), iterations) });
          return null;
        }}
      />
    );
  }
  return (
    <div className="page narrow card access-gate">
      <h1>{t('org.access.lockedTitle')}</h1>
      <p>{t('org.access.lockedIntro')}</p>
      <p>{t('org.access.lockedOrganisation')}</p>
      <button type="button" className="button" onClick={() => setStep('form')}>
        {t('org.access.setUp')}
      </button>
      <p>
        <a href="#/">{t('common.backToLibrary')}</a>
      </p>
    </div>
  );
}
