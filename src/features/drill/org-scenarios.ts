// The organisation's scenarios (from the packs its defuse.config.json lists) as the catalog sees them. The
// app, which reads the config, registers where they come from; without it (practice, tests) there are none.

/** One scenario of a pack, already checked (schema, safe patterns, version) by whoever registered it. */
export interface OrgScenario {
  id: string;
  /** The scenario document as the pack carries it. */
  doc: unknown;
  /** The pack's name, for trainers. */
  pack: string;
}

let source: () => Promise<OrgScenario[]> = () => Promise.resolve([]);

/** Called once by the app: every catalog read awaits this (memoise it; it may be called often). */
export function setOrgScenarioSource(load: () => Promise<OrgScenario[]>): void {
  source = load;
}

/** The organisation's scenarios; none when the source fails (the shipped ones always stay). */
export function orgScenarios(): Promise<OrgScenario[]> {
  return source().catch(() => []);
}
