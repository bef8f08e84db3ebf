// The shipped scenarios and their test plans as raw text (the editor shows the file exactly as written).
// Lazy: each file is its own chunk, loaded when the studio opens.
const scenarioFiles = import.meta.glob<string>('../../../../scenarios/*.json', { query: '?raw', import: 'default' });
const testFiles = import.meta.glob<string>('../../../../scenarios/tests/*.tests.json', { query: '?raw', import: 'default' });

const idOf = (path: string) => path.replace(/^.*\//, '').replace(/(\.tests)?\.json$/, '');

/** A shipped scenario: read-only in the studio, can be duplicated. */
export interface ShippedScenario {
  id: string;
  text: string;
  /** The shipped test plan's text, if any. */
  testsText: string | null;
}

export async function loadShipped(): Promise<ShippedScenario[]> {
  const tests = new Map(await Promise.all(Object.entries(testFiles).map(async ([p, load]) => [idOf(p), await load()] as const)));
  const out = await Promise.all(Object.entries(scenarioFiles).map(async ([p, load]) => ({ id: idOf(p), text: await load(), testsText: tests.get(idOf(p)) ?? null })));
  return out.sort((a, b) => a.id.localeCompare(b.id));
}
