import { describe, expect, it } from 'vitest';
import { checkPasscode } from '../records/passcode.ts';
import { RecordRefused } from '../records/schemas/record-refused.ts';
import { newRecoveryCode, normaliseRecoveryCode, parseDeviceTrainer, recoverDevice, setUpDevice } from './trainer-device.ts';

const FAST = 1000;

describe('trainer device set-up', () => {
  it('stores only hashes, names the trainer and gives a recovery code that replaces a forgotten passcode', async () => {
    const { record, recoveryCode } = await setUpDevice(' Tina Trainer ', 'first passcode', new Date('2026-01-01T00:00:00Z'), FAST);
    expect(parseDeviceTrainer(record)).toEqual(record);
    expect(record.name).toBe('Tina Trainer');
    expect(JSON.stringify(record)).not.toContain('first passcode');
    expect(JSON.stringify(record)).not.toContain(recoveryCode);
    expect(await checkPasscode('first passcode', record.passcode)).toBe(true);

    expect(await recoverDevice(record, 'AAAAA-AAAAA-AAAAA-AAAAA', 'new passcode', FAST)).toBeNull();
    // Typed back loosely: lower case, spaces instead of dashes.
    const recovered = await recoverDevice(record, recoveryCode.toLowerCase().replace(/-/g, ' '), 'new passcode', FAST);
    expect(recovered).not.toBeNull();
    expect(await checkPasscode('new passcode', recovered!.record.passcode)).toBe(true);
    expect(await checkPasscode('first passcode', recovered!.record.passcode)).toBe(false);
    // A used recovery code is spent: a new one replaces it.
    expect(recovered!.recoveryCode).not.toBe(recoveryCode);
    expect(await recoverDevice(recovered!.record, recoveryCode, 'x passcode', FAST)).toBeNull();
  });

  it('makes readable codes: four groups of five, no I, L, O or U', () => {
    const codes = Array.from({ length: 50 }, newRecoveryCode);
    for (const code of codes) expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){3}$/);
    expect(new Set(codes).size).toBe(50);
    expect(normaliseRecoveryCode('abcde fghij-klmno pqrst')).toBe('ABCDE-FGH1J-K1MN0-PQRST');
  });

  it('refuses a damaged record, naming the field', () => {
    expect(() => parseDeviceTrainer({ schemaVersion: 1, name: '', passcode: {}, recovery: {}, createdAt: 'x' })).toThrow(RecordRefused);
  });
});
