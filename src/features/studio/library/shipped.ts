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
  /** The scenario's title per language, as the list shows it (null if the file has none). */
  title: Partial<Record<string, string>> | null;
}

function titleOf(text: string): ShippedScenario['title'] {
  try {
    const title = (JSON.parse(text) as { title?: unknown }).title;
    return title && typeof title === 'object' ? (title as Record<string, string>) : null;
  } catch {
    return null;
  }
}

export async function loadShipped(): Promise<ShippedScenario[]> {
  const tests = new Map(await Promise.all(Object.entries(testFiles).map(async ([p, load]) => [idOf(p), await load()] as const)));
  const out = await Promise.all(
    Object.entries(scenarioFiles).map(async ([p, load]) => {
      const text = await load();
      return { id: idOf(p), text, testsText: tests.get(idOf(p)) ?? null, title: titleOf(text) };
    }),
  );
  return out.sort((a, b) => a.id.localeCompare(b.id));
}
