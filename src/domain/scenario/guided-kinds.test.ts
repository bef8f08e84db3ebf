// A guided drill scores exactly as typing its options would (issue 11), so an option's kind must match how
// the real reader reads it: a "harmful" option reads as a harmful move or a forbidden phrase, a "good" one
// reads as neither — in every locale. Checked for the spoken scenarios added by issue 15 (part A).
import { describe, expect, it } from 'vitest';
import { createReader } from '../reading/read-reply.ts';
import { isHarmful } from '../reply/moves.ts';
import type { Locale } from '../reply/reply.types.ts';
import { shipped } from './test-support/shipped.ts';

const IDS = ['stairwell-pram', 'restaurant-public-review'];
const LOCALES: Locale[] = ['zh-Hant', 'zh-Hans', 'en'];

describe.each(IDS)('%s: guided options read as their kind', (id) => {
  const scenario = shipped(id);
  const read = createReader(scenario);
  const options = Object.entries(scenario.guided ?? {}).flatMap(([state, list]) => list.map((option) => ({ state, option })));

  it.each(LOCALES)('%s', (locale) => {
    const wrong: string[] = [];
    for (const { state, option } of options) {
      const reading = read(option.text[locale], { locale });
      const harm = reading.acts.some(isHarmful) || reading.forbidden.length > 0;
      if (option.kind === 'harmful' && !harm) wrong.push(`${state} harmful reads as [${reading.acts.join(', ')}]: ${option.text[locale]}`);
      if (option.kind === 'good' && harm) wrong.push(`${state} good reads as [${reading.acts.join(', ')}]: ${option.text[locale]}`);
    }
    expect(wrong).toEqual([]);
  });
});
