// Editing on the graph: add a conversation state, draw a transition (a reaction: in this state, when the
// reply makes this move, go there). Both write the JSON through the editor (one undo step each).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MoveId } from '../../../domain/reply/moves.ts';
import { moveOptions } from '../story/move-options.ts';
import { END_STATE_IDS } from '../../../domain/scenario/scenario.schema.ts';
import type { Scenario } from '../../../domain/scenario/scenario.types.ts';
import { appendAt, setAt, type Edit } from '../editor/edit-doc.ts';
import { PickField } from '../story/fields.tsx';
import { TitledForm } from '../TitledForm.tsx';
import { newStateTemplate } from '../wizard/build-draft.ts';
import { stateName } from './state-name.ts';
import { ErrorText } from '../../../components/ErrorText.tsx';

interface Props {
  scenario: Scenario;
  edit: (make: (text: string) => Edit[]) => void;
}

const ID = /^[a-z][a-z0-9_-]*$/;

export function GraphEdit({ scenario, edit }: Props) {
  const { t } = useTranslation();
  const states = Object.keys(scenario.states);
  const [stateId, setStateId] = useState('');
  const [stateError, setStateError] = useState<string | null>(null);
  const [from, setFrom] = useState(states[0] ?? '');
  const [to, setTo] = useState<string>(states[1] ?? 'resolved');
  const [move, setMove] = useState<MoveId>('apologize');
  const [done, setDone] = useState<string | null>(null);
  // Each state by its name in the UI language; its id (what the JSON holds) is the value and the tooltip, as for moves.
  const stateOptions = (ids: readonly string[]) => ids.map((s) => [s, stateName(s, t), s] as const);

  const addState = () => {
    if (!ID.test(stateId)) return setStateError(t('authoring.graph.idInvalid'));
    if (states.includes(stateId) || (END_STATE_IDS as readonly string[]).includes(stateId)) return setStateError(t('authoring.graph.idTaken', { id: stateId }));
    edit((text) => setAt(text, ['states', stateId], newStateTemplate()));
    setDone(t('authoring.graph.stateAdded', { id: stateId }));
    setStateId('');
    setStateError(null);
  };
  const addTransition = () => {
    const taken = new Set(scenario.reactions.map((r) => r.id));
    const base = `${from}-to-${to}`.replace(/_/g, '-');
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    edit((text) => appendAt(text, ['reactions'], { id, in: [from], when: { anyActs: [move] }, goto: to }));
    setDone(t('authoring.graph.transitionAdded', { id, from: stateName(from, t), to: stateName(to, t), move: t(`drill.moves.${move}`) }));
  };

  return (
    <div className="studio-graph-edit">
      <TitledForm className="studio-inline-form" titleId="graph-add-state" title={t('authoring.graph.addState')} onSubmit={addState}>
        <label>
          {t('authoring.graph.stateId')}
          <input value={stateId} maxLength={60} aria-invalid={stateError !== null} onChange={(e) => (setStateId(e.target.value.trim()), setStateError(null))} />
        </label>
        <button type="submit" className="button small">
          {t('authoring.graph.addStateButton')}
        </button>
        <ErrorText>{stateError}</ErrorText>
      </TitledForm>
      <TitledForm className="studio-inline-form" titleId="graph-add-transition" title={t('authoring.graph.addTransition')} onSubmit={addTransition}>
        <PickField label={t('authoring.graph.from')} value={from} onChange={setFrom} options={stateOptions(states)} />
        <PickField label={t('authoring.graph.to')} value={to} onChange={setTo} options={stateOptions([...states, ...END_STATE_IDS])} />
        <PickField label={t('authoring.graph.when')} value={move} onChange={(m) => setMove(m as MoveId)} options={moveOptions(t)} />
        <button type="submit" className="button small" disabled={!from || !to}>
          {t('authoring.graph.addTransitionButton')}
        </button>
      </TitledForm>
      {done && (
        <p role="status" className="hint">
          {done}
        </p>
      )}
    </div>
  );
}
