// English replies typed without punctuation: an offer of help, a greeting and a question share one clause.
import { describe, expect, it } from 'vitest';
import { classifyReply } from '../classify.ts';
import { createReader } from '../../reading/read-reply.ts';

const read = createReader();

describe('an English run-on: a question after an offer of help or another move', () => {
  it('greets, then asks yes or no after "how can i help"', () => {
    expect(read('hi this is amy from the front desk how can i help is the heater still off').acts).toEqual(expect.arrayContaining(['greet', 'ask_closed']));
  });

  it('does not count the offer of help itself as a question', () => {
    expect(read('good morning this is kate from city water how can i help you today').acts).not.toContain('ask_open');
  });

  it('asks an open question after an apology or empathy', () => {
    expect(classifyReply('im really sorry about that what time did the engineer say he would come').acts).toEqual(expect.arrayContaining(['apologize', 'ask_open']));
    expect(classifyReply('that must be so frustrating when did you first notice the leak').acts).toContain('ask_open');
  });

  it('asks an open question that starts with which/what and a noun: "…went past you which stop was it"', () => {
    expect(classifyReply('oh no sorry to hear the driver went past you which stop was it and roughly what time').acts).toEqual(expect.arrayContaining(['apologize', 'ask_open']));
    expect(classifyReply('i know which stop it was').acts).not.toContain('ask_open');
  });

  it('reads a second question after a wh-question', () => {
    expect(classifyReply('what happened with the parcel did it arrive damaged').acts).toEqual(expect.arrayContaining(['ask_open', 'ask_closed']));
  });

  it('reads a yes/no question after a time word ends an offer', () => {
    expect(classifyReply('i can book you a new slot for tomorrow morning does 9am work for you').acts).toEqual(expect.arrayContaining(['propose_solution', 'ask_closed']));
  });

  it('does not split an embedded question: "tell me what did" / "i know how"', () => {
    expect(classifyReply('i know how hard it is when the heater is off').acts).not.toContain('ask_open');
    expect(classifyReply('the problem is the heater has been off since monday').acts).not.toContain('ask_closed');
  });

  it('ends the greeting at the offer of help, so the question after it is not swallowed', () => {
    expect(read('morning this is dan at the leisure centre what can i do for you was the pool closed again when you got here').acts).toContain('ask_closed');
  });
});

// lex29 (issue 12, blind29): an emoji between two clauses of chat ends the first before a question, as a full stop would.
describe('an emoji as the break before a question', () => {
  it('reads the open question after the emoji', () => {
    const acts = read('oh no that sounds stressful 😟 what time did the courier come?').acts;
    expect(acts).toContain('ask_open');
    expect(acts).not.toContain('ask_closed');
  });
  it('reads the closed question after the emoji', () => expect(read('so sorry 🙏 is the heater still off?').acts).toContain('ask_closed'));
  it('breaks nothing before a statement', () => expect(classifyReply("thanks 👍 I'll call you at 5 today").acts).toEqual(['thank', 'commit_followup']));
});
