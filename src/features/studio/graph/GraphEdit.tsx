// Editing on the graph: add a conversation state, draw a transition (a reaction: in this state, when the
// reply makes this move, go there). Both write the JSON through the editor (one undo step each).
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MOVE_IDS, type MoveId } from '../../../domain/reply/moves.ts';
import { END_STATE_IDS } from '../../../domain/scenario/scenario.schema.ts';
import type { Scenario } from '../../../domain/scenario/scenario.types.ts';
import { appendAt, setAt, type Edit } from '../editor/edit-doc.ts';
import { newStateTemplate } from '../wizard/build-draft.ts';

interface Props {
  scenario: Scenario;
  edit: (make: (text: string) => Edit[]) => void;
}

const ID = /^[a-z][a-z0-9_-]*$/;

export function GraphEdit({ scenario, edit }: Props) {
  const { t } = useTranslation();
  const ids = useId();
  const states = Object.keys(scenario.states);
  const [stateId, setStateId] = useState('');
  const [stateError, setStateError] = useState<string | null>(null);
  const [from, setFrom] = useState(states[0] ?? '');
  const [to, setTo] = useState<string>(states[1] ?? 'resolved');
  const [move, setMove] = useState<MoveId>('apologize');
  const [done, setDone] = useState<string | null>(null);

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
    setDone(t('authoring.graph.transitionAdded', { id, from, to, move }));
  };

  return (
    <div className="studio-graph-edit">
      <form
        className="studio-inline-form"
        aria-labelledby="graph-add-state"
        onSubmit={(e) => {
          e.preventDefault();
          addState();
        }}
      >
        <h3 id="graph-add-state">{t('authoring.graph.addState')}</h3>
        <label>
          {t('authoring.graph.stateId')}
          <input value={stateId} maxLength={60} aria-invalid={stateError !== null} onChange={(e) => (setStateId(e.target.value.trim()), setStateError(null))} />
        </label>
        <button type="submit" className="button small">
          {t('authoring.graph.addStateButton')}
        </button>
        {stateError && (
          <p className="error-text" role="alert">
            {stateError}
          </p>
        )}
      </form>
      <form
        className="studio-inline-form"
        aria-labelledby="graph-add-transition"
        onSubmit={(e) => {
          e.preventDefault();
          addTransition();
        }}
      >
        <h3 id="graph-add-transition">{t('authoring.graph.addTransition')}</h3>
        {/* Labelled by id, not by wrapping: a wrapping label's name would include the chosen option. */}
        <div className="studio-field">
          <label htmlFor={`${ids}-from`}>{t('authoring.graph.from')}</label>
          <select id={`${ids}-from`} value={from} onChange={(e) => setFrom(e.target.value)}>
            {states.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </div>
        <div className="studio-field">
          <label htmlFor={`${ids}-to`}>{t('authoring.graph.to')}</label>
          <select id={`${ids}-to`} value={to} onChange={(e) => setTo(e.target.value)}>
            {[...states, ...END_STATE_IDS].map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </div>
        <div className="studio-field">
          <label htmlFor={`${ids}-when`}>{t('authoring.graph.when')}</label>
          <select id={`${ids}-when`} value={move} onChange={(e) => setMove(e.target.value as MoveId)}>
            {MOVE_IDS.map((m) => (
              <option key={m} value={m}>
                {m} — {t(`drill.moves.${m}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button small" disabled={!from || !to}>
          {t('authoring.graph.addTransitionButton')}
        </button>
      </form>
      {done && (
        <p role="status" className="hint">
          {done}
        </p>
      )}
    </div>
  );
}
