// A fact, remedy or objection as the studio names it to the trainer: its label in the UI language (what the
// scorecard shows), else its id read as words — never the bare id ("duration") on a Chinese screen. The id stays
// what the JSON holds, shown as a tooltip where a control carries it.
import { languageOr } from '../../../i18n/languages.ts';
import { humanizeId } from '../graph/state-name.ts';

export function recordName(record: { id: string; label?: Partial<Record<string, string>> }, language: string): string {
  return record.label?.[languageOr(language)]?.trim() || humanizeId(record.id);
}

/** A namer by id for the scenario's facts (or remedies, objections: any labelled records); an id none has is read as words. */
export function factNamer(facts: readonly { id: string; label?: Partial<Record<string, string>> }[], language: string): (id: string) => string {
  return (id) => recordName(facts.find((f) => f.id === id) ?? { id }, language);
}
