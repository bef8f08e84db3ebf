import { STUDIO_RECORD_VERSION, type StudioScenarioRecord } from '../../../storage/studio-records.ts';

/** A stored studio scenario for tests: an empty draft, never published, dated 1 January 2026. */
export function studioRecord(fields: Partial<StudioScenarioRecord> = {}): StudioScenarioRecord {
  return {
    schemaVersion: STUDIO_RECORD_VERSION,
    key: 'k1',
    name: 'Leak drill',
    draft: '{}',
    published: null,
    publishedId: null,
    publishedAt: null,
    tests: [],
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...fields,
  };
}
