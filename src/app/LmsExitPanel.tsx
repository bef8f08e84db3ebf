import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { exitLmsSession, type LmsExit } from '../lms/lms-session.ts';

/**
 * Replaces the page once the trainee leaves a cmi5 session: sending, could not send (try again or leave
 * anyway), or ended (the window can be closed, or a link back to the course). Loaded lazily, with its
 * strings, as soon as a cmi5 session starts (App), so it shows even when the network is gone.
 */
export function LmsExitPanel({ exit }: { exit: Exclude<LmsExit, { step: 'idle' }> }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  // The Exit button is gone: keyboard and screen-reader users continue from this heading.
  useEffect(() => heading.current?.focus(), [exit.step]);

  const returnUrl = exit.step === 'sending' ? undefined : exit.returnUrl;
  const title =
    exit.step === 'sending'
      ? t('lms.exitPanel.sending')
      : exit.step === 'ended'
        ? t('lms.exitPanel.endedTitle')
        : exit.error
          ? t('lms.exitPanel.failed', { error: exit.error })
          : t('lms.exitPanel.unsentTitle');
  return (
    <div className="page narrow card">
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      {exit.step === 'unsent' && !exit.error && <p>{t('lms.exitPanel.unsentBody', { count: exit.count })}</p>}
      {exit.step !== 'sending' && !returnUrl && <p>{t('lms.exitPanel.close')}</p>}
      {exit.step !== 'sending' && (
        <div className="actions">
          {exit.step === 'unsent' && (
            <button type="button" className="button primary" onClick={exitLmsSession}>
              {t('lms.exitPanel.retry')}
            </button>
          )}
          {returnUrl && (
            <a className={exit.step === 'unsent' ? 'button' : 'button primary'} href={returnUrl}>
              {exit.step === 'unsent' ? t('lms.exitPanel.leaveAnyway') : t('lms.exit.return')}
            </a>
          )}
        </div>
      )}
    </div>
  );
}
