import { useTranslation } from 'react-i18next';
import { Notice } from '../components/Notice.tsx';
import { GUARD_OPERATIONS, useStorageIssues } from '../storage/storage-errors.ts';

/**
 * Shows every storage failure to the trainee: what happened, what it means, what to do, and the cause summed up in
 * the UI language. The browser's own message (English, technical) is folded away for whoever supports them, and
 * logged to the console when reported. Loaded only once a failure is reported (StorageBanner.tsx), with the strings
 * it needs (`common.storage`, deferred from the first-visit bundle).
 */
export function StorageIssues() {
  const { t } = useTranslation();
  const issues = useStorageIssues((s) => s.issues);
  const dismiss = useStorageIssues((s) => s.dismiss);
  if (issues.length === 0) return null;
  return (
    <div className="storage-banner">
      {issues.map((issue) => (
        <Notice
          key={issue.id}
          tone="error"
          title={GUARD_OPERATIONS.includes(issue.operation) ? t(`guard.storage.${issue.operation as 'save-passcode'}`) : t(`common.storage.${issue.operation as 'save-progress'}`)}
          onDismiss={() => dismiss(issue.id)}
          dismissLabel={t('common.dismiss')}
        >
          <p>{t(`common.storage.kind.${issue.kind}`)}</p>
          <p className="detail">{t(`common.storage.cause.${issue.cause}`)}</p>
          <details className="detail">
            <summary>{t('common.storage.browserMessage')}</summary>
            <code>{issue.detail}</code>
          </details>
        </Notice>
      ))}
    </div>
  );
}
