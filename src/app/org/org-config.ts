import { create } from 'zustand';
import { CONFIG_FILE, isShippedPracticeFile } from '../../domain/org/config-file.ts';
import type { OrgConfig } from '../../domain/org/config.schema.ts';

/**
 * The organisation this deployment belongs to, from `defuse.config.json` beside index.html. Without one
 * (or with one that does not check) Defuse runs as practice on this device, and says so.
 */
export type OrgState =
  | { status: 'loading' }
  | { status: 'practice' }
  | { status: 'ready'; config: OrgConfig & { organisation: NonNullable<OrgConfig['organisation']> } }
  /** A file is there but wrong: practice, and the trainer tools list the problems. */
  | { status: 'invalid'; problems: string[] };

export const useOrg = create<OrgState>()(() => ({ status: 'loading' }));

let started: Promise<void> | null = null;

/** Fetches and checks the file once per page. A missing file or a network failure is practice mode. */
export function ensureOrgConfig(fetchText: (url: string) => Promise<string | null> = fetchConfig): Promise<void> {
  started ??= fetchText(CONFIG_FILE)
    .then(async (text) => {
      if (text === null || isShippedPracticeFile(text)) return useOrg.setState({ status: 'practice' }, true);
      // The schema (zod) loads only for a deployment that configured the file: practice visits never fetch it.
      const { checkConfigText } = await import('../../domain/org/config.schema.ts');
      const result = checkConfigText(text);
      if (!result.ok) return useOrg.setState({ status: 'invalid', problems: result.problems.map((p) => `${CONFIG_FILE}: ${p}`) }, true);
      const { organisation } = result.config;
      useOrg.setState(organisation ? { status: 'ready', config: { ...result.config, organisation } } : { status: 'practice' }, true);
    })
    .catch(() => useOrg.setState({ status: 'practice' }, true));
  return started;
}

/** For tests: forget the loaded file. */
export function resetOrgConfig(state: OrgState = { status: 'loading' }): void {
  started = state.status === 'loading' ? null : Promise.resolve();
  useOrg.setState(state, true);
}

async function fetchConfig(url: string): Promise<string | null> {
  const response = await fetch(url, { cache: 'no-cache' });
  if (response.status === 404) return null;
  if (!response.ok) return null;
  // A dev server or SPA host answers unknown paths with index.html: that is "no config", not a broken one.
  const type = response.headers.get('content-type') ?? '';
  if (type.includes('text/html')) return null;
  return response.text();
}
