import { z } from 'zod';
import { MAX_REPLY_LENGTH } from '../limits.ts';
import { MOVE_IDS, type MoveId } from '../reply/moves.ts';
import { LOCALES, type Locale } from '../reply/reply.types.ts';

/**
 * "I think this was misread": a trainee's flag on one reply, kept beside the attempt, reviewed by a trainer,
 * and — once labelled — one line of the organisation's own labelled set (tests/eval/*.jsonl format).
 */
export const FLAG_VERSION = 1;
/** Longest comment a trainee may add to a flag, in characters (the form counts down to it). */
export const MAX_FLAG_COMMENT = 500;
/** Most flags one bundle may carry. */
export const MAX_BUNDLE_FLAGS = 50_000;

const moveId = z.enum(MOVE_IDS as unknown as [MoveId, ...MoveId[]]);
const moves = z.array(moveId).max(MOVE_IDS.length).refine((list) => new Set(list).size === list.length, 'a move is listed twice');
const recordId = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,80}$/, 'not a valid id');
const iso = z.string().min(10).max(40).refine((s) => !Number.isNaN(Date.parse(s)), 'not a date');

/** The words that earned one move, as the reader reported them (offsets into `reply`). */
const evidenceSchema = z.object({ move: moveId, start: z.number().int().min(0), end: z.number().int().min(0) });

/** The trainer's reading of the reply: the label format of tests/eval/*.jsonl. */
export const flagLabelSchema = z
  .object({
    /** Moves the reply makes (must be read). */
    expect: moves,
    /** Moves the reply does not make (must not be read). */
    reject: moves,
    /** true: a forbidden phrase is there; false: none is; null: not judged. */
    forbidden: z.boolean().nullable(),
    /** The trainer who labelled it. */
    by: z.string().min(1).max(200),
    /** When (ISO 8601). */
    at: iso,
  })
  .refine((l) => !l.expect.some((m) => l.reject.includes(m)), { message: 'a move is both expected and rejected', path: ['reject'] });
export type FlagLabel = z.infer<typeof flagLabelSchema>;

export const FLAG_STATUSES = ['open', 'labelled', 'dismissed'] as const;
export type FlagStatus = (typeof FLAG_STATUSES)[number];

export const misreadFlagSchema = z
  .object({
    schemaVersion: z.literal(FLAG_VERSION),
    /** The flag's own id (also its id in the labelled set). */
    id: recordId,
    /** The attempt the reply belongs to (the drill's attempt id, known from the first reply). */
    attemptId: recordId,
    /** 0-based index of the trainee's turn in the attempt. */
    turn: z.number().int().min(0).max(499),
    /** The reply exactly as typed. */
    reply: z.string().min(1).max(MAX_REPLY_LENGTH),
    /** The reply's language as the reader detected it (the labelled set's `locale`). */
    locale: z.enum(LOCALES as unknown as [Locale, ...Locale[]]),
    scenarioId: recordId,
    /** Who flagged it. */
    trainee: z.string().min(1).max(200),
    /** The moves the reader found, in its order. */
    found: moves,
    /** The words that earned each move. */
    evidence: z.array(evidenceSchema).max(200),
    /** Whether the reader flagged a forbidden phrase. */
    forbiddenFound: z.boolean(),
    /** What the trainee thinks: moves read that are not in the reply, and moves in the reply that were not read. */
    suggestion: z.object({ wrong: moves, missing: moves }),
    /** The trainee's words (plain text, never markup). */
    comment: z.string().max(MAX_FLAG_COMMENT),
    createdAt: iso,
    status: z.enum(FLAG_STATUSES),
    /** Set when a trainer labelled it (status `labelled`). */
    label: flagLabelSchema.optional(),
    /** When a trainer labelled or dismissed it. */
    reviewedAt: iso.optional(),
  })
  .refine((f) => f.status !== 'labelled' || f.label !== undefined, { message: 'a labelled flag has no label', path: ['label'] })
  .refine((f) => f.evidence.every((e) => e.end <= f.reply.length && e.start <= e.end), { message: 'evidence outside the reply', path: ['evidence'] });
export type MisreadFlag = z.infer<typeof misreadFlagSchema>;

/** Why a stored or imported flag was refused: the field and the problem, in one sentence. */
export class FlagRefused extends Error {
  override name = 'FlagRefused';
  constructor(
    readonly field: string,
    readonly problem: string,
  ) {
    super(field ? `${field}: ${problem}` : problem);
  }
}

/** Checks a flag read from storage or a file; throws FlagRefused naming the field. */
export function parseFlag(raw: unknown): MisreadFlag {
  const result = misreadFlagSchema.safeParse(raw);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new FlagRefused(issue ? issue.path.map(String).join('.') : '', issue?.message ?? 'invalid');
}

/** What the trainee fills in; the rest of the flag comes from the turn. */
export interface FlagInput {
  attemptId: string;
  turn: number;
  reply: string;
  locale: Locale;
  scenarioId: string;
  trainee: string;
  found: readonly MoveId[];
  evidence: readonly { move: MoveId; start: number; end: number }[];
  forbiddenFound: boolean;
  wrong: readonly MoveId[];
  missing: readonly MoveId[];
  comment: string;
}

/** A new open flag. The comment is trimmed and cut to the limit; the reply to the reply limit. */
export function createFlag(input: FlagInput, id: string, now: Date): MisreadFlag {
  const reply = input.reply.slice(0, MAX_REPLY_LENGTH);
  return parseFlag({
    schemaVersion: FLAG_VERSION,
    id,
    attemptId: input.attemptId,
    turn: input.turn,
    reply,
    locale: input.locale,
    scenarioId: input.scenarioId,
    trainee: input.trainee.slice(0, 200),
    found: [...new Set(input.found)],
    evidence: input.evidence.filter((e) => e.end <= reply.length).slice(0, 200).map(({ move, start, end }) => ({ move, start, end })),
    forbiddenFound: input.forbiddenFound,
    suggestion: { wrong: [...new Set(input.wrong)], missing: [...new Set(input.missing)] },
    comment: input.comment.trim().slice(0, MAX_FLAG_COMMENT),
    createdAt: now.toISOString(),
    status: 'open',
  });
}

/**
 * The trainer's starting point for labelling: what the reader found, minus what the trainee says was not
 * there, plus what they say was missed; the moves they called wrong are rejected.
 */
export function suggestedLabel(flag: MisreadFlag): Pick<FlagLabel, 'expect' | 'reject' | 'forbidden'> {
  const wrong = new Set(flag.suggestion.wrong);
  const expect = MOVE_IDS.filter((m) => (flag.found.includes(m) && !wrong.has(m)) || flag.suggestion.missing.includes(m));
  return { expect, reject: MOVE_IDS.filter((m) => wrong.has(m) && !expect.includes(m)), forbidden: flag.forbiddenFound ? true : null };
}

/** One line of the labelled set, exactly as tests/eval/*.jsonl writes it. */
export interface LabelledLine {
  id: string;
  locale: Locale;
  text: string;
  expect: MoveId[];
  reject: MoveId[];
  forbidden: boolean | null;
  kind: 'flagged';
}

export function toLabelledLine(flag: MisreadFlag & { label: FlagLabel }): LabelledLine {
  const order = (list: readonly MoveId[]) => MOVE_IDS.filter((m) => list.includes(m));
  return { id: flag.id, locale: flag.locale, text: flag.reply, expect: order(flag.label.expect), reject: order(flag.label.reject), forbidden: flag.label.forbidden, kind: 'flagged' };
}

/** The organisation's labelled set: every labelled flag, oldest first, one JSON object per line. */
export function labelledSetJsonl(flags: readonly MisreadFlag[]): string {
  const lines = flags
    .filter((f): f is MisreadFlag & { label: FlagLabel } => f.status === 'labelled' && f.label !== undefined)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))
    .map((f) => JSON.stringify(toLabelledLine(f)));
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}
