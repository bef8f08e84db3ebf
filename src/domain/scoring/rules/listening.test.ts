import { describe, expect, it } from 'vitest';
import { readingOf } from '../../scenario/test-support/keyword-classifier.ts';
import { shipped } from '../../scenario/test-support/shipped.ts';
import { pointsOf } from '../test-support/score-plays.ts';
import { LISTEN_POINTS, RUSH_POINTS, rule } from './listening.ts';

describe('listening', () => {
  it('rewards a paraphrase most, then acknowledgement', () => {
    expect(pointsOf(rule, [['paraphrase']])).toBe(LISTEN_POINTS.paraphrase![0]);
    expect(pointsOf(rule, [['acknowledge']])).toBe(LISTEN_POINTS.acknowledge![0]);
  });
  it('gives less for repeating the same signal', () => {
    expect(pointsOf(rule, [['acknowledge'], ['acknowledge'], ['acknowledge']])).toBe(LISTEN_POINTS.acknowledge![0] + LISTEN_POINTS.acknowledge![1]);
  });
  it('hears her details read back in a closed question as restating them, one detail asked about as a question only', () => {
    // blind t7-32: 係咪兩磅無果仁芒果蛋糕，送去太古城，一點至三點送？ — the order and the allergy, read back to confirm.
    const facts = shipped('angry-resident').facts.map((f) => f.id);
    const readBack = (text: string, n: number) => ({ text, analysis: readingOf(['ask_closed'], { facts: facts.slice(0, n) }) });
    expect(pointsOf(rule, [readBack('So: the ceiling leak and the repairman who never came, right?', 2)])).toBe(LISTEN_POINTS.paraphrase![0]);
    expect(pointsOf(rule, [readBack('Is it the ceiling, right?', 1)])).toBe(0);
    // Two questions about two details ask; they do not read anything back.
    expect(pointsOf(rule, [readBack('Is the ceiling still leaking? Did the repairman come?', 2)])).toBe(0);
  });
  it('counts the time she was promised, read back beside a fact, as one of her details (blind t8-31)', () => {
    const fact = shipped('angry-resident').facts[0]!.id;
    const today = [{ start: 0, end: 1, when: 'today' as const }];
    const withTime = { text: 'Can you confirm: 2lb nut-free mango cake, to Tai Koo Shing, due 1-3pm today?', analysis: readingOf(['ask_closed'], { facts: [fact], times: today }) };
    expect(pointsOf(rule, [withTime])).toBe(LISTEN_POINTS.paraphrase![0]);
    // A time alone, asked about, reads nothing back.
    const timeOnly = { text: 'Can you confirm it is due today?', analysis: readingOf(['ask_closed'], { times: today }) };
    expect(pointsOf(rule, [timeOnly])).toBe(0);
  });
  it('takes points for hurrying the customer', () => {
    expect(pointsOf(rule, [['acknowledge'], ['rush']])).toBe(LISTEN_POINTS.acknowledge![0] + RUSH_POINTS);
  });
});
