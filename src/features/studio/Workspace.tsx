// One open scenario: the JSON editor with live diagnostics, then tests, preview, graph and translations.
import { useCallback, useEffect, useMemo, useRef, useState, type ComponentType, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScenarioTest } from '../../domain/scenario-tests/scenario-tests.schema.ts';
import type { StudioScenarioRecord } from '../../storage/studio-records.ts';
import type { LocatedIssue } from './check-draft.ts';
import { DiagnosticsList, useProblemText } from './editor/DiagnosticsList.tsx';
import type { Problem } from './editor/diagnose.ts';
import { JsonEditor, type EditorApi } from './editor/JsonEditor.tsx';
import { appendAt, type Edit } from './editor/edit-doc.ts';
import { locatePath } from './editor/json-positions.ts';
import { GraphView } from './graph/GraphView.tsx';
import { GraphEdit } from './graph/GraphEdit.tsx';
import { StoryForm } from './story/StoryForm.tsx';
import { StatesForm } from './story/StatesForm.tsx';
import { WantsForm } from './story/WantsForm.tsx';
import { ReactionsForm } from './story/ReactionsForm.tsx';
import { GuidedEditor } from './guided/GuidedEditor.tsx';
import { PreviewPanel } from './preview/PreviewPanel.tsx';
import type { PreviewViewProps } from './preview/preview.types.ts';
import { TestsPanel } from './tests/TestsPanel.tsx';
import { TranslationsView } from './translations/TranslationsView.tsx';
import { downloadText } from '../../components/download-text.ts';
import { useDraft, type Draft } from './use-draft.ts';

const NONE: readonly Problem[] = [];

type Tab = 'tests' | 'preview' | 'graph' | 'story' | 'wants' | 'states' | 'reactions' | 'guided' | 'translations';
const TABS: Tab[] = ['tests', 'preview', 'graph', 'story', 'wants', 'states', 'reactions', 'guided', 'translations'];

interface Props {
  docKey: string;
  title: string;
  initialText: string;
  /** The trainer's record; null for a shipped (read-only) scenario. */
  record: StudioScenarioRecord | null;
  rawTests: readonly unknown[];
  schema: Record<string, unknown>;
  View: ComponentType<PreviewViewProps>;
  save: (r: StudioScenarioRecord) => Promise<boolean>;
  /**
   * Why this scenario may not be published under an id (a shipped one, another published own one, one of
   * the organisation's pack scenarios), as the sentence to show; null when the id is free.
   */
  clashOf: (id: string) => string | null;
  /**
   * Header actions (duplicate, rename, export, delete), rendered by the page. `update` writes the open
   * record the way the editor does (on its newest write), so a rename and an autosave cannot undo each other.
   */
  actions: (text: string, update: Draft['update']) => ReactNode;
  /**
   * Bumped each time the trainer picks this scenario in the library: the heading is brought into view and
   * focused (on a phone the workspace sits below the whole list, so a tap showed no change). 0: never picked.
   */
  pickedAt?: number;
}

export function Workspace({ docKey, title, initialText, record, rawTests, schema, View, save, clashOf, actions, pickedAt = 0 }: Props) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (pickedAt === 0) return;
    heading.current?.focus({ preventScroll: true });
    heading.current?.scrollIntoView?.({ block: 'start' });
  }, [pickedAt]);
  const draft = useDraft(initialText, record, rawTests, save);
  const [tab, setTab] = useState<Tab>('tests');
  // A tab picked by the trainee brings its panel into view: on a desktop the tabs sit under the editor, and a click
  // changed only what was below the fold. Smooth unless the trainee asked for reduced motion. 0: none picked yet.
  const tabs = useRef<HTMLDivElement>(null);
  const [pickedTab, setPickedTab] = useState(0);
  useEffect(() => {
    if (pickedTab === 0) return;
    const still = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    tabs.current?.scrollIntoView?.({ block: 'start', behavior: still ? 'auto' : 'smooth' });
  }, [pickedTab]);
  const [jump, setJump] = useState<{ from: number; to: number; seq: number } | null>(null);
  const [replace, setReplace] = useState<{ text: string; seq: number } | null>(null);
  const editor = useRef<EditorApi | null>(null);
  /** Every change from outside the editor goes through it, so it is one step in its undo history. */
  const edit = (make: (text: string) => Edit[]) => editor.current?.apply(make(draft.text));
  const jumpTo = useCallback((range: { from: number; to: number }) => setJump((j) => ({ ...range, seq: (j?.seq ?? 0) + 1 })), []);
  const { current, check } = draft;
  // Worked out with the verdict (in the worker): the page only words them.
  const problems = current ? check.problems : NONE;
  const say = useProblemText();
  const diagnostics = useMemo(() => problems.map((p) => ({ from: p.issue.from, to: p.issue.to, message: say(p) })), [problems]); // eslint-disable-line react-hooks/exhaustive-deps
  const readOnly = record === null;
  // The forms' tabs are named with the forms (authoring.*), the others under studio.tabs.
  const tabName = (id: Tab) => {
    if (id === 'guided' || id === 'story' || id === 'wants' || id === 'states' || id === 'reactions') return t(`authoring.${id}.tab`);
    return t(`studio.tabs.${id}`);
  };
  // The story form writes one field at a time, so a new customer line is briefly in one language of three
  // and the document does not parse: the form keeps showing the last scenario that did (Problems says what
  // is missing) instead of vanishing under the author's hands.
  // (The verdict is kept, not its scenario: the scenario is read only when the story tab shows it.)
  const [lastParsed, setLastParsed] = useState(check);
  if (check.hasScenario && check !== lastParsed) setLastParsed(check);
  /** The scenario the forms show (read only when a form tab is open). */
  const formScenario = () => (check.hasScenario ? check.scenario : lastParsed.scenario);
  const clash = check.scenarioId !== null ? clashOf(check.scenarioId) : null;

  const saveTest = async (test: ScenarioTest) => {
    await draft.update((r) => ({ draft: draft.text, tests: [...r.tests, test] }));
  };
  const setExpectation = (index: number, expect: ScenarioTest['expect']) => {
    void draft.update((r) => ({ draft: draft.text, tests: r.tests.map((x, i) => (i === index && x && typeof x === 'object' ? { ...(x as object), expect } : x)) }));
  };
  const failingTests = draft.tests.filter((r) => r.result && !r.result.passed).length;
  const passingTests = draft.tests.filter((r) => r.result?.passed).length;
  // Publishing is a step of its own: the problems and the test results first, then an explicit confirm.
  const [confirming, setConfirming] = useState(false);
  const publish = () => {
    setConfirming(false);
    void draft.publish();
  };
  const deleteTest = (index: number) => {
    void draft.update((r) => ({ draft: draft.text, tests: r.tests.filter((_, i) => i !== index) }));
  };

  const exportTests = () => {
    const id = draft.check.scenarioId ?? title;
    const plan = { testPlanVersion: 1, scenario: id, tests: draft.tests.flatMap((r) => (r.test ? [r.test] : [])) };
    downloadText(`${id}.tests.json`, `${JSON.stringify(plan, null, 2)}\n`);
  };

  const status = readOnly
    ? t('studio.status.readOnlyHint')
    : draft.saving
      ? t('studio.status.saving')
      : record.published === null
        ? t('studio.status.draftOnly')
        : record.published === draft.text
          ? t('studio.status.published')
          : t('studio.status.changed');

  return (
    <section className="studio-workspace" aria-labelledby="studio-doc-title">
      <header className="studio-doc-header">
        <h2 id="studio-doc-title" ref={heading} tabIndex={-1}>
          {title}
        </h2>
        <p className="studio-status" role="status">
          {status}
        </p>
        {/* Always present so screen readers hear it start; the checks run off the main thread. */}
        <p className="studio-checking hint" aria-live="polite">
          {draft.current ? '' : t('studio.status.checking')}
        </p>
        <div className="studio-doc-actions">
          {!readOnly && (
            <button type="button" className="button primary" disabled={!draft.canPublish || clash !== null} onClick={() => setConfirming(true)}>
              {t('studio.actions.publish')}
            </button>
          )}
          {!readOnly && (
            <>
              <button type="button" className="button" onClick={() => editor.current?.undo()} aria-keyshortcuts="Control+Z">
                {t('authoring.edit.undo')}
              </button>
              <button type="button" className="button" onClick={() => editor.current?.redo()} aria-keyshortcuts="Control+Shift+Z">
                {t('authoring.edit.redo')}
              </button>
            </>
          )}
          {actions(draft.text, draft.update)}
        </div>
        {confirming && draft.canPublish && clash === null && (
          <div className={`studio-confirm${failingTests > 0 ? ' failing' : ''}`} role="alertdialog" aria-labelledby="studio-confirm-title" aria-describedby="studio-confirm-text">
            <h3 id="studio-confirm-title">{t('studio.publish.reviewTitle')}</h3>
            <ul id="studio-confirm-text">
              <li>{problems.length === 0 ? t('studio.publish.noProblems') : t('authoring.diagnose.jump', { count: problems.length })}</li>
              <li>{draft.tests.length === 0 ? t('studio.publish.noTests') : t('studio.publish.tests', { passed: passingTests, total: draft.tests.length })}</li>
              {failingTests > 0 && <li className="error-text">{t('authoring.tests.publishWarning', { count: failingTests })}</li>}
            </ul>
            {failingTests > 0 ? (
              <>
                <button type="button" className="button danger" onClick={publish} autoFocus>
                  {t('authoring.tests.publishAnyway')}
                </button>
                <button type="button" className="button" onClick={() => (setConfirming(false), setTab('tests'))}>
                  {t('authoring.tests.showFailing')}
                </button>
              </>
            ) : (
              <button type="button" className="button primary" onClick={publish} autoFocus>
                {t('studio.publish.confirm')}
              </button>
            )}
            <button type="button" className="button link" onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </button>
          </div>
        )}
        {problems.length > 0 && (
          <button type="button" className="button small link studio-problems-link" onClick={() => document.getElementById('studio-diagnostics-title')?.scrollIntoView({ block: 'start' })}>
            {t('authoring.diagnose.jump', { count: problems.length })}
          </button>
        )}
        {!readOnly && draft.current && !draft.check.valid && <p className="hint">{t('studio.status.publishBlocked')}</p>}
        {!readOnly && clash !== null && <p className="error-text">{clash}</p>}
      </header>
      <div className="studio-edit">
        <div>
          <JsonEditor
            docKey={docKey}
            initialText={initialText}
            readOnly={readOnly}
            label={t('studio.editor.label', { name: title })}
            keysHintId="studio-editor-keys"
            schema={schema}
            diagnostics={diagnostics}
            jump={jump}
            replace={replace}
            onChange={draft.setText}
            apiRef={editor}
          />
          <p className="hint" id="studio-editor-keys">
            {t('studio.editor.keys')}
          </p>
        </div>
        <DiagnosticsList problems={problems} onJump={(i: LocatedIssue) => jumpTo(i)} />
      </div>
      <div className="studio-tabs" role="group" aria-label={t('studio.tabs.label')} ref={tabs}>
        {TABS.map((id) => (
          <button key={id} type="button" className="button small" aria-pressed={tab === id} onClick={() => (setTab(id), setPickedTab((n) => n + 1))}>
            {tabName(id)}
            {id === 'tests' && draft.tests.some((r) => r.result && !r.result.passed) ? ` (${t('studio.tests.failing')})` : ''}
          </button>
        ))}
      </div>
      <div className="studio-tab-panel">
        {tab === 'tests' && <TestsPanel rows={draft.tests} runnable={draft.check.hasScenario} onDelete={readOnly ? null : deleteTest} onExpect={readOnly ? null : setExpectation} onExport={exportTests} />}
        {tab === 'preview' && (
          <PreviewPanel
            scenario={draft.check.scenario}
            View={View}
            onSaveTest={readOnly ? null : saveTest}
            existingNames={draft.tests.map((r) => r.name)}
            onAddPhrase={readOnly ? null : (entry) => edit((text) => appendAt(text, ['lexicon', 'entries'], entry))}
          />
        )}
        {tab === 'graph' && (
          <GraphView
            scenario={draft.check.scenario}
            onJump={(path) => jumpTo(locatePath(draft.text, path))}
            {...(!readOnly && draft.check.scenario ? { editor: <GraphEdit scenario={draft.check.scenario} edit={edit} /> } : {})}
          />
        )}
        {tab === 'story' && <StoryForm scenario={formScenario()} readOnly={readOnly} edit={edit} />}
        {tab === 'wants' && <WantsForm scenario={formScenario()} readOnly={readOnly} edit={edit} />}
        {tab === 'states' && <StatesForm scenario={formScenario()} readOnly={readOnly} edit={edit} />}
        {tab === 'reactions' && <ReactionsForm scenario={formScenario()} readOnly={readOnly} edit={edit} />}
        {tab === 'guided' && <GuidedEditor scenario={draft.check.scenario} readOnly={readOnly} edit={edit} />}
        {tab === 'translations' && (
          <TranslationsView
            doc={draft.check.doc}
            text={draft.text}
            readOnly={readOnly}
            converted={record?.machineConverted ?? {}}
            onEdit={(text, converted) => {
              replaceText(text);
              void draft.update(() => ({ draft: text, machineConverted: converted }));
            }}
          />
        )}
      </div>
    </section>
  );

  function replaceText(text: string) {
    draft.setText(text);
    setReplace((r) => ({ text, seq: (r?.seq ?? 0) + 1 }));
  }
}
