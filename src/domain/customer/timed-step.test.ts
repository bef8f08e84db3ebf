// scen15ee (blind t32-18, t32-37, t31-11): once the plan is accepted, a reply that names a step, takes it on and says
// when has committed the timed follow-up for the customer's reactions, whether or not the reader named commit_followup.
import { describe, expect, it } from 'vitest';
import { createReader } from '../reading/read-reply.ts';
import type { Reading } from '../reading/reading.types.ts';
import type { Locale } from '../reply/reply.types.ts';
import { shipped } from '../scenario/test-support/shipped.ts';
import { withTimedStep } from './timed-step.ts';

const accepted = { after: { solutionAccepted: true, offer: null }, parroted: false } as unknown as Parameters<typeof withTimedStep>[1];
const open = { after: { solutionAccepted: false, offer: null }, parroted: false } as unknown as Parameters<typeof withTimedStep>[1];
const reading = (id: string, text: string, locale: Locale): Reading => createReader(shipped(id))(text, { locale });
const fake = (acts: string[], times: string[], owners: string[]): Reading =>
  ({ acts, forbidden: [], evidence: [], details: { times: times.map((when) => ({ start: 0, end: 1, when })), owners: owners.map((who) => ({ start: 0, end: 1, who })), facts: [], remedies: [] } }) as unknown as Reading;

describe('withTimedStep: a named, owned, timed step after the plan is accepted is the follow-up', () => {
  it('hears the commitment in a named step with its owner and time (fixed readings: the rule, not the reader)', () => {
    expect(withTimedStep(fake(['propose_solution', 'take_ownership'], ['today'], ['self']), accepted).acts).toContain('commit_followup');
    expect(withTimedStep(fake(['propose_solution', 'take_ownership'], ['tomorrow', 'today'], ['self', 'staff']), accepted).acts).toContain('commit_followup');
  });

  it('adds nothing before the plan is accepted, to a step put as a choice, "right now", without a time or without "I"', () => {
    expect(withTimedStep(fake(['propose_solution', 'take_ownership'], ['today'], ['self']), open).acts).not.toContain('commit_followup');
    expect(withTimedStep(fake(['propose_solution', 'take_ownership', 'ask_preference'], ['tomorrow'], ['self']), accepted).acts).not.toContain('commit_followup');
    expect(withTimedStep(fake(['propose_solution', 'take_ownership'], ['now'], ['self']), accepted).acts).not.toContain('commit_followup');
    expect(withTimedStep(fake(['propose_solution', 'take_ownership'], [], ['self']), accepted).acts).not.toContain('commit_followup');
    expect(withTimedStep(fake(['propose_solution', 'take_ownership'], ['today'], ['staff']), accepted).acts).not.toContain('commit_followup');
    // "I'm handling it personally from now on" names no step.
    expect(withTimedStep(fake(['take_ownership'], ['today'], ['self']), accepted).acts).not.toContain('commit_followup');
    expect(withTimedStep(fake(['propose_solution', 'take_ownership'], ['today'], ['self']), { ...accepted, parroted: true }).acts).not.toContain('commit_followup');
  });

  it('hears it in the blind drills\' own words (zh-Hant clinic, English pram), with the reader of today', () => {
    const clinic = reading('clinic-reception-wait', '好，那就今天看。我先幫您倒杯溫開水，陳醫師一到我親自來帶您進去。等的時候如果哪裡不舒服，隨時叫我。', 'zh-Hant');
    expect(withTimedStep(clinic, accepted).acts).toContain('commit_followup');
    const pram = reading('stairwell-pram', "Then two colleagues will come up at 10 tomorrow morning to move the cabinet, and I'll give you the storage room key today. Once it's done I'll take the notice down myself.", 'en');
    expect(withTimedStep(pram, accepted).acts).toContain('commit_followup');
    // A choice still put to her: not yet committed.
    const choice = reading('clinic-reception-wait', '如果您覺得太累，也可以改約明天早上九點，我幫您排第一號，來了就看，不用再等。您比較想要怎麼樣？', 'zh-Hant');
    expect(withTimedStep(choice, accepted).acts).not.toContain('commit_followup');
  });
});
