// What the customer wants and objects to, and the customer's own remarks (docs/training-model.md#customer-model).
import { z } from 'zod';
import { FactTopicsSchema, LineSchema, LocalizedTextSchema, moveId, stateId } from './scenario-text.schema.ts';
import { OBJECTION_KINDS, REMARK_IDS, WHEN_IDS } from './scenario-vocabulary.ts';

export const RemedySchema = z
  .object({
    id: stateId.describe('Remedy id.'),
    label: LocalizedTextSchema.describe('What the remedy is, as shown to trainers.'),
    topics: FactTopicsSchema.describe('Words a reply uses when it offers this remedy (維修, 退款, plumber, refund…).'),
    verdict: z
      .enum(['accept', 'partial', 'reject'])
      .describe('accept: it solves the problem; partial: acceptable only with more (the customer says what); reject: no good (the customer says why).'),
    says: z
      .array(LineSchema)
      .min(1)
      .optional()
      .describe('What the customer says to it (needed for partial and reject); for accept, what she says taking it from a choice of remedies she would accept.'),
  })
  .strict();

export const WantsSchema = z
  .object({
    says: z.array(LineSchema).min(1).optional().describe('What the customer says when asked what they want (ask_preference); neutral default words if left out.'),
    remedies: z.array(RemedySchema).min(1).describe('Remedies the customer may be offered and how each lands; an offer naming none of them is weighed on its time and owner alone.'),
    deadline: z
      .object({
        by: z.enum(WHEN_IDS).describe('The latest the customer can accept: now, today, tomorrow, week.'),
        pushback: z.array(LineSchema).min(1).describe('What the customer says to a later time ("Tomorrow? I need water today.").'),
      })
      .strict()
      .optional(),
  })
  .strict()
  .describe('What the customer wants (docs/training-model.md#customer-model): acceptable remedies, a deadline, what they say when asked.');

const AnswerSchema = z
  .object({
    anyActs: z.array(moveId).min(1).optional().describe('The reply makes one of these moves.'),
    remedies: z.array(stateId).min(1).optional().describe('The reply offers one of these remedies.'),
    within: z.enum(WHEN_IDS).optional().describe('The reply names a time no later than this.'),
    owner: z.boolean().optional().describe('The reply names who will act.'),
    facts: z.array(stateId).min(1).optional().describe('The reply names one of these facts (by its topics): what the answer is about.'),
  })
  .strict()
  .describe('All given parts must hold in one reply.');

export const ObjectionSchema = z
  .object({
    id: stateId.describe('Objection id.'),
    kind: z.enum(OBJECTION_KINDS).describe('compensation demanded, "I need it today", doubt the promise is real, a colleague to be punished, or other.'),
    label: LocalizedTextSchema.describe('What the customer objects, as shown on the scorecard.'),
    raisedWhen: z.enum(['offer', 'accepted']).describe('offer: when a remedy is first offered; accepted: once a solution is accepted.'),
    says: z.array(LineSchema).min(1).describe('How the customer raises it.'),
    answeredBy: z.array(AnswerSchema).min(1).describe('Any of these answers it (step 5 ask their view, 定 a solution both accept).'),
    answered: z.array(LineSchema).min(1).describe('What the customer says once it is answered.'),
    hostility: z.number().int().min(0).max(30).describe('Hostility added when raised; taken off again when answered.'),
    optional: z
      .boolean()
      .optional()
      .describe('Seeded variation: on some plays (about half, chosen by the seed) this customer never raises it. A hard drill always brings it.'),
  })
  .strict();

export const RemarksSchema = z
  .object(
    Object.fromEntries(REMARK_IDS.map((id) => [id, z.array(LineSchema).min(1).optional()])) as Record<(typeof REMARK_IDS)[number], z.ZodOptional<z.ZodArray<typeof LineSchema>>>,
  )
  .strict()
  .describe(
    'What the customer says when the engine notices something: an apology said three times, a parroted reply, warm words with no substance, ' +
      'a promise with no time or no owner, a question asked again or with nothing left to tell, a first harmful reply, being asked again what they want, ' +
      'a slow answer in a written channel (slowReply). ' +
      'Any left out are said in neutral default words.',
  );
