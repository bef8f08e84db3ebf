import { describe, expect, it } from 'vitest';
import { shipped } from '../../scenario/test-support/shipped.ts';
import { analysisOf } from '../../scenario/test-support/keyword-classifier.ts';
import { pointsOf } from '../test-support/score-plays.ts';
import { DISMISSED_POINTS, MOVED_PRIVATE_POINTS, NAMED_FEELING_POINTS, rule, USED_NAME_POINTS } from './observe-emotion.ts';

describe('observe-emotion', () => {
  it('rewards naming the feeling and using the name', () => {
    expect(pointsOf(rule, [{ text: 'Mr Chan, I can see why you are upset', analysis: analysisOf('empathize') }])).toBe(NAMED_FEELING_POINTS + USED_NAME_POINTS);
  });
  it('hears a colloquial feeling said with its degree as one named (scen15u, blind t21-15: 您肯定急死了)', () => {
    for (const text of ['五点就开生日会了，您肯定急死了', '等咗成個下晝，你一定激死喇', 'You must be at your wits\' end, with the party at five']) {
      expect(pointsOf(rule, [{ text, analysis: analysisOf('empathize') }])).toBe(NAMED_FEELING_POINTS);
    }
    // Urgency that is not hers (急件, 紧急) names no feeling.
    expect(pointsOf(rule, [{ text: '我明白，这是急件，我们会处理', analysis: analysisOf('empathize') }])).toBeLessThan(NAMED_FEELING_POINTS);
  });
  it('rewards moving an agitated customer somewhere quiet, face to face only (003)', () => {
    expect(pointsOf(rule, [['move_private']], { scenario: shipped('shop-floor-outburst') })).toBe(MOVED_PRIVATE_POINTS);
    expect(pointsOf(rule, [['move_private']], { scenario: shipped('phone-lost-warranty') })).toBe(0);
  });
  it('takes points for telling them to calm down', () => {
    expect(pointsOf(rule, [['dismiss_emotion']])).toBe(DISMISSED_POINTS);
  });
});
