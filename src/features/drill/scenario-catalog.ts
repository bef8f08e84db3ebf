import type { LocalizedText, Scenario } from '../../domain/scenario/scenario.types.ts';

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
}

// The `?summary` query makes these separate modules from the full files loaded by the drill, so only the
// named fields below are bundled on first visit (JSON named exports tree-shake).
const titles = import.meta.glob<LocalizedText>('../../../scenarios/*.json', { eager: true, import: 'title', query: '?summary&lang.json' });
const settings = import.meta.glob<Scenario['setting']>('../../../scenarios/*.json', { eager: true, import: 'setting', query: '?summary&lang.json' });
const personas = import.meta.glob<Scenario['persona']>('../../../scenarios/*.json', { eager: true, import: 'persona', query: '?summary&lang.json' });
const limits = import.meta.glob<Scenario['turnLimit'] | number>('../../../scenarios/*.json', { eager: true, import: 'turnLimit', query: '?summary&lang.json' });
const passMarks = import.meta.glob<number>('../../../scenarios/*.json', { eager: true, import: 'passMark', query: '?summary&lang.json' });

const loaders = import.meta.glob<unknown>('../../../scenarios/*.json', { import: 'default' });

const idOf = (path: string) => path.replace(/^.*\//, '').replace(/\.json(\?.*)?$/, '');

/** Derived, not authored: a hotter, more impatient customer is harder. */
export function difficultyOf(startHostility: number, turns: number): ScenarioSummary['difficulty'] {
  const heat = startHostility + (turns <= 8 ? 10 : 0);
  return heat >= 85 ? 'hard' : heat >= 65 ? 'medium' : 'easy';
}

/** The fixed order of the shipped scenarios (the deck's learning path), then any others by id. */
const ORDER = ['phone-lost-warranty', 'broken-promise', 'angry-resident', 'shop-floor-outburst', 'water-pump-runaround'];

export function scenarioSummaries(): ScenarioSummary[] {
  const out: ScenarioSummary[] = [];
  for (const [path, title] of Object.entries(titles)) {
    const persona = personas[path];
    const setting = settings[path];
    if (!title || !persona || !setting) continue;
    const limit = limits[path];
    const turns = typeof limit === 'number' ? limit : (limit?.turns ?? 10);
    const startHostility = persona.startHostility ?? 60;
    out.push({
      id: idOf(path),
      title,
      setting,
      persona: { name: persona.name, personality: persona.personality, startHostility },
      turns,
      passMark: passMarks[path] ?? 70,
      difficulty: difficultyOf(startHostility, turns),
      minutes: Math.max(3, Math.round(turns * 1.2)),
    });
  }
  const rank = (id: string) => (ORDER.includes(id) ? ORDER.indexOf(id) : ORDER.length);
  return out.sort((a, b) => rank(a.id) - rank(b.id) || a.id.localeCompare(b.id));
}

/** Loads a scenario's raw JSON (code-split: one chunk per scenario); null for an unknown id. */
export async function loadScenarioJson(id: string): Promise<unknown | null> {
  const entry = Object.entries(loaders).find(([path]) => idOf(path) === id);
  return entry ? entry[1]() : null;
}
