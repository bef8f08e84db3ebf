// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { screen } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildPack } from '../../domain/org/build-pack.ts';
import { file, fillLayoutGaps, renderStudio, shippedText } from './test-support/render-studio.tsx';

beforeAll(fillLayoutGaps);

// Importing the organisation's scenario pack (`defuse pack`) into the studio: drafts, never published.
describe('StudioPage pack import', () => {
  it('imports a scenario pack as one draft per scenario, and refuses a damaged pack', async () => {
    const { storage, user } = await renderStudio();
    const doc = (id: string) => ({ ...JSON.parse(shippedText), id });
    const built = await buildPack({ id: 'acme', name: 'Acme', builtAt: '2026-12-02T00:00:00Z' }, [{ file: 'a.json', text: JSON.stringify(doc('acme-one')) }, { file: 'b.json', text: JSON.stringify(doc('acme-two')) }]);
    if (!built.ok) throw new Error(built.problems.join('\n'));
    const damaged = { ...built.pack, scenarios: [{ ...built.pack.scenarios[0], id: 'acme-one' }].map((s) => ({ ...s, scenario: { ...s.scenario, passMark: 1 } })) };
    await user.upload(screen.getByTestId('studio-import-input'), [file('acme.json', JSON.stringify(built.pack)), file('damaged.json', JSON.stringify(damaged))]);
    // Each file's result is listed as it is checked: the damaged pack's comes last.
    expect(await screen.findByText(/This scenario pack is not valid; nothing was imported: hash: does not match/)).toBeInTheDocument();
    expect(screen.getByText(/A scenario pack: 2 scenario\(s\) imported as drafts/)).toBeInTheDocument();
    const own = await storage.list();
    expect(own.map((r) => [r.name, r.published])).toEqual([['acme-one', null], ['acme-two', null]]);
    expect(await storage.listPublished()).toEqual([]);
  }, 60_000);
});
