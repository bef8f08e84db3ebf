import type { Scenario } from './scenario.types.ts';

/** FNV-1a (32-bit): short, stable, dependency-free; collisions only matter between versions of one scenario. */
function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

/**
 * The version an attempt records for the (parsed) scenario it was played against. The drill stores it and
 * a bundle import compares it, so both must compute it here, from the same parsed form.
 */
export function scenarioVersionOf(scenario: Scenario): string {
  return `${scenario.schemaVersion}-${fnv1a(JSON.stringify(scenario))}`;
}
