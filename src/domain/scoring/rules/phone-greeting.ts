// On the phone, the first three seconds decide: greet with company, department, your own name and an
// offer to help (docs/training-model.md#inbound-call, 電話呼入操作流程). Only for phone scenarios.
import { evidence, spanOf } from '../evidence.ts';
import type { ScoringRule } from '../scorecard.types.ts';

export const NO_GREETING_POINTS = -10;

export const rule: ScoringRule = {
  id: 'phone-greeting',
  dimension: 'process',
  evaluate: ({ scenario, turns }) => {
    const first = turns[0];
    if (scenario.setting !== 'phone' || !first) return [];
    return first.analysis.acts.includes('greet')
      ? [evidence('phone-greeting', 'process', 0, { key: 'greetedOnPhone' }, { turn: first, span: spanOf(first, 'greet') })]
      : [evidence('phone-greeting', 'process', NO_GREETING_POINTS, { key: 'noPhoneGreeting' }, { turn: first, suggestion: { key: 'phoneGreeting' } })];
  },
};
