import { describe, expect, it } from 'vitest';
import { createBundle, createSignedBundle, parseBundle } from './bundle.ts';
import { canonicalJson, checkBundleSignature, deriveBundleKey } from './bundle-signature.ts';
import { storedAttempt, storedOverride } from './test-support/stored-attempt.ts';

const FAST = 1000;
const attempt = storedAttempt({
  id: 'a1', trainee: 'Amy', score: 64, passMark: 60, replies: [{ text: 'Sorry for the wait.', at: '2026-01-01T10:00:00.000Z' }],
  transcript: [{ speaker: 'customer', text: 'It leaks!', hostility: 80 }, { speaker: 'trainee', text: 'Sorry for the wait.' }],
});
const override = storedOverride({ attemptId: 'a1', target: 'overall', engineScore: 64, trainerScore: 58, reason: 'No ownership.', by: 'Tina' });

async function signed() {
  const key = await deriveBundleKey('org passcode', 'acme', FAST);
  const text = await createSignedBundle([attempt], [override], new Date('2026-01-05T00:00:00Z'), { id: 'acme', name: 'Acme', key });
  return { key, doc: JSON.parse(text) as Record<string, unknown>, text };
}

/** Every leaf of a JSON document with its path. */
function leaves(value: unknown, path: (string | number)[] = []): { path: (string | number)[]; value: unknown }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, [...path, i]));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => leaves(v, [...path, k]));
  return [{ path, value }];
}

function edited(doc: Record<string, unknown>, path: (string | number)[], value: unknown): Record<string, unknown> {
  const copy = structuredClone(doc);
  let at: Record<string | number, unknown> = copy;
  for (const p of path.slice(0, -1)) at = at[p] as Record<string | number, unknown>;
  at[path[path.length - 1]!] = value;
  return copy;
}

const changed = (v: unknown) => (typeof v === 'number' ? v + 1 : typeof v === 'boolean' ? !v : typeof v === 'string' ? `${v}x` : 'x');

describe('bundle signature', () => {
  it('verifies an untouched bundle, and it still parses as a bundle', async () => {
    const { key, doc, text } = await signed();
    expect(await checkBundleSignature(doc, { id: 'acme', key })).toBe('valid');
    expect(parseBundle(text, text.length).organisation).toEqual({ id: 'acme', name: 'Acme' });
  });

  it('flags an edit to any field: trainee, turns, transcript, scores, overrides, dates', async () => {
    const { key, doc } = await signed();
    const paths = leaves(doc).filter((l) => l.path[0] !== 'signature');
    // The cases are among them: a renamed trainee, an edited override, a forged transcript.
    expect(paths.map((l) => l.path.join('.'))).toEqual(expect.arrayContaining(['attempts.0.trainee', 'overrides.0.by', 'overrides.0.trainerScore', 'attempts.0.transcript.1.text', 'attempts.0.replies.0.text']));
    for (const { path, value } of paths) {
      const result = await checkBundleSignature(edited(doc, path, changed(value)), { id: 'acme', key });
      expect([path.join('.'), result]).toEqual([path.join('.'), path.join('.') === 'organisation.id' ? 'otherOrganisation' : 'invalid']);
    }
  });

  it('flags an added or removed attempt and a re-ordered key set the same way as any edit', async () => {
    const { key, doc } = await signed();
    const attempts = doc.attempts as unknown[];
    expect(await checkBundleSignature({ ...doc, attempts: [...attempts, attempts[0]] }, { id: 'acme', key })).toBe('invalid');
    expect(await checkBundleSignature({ ...doc, overrides: [] }, { id: 'acme', key })).toBe('invalid');
    // Key order does not matter (canonical JSON), so re-saving in an editor is not an edit.
    const reordered = Object.fromEntries(Object.entries(doc).reverse());
    expect(await checkBundleSignature(reordered, { id: 'acme', key })).toBe('valid');
    expect(canonicalJson({ b: 1, a: [2, { d: 3, c: 4 }] })).toBe('{"a":[2,{"c":4,"d":3}],"b":1}');
  });

  it('recognises another organisation’s bundle, and an unsigned one', async () => {
    const { doc } = await signed();
    const other = await deriveBundleKey('their passcode', 'globex', FAST);
    expect(await checkBundleSignature(doc, { id: 'globex', key: other })).toBe('otherOrganisation');
    // Same organisation id but another key (someone re-signed it without the passcode): not valid.
    expect(await checkBundleSignature(doc, { id: 'acme', key: other })).toBe('invalid');
    const plain = JSON.parse(createBundle([attempt], [override], new Date())) as Record<string, unknown>;
    expect(await checkBundleSignature(plain, { id: 'acme', key: other })).toBe('unsigned');
  });
});
