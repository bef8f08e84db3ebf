import 'fake-indexeddb/auto';
import { readdirSync, readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getStudioStorage } from '../../storage/studio-storage.ts';
import { STUDIO_RECORD_VERSION, type StudioScenarioRecord } from '../../storage/studio-records.ts';
import { setOrgScenarioSource } from './org-scenarios.ts';
import { findScenarioSummary, loadScenarioCatalog, loadScenarioJson, scenarioSummaries } from './scenario-catalog.ts';

const angry = JSON.parse(readFileSync('scenarios/angry-resident.json', 'utf8')) as Record<string, unknown>;
/** Ids of the files in scenarios/: every one is a shipped scenario. */
const SHIPPED_FILES = readdirSync('scenarios').filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, ''));

function record(key: string, publishedId: string | null, published: string | null): StudioScenarioRecord {
  const at = '2026-11-26T00:00:00.000Z';
  return { schemaVersion: STUDIO_RECORD_VERSION, key, name: key, draft: published ?? '{}', published, publishedId, publishedAt: published === null ? null : at, tests: [], createdAt: at, updatedAt: at };
}

const withId = (id: string, title = 'Night-shift noise') => JSON.stringify({ ...angry, id, title: { 'zh-Hant': '夜班噪音', 'zh-Hans': '夜班噪音', en: title } });

describe('scenario catalog', () => {
  beforeEach(async () => {
    const storage = getStudioStorage();
    for (const r of await storage.list()) await storage.remove(r.key);
  });

  it('lists the shipped scenarios, the deck order first and the others by id, without touching storage', () => {
    const ids = scenarioSummaries().map((s) => s.id);
    const deckOrder = ['phone-lost-warranty', 'broken-promise', 'angry-resident', 'shop-floor-outburst', 'water-pump-runaround'];
    const others = SHIPPED_FILES.filter((id) => !deckOrder.includes(id)).sort();
    expect(ids).toEqual([...deckOrder, ...others]);
    expect(scenarioSummaries().every((s) => s.source === 'shipped')).toBe(true);
  });

  it('adds published studio scenarios after the shipped ones, and loads them for the drill', async () => {
    await getStudioStorage().put(record('k1', 'night-noise', withId('night-noise')));
    const catalog = await loadScenarioCatalog();
    expect(catalog).toHaveLength(SHIPPED_FILES.length + 1);
    const added = catalog.at(-1);
    expect(added).toMatchObject({ id: 'night-noise', source: 'studio', title: { en: 'Night-shift noise' }, setting: angry.setting });
    // The card's facts come from the file the same way as a shipped one's.
    const shipped = scenarioSummaries().find((s) => s.id === 'angry-resident');
    expect({ ...added, id: '', title: null, source: null }).toEqual({ ...shipped, id: '', title: null, source: null });
    expect(await loadScenarioJson('night-noise')).toMatchObject({ id: 'night-noise' });
    expect((await findScenarioSummary('night-noise'))?.title.en).toBe('Night-shift noise');
  });

  it('leaves out drafts, unreadable records and anything that would shadow a shipped id', async () => {
    const storage = getStudioStorage();
    await storage.put(record('draft', null, null));
    await storage.put(record('broken', 'broken', '{"id": "broken", '));
    await storage.put(record('not-a-scenario', 'odd', '{"id": "odd", "title": "just a string"}'));
    await storage.put(record('shadow', 'angry-resident', withId('angry-resident', 'Impostor')));
    const catalog = await loadScenarioCatalog();
    expect(catalog.map((s) => s.id)).toEqual(scenarioSummaries().map((s) => s.id));
    expect(catalog.find((s) => s.id === 'angry-resident')?.title.en).not.toBe('Impostor');
    expect(await loadScenarioJson('broken')).toBeNull();
    expect(await loadScenarioJson('nope')).toBeNull();
  });

  it('reads a published schemaVersion 1 file (bare turn limit, persona.hostility) the way migration does', async () => {
    const persona: Record<string, unknown> = { ...(angry.persona as Record<string, unknown>), hostility: 90 };
    delete persona.startHostility;
    const v1 = JSON.stringify({ ...angry, id: 'old', schemaVersion: 1, persona, turnLimit: 6 });
    await getStudioStorage().put(record('v1', 'old', v1));
    const summary = (await loadScenarioCatalog()).find((s) => s.id === 'old');
    expect(summary).toMatchObject({ turns: 6, persona: { startHostility: 90 }, difficulty: 'hard' });
  });

  describe("the organisation's packs", () => {
    afterEach(() => setOrgScenarioSource(() => Promise.resolve([])));

    it('lists them after the shipped ones and before this device\'s, marked as the organisation\'s, and loads them for the drill and re-scoring', async () => {
      setOrgScenarioSource(() => Promise.resolve([{ id: 'acme-noise', doc: JSON.parse(withId('acme-noise', 'Acme noise')), pack: 'Acme drills' }]));
      await getStudioStorage().put(record('k1', 'night-noise', withId('night-noise')));
      const catalog = await loadScenarioCatalog();
      expect(catalog.slice(-2).map((s) => [s.id, s.source])).toEqual([['acme-noise', 'organisation'], ['night-noise', 'studio']]);
      expect(await loadScenarioJson('acme-noise')).toMatchObject({ id: 'acme-noise', title: { en: 'Acme noise' } });
    });

    it('never lets a pack shadow a shipped scenario, and wins over this device\'s scenario with its id', async () => {
      setOrgScenarioSource(() => Promise.resolve([
        { id: 'angry-resident', doc: JSON.parse(withId('angry-resident', 'Impostor')), pack: 'Acme drills' },
        { id: 'night-noise', doc: JSON.parse(withId('night-noise', 'From the pack')), pack: 'Acme drills' },
      ]));
      await getStudioStorage().put(record('k1', 'night-noise', withId('night-noise', 'From this device')));
      const catalog = await loadScenarioCatalog();
      expect(catalog.find((s) => s.id === 'angry-resident')?.title.en).not.toBe('Impostor');
      expect(catalog.filter((s) => s.id === 'night-noise').map((s) => [s.title.en, s.source])).toEqual([['From the pack', 'organisation']]);
    });

    it('keeps the shipped and local scenarios when the packs cannot be read', async () => {
      setOrgScenarioSource(() => Promise.reject(new Error('offline')));
      await getStudioStorage().put(record('k1', 'night-noise', withId('night-noise')));
      expect((await loadScenarioCatalog()).map((s) => s.id)).toEqual([...scenarioSummaries().map((s) => s.id), 'night-noise']);
    });
  });
});
