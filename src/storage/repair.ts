// Stored records are migrated and checked by their schemas on load (src/domain/records/schemas).
export { RecordRefused } from '../domain/records/schemas/record-refused.ts';
export { parseAttempt as repairAttempt } from '../domain/records/schemas/attempt.schema.ts';
