import { useTranslation } from 'react-i18next';

/**
 * The trainee header's one way into the trainer and HR tools (scorecards, studio, record-store settings).
 * It only links to #/trainers; how those tools unlock is decided there (today's passcode gate).
 */
export function TrainerEntry() {
  const { t } = useTranslation();
  return (
    <a className="button small subtle trainer-entry" href="#/trainers">
      {t('practice.trainerEntry')}
    </a>
  );
}
