// process: warm words with nothing behind them (docs/training-model.md#customer-model) — a reply that
// repeats an earlier one, an apology said again with nothing done, or one that left the customer waiting for something concrete — cost points, so
// keyword salad and a parroted apology do not score like real handling. Fake attention (caring words,
// forgetting the key need) is one of the wrong behaviours (docs/training-model.md#wrong-behaviours).
import { evidence, spanOf } from '../evidence.ts';
import { suggestWithExample } from '../scenario-example.ts';
import type { EvidenceItem, ScoringRule } from '../scorecard.types.ts';

export const PARROTED_POINTS = -10;
export const STALLED_POINTS = -8;
/** Sorry for the third time with nothing done: the apology has become a way of not acting. */
export const REPEATED_APOLOGY_POINTS = -10;

export const rule: ScoringRule = {
  id: 'substance',
  dimension: 'process',
  evaluate: ({ turns, scenario, locale }) => {
    const suggest = (key: Parameters<typeof suggestWithExample>[2]) => suggestWithExample(scenario, locale, key);
    const items: EvidenceItem[] = [];
    for (const turn of turns) {
      if (turn.signals.includes('parroted')) items.push(evidence('substance', 'process', PARROTED_POINTS, { key: 'parroted' }, { turn, suggestion: suggest('proposeSolution') }));
      else if (turn.signals.includes('apology-repeated')) items.push(evidence('substance', 'process', REPEATED_APOLOGY_POINTS, { key: 'repeatedApology' }, { turn, span: spanOf(turn, 'apologize'), suggestion: suggest('proposeSolution') }));
      else if (turn.signals.includes('stalled')) items.push(evidence('substance', 'process', STALLED_POINTS, { key: 'stalled' }, { turn, suggestion: suggest('proposeSolution') }));
    }
    return items;
  },
};
