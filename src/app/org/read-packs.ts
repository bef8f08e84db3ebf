// Fetches and checks the packs a config lists (loaded only when it lists some). Each pack is fetched from
// the served folder, refused over the size limit, checked (format, hash) and each scenario opened (schema,
// safe patterns, version); whatever fails is a problem naming the file, and the rest still loads.
import { openPackScenario } from '../../domain/org/open-pack-scenario.ts';
import { checkPackText, MAX_PACK_BYTES } from '../../domain/org/pack.schema.ts';
import type { OrgScenario } from '../../features/drill/org-scenarios.ts';

/** The text of a pack file, or why it could not be read. */
export type FetchPack = (path: string) => Promise<{ ok: true; text: string } | { ok: false; problem: string }>;

export async function fetchPack(path: string): Promise<{ ok: true; text: string } | { ok: false; problem: string }> {
  // A path relative to the page, and the config's rules (no "..", no scheme, no leading slash): this folder.
  const url = new URL(path, document.baseURI);
  if (url.origin !== window.location.origin) return { ok: false, problem: 'not in the served folder' };
  let response: Response;
  try {
    response = await fetch(url, { cache: 'no-cache' });
  } catch {
    return { ok: false, problem: 'could not be fetched (network)' };
  }
  if (!response.ok) return { ok: false, problem: `not found on the server (HTTP ${response.status})` };
  if ((response.headers.get('content-type') ?? '').includes('text/html')) return { ok: false, problem: 'not found on the server (the server answered with a page)' };
  const length = Number(response.headers.get('content-length') ?? '0');
  if (length > MAX_PACK_BYTES) return { ok: false, problem: `larger than ${MAX_PACK_BYTES / 1024 / 1024} MB` };
  const text = await response.text();
  return { ok: true, text };
}

export interface PacksRead {
  scenarios: OrgScenario[];
  problems: string[];
}

/** Every pack in order; `taken` (the shipped ids) and ids from earlier packs are not offered twice. */
export async function readPacks(paths: readonly string[], { taken, fetchText = fetchPack }: { taken: ReadonlySet<string>; fetchText?: FetchPack }): Promise<PacksRead> {
  const scenarios: OrgScenario[] = [];
  const problems: string[] = [];
  for (const path of paths) {
    const read = await fetchText(path).catch((e: unknown) => ({ ok: false as const, problem: String(e) }));
    if (!read.ok) {
      problems.push(`${path}: (file): ${read.problem}`);
      continue;
    }
    const checked = await checkPackText(read.text);
    if (!checked.ok) {
      problems.push(...checked.problems.map((p) => `${path}: ${p}`));
      continue;
    }
    for (const [i, entry] of checked.pack.scenarios.entries()) {
      const where = `${path}: scenarios[${i + 1}] (${entry.id})`;
      if (taken.has(entry.id)) problems.push(`${where}: a shipped scenario has this id; it is left out`);
      else if (scenarios.some((s) => s.id === entry.id)) problems.push(`${where}: an earlier pack has this id; it is left out`);
      else {
        const opened = openPackScenario(entry);
        if (opened.ok) scenarios.push({ id: entry.id, doc: entry.scenario, pack: checked.pack.name });
        else problems.push(`${where}: ${opened.problem}`);
      }
    }
  }
  return { scenarios, problems };
}
