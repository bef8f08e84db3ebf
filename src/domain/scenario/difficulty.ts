// The difficulty levels, in their own module with no imports: storage and the dashboard read a stored
// attempt's difficulty on the library's first visit, which must not load zod or the engine
// (tests/e2e/library.test.ts keeps that first visit small).

/** The levels every scenario plays at (src/domain/scenario/playable.ts derives them). */
export const DIFFICULTIES = ['easy', 'standard', 'hard'] as const;
/** How hard one play is. */
export type Difficulty = (typeof DIFFICULTIES)[number];
export const DEFAULT_DIFFICULTY: Difficulty = 'standard';

/** Reads a stored or typed difficulty; anything else is standard (attempts from before difficulty existed). */
export function difficultyOf(value: unknown): Difficulty {
  return DIFFICULTIES.includes(value as Difficulty) ? (value as Difficulty) : DEFAULT_DIFFICULTY;
}
