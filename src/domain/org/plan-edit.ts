// What the trainers page's groups-and-assignments form needs to turn typing into a plan and a plan into
// the config's fields (loaded with the form only; the library reads plan.ts).
import type { OrgPlan } from './plan.ts';

/** A config id from a name: `Night shift` → `night-shift`; a name with no Latin letters (夜班) → `group-1`… */
export function idFor(name: string, prefix: string, taken: readonly string[]): string {
  const base = name.normalize('NFKD').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 50).replace(/-+$/, '');
  if (base && !taken.includes(base)) return base;
  for (let n = 1; ; n += 1) {
    const id = `${base || prefix}-${n}`;
    if (!taken.includes(id)) return id;
  }
}

/** Trainee names typed one a line or separated by commas (、，, too): trimmed, blanks and repeats dropped. */
export function splitTrainees(typed: string): string[] {
  const out: string[] = [];
  for (const name of typed.split(/[\n,，、;；]/).map((t) => t.trim().replace(/\s+/g, ' '))) {
    if (name && !out.some((o) => o.toLowerCase() === name.toLowerCase())) out.push(name);
  }
  return out;
}

/** The end of a `YYYY-MM-DD` day in the trainer's time zone, as an instant (the CLI's rule for --due). */
export function endOfDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y!, m! - 1, d!, 23, 59, 59).toISOString();
}

/** What goes into defuse.config.json: the two fields, ready to paste or to give `defuse config add-plan`. */
export function planExportText(plan: OrgPlan): string {
  return `${JSON.stringify({ groups: plan.groups, assignments: plan.assignments }, null, 2)}\n`;
}
