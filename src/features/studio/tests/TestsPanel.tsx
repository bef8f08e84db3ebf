import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TestFailure } from '../../../domain/scenario-tests/run-scenario-tests.ts';
import type { ScenarioTest } from '../../../domain/scenario-tests/scenario-tests.schema.ts';
import type { TestRow } from '../use-draft.ts';
import { ErrorText } from '../../../components/ErrorText.tsx';
import { reactionName, stateName } from '../graph/state-name.ts';

interface Props {
  rows: readonly TestRow[];
  /** Whether the draft passes the schema (tests need a scenario to play). */
  runnable: boolean;
  onDelete: ((index: number) => void) | null;
  /** Replaces a test's expectation (null when read-only). */
  onExpect: ((index: number, expect: ScenarioTest['expect']) => void) | null;
  /** Downloads the tests as a test plan file for `npx defuse test`. */
  onExport: () => void;
}

const OUTCOMES = ['resolved', 'escalated', 'walked_out', 'incomplete'] as const;
type Expectation = ScenarioTest['expect'];

/** Every saved transcript of the scenario, re-run on each edit: which pass and which broke, and why. */
export function TestsPanel({ rows, runnable, onDelete, onExpect, onExport }: Props) {
  const { t } = useTranslation();
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
          <TestItem key={row.index} row={row} onDelete={onDelete} onExpect={onExpect} />
        ))}
      </ul>
    </div>
  );
}

function TestItem({ row, onDelete, onExpect }: { row: TestRow; onDelete: Props['onDelete']; onExpect: Props['onExpect'] }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const result = row.result;
  const failing = result !== null && !result.passed;
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
  const expectation = row.test?.expect;
  const locale = row.test?.locale ?? 'en';
  return (
    <li className={result ? (result.passed ? 'pass' : 'fail') : 'idle'}>
      <span className="studio-test-badge">{row.test === null ? t('studio.tests.invalid') : result ? (result.passed ? t('studio.tests.pass') : t('studio.tests.fail')) : '–'}</span>
      <span className="studio-test-name">{row.name}</span>
      {result && expectation && (
        <table className="studio-test-compare">
          <caption className="visually-hidden">{t('authoring.tests.compare', { name: row.name })}</caption>
          <thead>
            <tr>
              <td />
              <th scope="col">{t('authoring.tests.expected')}</th>
              <th scope="col">{t('authoring.tests.actual')}</th>
            </tr>
          </thead>
          <tbody>
            <tr className={result.outcome === expectation.outcome ? '' : 'differs'}>
              <th scope="row">{t('authoring.tests.outcome')}</th>
              <td>{t(`studio.outcomes.${expectation.outcome}`)}</td>
              <td>{t(`studio.outcomes.${result.outcome}`)}</td>
            </tr>
            <tr className={result.failures.some((f) => f.kind === 'score') ? 'differs' : ''}>
              <th scope="row">{t('authoring.tests.score')}</th>
              <td>{expectation.score ? `${expectation.score.min}–${expectation.score.max}` : t('authoring.tests.anyScore')}</td>
              <td>{result.score}</td>
            </tr>
          </tbody>
        </table>
      )}
      {result && result.unplayed > 0 && <p className="hint">{t('studio.tests.failure.unplayed', { count: result.unplayed })}</p>}
      {failing && (
        <ul className="studio-test-failures">
          {result.failures.map((f, i) => (
            <li key={i}>{failure(f)}</li>
          ))}
        </ul>
      )}
      {result && result.transcript.length > 0 && (
        <details className="studio-test-transcript" open={failing}>
          <summary>{t('authoring.tests.transcript', { count: result.transcript.length })}</summary>
          <ol>
            {result.transcript.map((turn, i) => (
              <li key={i}>
                <p className="studio-debug-reply">{turn.reply}</p>
                <p className="hint">
                  {t('authoring.tests.turnLine', {
                    // Moves and the reaction by name in the UI language, as the debugger names them.
                    moves: turn.moves.length ? turn.moves.map((m) => t(`drill.moves.${m}` as 'drill.moves.apologize')).join(t('authoring.tests.movesSeparator')) : '—',
                    reaction: turn.reaction ? reactionName(turn.reaction, t) : '—',
                    before: stateName(turn.stateBefore, t),
                    after: stateName(turn.stateAfter, t),
                    from: turn.hostilityBefore,
                    to: turn.hostility,
                  })}
                </p>
                <p>{turn.customer.map((c) => c[locale]).join(' ')}</p>
              </li>
            ))}
          </ol>
        </details>
      )}
      {onExpect && row.test && expectation && !editing && (
        <span className="studio-test-actions">
          <button type="button" className="button small link" onClick={() => setEditing(true)} aria-label={t('authoring.tests.editNamed', { name: row.name })}>
            {t('authoring.tests.edit')}
          </button>
          {failing && result.failures.every((f) => f.kind !== 'error') && (
            <button
              type="button"
              className="button small link"
              onClick={() => onExpect(row.index, { outcome: result.outcome, score: { min: Math.max(0, result.score - 10), max: Math.min(100, result.score + 10) } })}
              aria-label={t('authoring.tests.acceptNamed', { name: row.name })}
            >
              {t('authoring.tests.accept')}
            </button>
          )}
        </span>
      )}
      {onExpect && expectation && editing && (
        <ExpectForm
          name={row.name}
          initial={expectation}
          onSave={(next) => {
            onExpect(row.index, next);
            setEditing(false);
          }}
          onCancel={() => setEditing(false)}
        />
      )}
      {onDelete && (
        <button type="button" className="button small link" onClick={() => onDelete(row.index)} aria-label={t('studio.tests.deleteNamed', { name: row.name })}>
          {t('studio.tests.delete')}
        </button>
      )}
    </li>
  );
}

/** Edits what a test expects: the outcome and, optionally, a score range (whole numbers 0–100, min ≤ max). */
function ExpectForm({ name, initial, onSave, onCancel }: { name: string; initial: Expectation; onSave: (e: Expectation) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<Expectation['outcome']>(initial.outcome);
  const [min, setMin] = useState(initial.score ? String(initial.score.min) : '');
  const [max, setMax] = useState(initial.score ? String(initial.score.max) : '');
  const [error, setError] = useState<string | null>(null);
  const submit = () => {
    if (min.trim() === '' && max.trim() === '') return onSave({ outcome });
    const lo = Number(min);
    const hi = Number(max);
    const valid = (n: number) => Number.isInteger(n) && n >= 0 && n <= 100;
    if (!valid(lo) || !valid(hi) || min.trim() === '' || max.trim() === '') return setError(t('authoring.tests.rangeInvalid'));
    if (lo > hi) return setError(t('authoring.tests.rangeOrder'));
    onSave({ outcome, score: { min: lo, max: hi } });
  };
  return (
    <form
      className="studio-expect-form"
      aria-label={t('authoring.tests.editNamed', { name })}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <label>
        {t('authoring.tests.outcome')}
        <select value={outcome} onChange={(e) => setOutcome(e.target.value as Expectation['outcome'])}>
          {OUTCOMES.map((o) => (
            <option key={o} value={o}>
              {t(`studio.outcomes.${o}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('authoring.tests.min')}
        <input type="number" inputMode="numeric" min={0} max={100} step={1} value={min} onChange={(e) => (setMin(e.target.value), setError(null))} aria-invalid={error !== null} />
      </label>
      <label>
        {t('authoring.tests.max')}
        <input type="number" inputMode="numeric" min={0} max={100} step={1} value={max} onChange={(e) => (setMax(e.target.value), setError(null))} aria-invalid={error !== null} />
      </label>
      <p className="hint">{t('authoring.tests.rangeHint')}</p>
      <ErrorText>{error}</ErrorText>
      <button type="submit" className="button small primary">
        {t('authoring.tests.save')}
      </button>
      <button type="button" className="button small" onClick={onCancel}>
        {t('common.cancel')}
      </button>
    </form>
  );
}
