import { describe, expect, it } from 'vitest';
import { checkPasscode, createPasscode } from './passcode.ts';

describe('passcode (PBKDF2 via WebCrypto)', () => {
  it('stores a salted derivation, never the passcode, and checks it', async () => {
    const record = await createPasscode('trainer-2026', 1000);
    expect(JSON.stringify(record)).not.toContain('trainer-2026');
    expect(record).toMatchObject({ algorithm: 'PBKDF2-SHA-256', iterations: 1000 });
    expect(await checkPasscode('trainer-2026', record)).toBe(true);
    expect(await checkPasscode('trainer-2027', record)).toBe(false);
    const again = await createPasscode('trainer-2026', 1000);
    expect(again.salt).not.toBe(record.salt);
    expect(again.hash).not.toBe(record.hash);
  });
});
