// The override's one description is its schema (schemas/override.schema.ts); these names stay for callers.
export type { OverrideRecord, OverrideTarget, TrainerOverride } from './schemas/override.schema.ts';
