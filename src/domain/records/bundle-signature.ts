// Tamper evidence for a whole bundle (issue 19, item 5): an HMAC-SHA-256 over every field (attempts with
// their trainee, turns and transcript, overrides, the export time and the organisation), keyed with a
// key derived from the trainer passcode, so an edit to any field is detected and a bundle signed by
// another organisation is recognised as such. WebCrypto only; the key never leaves memory.
import { PBKDF2_ITERATIONS } from './passcode.ts';

/** Who signed: the organisation of the deployment (or this device's trainer, in practice mode). */
export interface BundleSigner {
  /** `acme` for an organisation; `device:<salt>` for a device set up for its trainer. */
  id: string;
  name: string;
  key: CryptoKey;
}

export interface BundleSignature {
  algorithm: 'HMAC-SHA-256';
  /** Base64 of the MAC over the canonical JSON of the bundle without this field. */
  value: string;
}

export type SignatureCheck = 'valid' | 'invalid' | 'otherOrganisation' | 'unsigned';

/**
 * The key: PBKDF2 of the trainer passcode with the signer id as salt. Every trainer of an organisation
 * holds the same key (the same passcode and id); another organisation, or another device's trainer, does not.
 */
export async function deriveBundleKey(passcode: string, signerId: string, iterations = PBKDF2_ITERATIONS): Promise<CryptoKey> {
  return importBundleKey(await deriveBundleKeyBytes(passcode, signerId, iterations));
}

/** The key's 32 bytes (PBKDF2-SHA-256), for a tab that keeps its unlock across a reload (sessionStorage). */
export async function deriveBundleKeyBytes(passcode: string, signerId: string, iterations = PBKDF2_ITERATIONS): Promise<Uint8Array> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(passcode.normalize('NFC')), 'PBKDF2', false, ['deriveBits']);
  return new Uint8Array(await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: new TextEncoder().encode(`defuse-bundle:${signerId}`), iterations }, material, 256));
}

/** The HMAC key of bytes from deriveBundleKeyBytes: not extractable, for signing and checking only. */
export function importBundleKey(bytes: Uint8Array): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', bytes as Uint8Array<ArrayBuffer>, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']);
}

/** JSON with object keys sorted at every level: the same data always gives the same bytes to sign. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v === undefined ? null : v)).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

const b64 = (bytes: ArrayBuffer) => btoa(String.fromCharCode(...new Uint8Array(bytes)));
const unb64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

/** Signs a bundle document (everything but `signature`). */
export async function signBundle(doc: Record<string, unknown>, key: CryptoKey): Promise<BundleSignature> {
  const { signature: _s, ...body } = doc;
  const mac = await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(canonicalJson(body)));
  return { algorithm: 'HMAC-SHA-256', value: b64(mac) };
}

/**
 * Checks a parsed bundle document as it was in the file (before migration, so nothing the parser
 * repairs hides an edit). `signer` is this device's; null when no trainer key is held.
 */
export async function checkBundleSignature(doc: Record<string, unknown>, signer: Pick<BundleSigner, 'id' | 'key'> | null): Promise<SignatureCheck> {
  const signature = doc.signature as Partial<BundleSignature> | undefined;
  const organisation = doc.organisation as { id?: unknown } | undefined;
  if (!signature || typeof signature.value !== 'string' || signature.algorithm !== 'HMAC-SHA-256') return 'unsigned';
  if (!signer) return 'unsigned';
  if (typeof organisation?.id !== 'string' || organisation.id !== signer.id) return 'otherOrganisation';
  const { signature: _s, ...body } = doc;
  let mac: Uint8Array;
  try {
    mac = unb64(signature.value);
  } catch {
    return 'invalid';
  }
  const ok = await crypto.subtle.verify('HMAC', signer.key, mac as BufferSource, new TextEncoder().encode(canonicalJson(body)));
  return ok ? 'valid' : 'invalid';
}
