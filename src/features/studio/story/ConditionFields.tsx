// A reaction's conditions (the schema's ConditionSchema) as form fields: which moves this reply makes or
// avoids, which moves happened so far, forbidden phrases, signals, hostility limits, facts known and the
// state of the conversation. Every condition left empty is left out; all given conditions must hold.
import { useTranslation } from 'react-i18next';
import { moveOptions } from './move-options.ts';
import { SIGNALS } from '../../../domain/scenario/scenario.schema.ts';
import type { Scenario } from '../../../domain/scenario/scenario.types.ts';
import type { PathSegment } from '../editor/json-positions.ts';
import { CheckGroup, OptionalNumberField, PickList, TriStateField } from './choice-fields.tsx';
import type { Write } from './fields.tsx';

type Condition = Scenario['reactions'][number]['when'];

const MOVE_LISTS = ['anyActs', 'allActs', 'noActs', 'everActs', 'neverActs'] as const;
const NUMBERS = [
  ['hostilityAtLeast', 0, 100],
  ['hostilityBelow', 0, 100],
  ['minFactsKnown', 0, 20],
  ['turnAtLeast', 1, 50],
] as const;
const FLAGS = ['forbidden', 'feelingsAcknowledged', 'understood', 'offered', 'solutionAccepted', 'objectionsOpen'] as const;

interface Props {
  when: Condition;
  /** The condition object's JSON path (`reactions[i].when`). */
  path: PathSegment[];
  /** The scenario's facts as [id, what to show], in their order. */
  facts: readonly (readonly [string, string])[];
  readOnly: boolean;
  write: Write;
}

export function ConditionFields({ when, path, facts, readOnly, write }: Props) {
  const { t } = useTranslation();
  const moves = moveOptions(t);
  const set = (key: keyof Condition) => (value: unknown) => write([...path, key], value);
  const label = (key: keyof Condition) => t(`authoring.conditions.fields.${key}`);
  return (
    <fieldset className="studio-story-item">
      <legend>{t('authoring.conditions.title')}</legend>
      <p className="hint">{t('authoring.conditions.intro')}</p>
      {MOVE_LISTS.map((key) => (
        <PickList key={key} label={label(key)} value={when[key]} options={moves} readOnly={readOnly} onWrite={set(key)} />
      ))}
      {FLAGS.map((key) => (
        <TriStateField key={key} label={label(key)} value={when[key]} readOnly={readOnly} onWrite={set(key)} />
      ))}
      {NUMBERS.map(([key, min, max]) => (
        <OptionalNumberField key={key} label={t(`authoring.conditions.fields.${key}`, { min, max })} value={when[key]} min={min} max={max} readOnly={readOnly} onWrite={set(key)} />
      ))}
      <CheckGroup label={label('factsKnown')} value={when.factsKnown} options={facts} readOnly={readOnly} onWrite={set('factsKnown')} />
      <PickList label={label('signals')} value={when.signals} options={SIGNALS.map((s) => [s, t(`studio.graph.signals.${s}`)])} readOnly={readOnly} onWrite={set('signals')} />
    </fieldset>
  );
}
