import { END_STATE_IDS } from './scenario.schema.ts';
import type { EndStateId } from './scenario.types.ts';

/** True for resolved, escalated and walked_out. */
export const isEndState = (id: string): id is EndStateId => (END_STATE_IDS as readonly string[]).includes(id);
