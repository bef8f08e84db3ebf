import { useTranslation } from 'react-i18next';
import { exitLmsSession, useLmsSession } from '../lms/lms-session.ts';

/** Header action while a cmi5 launch runs: back to the course (or end the session when the LMS gave no returnURL). */
export function LmsExitButton() {
  const { t } = useTranslation();
  const session = useLmsSession((s) => s.session);
  const step = useLmsSession((s) => s.exit.step);
  if (!session?.exit || step !== 'idle') return null;
  return (
    <button type="button" className="button small" onClick={exitLmsSession}>
      {session.returnUrl ? t('lms.exit.return') : t('lms.exit.end')}
    </button>
  );
}
