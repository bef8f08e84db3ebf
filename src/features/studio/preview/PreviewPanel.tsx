// Preview: play the draft in the real drill view, from the start or any state, in any locale, with the
// engine's debug output beside it. A transcript played from the start can be saved as a scenario test.
import { playable } from '../../../domain/scenario/playable.ts';
import { useMemo, useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { createReader } from '../../../domain/reading/read-reply.ts';
import { createClassifier } from '../../../domain/reply/classify.ts';
import { usableLexicon } from '../../../domain/reply/lexicon/usable-entries.ts';
import type { Locale } from '../../../domain/reply/reply.types.ts';
import type { Scenario, SimState } from '../../../domain/scenario/scenario.types.ts';
import { initialSimState, isEndState, simulateTurnTraced } from '../../../domain/customer/simulate-turn.ts';
import type { TurnTrace } from '../../../domain/customer/turn-trace.ts';
import { scoreDrill } from '../../../domain/scoring/score-drill.ts';
import type { ScenarioTest } from '../../../domain/scenario-tests/scenario-tests.schema.ts';
import { DebugPanel } from './DebugPanel.tsx';
import { PhraseForm } from './PhraseForm.tsx';
import type { PhraseEntry } from '../../../domain/scenario/lexicon-phrase.ts';
import type { PreviewViewProps } from './preview.types.ts';
import { useStateLabel } from './use-state-label.ts';
import { languageOr } from '../../../i18n/languages.ts';

interface Props {
  scenario: Scenario | null;
  View: ComponentType<PreviewViewProps>;
  /** Null for read-only (shipped) scenarios: tests cannot be saved there. */
  onSaveTest: ((test: ScenarioTest) => Promise<void>) | null;
  existingNames: readonly string[];
  /** Adds a checked phrase to the scenario's lexicon.entries (null when read-only). */
  onAddPhrase: ((entry: PhraseEntry) => void) | null;
}

const LOCALES: Locale[] = ['zh-Hant', 'zh-Hans', 'en'];

interface Run {
  scenario: Scenario;
  locale: Locale;
  from: string;
  sim: SimState;
  /** The engine's account of each turn, beside sim.turns. */
  traces: (TurnTrace | null)[];
}

export function PreviewPanel({ scenario, View, onSaveTest, existingNames, onAddPhrase }: Props) {
  const { t, i18n } = useTranslation();
  // The trainer plays in the language they work in; the others are one pick away.
  const [locale, setLocale] = useState<Locale>(() => languageOr(i18n.language));
  const [from, setFrom] = useState<string>('');
  const [run, setRun] = useState<Run | null>(null);
  const [testName, setTestName] = useState('');
  const [saved, setSaved] = useState<string | null>(null);
  const [teach, setTeach] = useState<string | null>(null);
  // The picker names states as the play meets them: "{name}" filled with the seed's name, as the debugger's turns are.
  const stateLabel = useStateLabel(scenario ? playable(scenario, { difficulty: 'standard', seed: 1 }) : null);
  // Entries that fail the pattern checks (Problems names them) are left out, so the preview still runs.
  const read = useMemo(() => (run ? createReader(run.scenario, createClassifier(usableLexicon(run.scenario.lexicon))) : null), [run?.scenario]); // eslint-disable-line react-hooks/exhaustive-deps

  if (!scenario) return <p className="studio-empty">{t('studio.preview.needsSchema')}</p>;
  const states = Object.keys(scenario.states);
  const start = () => {
    const first = from && states.includes(from) ? from : scenario.initial;
    // The play a saved test replays (seed 1, standard): the seed's name and details, no "{placeholders}".
    const played = playable(scenario, { difficulty: 'standard', seed: 1 });
    setRun({ scenario: played, locale, from: first, sim: { ...initialSimState(played, 1), state: first }, traces: [] });
    setSaved(null);
  };
  const reply = (text: string) => {
    if (!run || !read || isEndState(run.sim.state)) return;
    const analysis = read(text, { locale: run.locale });
    const next = simulateTurnTraced(run.scenario, run.sim, text, analysis);
    setRun({ ...run, sim: next.sim, traces: [...run.traces, next.trace] });
  };
  const outcome = run && isEndState(run.sim.state) ? run.sim.state : 'incomplete';
  const fromStart = run !== null && run.from === run.scenario.initial;
  const nameTaken = existingNames.includes(testName.trim());

  const saveTest = async () => {
    if (!run || !onSaveTest || !testName.trim() || nameTaken) return;
    const card = scoreDrill(run.scenario, { sim: run.sim, outcome, locale: run.locale });
    await onSaveTest({
      name: testName.trim(),
      locale: run.locale,
      seed: 1,
      replies: run.sim.turns.map((turn) => turn.reply),
      expect: { outcome, score: { min: Math.max(0, card.score - 10), max: Math.min(100, card.score + 10) } },
    });
    setSaved(testName.trim());
    setTestName('');
  };

  return (
    <div className="studio-preview">
      <form
        className="studio-preview-controls"
        onSubmit={(e) => {
          e.preventDefault();
          start();
        }}
      >
        <label>
          {t('studio.preview.locale')}
          <select value={locale} onChange={(e) => setLocale(e.target.value as Locale)}>
            {LOCALES.map((l) => (
              <option key={l} value={l}>
                {t(`common.languageNames.${l}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('studio.preview.from')}
          <select value={from} onChange={(e) => setFrom(e.target.value)}>
            <option value="">{t('studio.preview.fromStart', { state: stateLabel(scenario.initial) })}</option>
            {/* The first state is "the start" above, listed once. */}
            {states.filter((s) => s !== scenario.initial).map((s) => (
              <option key={s} value={s}>
                {stateLabel(s)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="button primary">
          {run ? t('studio.preview.restart') : t('studio.preview.start')}
        </button>
      </form>
      {run && (
        <>
          {outcome !== 'incomplete' && <p className="studio-preview-ended" role="status">{t(`drill.ended.${outcome}`)}</p>}
          <div className="studio-preview-body">
            <div className="studio-preview-view">
              <View scenario={run.scenario} sim={run.sim} locale={run.locale} onReply={reply} />
            </div>
            <div>
              <DebugPanel scenario={run.scenario} sim={run.sim} locale={run.locale} traces={run.traces} onAddPhrase={onAddPhrase ? (_move, text) => setTeach(text) : null} />
              {teach !== null && onAddPhrase && <PhraseForm key={teach} scenario={scenario} reply={teach} onAdd={onAddPhrase} onClose={() => setTeach(null)} />}
            </div>
          </div>
          {onSaveTest && (
            <form
              className="studio-save-test"
              onSubmit={(e) => {
                e.preventDefault();
                void saveTest();
              }}
            >
              <h3>{t('studio.tests.saveTitle')}</h3>
              {!fromStart ? (
                <p className="hint">{t('studio.tests.onlyFromStart')}</p>
              ) : (
                <>
                  <p className="hint">{t('studio.tests.saveHint', { outcome: t(`studio.outcomes.${outcome}`) })}</p>
                  <label>
                    {t('studio.tests.name')}
                    <input value={testName} maxLength={200} onChange={(e) => setTestName(e.target.value)} aria-invalid={nameTaken} />
                  </label>
                  {nameTaken && <p className="error-text">{t('studio.tests.nameTaken')}</p>}
                  <button type="submit" className="button" disabled={!testName.trim() || nameTaken || run.sim.turns.length === 0}>
                    {t('studio.tests.save')}
                  </button>
                </>
              )}
              {saved && <p role="status">{t('studio.tests.saved', { name: saved })}</p>}
            </form>
          )}
        </>
      )}
    </div>
  );
}
