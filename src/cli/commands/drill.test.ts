import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { golden } from '../../domain/scenario/golden/angry-resident.golden.ts';
import { shippedDoc } from '../../domain/scenario/test-support/shipped.ts';
import { InputError, UsageError } from '../command.types.ts';
import { command, parseDrillInput } from './drill.ts';

async function drill(args: string[], lines: object[]) {
  const out: string[] = [];
  const stdin = Readable.from([lines.map((l) => JSON.stringify(l)).join('\n')]);
  const code = await command.run(args, { stdin, stdout: (s) => void out.push(s), stderr: () => undefined });
  return { code, card: JSON.parse(out.join('')) as Record<string, any> }; // eslint-disable-line @typescript-eslint/no-explicit-any
}

const GOOD = golden.replies.good['zh-Hant'];

describe('defuse drill', () => {
  it('prints a scorecard, stops at the end state and lists unplayed replies', async () => {
    const { code, card } = await drill(['angry-resident', '--seed', '3'], [
      ...GOOD.map((text) => ({ text })),
      { text: '還有其他事嗎?' },
      { diagnosis: { cause: 'service', severity: 'serious', motive: 'fix' } },
    ]);
    expect(code).toBe(0);
    expect(card).toMatchObject({ scenario: 'angry-resident', locale: 'zh-Hant', outcome: 'resolved', passed: true });
    // Resolved by the seventh reply at the latest, so at least the extra question is left unplayed.
    expect(card.unplayed.at(-1)).toBe('還有其他事嗎?');
    expect(card.turns.length + card.unplayed.length).toBe(GOOD.length + 1);
    expect(Object.keys(card.dimensions)).toEqual(['language', 'listen', 'observe', 'ask', 'judge', 'decide', 'emotionFirst', 'process']);
    expect(card.turns[0]).toEqual(expect.objectContaining({ reply: GOOD[0], acts: expect.any(Array), forbidden: [], customer: expect.any(String), hostility: expect.any(Number), evidence: expect.any(Array) }));
    expect(card.hostility).toHaveLength(card.turns.length);
    // The diagnosis is fully correct: judge = 50 for motives + 50 for the diagnosis.
    expect(card.dimensions.judge).toBeGreaterThanOrEqual(95);
  });

  it('is deterministic: the same replies and seed give the same scorecard', async () => {
    const lines = GOOD.slice(0, 3).map((text) => ({ text }));
    expect((await drill(['angry-resident', '--seed', '5', '--locale', 'en'], lines)).card).toEqual((await drill(['angry-resident', '--seed', '5', '--locale', 'en'], lines)).card);
  });

  it('plays at the difficulty asked for: the same first reply calms an easy customer more than a hard one', async () => {
    const lines = GOOD.slice(0, 1).map((text) => ({ text }));
    const easy = (await drill(['angry-resident', '--difficulty', 'easy'], lines)).card;
    const hard = (await drill(['angry-resident', '--difficulty', 'hard'], lines)).card;
    expect(easy.hostility[0]).toBeLessThan(hard.hostility[0]);
    await expect(drill(['angry-resident', '--difficulty', 'brutal'], lines)).rejects.toThrow(/--difficulty must be one of easy, standard, hard/);
  });

  it('reports an incomplete drill when the replies run out first', async () => {
    const { card } = await drill(['broken-promise'], [{ text: '李女士,真的很對不起。' }]);
    expect(card.outcome).toBe('incomplete');
  });

  it('refuses an unknown scenario, bad options and bad input with one-line errors', async () => {
    await expect(drill(['no-such-scenario'], [])).rejects.toThrow(InputError);
    await expect(drill(['angry-resident', '--locale', 'fr'], [])).rejects.toThrow(UsageError);
    expect(() => parseDrillInput('{"txt": 1}')).toThrow(/line 1: expected/);
    expect(() => parseDrillInput('{"diagnosis": {}}\n{"text": "late"}')).toThrow(/nothing may follow/);
    expect(() => parseDrillInput('{"diagnosis": {"cause": "weather"}}')).toThrow(/diagnosis.cause must be one of/);
  });

  it('--delay (and a line\'s own "delay") simulates a slow answer in a chat scenario: the customer says so and hostility rises', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'defuse-drill-')), 'chat.json');
    writeFileSync(file, JSON.stringify({ ...shippedDoc('angry-resident'), schemaVersion: 5, setting: 'chat' }));
    const lines = [{ text: GOOD[0] }];
    const quick = (await drill([file, '--delay', '5'], lines)).card;
    const slow = (await drill([file, '--delay', '120'], lines)).card;
    expect(slow.hostility[0] - quick.hostility[0]).toBe(8);
    expect(slow.turns[0].customer).not.toBe(quick.turns[0].customer);
    expect(slow.turns[0].evidence.map((e: { message: { key: string } }) => e.message.key)).toContain('scorecards.rules.chatSlow');
    // A line's own delay wins over --delay.
    expect((await drill([file, '--delay', '120'], [{ text: GOOD[0], delay: 5 }])).card.hostility).toEqual(quick.hostility);
    await expect(drill([file, '--delay', 'soon'], lines)).rejects.toThrow(/--delay must be a whole number of seconds/);
    expect(() => parseDrillInput('{"text": "hi", "delay": -3}')).toThrow(/line 1: "delay" must be a whole number/);
  });
});
