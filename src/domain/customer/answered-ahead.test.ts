// scen15z (blind t25-26): "You're not being singled out: the same rule applies to every flat", told before she asks
// "why only me?", was read as no move, so the customer treated it as ignoring her ("Nice words. What's the actual
// arrangement?") and her hostility climbed. A reply that answers what she was going to object to answers her
// (customer/objections.ts, forestalls): it is not ignoring her and it moves the conversation on.
import { describe, expect, it } from 'vitest';
import { shippedPlayer } from '../drill/test-support/play-shipped.ts';

const play = shippedPlayer('stairwell-pram');

const lead = {
  en: ['Mrs Leung, please sit down. A red notice on your pram for the whole floor to see — I am sorry it was done like that.', 'How do you use the pram and the shoe cabinet day to day?'],
  'zh-Hant': ['梁太，請坐。張紅色告示貼喺你架BB車度，成層人都睇到，咁樣做真係對唔住。', '平時你點樣用架車同個鞋櫃？'],
  'zh-Hans': ['梁太太，请坐。红色告示贴在您的婴儿车上，整层人都看到，这样做真的对不起。', '平时您是怎么用婴儿车和鞋柜的？'],
} as const;
const sameForAll = {
  en: 'The same rule applies to every flat, so nobody is singled out.',
  'zh-Hant': '呢條規矩每一層都一樣，唔係淨係你一家。',
  'zh-Hans': '这条规定每一层都一样，不是只针对您一家。',
} as const;

describe('the same rule for everyone, told before she asks "why only me?"', () => {
  it.each(['en', 'zh-Hant', 'zh-Hans'] as const)('answers her: she is not ignored and does not get angrier (%s)', (locale) => {
    const run = play(locale, [...lead[locale], sameForAll[locale]]);
    const turn = run.sim.turns[2]!;
    expect(turn.signals).not.toContain('ignored');
    expect(turn.signals).not.toContain('stalled');
    expect(turn.hostility).toBeLessThanOrEqual(turn.hostilityBefore);
  });

  it('is still a reply that ignores her when it names nothing of hers', () => {
    const run = play('en', [...lead.en, 'The lift lobby was repainted last year.']);
    expect(run.sim.turns[2]?.signals).toContain('ignored');
  });

  it('is not news once she has had it answered: naming it again does not spare a hollow reply', () => {
    const run = play('en', [...lead.en, sameForAll.en, sameForAll.en]);
    expect(run.sim.turns[3]?.signals).not.toContain('objection-answered');
    expect(run.sim.turns[3]?.hostility).toBeGreaterThanOrEqual(run.sim.turns[2]!.hostility);
  });
});
