import { STUDIO_RECORD_VERSION, type StudioScenarioRecord, type StoredScenarioTest } from '../../../storage/studio-records.ts';
import { applied, setAt } from '../editor/edit-doc.ts';
import { copyId } from './copy-name.ts';
import type { ShippedScenario } from './shipped.ts';

/** A copy's title in one language, from the original's title in that language. */
export type Retitle = (title: string, language: string) => string;

/** The text with each non-empty string of its `title` object renamed (only those values change; the layout stays). */
export function retitled(text: string, retitle: Retitle): string {
  let title: unknown;
  try {
    const doc: unknown = JSON.parse(text);
    title = typeof doc === 'object' && doc !== null && !Array.isArray(doc) ? (doc as { title?: unknown }).title : undefined;
  } catch {
    return text;
  }
  if (typeof title !== 'object' || title === null || Array.isArray(title)) return text;
  let out = text;
  for (const [language, value] of Object.entries(title)) {
    if (typeof value === 'string' && value.trim() !== '') out = applied(out, setAt(out, ['title', language], retitle(value, language)));
  }
  return out;
}

/** A fresh storage key. */
export function newKey(): string {
  return `s-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/** The scenario id in a draft's text, if it has one. */
export function idOfDraft(draft: string): string | undefined {
  try {
    const id = (JSON.parse(draft) as { id?: unknown }).id;
    return typeof id === 'string' ? id : undefined;
  } catch {
    return undefined;
  }
}

/** Replaces the `id` of scenario text (keeps the text as is when it is not a JSON object). */
export function withScenarioId(text: string, id: string): string {
  try {
    const doc: unknown = JSON.parse(text);
    if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return text;
    return `${JSON.stringify({ ...(doc as object), id }, null, 2)}\n`;
  } catch {
    return text;
  }
}

export function newRecord(name: string, draft: string, tests: StoredScenarioTest[] = []): StudioScenarioRecord {
  const now = new Date().toISOString();
  return { schemaVersion: STUDIO_RECORD_VERSION, key: newKey(), name: name.slice(0, 120), draft, published: null, publishedId: null, publishedAt: null, tests, createdAt: now, updatedAt: now };
}

/**
 * A trainer's own copy of a shipped scenario: its text under the id `<id>-copy` (`<id>-copy-2`… when `takenIds` has
 * that one), with its shipped tests.
 */
export function copyOfShipped(s: ShippedScenario, copyName: string, takenIds: ReadonlySet<string> = new Set(), retitle?: Retitle): StudioScenarioRecord {
  let tests: StoredScenarioTest[] = [];
  try {
    const plan: unknown = s.testsText ? JSON.parse(s.testsText) : null;
    const list = (plan as { tests?: unknown } | null)?.tests;
    if (Array.isArray(list)) tests = list.filter((t): t is Record<string, unknown> => typeof t === 'object' && t !== null);
  } catch {
    tests = [];
  }
  const text = withScenarioId(s.text, copyId(s.id, takenIds));
  return newRecord(copyName, retitle ? retitled(text, retitle) : text, tests);
}

/**
 * The text of a copy of the trainer's own draft: the same text with its scenario id made one none of `takenIds` has
 * (`<id>-copy`…), so the original and the copy can both be published. Only the id changes (the author's layout stays);
 * a draft without an id, or that is not JSON, is copied as it is.
 */
export function copyOfDraft(text: string, takenIds: ReadonlySet<string>, retitle?: Retitle): string {
  const copy = copyOfDraftId(text, takenIds);
  return retitle ? retitled(copy, retitle) : copy;
}

function copyOfDraftId(text: string, takenIds: ReadonlySet<string>): string {
  let id: unknown;
  try {
    const doc: unknown = JSON.parse(text);
    id = typeof doc === 'object' && doc !== null && !Array.isArray(doc) ? (doc as { id?: unknown }).id : undefined;
  } catch {
    return text;
  }
  return typeof id === 'string' && id !== '' ? applied(text, setAt(text, ['id'], copyId(id, takenIds))) : text;
}
