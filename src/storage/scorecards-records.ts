import type { DeviceTrainerRecord } from '../domain/org/trainer-device.ts';
import type { PasscodeRecord } from '../domain/records/passcode.ts';

export type { OverrideRecord } from '../domain/records/schemas/override.schema.ts';
export type { ImportMarkRecord } from '../domain/records/schemas/import-mark.schema.ts';

export type SettingRecord = { key: 'passcode'; value: PasscodeRecord } | { key: 'trainer-device'; value: DeviceTrainerRecord };
