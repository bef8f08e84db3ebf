import { describe, expect, it } from 'vitest';
import { shipped } from '../../scenario/test-support/shipped.ts';
import { pointsOf } from '../test-support/score-plays.ts';
import { MOTIVES_POINTS, rule } from './motives-addressed.ts';

describe('motives-addressed', () => {
  // angry-resident's persona: vent, respect, fix.
  it('gives a share for each of the persona motives the replies met', () => {
    expect(pointsOf(rule, [['acknowledge']])).toBe(Math.round(MOTIVES_POINTS / 3));
    const heard = [['apologize', 'empathize'], ['acknowledge', 'ask_open'], ['paraphrase', 'ask_closed']] as Parameters<typeof pointsOf>[1];
    expect(pointsOf(rule, [...heard, { offer: ['propose_solution'] }])).toBe(3 * Math.round(MOTIVES_POINTS / 3));
  });

  it('does not count "I will sort it out" as meeting the need for a fix: only a remedy the customer could weigh does', () => {
    expect(pointsOf(rule, [['apologize', 'acknowledge'], ['propose_solution']])).toBe(2 * Math.round(MOTIVES_POINTS / 3));
  });
  // clinic-reception-wait's persona: vent, be_seen — an old woman overlooked in a waiting room.
  it('counts her story given back (paraphrase) as seeing a customer who needs to be seen, and a bare question as not', () => {
    const scenario = shipped('clinic-reception-wait');
    expect(pointsOf(rule, [['ask_closed'], ['paraphrase', 'ask_closed']], { scenario })).toBe(Math.round(MOTIVES_POINTS / 2));
    expect(pointsOf(rule, [['ask_closed'], ['ask_closed']], { scenario })).toBe(0);
  });
  it('gives nothing when no motive was addressed', () => {
    expect(pointsOf(rule, [['ask_closed']])).toBe(0);
  });
  // lift-outage-email's persona: extreme_hostility, revenge (the press, the owners' corporation).
  it('counts a remedy she accepted, with its time and who does it, as ownership that answers a threat to go public', () => {
    const scenario = shipped('lift-outage-email');
    const accepted = pointsOf(rule, [['apologize', 'empathize'], ['paraphrase', 'ask_closed'], { offer: ['propose_solution'] }], { scenario });
    expect(accepted).toBe(Math.round(MOTIVES_POINTS / 2));
    // The same warm words with "I will sort it out" and nothing she could accept meet neither motive.
    expect(pointsOf(rule, [['apologize', 'empathize'], ['paraphrase', 'ask_closed'], ['propose_solution']], { scenario })).toBe(0);
  });
});
