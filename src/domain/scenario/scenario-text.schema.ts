// The building blocks of the scenario format: visible text in three locales, ids, and the customer line
// with what must be true to say it (scenario.schema.ts composes the whole file from these).
import { z } from 'zod';
import { MAX_TEXT_LENGTH, MAX_TOPIC_LENGTH, MAX_TOPICS, hasVisibleText } from '../limits.ts';
import { MOVE_IDS, type MoveId } from '../reply/moves.ts';

/** Visible text: not empty, not only invisible characters, at most `max` characters. */
const visible = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max, `at most ${max} characters`)
    .refine(hasVisibleText, 'shows nothing: only spaces or invisible characters');
export const nonEmpty = visible(MAX_TEXT_LENGTH);

export const LocalizedTextSchema = z
  .object({
    'zh-Hant': nonEmpty.describe('Traditional Chinese (Hong Kong wording welcome).'),
    'zh-Hans': nonEmpty.describe('Simplified Chinese.'),
    en: nonEmpty.describe('English.'),
  })
  .strict()
  .describe('A visible string in all three locales.');

export const moveId = z.enum(MOVE_IDS as unknown as [MoveId, ...MoveId[]]).describe('A reply move id (docs/training-model.md#reply-moves).');
export const stateId = z
  .string()
  .regex(/^[a-z][a-z0-9_-]*$/, 'ids are lowercase letters, digits, "-" and "_"')
  .describe('A conversation state id.');
export const hostility = z.number().int().min(0).max(100);

/** What must have happened for the customer to say a line (so no line presupposes what did not happen). */
export const NeedsSchema = z
  .object({
    facts: z.array(z.string()).min(1).optional().describe('All of these facts are known (the customer told them).'),
    offered: z.boolean().optional().describe('A remedy has (true) or has not (false) been offered.'),
    accepted: z.boolean().optional().describe('The customer has (true) or has not (false) accepted a solution.'),
    remedies: z.array(z.string()).min(1).optional().describe('One of these remedies (wants.remedies ids) has been offered.'),
  })
  .strict()
  .describe('What must be true before the customer says this line.');

export const LineSchema = LocalizedTextSchema.extend({ needs: NeedsSchema.optional() })
  .strict()
  .describe('A customer line in all three locales, optionally with what must be true to say it.');

const topicList = z.array(visible(MAX_TOPIC_LENGTH)).min(1).max(MAX_TOPICS);

export const FactTopicsSchema = z
  .object({
    'zh-Hant': topicList.optional().describe('Traditional Chinese topic words, e.g. 電話, 師傅, 天花.'),
    'zh-Hans': topicList.optional().describe('Simplified Chinese topic words, e.g. 电话, 师傅, 天花.'),
    en: topicList.optional().describe('English topic words, e.g. phone, plumber, ceiling.'),
  })
  .strict()
  .describe(
    "Words or short phrases a trainee's question may mention when asking about this fact. A question (a move in revealedBy) " +
      'that mentions one brings this fact out before facts listed earlier; without a mention, and for a plain "go on", the ' +
      'order of facts applies. Every locale\'s list is checked against every reply, ignoring case, full-width forms, 您/你 and ' +
      'Traditional/Simplified script. English words match whole words with an optional -s/-es/-d/-ed/-ing ("call" finds ' +
      '"called", not "recall"); Chinese words match anywhere, so avoid single characters that occur in unrelated words.',
  );
