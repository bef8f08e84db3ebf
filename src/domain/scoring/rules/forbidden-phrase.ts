// A forbidden phrase costs points on its own: the decks grade the wording itself (docs/training-model.md#forbidden-phrases) —
// 十句禁語 (docs/training-model.md#ten-forbidden), sentences to avoid (docs/training-model.md#angry-customer), ten service mistakes
// (docs/training-model.md#service-mistakes).
import { evidence } from '../evidence.ts';
import type { ScoringRule } from '../scorecard.types.ts';

export const FORBIDDEN_PHRASE_POINTS = -15;

export const rule: ScoringRule = {
  id: 'forbidden-phrase',
  dimension: 'language',
  evaluate: ({ turns }) =>
    turns.flatMap((turn) =>
      turn.analysis.forbidden.map((hit) =>
        evidence('forbidden-phrase', 'language', FORBIDDEN_PHRASE_POINTS, { key: 'forbiddenPhrase', params: { phrase: hit.phrase, list: hit.list, source: hit.source } }, {
          turn,
          span: { start: hit.start, end: hit.end, text: hit.matched },
          suggestion: { key: 'useInstead', params: { better: hit.better } },
        }),
      ),
    ),
};
