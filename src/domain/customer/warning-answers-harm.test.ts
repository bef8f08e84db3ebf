// scen15gg: her warning ("Talk to me like that once more and I want your manager", 「你再咁講嘢，我就要見你經理！」) answers a reply
// that harmed her. scen15ff counted 40 of 190 warnings at standard said to replies that did her no harm — a bland 「好」, a
// record read out, "Found it. Your slot is 1 to 3pm" — when only her patience had run to the edge. To those she asks for
// substance in her own words (whatExactly, or noSubstance after warm words); a harmful reply still draws the warning.
// Every shipped scenario, all three languages, through today's reader.
import { describe, expect, it } from 'vitest';
import { createReader } from '../reading/read-reply.ts';
import type { Locale } from '../reply/reply.types.ts';
import type { LocalizedText, Scenario, SimState } from '../scenario/scenario.types.ts';
import { readingOf } from '../scenario/test-support/keyword-classifier.ts';
import { shipped, SHIPPED_IDS } from '../scenario/test-support/shipped.ts';
import { remark } from './remarks.ts';
import { initialSimState, simulateTurn } from './simulate-turn.ts';

const BLAND: Record<Locale, string> = { 'zh-Hant': '好。', 'zh-Hans': '嗯。', en: 'OK.' };
const keys = (lines: readonly LocalizedText[]) => new Set(lines.map((l) => l.en));
/** She is at the edge: one more point of hostility and she would break off. */
const atTheEdge = (s: Scenario): SimState => ({ ...initialSimState(s, 1), hostility: s.thresholds.explode - 1, state: Object.keys(s.states).at(-1)! });

describe('the warning answers harm; a harmless reply at the edge draws her prompt for substance (scen15gg)', () => {
  for (const id of SHIPPED_IDS) {
    it(`${id}: 「好。」／「嗯。」／"OK." at the edge → no warning line; blame at the edge → the warning`, () => {
      const s = shipped(id);
      const read = createReader(s);
      const warning = keys(remark(s, 'warning'));
      const prompts = new Set([...keys(remark(s, 'whatExactly')), ...keys(remark(s, 'noSubstance')), ...keys(remark(s, 'unanswered'))]);
      for (const locale of Object.keys(BLAND) as Locale[]) {
        const turn = simulateTurn(s, atTheEdge(s), BLAND[locale], read(BLAND[locale], { locale })).turns.at(-1)!;
        if (!turn.signals.includes('warning')) continue; // her patience held: nothing to answer
        expect(turn.customer.some((l) => warning.has(l.en)), `${locale}: ${turn.customer.map((l) => l[locale]).join(' ')}`).toBe(false);
        expect(turn.customer.some((l) => prompts.has(l.en)), `${locale}: ${turn.customer.map((l) => l[locale]).join(' ')}`).toBe(true);
      }
      const blamed = simulateTurn(s, atTheEdge(s), 'x', readingOf(['blame_customer'], {})).turns.at(-1)!;
      expect(blamed.signals).toContain('warning');
      expect(blamed.customer.some((l) => warning.has(l.en))).toBe(true);
    });
  }
  it('the bland reply at the edge does reach the warning in some scenarios (the test is not vacuous; elsewhere her patience absorbs one 「好」)', () => {
    const reached = SHIPPED_IDS.filter((id) => {
      const s = shipped(id);
      const read = createReader(s);
      return simulateTurn(s, atTheEdge(s), 'OK.', read('OK.', { locale: 'en' })).turns.at(-1)!.signals.includes('warning');
    });
    expect(reached.length).toBeGreaterThanOrEqual(3);
  });
});
