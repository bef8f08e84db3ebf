import type { LocalizedText, Scenario } from '../../domain/scenario/scenario.types.ts';
import { SETTINGS } from '../../domain/scenario/settings.ts';
import { loadStudioStorage } from '../../storage/load-storage.ts';
import { orgScenarios } from './org-scenarios.ts';

/** What the library shows about a scenario, without loading the scenario itself. */
export interface ScenarioSummary {
  id: string;
  title: LocalizedText;
  setting: Scenario['setting'];
  persona: Pick<Scenario['persona'], 'name' | 'personality' | 'startHostility'>;
  turns: number;
  passMark: number;
  difficulty: 'easy' | 'medium' | 'hard';
  /** Rough length of a drill, for the card. */
  minutes: number;
  /**
   * Shipped with the app; from one of the organisation's packs (every device of the organisation has it);
   * or written by a trainer in the studio and published on this device.
   */
  source: 'shipped' | 'organisation' | 'studio';
}

// The `?card` query (scripts/scenario-card.ts) makes these separate modules from the full files loaded by the
// drill, cut down to what a card shows: only the named fields below, and of the persona only its name,
// personality and starting hostility, are bundled on first visit (JSON named exports tree-shake).
const titles = import.meta.glob<LocalizedText>('../../../scenarios/*.json', { eager: true, import: 'title', query: '?card' });
const settings = import.meta.glob<Scenario['setting']>('../../../scenarios/*.json', { eager: true, import: 'setting', query: '?card' });
const personas = import.meta.glob<Scenario['persona']>('../../../scenarios/*.json', { eager: true, import: 'persona', query: '?card' });
const limits = import.meta.glob<Scenario['turnLimit'] | number>('../../../scenarios/*.json', { eager: true, import: 'turnLimit', query: '?card' });
const passMarks = import.meta.glob<number>('../../../scenarios/*.json', { eager: true, import: 'passMark', query: '?card' });

const loaders = import.meta.glob<unknown>('../../../scenarios/*.json', { import: 'default' });

const idOf = (path: string) => path.replace(/^.*\//, '').replace(/\.json(\?.*)?$/, '');

/** How hard a drill is: a hotter, more impatient customer (fewer turns) is harder. */
const heatOf = (startHostility: number, turns: number) => startHostility + (turns <= 8 ? 10 : 0);

/** Derived, not authored: a hotter, more impatient customer is harder. */
export function difficultyOf(startHostility: number, turns: number): ScenarioSummary['difficulty'] {
  const heat = heatOf(startHostility, turns);
  return heat >= 85 ? 'hard' : heat >= 65 ? 'medium' : 'easy';
}

/** The scenarios' ids, easiest first (the order kept among equals): where a new trainee starts, and ties break. */
export const easiestFirst = (list: readonly ScenarioSummary[]) =>
  [...list].sort((a, b) => heatOf(a.persona.startHostility, a.turns) - heatOf(b.persona.startHostility, b.turns)).map((s) => s.id);

/** The fixed order of the shipped scenarios (the deck's learning path), then any others by id. */
const ORDER = [
  'phone-lost-warranty', 'broken-promise', 'angry-resident', 'shop-floor-outburst', 'water-pump-runaround',
];

interface SummaryFields {
  title: unknown;
  setting: unknown;
  persona: unknown;
  turnLimit: unknown;
  passMark: unknown;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isLocalized = (v: unknown): v is LocalizedText => isRecord(v) && typeof v['zh-Hant'] === 'string' && typeof v['zh-Hans'] === 'string' && typeof v.en === 'string';
const PERSONALITIES: readonly string[] = ['eagle', 'peacock', 'dove', 'owl'];

const isSetting = (v: unknown): v is Scenario['setting'] => (SETTINGS as readonly unknown[]).includes(v);

/**
 * A card's facts from a scenario's fields, read without the schema (zod stays out of the first visit).
 * Null when the fields are not a scenario's: the card is left out rather than drawn half-empty.
 */
function summaryOf(id: string, doc: SummaryFields, source: ScenarioSummary['source']): ScenarioSummary | null {
  const { title, setting, persona, turnLimit, passMark } = doc;
  if (!isLocalized(title) || !isSetting(setting) || !isRecord(persona)) return null;
  if (!isLocalized(persona.name) || typeof persona.personality !== 'string' || !PERSONALITIES.includes(persona.personality)) return null;
  const turns = typeof turnLimit === 'number' ? turnLimit : isRecord(turnLimit) && typeof turnLimit.turns === 'number' ? turnLimit.turns : 10;
  const startHostility = typeof persona.startHostility === 'number' ? persona.startHostility : 60;
  return {
    id,
    title,
    setting,
    persona: { name: persona.name, personality: persona.personality as Scenario['persona']['personality'], startHostility },
    turns,
    passMark: typeof passMark === 'number' ? passMark : 70,
    difficulty: difficultyOf(startHostility, turns),
    minutes: Math.max(3, Math.round(turns * 1.2)),
    source,
  };
}

const rank = (id: string) => (ORDER.includes(id) ? ORDER.indexOf(id) : ORDER.length);

/** The scenarios shipped with the app, in the deck's order (synchronous: bundled summaries). */
export function scenarioSummaries(): ScenarioSummary[] {
  const out: ScenarioSummary[] = [];
  for (const path of Object.keys(titles)) {
    const summary = summaryOf(idOf(path), { title: titles[path], setting: settings[path], persona: personas[path], turnLimit: limits[path], passMark: passMarks[path] }, 'shipped');
    if (summary) out.push(summary);
  }
  return out.sort((a, b) => rank(a.id) - rank(b.id) || a.id.localeCompare(b.id));
}

interface Published {
  summary: ScenarioSummary;
  doc: unknown;
}

/**
 * The organisation's pack scenarios, then those a trainer published in the studio on this device (they
 * validated when published). A record that no longer parses, or that would shadow a shipped id or one
 * listed before it, is left out: the shipped scenario always wins, then the organisation's.
 */
async function publishedScenarios(): Promise<Published[]> {
  const shipped = new Set(Object.keys(loaders).map(idOf));
  const [org, records] = await Promise.all([orgScenarios(), loadStudioStorage().then((s) => s.listPublished()).catch(() => [])]);
  if (records.length === 0 && org.length === 0) return [];
  // Only libraries with published scenarios pay for the migration code.
  const { migrateScenario } = await import('../../domain/scenario/migrate-scenario.ts');
  const out: Published[] = [];
  const add = (id: string, raw: unknown, source: ScenarioSummary['source']) => {
    if (shipped.has(id) || out.some((p) => p.summary.id === id)) return;
    // Published files may predate the current format: upgraded as the drill would upgrade them.
    const migrated = migrateScenario(raw);
    if (!migrated.ok) return;
    const doc = migrated.doc;
    const summary = isRecord(doc) ? summaryOf(id, doc as unknown as SummaryFields, source) : null;
    if (summary) out.push({ summary, doc });
  };
  const byTitle = (a: Published, b: Published) => a.summary.title.en.localeCompare(b.summary.title.en) || a.summary.id.localeCompare(b.summary.id);
  for (const s of org) add(s.id, s.doc, 'organisation');
  const fromOrg = out.length;
  for (const { id, text } of records) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      continue;
    }
    add(id, parsed, 'studio');
  }
  return [...out.slice(0, fromOrg).sort(byTitle), ...out.slice(fromOrg).sort(byTitle)];
}

/** Shipped scenarios, then the organisation's, then this device's published ones. Trouble leaves the shipped list intact. */
export async function loadScenarioCatalog(): Promise<ScenarioSummary[]> {
  const published = await publishedScenarios().catch(() => []);
  return [...scenarioSummaries(), ...published.map((p) => p.summary)];
}

/** A scenario's card facts by id, shipped or published; undefined when neither knows it. */
export async function findScenarioSummary(id: string): Promise<ScenarioSummary | undefined> {
  return scenarioSummaries().find((s) => s.id === id) ?? (await loadScenarioCatalog()).find((s) => s.id === id);
}

/** Loads a scenario's raw JSON (shipped: one code-split chunk each; else an organisation's or a published studio scenario); null for an unknown id. */
export async function loadScenarioJson(id: string): Promise<unknown | null> {
  const entry = Object.entries(loaders).find(([path]) => idOf(path) === id);
  if (entry) return entry[1]();
  const published = await publishedScenarios().catch(() => []);
  return published.find((p) => p.summary.id === id)?.doc ?? null;
}
