// The scenario's reactions without JSON: pick one (they are tried in order, the first that matches
// applies), then its states, conditions, what the customer says, the hostility change and where the
// conversation goes. Reactions are added, removed and moved up or down; each change is one undo step.
import { parse } from 'jsonc-parser';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { END_STATE_IDS } from '../../../domain/scenario/scenario.schema.ts';
import type { Reaction, Scenario } from '../../../domain/scenario/scenario.types.ts';
import { appendAt, setAt, type Edit } from '../editor/edit-doc.ts';
import type { PathSegment } from '../editor/json-positions.ts';
import { CheckGroup, OptionalNumberField } from './choice-fields.tsx';
import { ConditionFields } from './ConditionFields.tsx';
import { ID_PATTERN, IdField, PickField, Section, type Write } from './fields.tsx';
import { freeId } from './ItemList.tsx';
import { LineList } from './LineList.tsx';
import { needsOptions, type NeedsOptions } from './NeedsFields.tsx';
import { reactionName, stateName } from '../graph/state-name.ts';

interface Props {
  scenario: Scenario | null;
  readOnly: boolean;
  edit: (make: (text: string) => Edit[]) => void;
}

const SAY = { 'zh-Hant': '顧客這時說的話', 'zh-Hans': '顾客这时说的话', en: 'What the customer says now' };

export function ReactionsForm({ scenario, readOnly, edit }: Props) {
  const { t, i18n } = useTranslation();
  const [picked, setPicked] = useState(0);
  if (!scenario) return <p className="studio-empty">{t('studio.preview.needsSchema')}</p>;
  const { reactions } = scenario;
  const index = Math.min(picked, reactions.length - 1);
  const reaction = reactions[index];
  const write: Write = (path, value) => edit((text) => setAt(text, path, value));
  const append = (path: PathSegment[], value: unknown) => edit((text) => appendAt(text, path, value));
  const states = Object.keys(scenario.states);
  const describe = (r: Reaction, i: number) => t('authoring.reactions.option', { n: i + 1, name: reactionName(r.id, t), in: r.in?.map((s) => stateName(s, t)).join(', ') ?? t('authoring.reactions.everyState'), goto: r.goto ? stateName(r.goto, t) : t('authoring.reactions.stay') });

  const add = () => {
    const id = freeId('reaction', reactions.map((r) => r.id));
    append(['reactions'], { id, in: [states[0]], when: { anyActs: ['apologize'] }, say: [SAY] });
    setPicked(reactions.length);
  };
  const swap = (i: number, j: number) => {
    // The author's own JSON of both (not the parsed scenario, which trims text), each written in the other's place.
    edit((text) => {
      const raw = (parse(text) as { reactions: unknown[] }).reactions;
      return [...setAt(text, ['reactions', i], raw[j]), ...setAt(text, ['reactions', j], raw[i])];
    });
    setPicked(j);
  };
  const remove = () => {
    write(['reactions', index], undefined);
    setPicked(Math.max(0, index - 1));
  };

  return (
    <div className="studio-story">
      <p className="hint">{t('authoring.reactions.intro')}</p>
      <PickField label={t('authoring.reactions.pick')} value={String(index)} options={reactions.map((r, i) => [String(i), describe(r, i)])} onChange={(v) => setPicked(Number(v))} />
      {!readOnly && (
        <div className="studio-story-actions">
          <button type="button" className="button small" onClick={add}>
            {t('authoring.reactions.add')}
          </button>
          <button type="button" className="button small" disabled={index === 0} onClick={() => swap(index, index - 1)}>
            {t('authoring.reactions.up', { name: reaction ? reactionName(reaction.id, t) : '' })}
          </button>
          <button type="button" className="button small" disabled={index === reactions.length - 1} onClick={() => swap(index, index + 1)}>
            {t('authoring.reactions.down', { name: reaction ? reactionName(reaction.id, t) : '' })}
          </button>
          <button type="button" className="button small link" disabled={reactions.length === 1} onClick={remove}>
            {t('authoring.story.removeNamed', { id: reaction ? reactionName(reaction.id, t) : '' })}
          </button>
        </div>
      )}
      {reaction && (
        <Section key={reaction.id} title={t('authoring.reactions.title', { n: index + 1, name: reactionName(reaction.id, t) })}>
          {/* Nothing in the scenario names a reaction (traces and the preview's debugger show its id), so a rename is one write. */}
          <IdField
            label={t('authoring.reactions.id')}
            value={reaction.id}
            readOnly={readOnly}
            check={(next) => (!ID_PATTERN.test(next) ? t('authoring.story.idInvalid') : reactions.some((r) => r.id === next) ? t('authoring.reactions.idTaken', { id: next }) : null)}
            onRename={(next) => write(['reactions', index, 'id'], next)}
          />
          <ReactionFields reaction={reaction} path={['reactions', index]} states={states} options={needsOptions(scenario, i18n.language)} readOnly={readOnly} write={write} append={append} />
        </Section>
      )}
    </div>
  );
}

interface FieldsProps {
  reaction: Reaction;
  path: PathSegment[];
  states: readonly string[];
  options: NeedsOptions;
  readOnly: boolean;
  write: Write;
  append: (path: PathSegment[], value: unknown) => void;
}

function ReactionFields({ reaction, path, states, options, readOnly, write, append }: FieldsProps) {
  const { t } = useTranslation();
  const targets: [string, string][] = [['', t('authoring.reactions.stay')], ...states.map((s): [string, string] => [s, stateName(s, t)]), ...END_STATE_IDS.map((s): [string, string] => [s, t('authoring.reactions.end', { id: stateName(s, t) })])];
  return (
    <>
      <CheckGroup label={t('authoring.reactions.in')} hint={t('authoring.reactions.inHint')} value={reaction.in} options={states.map((s) => [s, stateName(s, t)])} readOnly={readOnly} onWrite={(v) => write([...path, 'in'], v)} />
      <ConditionFields when={reaction.when} path={[...path, 'when']} facts={options.facts} readOnly={readOnly} write={write} />
      <LineList label={t('authoring.reactions.say')} lines={reaction.say} path={[...path, 'say']} required={false} fresh={SAY} needs={options} readOnly={readOnly} write={write} append={append} />
      <OptionalNumberField label={t('authoring.reactions.hostility')} value={reaction.hostility} min={-50} max={50} readOnly={readOnly} onWrite={(v) => write([...path, 'hostility'], v)} />
      <PickField label={t('authoring.reactions.goto')} value={reaction.goto ?? ''} options={targets} disabled={readOnly} onChange={(v) => write([...path, 'goto'], v === '' ? undefined : v)} />
      <div className="studio-field studio-check">
        <label>
          <input type="checkbox" checked={reaction.final === true} disabled={readOnly} onChange={(e) => write([...path, 'final'], e.target.checked ? true : undefined)} /> {t('authoring.reactions.final')}
        </label>
      </div>
    </>
  );
}
