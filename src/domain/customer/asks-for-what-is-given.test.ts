// scen15hh (blind t33-21): the lift email's customer, told in writing that two staff would be at his father's door at 8:45,
// answered the next email with "Please write again what time they're coming tomorrow" (since the second read-through:
// "Please confirm in writing what time…") — a state line asking for what the plan already had. A state line that asks
// when (or who) is not said once the plan on the table has its time (and its owner).
import { describe, expect, it } from 'vitest';
import type { Offer } from '../scenario/scenario.types.ts';
import { shipped } from '../scenario/test-support/shipped.ts';
import { asksForWhatIsGiven } from './lines.ts';
import { initialSimState } from './simulate-turn.ts';

const lift = shipped('lift-outage-email');
const closing = lift.states.closing!.lines.mid;
const writeAgain = closing.find((l) => l.en.startsWith('Please confirm in writing what time'))!;
const whoAndWhen = closing.find((l) => l.en.startsWith('So who contacts me'))!;
const after = (offer: Offer | null) => ({ ...initialSimState(lift), offer });
const timed: Offer = { remedy: null, when: 'today', owner: false, status: 'accepted' };

describe('a state line does not ask for what the plan already has (scen15hh, t33-21)', () => {
  it('"what time are they coming?" is not asked once the plan has a time; before it has one, it is', () => {
    expect(asksForWhatIsGiven(writeAgain, after(timed))).toBe(true);
    expect(asksForWhatIsGiven(writeAgain, after({ ...timed, when: null }))).toBe(false);
    expect(asksForWhatIsGiven(writeAgain, after(null))).toBe(false);
  });

  it('"who contacts me, and when?" needs both given: a time alone leaves the who to ask', () => {
    expect(asksForWhatIsGiven(whoAndWhen, after(timed))).toBe(false);
    expect(asksForWhatIsGiven(whoAndWhen, after({ ...timed, owner: true }))).toBe(true);
  });

  it('a line that asks nothing is never held back, in any language', () => {
    const low = lift.states.closing!.lines.low[0]!;
    expect(asksForWhatIsGiven(low, after({ ...timed, owner: true }))).toBe(false);
  });
});
