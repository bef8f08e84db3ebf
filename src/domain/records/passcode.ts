// A passcode for the scorecards and studio areas on a shared training PC. It keeps a casual passer-by out;
// it is not access control: anyone with the browser's developer tools can read IndexedDB directly.

import * as z from 'zod/mini';

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/** What is stored (and deployed in defuse.config.json): never the passcode, only a salted PBKDF2 derivation of it. */
export const PasscodeSchema = z.object({
  algorithm: z.literal('PBKDF2-SHA-256'),
  /** At least 100,000: fewer would make a guessed passcode cheap to check. */
  iterations: z.int().check(z.minimum(1), z.maximum(10_000_000)),
  /** Base64 random salt (16 bytes). */
  salt: z.string().check(z.regex(BASE64, 'not base64'), z.minLength(8), z.maxLength(200)),
  /** Base64 derived key (32 bytes). */
  hash: z.string().check(z.regex(BASE64, 'not base64'), z.length(44)),
});
export type PasscodeRecord = z.infer<typeof PasscodeSchema>;

/** OWASP's 2023 recommendation for PBKDF2-HMAC-SHA256. */
export const PBKDF2_ITERATIONS = 600_000;
export const MIN_PASSCODE_LENGTH = 6;

const b64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
const unb64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

async function derive(passcode: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(passcode.normalize('NFC')), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations }, key, 256);
  return new Uint8Array(bits);
}

/** Derives a record for a new passcode with a fresh random salt. */
export async function createPasscode(passcode: string, iterations = PBKDF2_ITERATIONS): Promise<PasscodeRecord> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  return { algorithm: 'PBKDF2-SHA-256', iterations, salt: b64(salt), hash: b64(await derive(passcode, salt, iterations)) };
}

/** True when the passcode derives to the stored hash (compared in full, not stopping at the first difference). */
export async function checkPasscode(passcode: string, record: PasscodeRecord): Promise<boolean> {
  const expected = unb64(record.hash);
  const actual = await derive(passcode, unb64(record.salt), record.iterations);
  let diff = expected.length ^ actual.length;
  for (let i = 0; i < expected.length; i++) diff |= (expected[i] ?? 0) ^ (actual[i] ?? 0);
  return diff === 0;
}
