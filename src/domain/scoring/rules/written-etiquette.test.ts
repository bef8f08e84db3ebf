import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../scenario/scenario.types.ts';
import { analysisOf } from '../../scenario/test-support/keyword-classifier.ts';
import { shipped, type Play } from '../../scenario/test-support/shipped.ts';
import { initialSimState, simulateTurn } from '../../customer/simulate-turn.ts';
import type { ScoringInput } from '../scorecard.types.ts';
import { inputFor } from '../test-support/score-plays.ts';
import { LAPSE_POINTS, MAX_LOSS, rule } from './written-etiquette.ts';

const spoken = shipped('angry-resident');
const chat: Scenario = { ...spoken, setting: 'chat' };
const email: Scenario = { ...spoken, setting: 'email' };
const say = (text: string): Play => ({ text, analysis: analysisOf('apologize', 'empathize') });
const evaluate = (scenario: Scenario, texts: string[], locale: ScoringInput['locale'] = 'en') => rule.evaluate(inputFor(texts.map(say), { scenario, locale }));
const points = (items: ReturnType<typeof evaluate>) => items.reduce((s, e) => s + e.points, 0);
const keys = (items: ReturnType<typeof evaluate>) => items.map((e) => e.message.key.replace('scorecards.rules.', ''));

const GOOD_EMAIL = 'Dear Mr Chan,\n\nI am very sorry about the leak. Our plumber will call you today.\n\nKind regards,\nAmy Lau';

describe('written-etiquette', () => {
  it('does not apply face to face or on the phone', () => {
    expect(evaluate(spoken, ['no greeting, SLA, ' + 'word '.repeat(90)])).toEqual([]);
  });

  it('email: a reply with greeting and sign-off costs nothing and is shown as done; each missing one costs points with a better phrasing', () => {
    const good = evaluate(email, [GOOD_EMAIL]);
    expect(points(good)).toBe(0);
    expect(keys(good)).toEqual(['emailGreeted', 'emailSignedOff']);
    expect(good[0]?.span?.text).toBe('Dear');
    const bare = evaluate(email, ['I am very sorry about the leak. Our plumber will call you today.']);
    expect(keys(bare)).toEqual(['noEmailGreeting', 'noEmailSignOff']);
    expect(points(bare)).toBe(2 * LAPSE_POINTS);
    expect(bare[0]?.suggestion?.key).toBe('scorecards.suggestions.emailGreeting');
    expect(bare[0]?.suggestion?.params.name).toBe(email.persona.name.en);
    expect(bare[1]?.suggestion?.key).toBe('scorecards.suggestions.emailSignOff');
  });

  it('email in Chinese: 稱呼 and 敬上 are recognised', () => {
    expect(points(evaluate(email, ['陳先生您好：\n\n非常抱歉，水喉師傅今日會致電您。\n\n祝 安好\n管理處 李美玲 敬上'], 'zh-Hant'))).toBe(0);
    expect(points(evaluate(email, ['非常抱歉，水喉師傅今日會致電您。'], 'zh-Hant'))).toBe(2 * LAPSE_POINTS);
  });

  it('chat: a wall of text costs points, with its length and line count and the limits in the explanation', () => {
    const short = evaluate(chat, ["I'm so sorry, Mr Chan. When did the leak start?"]);
    expect(short).toEqual([]);
    const wall = evaluate(chat, [`I'm so sorry. ${'We will look into it. '.repeat(14)}`]);
    expect(keys(wall)).toEqual(['chatWallWords']);
    expect(wall[0]?.message.params).toMatchObject({ length: 73, lines: 1, max: 60, maxLines: 3 });
    expect(wall[0]?.points).toBe(LAPSE_POINTS);
    const zh = evaluate(chat, [`陳先生，${'我們會盡快跟進您的個案。'.repeat(10)}`], 'zh-Hant');
    expect(keys(zh)).toEqual(['chatWallChars']);
  });

  it('chat: walls of text cost at most MAX_LOSS.wall however many there are, and each is still listed', () => {
    const wall = `Sorry. ${'We will look into it. '.repeat(14)}`;
    const many = evaluate(chat, [`${wall} a`, `${wall} b`, `${wall} c`, `${wall} d`]);
    expect(many.filter((e) => e.message.key.endsWith('chatWallWords'))).toHaveLength(4);
    expect(many.at(-1)?.points).toBe(0);
    expect(points(many)).toBe(MAX_LOSS.wall);
  });

  it('unexplained jargon costs points in chat and email, with the words and plain ones instead', () => {
    const items = evaluate(chat, ['Sorry, it is within our SLA.']);
    expect(keys(items)).toEqual(['jargon']);
    expect(items[0]?.span?.text).toBe('SLA');
    expect(items[0]?.suggestion?.params).toMatchObject({ term: 'SLA', plain: 'the time we promise to deal with it in' });
    expect(keys(evaluate(email, [GOOD_EMAIL.replace('Our plumber', 'We have raised a WO and our plumber')]))).toContain('jargon');
  });

  it('chat: a slow answer (the customer weighed it) is shown with the seconds waited and a holding line to send instead', () => {
    const sim = simulateTurn(chat, initialSimState(chat), 'Sorry, Mr Chan.', analysisOf('apologize'), { waited: 95 });
    const items = rule.evaluate({ scenario: chat, sim, turns: sim.turns, outcome: 'incomplete', locale: 'en', diagnosis: null });
    expect(keys(items)).toEqual(['chatSlow']);
    expect(items[0]?.message.params).toMatchObject({ seconds: 95, limit: 60 });
    expect(items[0]?.suggestion?.key).toBe('scorecards.suggestions.chatHolding');
  });
});

describe('written-etiquette in the shipped chat scenario (the real reader and scorer)', () => {
  it('the same good handling, opened with a wall of text, loses process points and says by how much', async () => {
    const { runDrill } = await import('../../drill/run-drill.ts');
    const { createReader } = await import('../../reading/read-reply.ts');
    const { scoreDrill } = await import('../score-drill.ts');
    const { golden } = await import('../../scenario/golden/chat-late-birthday-cake.golden.ts');
    const scenario = shipped('chat-late-birthday-cake');
    const good = golden.replies.good.en;
    const wall = [`${good[0]} ${'I want you to know that I will do everything I can to put this right for you as quickly as I possibly can. '.repeat(2)}`, ...good.slice(1)];
    const card = (replies: string[]) => {
      const run = runDrill(scenario, replies, { read: createReader(scenario), locale: 'en' });
      return scoreDrill(run.played, { ...run, locale: 'en' });
    };
    const [neat, walled] = [card(good), card(wall)];
    expect(neat.turns.flatMap((t) => t.evidence).filter((e) => e.rule === 'written-etiquette')).toEqual([]);
    const lapse = walled.turns[0]?.evidence.find((e) => e.rule === 'written-etiquette');
    expect(lapse?.message).toMatchObject({ key: 'scorecards.rules.chatWallWords', params: { max: 60, maxLines: 3 } });
    expect(walled.dimensions.process).toBe(neat.dimensions.process + LAPSE_POINTS);
  });
});
