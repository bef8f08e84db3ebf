// A forbidden phrase costs points on its own: the decks grade the wording itself (docs/training-model.md#forbidden-phrases) —
// 十句禁語 (docs/training-model.md#ten-forbidden), sentences to avoid (docs/training-model.md#angry-customer), ten service mistakes
// (docs/training-model.md#service-mistakes).
import { evidence } from '../evidence.ts';
import { sameWords } from '../same-words.ts';
import type { ScoringRule } from '../scorecard.types.ts';

export const FORBIDDEN_PHRASE_POINTS = -15;

export const rule: ScoringRule = {
  id: 'forbidden-phrase',
  dimension: 'language',
  evaluate: ({ turns }) =>
    turns.flatMap((turn) =>
      turn.analysis.forbidden.map((hit) =>
        evidence(
          'forbidden-phrase',
          'language',
          FORBIDDEN_PHRASE_POINTS,
          // A variant (你冷静一点 for the listed 你平静一点) is said to be one, with the trainee's own words.
          { key: sameWords(hit.matched, hit.phrase) ? 'forbiddenPhrase' : 'forbiddenPhraseVariant', params: { phrase: hit.phrase, matched: hit.matched, list: hit.list, source: hit.source } },
          {
            turn,
            span: { start: hit.start, end: hit.end, text: hit.matched },
            suggestion: { key: 'useInstead', params: { better: hit.better } },
          },
        ),
      ),
    ),
};
