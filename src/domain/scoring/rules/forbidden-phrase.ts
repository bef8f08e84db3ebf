// A forbidden phrase costs points on its own: the decks grade the wording itself (DOMAIN.md §5) —
// 十句禁語 (002_ec423cfec83186e4.txt), sentences to avoid (000_08713545b2ee6cbf.txt), ten service mistakes
// (004_c5ee271a011a6f74.txt).
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
