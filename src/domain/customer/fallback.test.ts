// An alternative offered "if that's too late" beside the offer on the table, and a customer let close on the
// reply that completes the offer she was weighing (fallback.ts; simulate-turn.ts closesInNextState).
import { describe, expect, it } from 'vitest';
import { runDrill } from '../drill/run-drill.ts';
import { createReader } from '../reading/read-reply.ts';
import { baseSeed } from '../scenario/base-seed.ts';
import { shipped } from '../scenario/test-support/shipped.ts';
import { fallbackSentences } from './fallback.ts';

const spans = (text: string) => fallbackSentences(text).map((s) => text.slice(s.start, s.end).trim());

describe('fallback sentences', () => {
  it('finds a sentence that opens on a condition, in English and Chinese', () => {
    expect(spans("He'll be back in ten minutes. If it's too late, I can book you tomorrow instead.")).toEqual(["If it's too late, I can book you tomorrow instead."]);
    expect(spans('陳醫師十分鐘後回來。如果您覺得太晚了，我也可以幫您改到明天上午。')).toEqual(['如果您覺得太晚了，我也可以幫您改到明天上午。']);
    expect(spans('Otherwise we can send it tomorrow.')).toEqual(['Otherwise we can send it tomorrow.']);
  });

  it('leaves a plain offer alone, and "if" inside a sentence', () => {
    expect(spans("I'll book you in for tomorrow at nine, if that suits you.")).toEqual([]);
    expect(spans('我今日下晝三點前叫師傅上嚟。')).toEqual([]);
  });
});

describe('the offer on the table', () => {
  const clinic = shipped('clinic-reception-wait');
  const play = (replies: string[]) => runDrill(clinic, replies, { read: createReader(clinic), locale: 'en', seed: baseSeed(clinic) });
  // Heard out; then "he'll be back in ten minutes and you'll be first in" names no one to act: she asks who.
  const heard = [
    "Mrs Lin, I'm Grace from reception. I'm sorry, you've waited two hours and nobody came to tell you anything.",
    "You had the 2:30 with Dr Chen, yes? At three Dr Chen was called to an emergency patient; you haven't been forgotten.",
    "He'll be back in about ten minutes and you'll be first in. Is that alright for you, or do you need to be somewhere?",
  ];

  it('stays as it was when a later alternative is offered "if that is too late"', () => {
    const before = play(heard).sim.offer;
    const run = play([...heard, "If that's too late, I can book you first thing tomorrow morning instead."]);
    expect(before).toMatchObject({ when: 'now', owner: false, status: 'pending' });
    expect(run.sim.offer).toEqual(before);
    expect(run.sim.turns.at(-1)?.signals).not.toContain('solution-late');
  });

  it('is weighed as usual when the later time is said outright', () => {
    const run = play([...heard, 'I can book you first thing tomorrow morning instead.']);
    expect(run.sim.offer?.when).toBe('tomorrow');
    expect(run.sim.turns.at(-1)?.signals).toContain('solution-late');
  });

  it('completed with who will act and a timed follow-up, lets the customer close on that reply', () => {
    const run = play([...heard, "I'll come and get you myself as soon as Dr Chen is back."]);
    expect(run.outcome).toBe('resolved');
    expect(run.sim.turns).toHaveLength(4);
  });
});
