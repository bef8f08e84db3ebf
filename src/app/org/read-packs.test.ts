import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildPack } from '../../domain/org/build-pack.ts';
import { packHash, type Pack } from '../../domain/org/pack.schema.ts';
import { readPacks, type FetchPack } from './read-packs.ts';

const angry = JSON.parse(readFileSync('scenarios/angry-resident.json', 'utf8')) as Record<string, unknown>;

async function pack(id: string, ids: string[]): Promise<Pack> {
  const built = await buildPack({ id, name: `Pack ${id}`, builtAt: '2026-12-02T00:00:00Z' }, ids.map((s) => ({ file: `${s}.json`, text: JSON.stringify({ ...angry, id: s }) })));
  if (!built.ok) throw new Error(built.problems.join('\n'));
  return built.pack;
}

const served = (files: Record<string, string>): FetchPack => (path) => Promise.resolve(path in files ? { ok: true, text: files[path]! } : { ok: false, problem: 'not found on the server (HTTP 404)' });

describe('reading the organisation packs', () => {
  it('offers every scenario of good packs, and reports each bad pack or scenario by file name while the rest still load', async () => {
    const a = await pack('a', ['acme-one', 'acme-two']);
    const b = await pack('b', ['acme-two', 'angry-resident', 'acme-three']);
    // A scenario whose version no longer matches it (its pack rebuilt by hand, hash and all).
    const stale = await pack('stale', ['acme-four']);
    const edited = [{ ...stale.scenarios[0]!, scenario: { ...stale.scenarios[0]!.scenario, passMark: 10 } }];
    const c = { ...stale, scenarios: edited, hash: await packHash(edited) };
    const tampered = { ...a, id: 'tampered', scenarios: a.scenarios.map((s) => ({ ...s, scenario: { ...s.scenario, passMark: 5 } })) };
    const files = { 'packs/a.json': JSON.stringify(a), 'packs/b.json': JSON.stringify(b), 'packs/c.json': JSON.stringify(c), 'packs/t.json': JSON.stringify(tampered), 'packs/junk.json': '<html>' };
    const result = await readPacks(['packs/a.json', 'packs/missing.json', 'packs/junk.json', 'packs/t.json', 'packs/b.json', 'packs/c.json'], { taken: new Set(['angry-resident']), fetchText: served(files) });
    expect(result.scenarios.map((s) => [s.id, s.pack])).toEqual([['acme-one', 'Pack a'], ['acme-two', 'Pack a'], ['acme-three', 'Pack b']]);
    expect(result.problems).toEqual([
      'packs/missing.json: (file): not found on the server (HTTP 404)',
      expect.stringMatching(/^packs\/junk\.json: \(file\): not valid JSON/),
      expect.stringMatching(/^packs\/t\.json: hash: does not match the scenarios/),
      'packs/b.json: scenarios[1] (acme-two): an earlier pack has this id; it is left out',
      'packs/b.json: scenarios[2] (angry-resident): a shipped scenario has this id; it is left out',
      expect.stringMatching(/^packs\/c\.json: scenarios\[1\] \(acme-four\): version: the pack says \d+-[0-9a-f]{8}, the scenario is \d+-[0-9a-f]{8}$/),
    ]);
  }, 60_000);

  it('refuses a pack whose scenario carries a pattern that could hang the page', async () => {
    const good = await pack('p', ['acme-one']);
    const lexicon = angry.lexicon as { entries: Record<string, unknown>[] };
    const scenarios = [{ ...good.scenarios[0]!, scenario: { ...good.scenarios[0]!.scenario, lexicon: { ...lexicon, entries: [{ ...lexicon.entries[0], pattern: '(a+)+$' }] } } }];
    const evil = { ...good, scenarios, hash: await packHash(scenarios) };
    const result = await readPacks(['evil.json'], { taken: new Set(), fetchText: served({ 'evil.json': JSON.stringify(evil) }) });
    expect(result.scenarios).toEqual([]);
    expect(result.problems).toEqual([expect.stringMatching(/^evil\.json: scenarios\[1\] \(acme-one\): \$\.lexicon\.entries\[0\]\.pattern: /)]);
  }, 60_000);
});
