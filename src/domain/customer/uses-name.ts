import type { Scenario } from '../scenario/scenario.types.ts';

/** True when the reply addresses the customer by name (any locale's form or an alias). */
export function usesName(scenario: Scenario, text: string): boolean {
  const folded = text.toLowerCase();
  const forms = [...Object.values(scenario.persona.name), ...(scenario.persona.aliases ?? [])];
  return forms.some((f) => f.trim() !== '' && folded.includes(f.toLowerCase()));
}
