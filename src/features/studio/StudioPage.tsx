// The trainer studio (#/studio): library on the left, the open scenario on the right. Loaded lazily with
// CodeMirror and the graph, so trainees never download it.
import { useEffect, useMemo, useRef, useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBoundary } from '../../components/ErrorBoundary.tsx';
import { Notice } from '../../components/Notice.tsx';
import { scenarioJsonSchema } from '../../domain/scenario/scenario-json-schema.ts';
import type { StudioStorage } from '../../storage/studio-storage.ts';
import { BrokenRecord } from './library/BrokenRecord.tsx';
import { LibraryPanel } from './library/LibraryPanel.tsx';
import { copyNumber, copyRetitler, nameAsCopy, shippedTitle } from './library/copy-name.ts';
import { copyOfDraft, idOfDraft } from './library/new-record.ts';
import { displayName } from './library/display-name.ts';
import { readScenarioFile } from './library/read-scenario-file.ts';
import { DocActions } from './DocActions.tsx';
import { WizardForm } from './wizard/WizardForm.tsx';
import type { PreviewViewProps } from './preview/preview.types.ts';
import { useStudioLibrary, type Selection } from './use-studio-library.ts';
import { Workspace } from './Workspace.tsx';
import { createDraftChecker } from './check/create-checker.ts';
import type { DraftChecker } from './check/draft-checker.ts';
import { parseTestPlanText } from '../../domain/scenario-tests/parse-test-plan.ts';
import { checkPackText } from '../../domain/org/pack.schema.ts';
import './studio.css';

interface Props {
  storage: StudioStorage;
  /** The drill's conversation view, composed by the app. */
  PreviewView: ComponentType<PreviewViewProps>;
  /** The organisation's pack scenarios every trainee already sees (from the app's config): id → pack name. */
  packIds?: ReadonlyMap<string, string>;
}

const NO_PACKS: ReadonlyMap<string, string> = new Map();

interface ImportMessage {
  name: string;
  tone: 'error' | 'info';
  text: string;
}

export function StudioPage({ storage, PreviewView, packIds = NO_PACKS }: Props) {
  const { t, i18n } = useTranslation();
  const lib = useStudioLibrary(storage);
  const schema = useMemo(() => scenarioJsonSchema(), []);
  const [messages, setMessages] = useState<ImportMessage[]>([]);
  const [wizard, setWizard] = useState(false);
  /** Which scenario the trainer last picked in the library, and a count of picks: its workspace comes into view. */
  const [picked, setPicked] = useState<{ docKey: string; at: number }>({ docKey: '', at: 0 });
  const docKeyOf = (s: Selection) => (s === null ? '' : s.kind === 'own' ? s.key : `shipped:${s.id}`);
  /** The file being imported now (a big scenario takes a moment to check), or null. */
  const [importing, setImporting] = useState<{ name: string; at: number; total: number } | null>(null);

  // Ids trainees already see: the shipped scenarios and every published own scenario (except the one open).
  // The organisation's pack scenarios are taken too; they are named with their pack (packIds).
  const takenIds = (exceptKey: string | null) =>
    new Set([...lib.shipped.map((s) => s.id), ...lib.own.flatMap((r) => (r.key !== exceptKey && r.publishedId ? [r.publishedId] : []))]);
  /** Why a scenario with this id cannot be published here, or null: a pack's scenario is named with its pack. */
  const clashText = (id: string, exceptKey: string | null): string | null => {
    const pack = packIds.get(id);
    if (pack !== undefined) return t('studio.status.idInPack', { id, pack });
    return takenIds(exceptKey).has(id) ? t('studio.status.idTaken', { id }) : null;
  };

  // A second drop while files are being checked waits for the first batch (each lists its own results),
  // then runs with the library as it is by then (a test plan finds the scenario the first batch added).
  const importQueue = useRef(Promise.resolve());
  const latestBatch = useRef<(files: File[]) => Promise<void>>(async () => undefined);
  useEffect(() => {
    latestBatch.current = importBatch;
  });
  const importFiles = (files: File[]) => {
    importQueue.current = importQueue.current.catch(() => undefined).then(() => latestBatch.current(files));
  };

  const importBatch = async (files: File[]) => {
    const out: ImportMessage[] = [];
    const batch = files.slice(0, 20);
    // The same checker the editor uses (a worker): a 1 MB file is checked without freezing the tab. Files
    // are checked one after another, so none is dropped as stale.
    const checker = createDraftChecker();
    setMessages([]);
    try {
      for (const [at, file] of batch.entries()) {
        setImporting({ name: file.name.slice(0, 200), at: at + 1, total: batch.length });
        out.push(await importFile(file, checker));
        setMessages([...out]);
      }
    } finally {
      checker.dispose();
      setImporting(null);
    }
    setMessages(out);
  };

  const importFile = async (file: File, checker: DraftChecker): Promise<ImportMessage> => {
    const read = await readScenarioFile(file);
    if (!read.ok) return { name: read.name, tone: 'error', text: t(`studio.import.${read.reason}`) };
    if (read.kind === 'tests') return { name: read.name, ...(await addTests(read.text)) };
    if (read.kind === 'pack') return { name: read.name, ...(await addPack(read.text)) };
    // Checked before it is stored: the editor it opens in checks it again, and two checks of a big file at
    // once would share the machine. A check that fails still imports the draft (the editor shows why).
    const verdict = await checker.check(read.text, []).catch(() => null);
    const record = await lib.create(read.id ?? read.name.replace(/\.json$/i, ''), read.text);
    if (!record) return { name: read.name, tone: 'error', text: t('studio.import.storageFailed') };
    // Import makes a draft, never a published scenario: publishing is the explicit step that shows the
    // problems and the test results first.
    if (!verdict) return { name: read.name, tone: 'info', text: t('studio.import.draftUnchecked') };
    const id = verdict.valid ? verdict.scenarioId : null;
    const clash = id !== null ? clashText(id, record.key) : null;
    if (clash !== null) return { name: read.name, tone: 'error', text: `${t('studio.import.draftClash')} ${clash}` };
    if (id !== null) return { name: read.name, tone: 'info', text: t('studio.import.readyDraft') };
    return { name: read.name, tone: 'info', text: t('studio.import.draft', { count: verdict.problems.length }) };
  };

  /** A scenario pack (`defuse pack`): checked (format, hash), then each scenario becomes a draft of its own. */
  const addPack = async (text: string): Promise<Omit<ImportMessage, 'name'>> => {
    const checked = await checkPackText(text);
    if (!checked.ok) return { tone: 'error', text: t('studio.import.packInvalid', { detail: checked.problems[0] ?? '' }) };
    let count = 0;
    const clashes: string[] = [];
    for (const entry of checked.pack.scenarios) {
      const record = await lib.create(entry.id, `${JSON.stringify(entry.scenario, null, 2)}\n`);
      if (!record) continue;
      count += 1;
      const clash = clashText(entry.id, record.key);
      if (clash !== null) clashes.push(clash);
    }
    if (count !== checked.pack.scenarios.length) return { tone: 'error', text: t('studio.import.storageFailed') };
    const imported = t('studio.import.pack', { count });
    return clashes.length > 0 ? { tone: 'error', text: [imported, ...clashes].join(' ') } : { tone: 'info', text: imported };
  };

  /** A test plan joins the trainer's scenario with the same id; tests with names already there are skipped. */
  const addTests = async (text: string): Promise<Omit<ImportMessage, 'name'>> => {
    const parsed = parseTestPlanText(text);
    if (!parsed.ok) return { tone: 'error', text: t('studio.import.testsInvalid', { detail: `${parsed.issues[0]?.path}: ${parsed.issues[0]?.message}` }) };
    const idOf = (draft: string) => {
      try {
        return (JSON.parse(draft) as { id?: unknown }).id;
      } catch {
        return undefined;
      }
    };
    const target = lib.own.find((r) => idOf(r.draft) === parsed.plan.scenario);
    if (!target) return { tone: 'error', text: t('studio.import.testsNoScenario', { id: parsed.plan.scenario }) };
    const names = new Set(target.tests.map((x) => x.name));
    const added = parsed.plan.tests.filter((x) => !names.has(x.name));
    await lib.save({ ...target, tests: [...target.tests, ...added], updatedAt: new Date().toISOString() });
    lib.select({ kind: 'own', key: target.key });
    return { tone: 'info', text: t('studio.import.testsAdded', { count: added.length, name: target.name }) };
  };

  /** The wizard's draft becomes a new own scenario, its Simplified drafts marked machine-converted. */
  const createFromWizard = async (name: string, text: string, converted: Record<string, string>) => {
    const record = await lib.create(name, text);
    if (record) await lib.save({ ...record, machineConverted: converted });
    setWizard(false);
  };

  const sel = lib.selection;
  const ownRecord = sel?.kind === 'own' ? (lib.own.find((r) => r.key === sel.key) ?? null) : null;
  const ownName = ownRecord ? displayName(ownRecord, i18n.language) : '';
  // A copy's name is none the trainer's scenarios already have, as stored or as shown; its id none a draft, a published
  // scenario or a shipped one has.
  const ownNames = () => lib.own.flatMap((r) => [r.name, displayName(r, i18n.language)]);
  // A copy of a scenario titled `title`: its name, numbered past the trainer's own names, and its titles in every language,
  // each with that language's copy suffix (the studio has every language's strings).
  const copyOf = (title: string) => {
    const n = copyNumber(title, ownNames(), t);
    const name = nameAsCopy(title, n, t);
    return { name, retitle: copyRetitler(name, n, i18n.language, (language: string) => i18n.getFixedT(language)) };
  };
  const draftIds = () => new Set([...lib.shipped.map((s) => s.id), ...lib.own.flatMap((r) => [idOfDraft(r.draft), r.publishedId].filter((id): id is string => typeof id === 'string'))]);
  const shipped = sel?.kind === 'shipped' ? (lib.shipped.find((s) => s.id === sel.id) ?? null) : null;
  const shippedTests = useMemo((): unknown[] => {
    try {
      const list = shipped?.testsText ? (JSON.parse(shipped.testsText) as { tests?: unknown }).tests : [];
      return Array.isArray(list) ? list : [];
    } catch {
      return [];
    }
  }, [shipped]);

  return (
    <div className="page studio">
      <h1>{t('studio.title')}</h1>
      {lib.error && <Notice tone="error" title={t('studio.errors.storage')}><p className="detail">{lib.error}</p></Notice>}
      {lib.deleted && (
        <div className="studio-undo" role="status">
          {t('studio.library.deleted', { name: displayName(lib.deleted, i18n.language) })}{' '}
          <button type="button" className="button small" onClick={() => void lib.undoRemove()}>
            {t('studio.library.undo')}
          </button>
        </div>
      )}
      {importing && (
        <p className="studio-importing" role="status">
          {t('studio.import.checking', importing)}
        </p>
      )}
      {messages.length > 0 && (
        <ul className="studio-messages" aria-live="polite">
          {messages.map((m, i) => (
            <li key={i} className={m.tone}>
              <strong>{m.name}</strong>: {m.text}
            </li>
          ))}
        </ul>
      )}
      <div className="studio-layout">
        <LibraryPanel
          shipped={lib.shipped}
          own={lib.own}
          selection={sel}
          onSelect={(s) => {
            setWizard(false);
            lib.select(s);
            setPicked((p) => ({ docKey: docKeyOf(s), at: p.at + 1 }));
          }}
          onNew={() => setWizard(true)}
          onFiles={importFiles}
          onDelete={(key) => void lib.remove(key)}
        />
        {!lib.loaded ? (
          <p>{t('common.loading')}</p>
        ) : wizard ? (
          <WizardForm takenIds={new Set([...takenIds(null), ...packIds.keys(), ...lib.own.flatMap((r) => idOfDraft(r.draft) ?? [])])} onCreate={(n, text, c) => void createFromWizard(n, text, c)} onCancel={() => setWizard(false)} />
        ) : ownRecord ? (
          // A draft that breaks its screen is repaired or deleted here; saving it (a new updatedAt) tries again.
          <ErrorBoundary
            resetKey={`${ownRecord.key}|${ownRecord.updatedAt}`}
            fallback={(error) => (
              <BrokenRecord
                key={ownRecord.updatedAt}
                record={ownRecord}
                error={error}
                onSave={(draft) => void lib.save({ ...ownRecord, draft, updatedAt: new Date().toISOString() })}
                onDelete={() => void lib.remove(ownRecord.key)}
              />
            )}
          >
            <Workspace
              key={ownRecord.key}
              docKey={ownRecord.key}
              pickedAt={picked.docKey === ownRecord.key ? picked.at : 0}
              title={ownName}
              initialText={ownRecord.draft}
              record={ownRecord}
              rawTests={ownRecord.tests}
              schema={schema}
              View={PreviewView}
              save={lib.save}
              clashOf={(id) => clashText(id, ownRecord.key)}
              actions={(text, update) => (
                <DocActions
                  name={ownName}
                  text={text}
                  onRename={(name) => void update(() => ({ name, draft: text }))}
                  onDuplicate={() => {
                    const copy = copyOf(ownName);
                    void lib.create(copy.name, copyOfDraft(text, draftIds(), copy.retitle), ownRecord.tests);
                  }}
                  onDelete={() => void lib.remove(ownRecord.key)}
                />
              )}
            />
          </ErrorBoundary>
        ) : shipped ? (
          <Workspace
            key={`shipped:${shipped.id}`}
            docKey={`shipped:${shipped.id}`}
            pickedAt={picked.docKey === `shipped:${shipped.id}` ? picked.at : 0}
            title={shipped.id}
            initialText={shipped.text}
            record={null}
            rawTests={shippedTests}
            schema={schema}
            View={PreviewView}
            save={lib.save}
            clashOf={() => null}
            actions={(text) => (
              <DocActions
                name={shipped.id}
                text={text}
                onDuplicate={() => {
                  const copy = copyOf(shippedTitle(shipped, i18n.language));
                  void lib.duplicateShipped(shipped, copy.name, draftIds(), copy.retitle);
                }}
              />
            )}
          />
        ) : (
          <p className="studio-empty">{t('studio.library.pick')}</p>
        )}
      </div>
    </div>
  );
}
