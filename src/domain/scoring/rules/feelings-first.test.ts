import { describe, expect, it } from 'vitest';
import type { Reading } from '../../reading/reading.types.ts';
import { NO_DETAILS } from '../../scenario/test-support/keyword-classifier.ts';
import { GOOD_PLAYS, shipped } from '../../scenario/test-support/shipped.ts';
import { pointsOf } from '../test-support/score-plays.ts';
import { COLD_POINTS, DISMISS_POINTS, EARLY, NEVER_POINTS, rule, SAME_REPLY_POINTS } from './feelings-first.ts';

describe('feelings-first', () => {
  it('loses nothing when the feeling comes first', () => {
    expect(pointsOf(rule, GOOD_PLAYS)).toBe(0);
  });
  it('loses points for each question or solution before the feeling was acknowledged', () => {
    expect(pointsOf(rule, [['ask_open'], ['propose_solution'], ['apologize']])).toBe(EARLY.ask_open! + EARLY.propose_solution!);
  });
  it('loses a little when, in the same reply, the question comes before the apology', () => {
    const analysis: Reading = {
      locale: 'en', acts: ['apologize', 'ask_open'], forbidden: [], details: NO_DETAILS,
      evidence: [{ move: 'ask_open', rule: 't', start: 0, end: 5 }, { move: 'apologize', rule: 't', start: 10, end: 15 }],
    };
    expect(pointsOf(rule, [{ analysis }])).toBe(SAME_REPLY_POINTS);
  });
  it('loses points for telling the customer to calm down, even after an apology', () => {
    expect(pointsOf(rule, [['apologize'], ['dismiss_emotion']])).toBe(DISMISS_POINTS);
  });
  it('loses everything when the feeling is never acknowledged', () => {
    expect(pointsOf(rule, [['ask_open'], ['propose_solution']])).toBe(NEVER_POINTS);
  });
  // A calm suggestion-giver (lobby-suggestion: recognition, starting below the high band) is met with thanks.
  it('counts opening thanks as the feeling step for a calm customer with a suggestion', () => {
    const scenario = shipped('lobby-suggestion');
    expect(pointsOf(rule, [['thank', 'ask_open'], ['propose_solution']], { scenario })).toBe(0);
  });
  it('does not count thanks said only after the questions, nor thanks to an angry customer', () => {
    const scenario = shipped('lobby-suggestion');
    expect(pointsOf(rule, [['ask_open'], ['thank', 'propose_solution']], { scenario })).toBe(NEVER_POINTS);
    expect(pointsOf(rule, [['thank', 'ask_open'], ['propose_solution']])).toBe(NEVER_POINTS);
  });
  // scen15cc (blind t29-16): "请提供订单号。", "请确认收货地址和联系电话。", "查到了，配送时段是一点到三点。" are read as no question,
  // yet they are facts first as much as questions are.
  it('loses as much as for a question for each reply of facts alone before the feeling was acknowledged', () => {
    expect(pointsOf(rule, [[], [], ['explain'], ['apologize', 'empathize']])).toBe(3 * COLD_POINTS);
    expect(COLD_POINTS).toBe(EARLY.ask_closed);
  });
  it('does not call a bare 好 / OK / 嗯 before the feeling facts first: nothing in it is facts or a request for them', () => {
    const nothing: Reading = { locale: 'zh-Hans', acts: [], forbidden: [], details: NO_DETAILS, evidence: [] };
    const bare = (text: string) => ({ text, analysis: nothing });
    expect(pointsOf(rule, [bare('好'), bare('OK.'), bare('嗯嗯'), ['apologize', 'empathize']])).toBe(0);
    expect(pointsOf(rule, [{ text: '请提供订单号。', analysis: nothing }, ['apologize']])).toBe(COLD_POINTS);
  });
  it('counts a rule cited alone before the feeling as cold, besides its harm', () => {
    expect(pointsOf(rule, [['cite_policy'], ['apologize']])).toBe(COLD_POINTS);
  });
  it('does not count a greeting or thanks before the feeling, nor a reply of facts once it was acknowledged', () => {
    expect(pointsOf(rule, [['greet'], ['apologize'], [], ['explain']])).toBe(0);
    expect(pointsOf(rule, [['thank', 'move_private'], ['apologize']])).toBe(0);
  });
  it('charges a cold reply once, not on top of never acknowledging the feeling', () => {
    expect(pointsOf(rule, [[], ['explain']])).toBe(NEVER_POINTS);
  });
});
