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

  it("catches an id that one of the organisation's packs already gives trainees, on import and in the open draft", async () => {
    const { storage, user } = await renderStudio(undefined, new Map([['acme-one', 'Acme onboarding']]));
    const doc = (id: string) => ({ ...JSON.parse(shippedText), id });
    await user.upload(screen.getByTestId('studio-import-input'), [file('one.json', JSON.stringify(doc('acme-one'))), file('shipped.json', JSON.stringify(doc('angry-resident')))]);
    const inPack = /Imported as a draft\. The id “acme-one” belongs to a scenario in the organisation's pack “Acme onboarding”, which every trainee already sees/;
    // Each file's result is listed as it is checked: the second file's comes last.
    expect(await screen.findByText(/Imported as a draft\. The id “angry-resident” is already used by another scenario trainees see/)).toBeInTheDocument();
    expect(screen.getByText(inPack)).toBeInTheDocument();
    // Nothing is lost: both are drafts. The pack's id cannot be published from the studio.
    expect((await storage.list()).map((r) => r.name).sort()).toEqual(['acme-one', 'angry-resident']);
    await user.click(screen.getByRole('button', { name: /^acme-one/ }));
    expect(await screen.findByText(/^The id “acme-one” belongs to a scenario in the organisation's pack “Acme onboarding”/)).toHaveClass('error-text');
    expect(screen.getByRole('button', { name: 'Publish to trainees' })).toBeDisabled();
    expect(await storage.listPublished()).toEqual([]);
  }, 60_000);

  it("says which scenarios of an imported pack clash with the organisation's packs", async () => {
    const { user } = await renderStudio(undefined, new Map([['acme-two', 'Acme onboarding']]));
    const doc = (id: string) => ({ ...JSON.parse(shippedText), id });
    const built = await buildPack({ id: 'acme', name: 'Acme', builtAt: '2026-12-02T00:00:00Z' }, [{ file: 'a.json', text: JSON.stringify(doc('acme-one')) }, { file: 'b.json', text: JSON.stringify(doc('acme-two')) }]);
    if (!built.ok) throw new Error(built.problems.join('\n'));
    await user.upload(screen.getByTestId('studio-import-input'), [file('acme.json', JSON.stringify(built.pack))]);
    const message = await screen.findByText(/A scenario pack: 2 scenario\(s\) imported as drafts/);
    expect(message).toHaveTextContent(/The id “acme-two” belongs to a scenario in the organisation's pack “Acme onboarding”/);
    expect(message).not.toHaveTextContent(/“acme-one”/);
  }, 60_000);
});
