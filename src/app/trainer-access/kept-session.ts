// The unlock a tab keeps across a reload: who, which signer, and the signing key's bytes (never the passcode), in
// sessionStorage — gone with the tab, never shared with another tab or kept after the browser closes.
// It imports no module (types only), so the chunk a reload loads is this file alone and the first visit's chunks stay as
// they were (trainer-session.ts names the storage key and calls readKept).
import type { TrainerSession } from './trainer-session.ts';

/** What is kept: the session without its key object, and the key's 32 bytes in base64. */
interface Kept {
  name: string;
  kind: TrainerSession['kind'];
  signer: { id: string; name: string };
  key: string;
}

const isKept = (v: unknown): v is Kept => {
  const k = v as Partial<Kept> | null;
  return (
    typeof k?.name === 'string' &&
    (k.kind === 'organisation' || k.kind === 'device') &&
    typeof k.signer?.id === 'string' &&
    typeof k.signer.name === 'string' &&
    typeof k.key === 'string' &&
    /^[A-Za-z0-9+/]{43}=$/.test(k.key)
  );
};

const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

/** Keeps an unlock for this tab's reloads. A refused write only means the next reload asks again. */
export function keepSession(storageKey: string, session: TrainerSession, keyBytes: Uint8Array): void {
  try {
    const kept: Kept = { name: session.name, kind: session.kind, signer: { id: session.signer.id, name: session.signer.name }, key: toBase64(keyBytes) };
    sessionStorage.setItem(storageKey, JSON.stringify(kept));
  } catch {
    // not kept: locked again after a reload
  }
}

/** The tab's kept unlock, read back; null (and nothing kept) when there is none or it cannot be read. */
export async function readKept(storageKey: string): Promise<TrainerSession | null> {
  try {
    const kept: unknown = JSON.parse(sessionStorage.getItem(storageKey) ?? 'null');
    if (!isKept(kept)) throw new Error('not a kept unlock');
    // The HMAC key bundles are signed with (bundle-signature.ts importBundleKey), not extractable.
    const key = await crypto.subtle.importKey('raw', fromBase64(kept.key), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']);
    return { name: kept.name, kind: kept.kind, signer: { ...kept.signer, key } };
  } catch {
    try {
      sessionStorage.removeItem(storageKey);
    } catch {
      // nothing to drop
    }
    return null;
  }
}
