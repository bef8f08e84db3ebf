import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { LocatedIssue } from '../check-draft.ts';
import type { Described, Problem } from './diagnose.ts';
import { stateName } from '../graph/state-name.ts';

interface Props {
  problems: readonly Problem[];
  onJump: (issue: LocatedIssue) => void;
}

/** The words of one problem in the author's language (the validator's English when there is no wording). */
export function problemText(p: Described, t: TFunction): string {
  if (!p.text) return p.issue.message;
  const { expected, ...params } = p.text.params;
  // A state the check names (unreachable, no way out) is shown by its name, as the graph and the forms show it.
  if (typeof params.state === 'string') params.state = stateName(params.state, t);
  return t(`authoring.diagnose.${p.text.key}` as 'authoring.diagnose.missing', { ...params, ...(expected !== undefined ? { expected: t(`authoring.diagnose.types.${expected}` as 'authoring.diagnose.types.string', { defaultValue: String(expected) }) } : {}) });
}

export function useProblemText(): (p: Described) => string {
  const { t } = useTranslation();
  return (p) => problemText(p, t);
}

/**
 * The validator's problems, one per root cause, each a button that moves the editor to its line and column;
 * what a root cause brings with it is folded under it. Text only, never HTML.
 */
export function DiagnosticsList({ problems, onJump }: Props) {
  const { t } = useTranslation();
  const say = useProblemText();
  const at = (p: Described) => t('authoring.diagnose.at', { line: p.line, column: p.column });
  return (
    <section className="studio-diagnostics" aria-labelledby="studio-diagnostics-title">
      <h3 id="studio-diagnostics-title">{t('studio.diagnostics.title')}</h3>
      <p role="status" className={problems.length ? 'error-text' : 'ok-text'}>
        {problems.length ? t('studio.diagnostics.count', { count: problems.length }) : t('studio.diagnostics.valid')}
      </p>
      {problems.length > 0 && (
        <ul>
          {problems.slice(0, 200).map((p, i) => (
            <li key={`${p.issue.path}-${i}`} data-check={p.issue.check}>
              <button type="button" className="studio-problem" onClick={() => onJump(p.issue)}>
                <span className="studio-problem-at">{at(p)}</span>
                <span className="studio-problem-text">{say(p)}</span>
              </button>
              {p.caused.length > 0 && (
                <details className="studio-problem-caused">
                  <summary>{t('authoring.diagnose.caused', { count: p.caused.length })}</summary>
                  <ul>
                    {p.caused.map((c, j) => (
                      <li key={j}>
                        <button type="button" className="studio-problem minor" onClick={() => onJump(c.issue)}>
                          <span className="studio-problem-at">{at(c)}</span>
                          <span className="studio-problem-text">{say(c)}</span>
                        </button>
                      </li>
                    ))}
                  </ul>
                </details>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
