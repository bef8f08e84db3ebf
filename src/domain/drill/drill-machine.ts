// The drill as one XState machine (docs/architecture.md#machines): briefing → conversation (the trainee's turn; the
// customer answering) → diagnosis → finished, with the hint and ending early as events and the simulated
// customer as its context. Nothing about a drill lives anywhere else: the app renders the snapshot and
// persists it with XState's own snapshot API; the CLI and the scorecard's re-scoring run the same machine.
import { and, assign, setup } from 'xstate';
import { simulateTurn, initialSimState } from '../customer/simulate-turn.ts';
import { isEndState } from '../scenario/end-states.ts';
import { difficultyOf, playable } from '../scenario/playable.ts';
import type { Scenario } from '../scenario/scenario.types.ts';
import type { DrillContext, DrillEvent, DrillInput, DrillMeta } from './drill.types.ts';

/** The scenario as this drill plays it: its difficulty and its seed's variation (playable.ts). */
export const scenarioOfDrill = (scenario: Scenario, meta: Pick<DrillMeta, 'difficulty' | 'seed'>): Scenario =>
  playable(scenario, { difficulty: difficultyOf(meta.difficulty), seed: meta.seed });

export function createDrillMachine(scenario: Scenario) {
  return setup({
    types: {
      context: {} as DrillContext,
      events: {} as DrillEvent,
      input: {} as DrillInput,
    },
    guards: {
      /** The hint is part of practice only (exam and guided show none). */
      practising: ({ context }) => context.meta.mode === 'practice',
      customerEnded: ({ context }) => isEndState(context.customer.state),
      answersAtOnce: ({ context }) => context.answerDelay <= 0,
    },
    delays: {
      answering: ({ context }) => context.answerDelay,
    },
    actions: {
      start: assign(({ context, event }) => {
        if (event.type !== 'drill.start') return {};
        // The difficulty is chosen on the briefing: the customer starts as this play's customer.
        const meta: DrillMeta = { ...context.meta, mode: event.mode, locale: event.locale, startedAt: event.at, difficulty: difficultyOf(event.difficulty ?? context.meta.difficulty) };
        return { meta, customer: initialSimState(scenarioOfDrill(scenario, meta), meta.seed) };
      }),
      reply: assign(({ context, event }) => {
        if (event.type !== 'trainee.reply') return {};
        // Seconds the trainee took: whole, non-negative (a clock set back must not read as an instant reply).
        const waited = event.waited !== undefined && Number.isFinite(event.waited) ? Math.max(0, Math.round(event.waited)) : undefined;
        const reply = {
          text: event.text,
          at: event.at,
          ...(context.hintShown ? { hintUsed: true } : {}),
          ...(event.choice !== undefined ? { choice: event.choice } : {}),
          ...(waited !== undefined ? { waited } : {}),
        };
        return {
          customer: simulateTurn(scenarioOfDrill(scenario, context.meta), context.customer, event.text, event.reading, waited !== undefined ? { waited } : {}),
          replies: [...context.replies, reply],
          hintShown: false,
          answerDelay: Math.max(0, event.delay ?? 0),
        };
      }),
      showHint: assign({ hintShown: true }),
      endEarly: assign({ endedEarly: true, hintShown: false }),
      diagnose: assign(({ event }) => (event.type === 'diagnosis.submit' ? { diagnosis: event.diagnosis, endedAt: event.at } : {})),
    },
  }).createMachine({
    id: 'drill',
    context: ({ input }) => ({
      meta: input.meta,
      customer: initialSimState(scenarioOfDrill(scenario, input.meta), input.meta.seed),
      replies: [],
      hintShown: false,
      answerDelay: 0,
      diagnosis: null,
      endedEarly: false,
      endedAt: null,
    }),
    initial: 'briefing',
    states: {
      briefing: {
        on: { 'drill.start': { target: 'conversation', actions: 'start' } },
      },
      conversation: {
        initial: 'traineeTurn',
        on: { 'drill.end': { target: 'diagnosis', actions: 'endEarly' } },
        states: {
          traineeTurn: {
            on: {
              'trainee.reply': { target: 'customerAnswering', actions: 'reply' },
              'hint.show': { guard: 'practising', actions: 'showHint' },
            },
          },
          customerAnswering: {
            // The customer "types" for a moment; ending early waits for the answer.
            on: { 'drill.end': {} },
            always: [
              { guard: and(['answersAtOnce', 'customerEnded']), target: '#drill.diagnosis' },
              { guard: 'answersAtOnce', target: 'traineeTurn' },
            ],
            after: {
              answering: [{ guard: 'customerEnded', target: '#drill.diagnosis' }, { target: 'traineeTurn' }],
            },
          },
        },
      },
      diagnosis: {
        on: { 'diagnosis.submit': { target: 'finished', actions: 'diagnose' } },
      },
      finished: { type: 'final' },
    },
  });
}

/** The machine type createDrillMachine returns. */
export type DrillMachine = ReturnType<typeof createDrillMachine>;
