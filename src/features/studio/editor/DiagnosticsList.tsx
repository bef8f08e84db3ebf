import { useTranslation } from 'react-i18next';
import type { LocatedIssue } from '../check-draft.ts';

interface Props {
  issues: readonly LocatedIssue[];
  onJump: (issue: LocatedIssue) => void;
}

/** The validator's problems, each a button that moves the editor to its position. Text only, never HTML. */
export function DiagnosticsList({ issues, onJump }: Props) {
  const { t } = useTranslation();
  return (
    <section className="studio-diagnostics" aria-labelledby="studio-diagnostics-title">
      <h3 id="studio-diagnostics-title">{t('studio.diagnostics.title')}</h3>
      <p role="status" className={issues.length ? 'error-text' : 'ok-text'}>
        {issues.length ? t('studio.diagnostics.count', { count: issues.length }) : t('studio.diagnostics.valid')}
      </p>
      {issues.length > 0 && (
        <ul>
          {issues.slice(0, 200).map((issue, i) => (
            <li key={`${issue.path}-${i}`}>
              <button type="button" className="button small link" onClick={() => onJump(issue)}>
                <code>{issue.path}</code> <span className="studio-check">[{issue.check}]</span> {issue.message}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
