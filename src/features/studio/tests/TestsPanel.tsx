import { useTranslation } from 'react-i18next';
import type { TestFailure } from '../../../domain/scenario-tests/run-scenario-tests.ts';
import type { TestRow } from '../use-draft.ts';

interface Props {
  rows: readonly TestRow[];
  /** Whether the draft passes the schema (tests need a scenario to play). */
  runnable: boolean;
  onDelete: ((index: number) => void) | null;
  /** Downloads the tests as a test plan file for `npx defuse test`. */
  onExport: () => void;
}

/** Every saved transcript of the scenario, re-run on each edit: which pass and which broke, and why. */
export function TestsPanel({ rows, runnable, onDelete, onExport }: Props) {
  const { t } = useTranslation();
  const failure = (f: TestFailure) => {
    switch (f.kind) {
      case 'outcome':
        return t('studio.tests.failure.outcome', { expected: t(`studio.outcomes.${f.expected}`), actual: t(`studio.outcomes.${f.actual}`) });
      case 'score':
        return t('studio.tests.failure.score', { min: f.min, max: f.max, actual: f.actual });
      case 'error':
        return t('studio.tests.failure.error', { message: f.message });
    }
  };
  if (rows.length === 0) return <p className="studio-empty">{t('studio.tests.none')}</p>;
  const failed = rows.filter((r) => r.result && !r.result.passed).length;
  const passed = rows.filter((r) => r.result?.passed).length;
  return (
    <div className="studio-tests">
      <p role="status">{runnable ? t('studio.tests.summary', { passed, failed }) : t('studio.tests.notRunnable')}</p>
      <button type="button" className="button small" onClick={onExport}>
        {t('studio.tests.export')}
      </button>
      <ul>
        {rows.map((row) => (
          <li key={row.index} className={row.result ? (row.result.passed ? 'pass' : 'fail') : 'idle'}>
            <span className="studio-test-badge">{row.test === null ? t('studio.tests.invalid') : row.result ? (row.result.passed ? t('studio.tests.pass') : t('studio.tests.fail')) : '–'}</span>
            <span className="studio-test-name">{row.name}</span>
            {row.result && (
              <span className="studio-test-detail">{t('studio.tests.got', { outcome: t(`studio.outcomes.${row.result.outcome}`), score: row.result.score })}</span>
            )}
            {row.result && row.result.unplayed > 0 && <span className="hint"> {t('studio.tests.failure.unplayed', { count: row.result.unplayed })}</span>}
            {row.result && !row.result.passed && (
              <ul className="studio-test-failures">
                {row.result.failures.map((f, i) => (
                  <li key={i}>{failure(f)}</li>
                ))}
              </ul>
            )}
            {onDelete && (
              <button type="button" className="button small link" onClick={() => onDelete(row.index)} aria-label={t('studio.tests.deleteNamed', { name: row.name })}>
                {t('studio.tests.delete')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
