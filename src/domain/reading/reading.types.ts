import type { ReplyAnalysis } from '../reply/reply.types.ts';
import type { OwnerMention } from './owners.ts';
import type { TimeMention } from './times.ts';

/** What a reply says beyond its moves: when, who, and which of the scenario's facts and remedies it names. */
export interface ReplyDetails {
  /** Times named (今日下晝三點, tomorrow 9–12), in text order, spans in the original reply. */
  times: TimeMention[];
  /** Who is named as acting (我, 師傅, my manager; 有人 = nobody in particular). */
  owners: OwnerMention[];
  /** Ids of the scenario's facts whose topics the reply mentions, in the order mentioned. */
  facts: string[];
  /** Ids of the scenario's remedies (wants.remedies) whose words the reply uses, in the order used. */
  remedies: string[];
}

/**
 * The one reading of a reply (read-reply.ts): the moves and forbidden phrases with their evidence, and
 * the details. The practice feedback shows it, the customer reacts to it, the scorecard scores it, and it
 * is stored with the attempt and sent as xAPI — computed once per reply.
 */
export interface Reading extends ReplyAnalysis {
  details: ReplyDetails;
}
