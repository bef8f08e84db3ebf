// A guided drill scores exactly as typing its options would (issue 11), so an option's kind must match how
// the real reader reads it: a "harmful" option reads as a harmful move or a forbidden phrase, a "good" one
// reads as neither — in every locale, for every shipped scenario (lex38; issue 15 part A checked three).
import { describe, expect, it } from 'vitest';
import { createReader } from '../reading/read-reply.ts';
import { isHarmful } from '../reply/moves.ts';
import type { Locale } from '../reply/reply.types.ts';
import { SHIPPED_IDS, shipped } from './test-support/shipped.ts';

const LOCALES: Locale[] = ['zh-Hant', 'zh-Hans', 'en'];

/**
 * Harmful options no reply move names (docs/training-model.md, "The reply moves"), so the reader rightly reads them as no move: a trainee who
 * picks one loses nothing. "Your father can take the stairs slowly" leaves the need unmet (§6: fake
 * attention, thinking the customer is easy to fob off) without blaming, refusing, deflecting or dismissing
 * her feelings. Listed by scenario, state and option index; the test fails once the reader does read one
 * as harmful, so the entry is removed here rather than left stale.
 */
const NO_MOVE_NAMES_IT = new Set(['lift-outage-email solving[2]']);

describe.each(SHIPPED_IDS)('%s: guided options read as their kind', (id) => {
  const scenario = shipped(id);
  const read = createReader(scenario);
  const options = Object.entries(scenario.guided ?? {}).flatMap(([state, list]) =>
    list.map((option, index) => ({ key: `${id} ${state}[${index}]`, option })),
  );

  it('has guided options', () => {
    expect(options.length).toBeGreaterThan(0);
  });

  it.each(LOCALES)('%s', (locale) => {
    const wrong: string[] = [];
    const unnamed: string[] = [];
    for (const { key, option } of options) {
      const reading = read(option.text[locale], { locale });
      const harm = reading.acts.some(isHarmful) || reading.forbidden.length > 0;
      const line = `${key} ${option.kind} reads as [${reading.acts.join(', ')}]: ${option.text[locale]}`;
      if (NO_MOVE_NAMES_IT.has(key)) {
        if (harm) unnamed.push(line);
        continue;
      }
      if (option.kind === 'harmful' && !harm) wrong.push(line);
      if (option.kind === 'good' && harm) wrong.push(line);
    }
    expect(wrong).toEqual([]);
    expect(unnamed, 'now read as harmful: take it off NO_MOVE_NAMES_IT').toEqual([]);
  });
});
