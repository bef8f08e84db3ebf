// Import at the edge: a dropped or picked file is size-checked before it is read, then must be JSON.
// Anything else is refused with a reason key; nothing is stored.
import { MAX_PACK_BYTES, PACK_FORMAT } from '../../../domain/org/pack.schema.ts';
import { MAX_SCENARIO_BYTES } from '../../../domain/scenario/validate/validate-scenario.ts';

export type ReadResult =
  | { ok: true; name: string; text: string; id: string | null; kind: 'scenario' | 'tests' | 'pack' }
  | { ok: false; name: string; reason: 'tooLarge' | 'notJson' | 'unreadable' };

export async function readScenarioFile(file: Pick<File, 'name' | 'size' | 'text'>): Promise<ReadResult> {
  const name = file.name.slice(0, 200);
  // Only a scenario pack may be larger than one scenario (checked once it is read).
  if (file.size > MAX_PACK_BYTES) return { ok: false, name, reason: 'tooLarge' };
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, name, reason: 'unreadable' };
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return { ok: false, name, reason: 'notJson' };
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return { ok: false, name, reason: 'notJson' };
  const obj = doc as Record<string, unknown>;
  if (obj.format === PACK_FORMAT) return { ok: true, name, text, id: null, kind: 'pack' };
  if (file.size > MAX_SCENARIO_BYTES) return { ok: false, name, reason: 'tooLarge' };
  // A test plan (`*.tests.json`) names its scenario; a scenario names itself.
  const kind = 'testPlanVersion' in obj ? 'tests' : 'scenario';
  const id = kind === 'tests' ? obj.scenario : obj.id;
  return { ok: true, name, text, id: typeof id === 'string' ? id.slice(0, 100) : null, kind };
}
