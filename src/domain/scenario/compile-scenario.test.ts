// Model-based tests (STYLE.md §5): xstate/graph walks every compiled shipped scenario with a vocabulary of
// canonical replies, so every state must be reachable and every path must end within the turn limit.
import { getShortestPaths } from '@xstate/graph';
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import type { MoveId } from '../reply/moves.ts';
import { compileScenario } from './compile-scenario.ts';
import { END_STATE_IDS } from './scenario.schema.ts';
import type { TraineeReplyEvent } from './scenario.types.ts';
import { analysisOf } from './test-support/keyword-classifier.ts';
import { shipped, shippedDoc, SHIPPED_IDS } from './test-support/shipped.ts';

const reply = (...moves: MoveId[]): TraineeReplyEvent => ({ type: 'trainee.reply', text: moves.join('+') || '…', analysis: analysisOf(...moves) });
const provoke: TraineeReplyEvent = {
  type: 'trainee.reply',
  text: '你別激動',
  analysis: { ...analysisOf('dismiss_emotion'), forbidden: [{ list: 'angry-customer', id: 't/1', phrase: '你別激動', matched: '你別激動', start: 0, end: 4, implies: 'dismiss_emotion', better: '', source: '000_08713545b2ee6cbf.txt' }] },
};
/** The reply vocabulary the walk uses: every step of the procedure, the classic mistakes, and silence. */
const EVENTS: TraineeReplyEvent[] = [
  reply('greet', 'apologize'), reply('empathize', 'acknowledge'), reply('ask_open'), reply('paraphrase', 'ask_closed'),
  reply('propose_solution', 'take_ownership'), reply('ask_preference'), reply('commit_followup', 'thank'), reply('move_private', 'apologize'),
  reply('vague'), reply('deflect'), reply(), provoke,
];

describe.each(SHIPPED_IDS)('%s, compiled', (id) => {
  const scenario = shipped(id);
  const machine = compileScenario(scenario);
  // Coarse snapshot keys keep the walk small: state, turn, hostility band of 10, facts known, acceptance.
  const paths = getShortestPaths(machine, {
    events: EVENTS,
    serializeState: (s) => {
      const c = s.context;
      return JSON.stringify([s.value, c.turn, Math.floor(c.hostility / 10), c.factsKnown.length, c.solutionAccepted, c.feelingsAcknowledged]);
    },
    serializeEvent: (e) => ('text' in e ? e.text : e.type),
  });

  it('reaches every conversation state and every end state', () => {
    const reached = new Set(paths.map((p) => String(p.state.value)));
    for (const s of [...Object.keys(scenario.states), ...END_STATE_IDS]) expect(reached, `state ${s}`).toContain(s);
  });

  it('ends every path within the turn limit', () => {
    for (const p of paths) {
      expect(p.state.context.turn).toBeLessThanOrEqual(scenario.turnLimit.turns);
      if (p.state.context.turn === scenario.turnLimit.turns) expect(p.state.status).toBe('done');
    }
  });

  it('replays each path to the same snapshot through a live actor (deterministic)', () => {
    for (const p of paths.filter((x) => x.state.status === 'done').slice(0, 20)) {
      const actor = createActor(compileScenario(shippedDoc(id)), { input: {} }).start();
      for (const step of p.steps.slice(1)) actor.send(step.event);
      expect(actor.getSnapshot().value).toEqual(p.state.value);
      expect(actor.getSnapshot().context.hostility).toBe(p.state.context.hostility);
    }
  });
});
