// Test support: the vocabulary the drill machine is walked with — the model-based test
// (drill-machine.test.ts, @xstate/graph) and the property test over long drills
// (tests/properties/drill-machine-properties.test.ts) send the same events.
import type { Reading } from '../../reading/reading.types.ts';
import type { MoveId } from '../../reply/moves.ts';
import type { Scenario } from '../../scenario/scenario.types.ts';
import { analysisOf, readingOf } from '../../scenario/test-support/keyword-classifier.ts';
import type { DrillEvent, DrillMeta } from '../drill.types.ts';

export const AT = '2026-01-01T00:00:00.000Z';
export const meta: DrillMeta = { attemptId: 'a', trainee: 't', scenarioId: 's', scenarioVersion: 'v', locale: 'en', mode: 'practice', seed: 1, startedAt: AT };

export const say = (text: string, reading: Reading): DrillEvent => ({ type: 'trainee.reply', text, reading, at: AT });
/** A reply of these moves; its text names them, so two different replies never read as parroting. */
export const reply = (...moves: MoveId[]): DrillEvent => say(moves.join('+') || '…', analysisOf(...moves));

/** A forbidden phrase (你別激動, "calm down"), as the reader reports it. */
export const provoke = say('你別激動', {
  ...analysisOf('dismiss_emotion'),
  forbidden: [{ list: 'angry-customer', id: 't/1', phrase: '你別激動', matched: '你別激動', start: 0, end: 4, implies: 'dismiss_emotion', better: '', source: '000_08713545b2ee6cbf.txt' }],
});

/** A concrete offer of the scenario's first acceptable remedy, now, by the trainee. */
export function offerFor(scenario: Scenario): DrillEvent {
  const remedy = scenario.wants.remedies.find((r) => r.verdict === 'accept')?.id ?? 'fix';
  return say('offer', readingOf(['propose_solution', 'take_ownership'], { remedies: [remedy], times: [{ start: 0, end: 1, when: 'now' }], owners: [{ start: 0, end: 1, who: 'self' }] }));
}

/** The replies: every step of the procedure, the classic mistakes and silence. */
export const repliesFor = (scenario: Scenario): DrillEvent[] => [
  reply('greet', 'apologize'), reply('empathize', 'acknowledge'), reply('ask_open'), reply('paraphrase', 'ask_closed'),
  offerFor(scenario), reply('ask_preference', 'escalate'), reply('commit_followup', 'thank', 'take_ownership'), reply('move_private', 'apologize'),
  reply('vague'), reply('deflect'), reply(), provoke,
];

/** The replies and the drill's own events: start, hint, ending early, the diagnosis. */
export const eventsFor = (scenario: Scenario): DrillEvent[] => [
  { type: 'drill.start', mode: 'practice', locale: 'en', at: AT },
  ...repliesFor(scenario),
  { type: 'hint.show' }, { type: 'drill.end' }, { type: 'diagnosis.submit', diagnosis: null, at: AT },
];
