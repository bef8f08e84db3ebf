// A time the customer named herself, read back to her, tells her nothing about when her case moves on: it
// is listening, not an arrangement she can accept or weigh (her-times.ts; patience.ts informsTime).
import { describe, expect, it } from 'vitest';
import { runDrill } from '../drill/run-drill.ts';
import { createReader } from '../reading/read-reply.ts';
import type { Locale } from '../reply/reply.types.ts';
import { baseSeed } from '../scenario/base-seed.ts';
import { shipped } from '../scenario/test-support/shipped.ts';
import { herTimes } from './her-times.ts';
import { initialSimState } from './simulate-turn.ts';

const lift = shipped('lift-outage-email');
const play = (locale: Locale, replies: string[]) => runDrill(lift, replies, { read: createReader(lift), locale, seed: baseSeed(lift) });

describe('her own times', () => {
  it('are the times in her opening words, in the drill language', () => {
    const sim = initialSimState(lift, 1);
    // "The Block B lift has been out since 6 pm yesterday … a hospital appointment tomorrow morning."
    expect([...herTimes(lift, sim, 'en')]).toEqual(expect.arrayContaining(['6 pm', 'tomorrow']));
    expect(herTimes(lift, sim, 'zh-Hant').size).toBeGreaterThan(0);
  });
});

describe('reading her times back', () => {
  const heard = {
    en: 'Dear Mr Cheung, thank you for your email, and please accept my sincere apologies. A third breakdown this month, with your 82-year-old father on the 17th floor, is not acceptable, and I understand why you are angry.',
    'zh-Hant': '張先生，多謝你嘅電郵，真係非常抱歉。今個月第三次壞𨋢，你爸爸八十二歲住十七樓，實在唔應該，我明白你點解咁嬲。',
  } as const;
  const readBack = 'To make sure I have it right: the lift has been out since 6 pm yesterday, and your father has a hospital appointment tomorrow morning. Could you tell me the appointment time, so that we can plan around it?';

  it('is not taken as an arrangement: she tells more, nothing is on the table (en)', () => {
    const run = play('en', [heard.en, readBack]);
    expect(run.sim.turns.at(-1)?.signals).not.toContain('solution-accepted');
    expect(run.sim.offer).toBeNull();
    expect(run.sim.state).not.toBe('closing');
  });

  it('is not weighed as an offer missing its owner (Cantonese)', () => {
    const run = play('zh-Hant', [heard['zh-Hant'], '我想確認吓：部𨋢由尋晚六點停到而家，你爸爸聽朝要去醫院覆診，想問覆診係幾點，等我哋可以安排？']);
    expect(run.sim.turns.at(-1)?.signals.filter((s) => s.startsWith('solution-'))).toEqual([]);
    expect(run.sim.offer).toBeNull();
  });

  it('leaves the plan that follows weighed on its own remedy and times', () => {
    const run = play('en', [heard.en, readBack, 'Our engineer will be on site by 2 pm today, and two of our staff will come with a stair-climber tomorrow morning to take your father down to a taxi.']);
    expect(run.sim.offer).toMatchObject({ remedy: 'escort', status: 'accepted' });
  });
});
