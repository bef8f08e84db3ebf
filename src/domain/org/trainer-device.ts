// "Set up this device for a trainer": on a device without an organisation passcode, trainer tools unlock
// only after an explicit set-up that names the trainer and hands out a recovery code, so a forgotten
// passcode is replaced without wiping a single attempt (issue 19, Found 4).
import * as z from 'zod/mini';
import { IsoDateSchema } from '../records/schemas/attempt.schema.ts';
import { isObj, RecordRefused, versionOf } from '../records/schemas/record-refused.ts';
import { checkPasscode, createPasscode, PBKDF2_ITERATIONS, PasscodeSchema } from '../records/passcode.ts';

export const DEVICE_TRAINER_VERSION = 1;

export const DeviceTrainerSchema = z.object({
  schemaVersion: z.literal(DEVICE_TRAINER_VERSION),
  /** The trainer who set the device up: the reviewer of every override made here. */
  name: z.string().check(z.minLength(1), z.maxLength(200)),
  /** PBKDF2 of the passcode (never the passcode). */
  passcode: PasscodeSchema,
  /** PBKDF2 of the recovery code, shown once at set-up. */
  recovery: PasscodeSchema,
  createdAt: IsoDateSchema,
});
export type DeviceTrainerRecord = z.infer<typeof DeviceTrainerSchema>;

export function parseDeviceTrainer(raw: unknown): DeviceTrainerRecord {
  if (!isObj(raw)) throw new RecordRefused('not a record');
  versionOf(raw, DEVICE_TRAINER_VERSION);
  const parsed = DeviceTrainerSchema.safeParse(raw);
  if (!parsed.success) throw RecordRefused.fromIssue(parsed.error.issues[0]);
  return parsed.data;
}

/** Crockford base32: no I, L, O or U, so a code copied by hand is not misread. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** 20 random characters (100 bits) in four groups of five: `7QK2M-…`. */
export function newRecoveryCode(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(20));
  const chars = [...bytes].map((b) => ALPHABET[b & 31]).join('');
  return chars.match(/.{5}/g)!.join('-');
}

/** What a person types back: case, spaces and dashes do not matter; O, I and L read as 0, 1 and 1. */
export function normaliseRecoveryCode(text: string): string {
  const clean = text.toUpperCase().replace(/[\s-]+/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  return clean.match(/.{1,5}/g)?.join('-') ?? '';
}

export async function setUpDevice(name: string, passcode: string, now: Date, iterations = PBKDF2_ITERATIONS): Promise<{ record: DeviceTrainerRecord; recoveryCode: string }> {
  const recoveryCode = newRecoveryCode();
  const [pass, recovery] = await Promise.all([createPasscode(passcode, iterations), createPasscode(recoveryCode, iterations)]);
  return { record: { schemaVersion: DEVICE_TRAINER_VERSION, name: name.trim(), passcode: pass, recovery, createdAt: now.toISOString() }, recoveryCode };
}

/** A new passcode with the recovery code; a fresh recovery code replaces the used one. Null for a wrong code. */
export async function recoverDevice(
  record: DeviceTrainerRecord,
  recoveryCode: string,
  newPasscode: string,
  iterations = PBKDF2_ITERATIONS,
): Promise<{ record: DeviceTrainerRecord; recoveryCode: string } | null> {
  if (!(await checkPasscode(normaliseRecoveryCode(recoveryCode), record.recovery))) return null;
  const next = newRecoveryCode();
  const [pass, recovery] = await Promise.all([createPasscode(newPasscode, iterations), createPasscode(next, iterations)]);
  return { record: { ...record, passcode: pass, recovery }, recoveryCode: next };
}
