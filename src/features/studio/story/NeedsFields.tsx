// What must be true before the customer says a line (the schema's `needs`), so no line presupposes what
// did not happen: facts told, a remedy offered or one of some remedies, a solution accepted. A line with
// nothing set has no `needs` at all.
import { useTranslation } from 'react-i18next';
import type { Scenario } from '../../../domain/scenario/scenario.types.ts';
import type { PathSegment } from '../editor/json-positions.ts';
import { CheckGroup, TriStateField } from './choice-fields.tsx';
import type { Write } from './fields.tsx';
import { recordName } from './record-name.ts';

type Needs = NonNullable<Scenario['states'][string]['lines']['high'][number]['needs']>;
export type NeedsOptions = { facts: readonly (readonly [string, string])[]; remedies: readonly (readonly [string, string])[] };

/** The scenario's facts and remedies to choose from, each shown by its label in the UI language (its id is the tooltip). */
export function needsOptions(scenario: Scenario, lng: string): NeedsOptions {
  const named = (x: { id: string; label: Partial<Record<string, string>> }): [string, string] => [x.id, recordName(x, lng)];
  return { facts: scenario.facts.map(named), remedies: scenario.wants.remedies.map(named) };
}

interface Props {
  /** The group's name (which variant it belongs to). */
  legend: string;
  needs: Needs | undefined;
  /** The line's JSON path; `needs` is written under it. */
  path: PathSegment[];
  options: NeedsOptions;
  readOnly: boolean;
  write: Write;
}

export function NeedsFields({ legend, needs = {}, path, options, readOnly, write }: Props) {
  const { t } = useTranslation();
  const set = (key: keyof Needs) => (value: unknown) => {
    const rest = Object.entries(needs).filter(([k, v]) => k !== key && v !== undefined);
    // The last condition taken away takes `needs` with it.
    if (value === undefined && rest.length === 0) write([...path, 'needs'], undefined);
    else write([...path, 'needs', key], value);
  };
  return (
    <fieldset className="studio-story-item">
      <legend>{legend}</legend>
      <CheckGroup label={t('authoring.needs.facts')} value={needs.facts} options={options.facts} readOnly={readOnly} onWrite={set('facts')} />
      <TriStateField label={t('authoring.needs.offered')} value={needs.offered} readOnly={readOnly} onWrite={set('offered')} />
      <CheckGroup label={t('authoring.needs.remedies')} value={needs.remedies} options={options.remedies} readOnly={readOnly} onWrite={set('remedies')} />
      <TriStateField label={t('authoring.needs.accepted')} value={needs.accepted} readOnly={readOnly} onWrite={set('accepted')} />
    </fieldset>
  );
}
