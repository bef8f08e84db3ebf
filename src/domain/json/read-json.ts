// Every file a person hands the app (a scenario, an attempt bundle) is read here, one way everywhere:
// - bytes must be valid UTF-8 (not silently turned into U+FFFD);
// - one leading byte-order mark is ignored (editors on Windows write one);
// - nesting is limited before parsing, so a 10,000-deep file cannot exhaust the stack;
// - a key given twice in one object is refused (JSON.parse keeps the last one silently), and so is the key
//   "__proto__" (objects built from it drop the entry silently).
// Each problem names its JSON path and line. The scan is one pass: a 1 MB file takes milliseconds.
import { visit } from 'jsonc-parser';

/** Deepest nesting of objects and arrays accepted. */
export const MAX_JSON_DEPTH = 64;

export type JsonRead = { ok: true; value: unknown } | { ok: false; path: string; message: string };

/** `$.a.b[0]` from a list of keys and indexes. */
export function jsonPath(path: readonly (string | number)[]): string {
  return path.reduce<string>((acc, key) => {
    if (typeof key === 'number') return `${acc}[${key}]`;
    return /^[A-Za-z_$][\w$]*$/.test(key) ? `${acc}.${key}` : `${acc}[${JSON.stringify(key)}]`;
  }, '$');
}

/** Text of UTF-8 bytes, or null if they are not valid UTF-8 (with the byte where decoding fails). */
export function decodeUtf8(bytes: Uint8Array): { ok: true; text: string } | { ok: false; message: string } {
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    return { ok: false, message: `not valid UTF-8 (at byte ${firstBadByte(bytes) + 1}); save the file as UTF-8` };
  }
}

/** Index of the byte where the first malformed UTF-8 sequence starts (one pass). */
function firstBadByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    // The second byte's range is narrower after E0, ED, F0 and F4 (no overlong forms, surrogates or > U+10FFFF).
    const second = bytes[i + 1] as number;
    const [lo, hi] = b === 0xe0 ? [0xa0, 0xbf] : b === 0xed ? [0x80, 0x9f] : b === 0xf0 ? [0x90, 0xbf] : b === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
    if (second < lo || second > hi) return i;
    for (let k = 2; k < length; k++) if (((bytes[i + k] as number) & 0xc0) !== 0x80) return i;
    i += length;
  }
  return bytes.length;
}

const lineOf = (text: string, offset: number): number => {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
};

/**
 * Where objects and arrays first nest past MAX_JSON_DEPTH (outside strings), or null. Recursive parsers
 * (the editor's tolerant tree too) must not see such text: 10,000 levels exhaust the stack.
 */
export function nestingPastLimit(text: string): number | null {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // backslash
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++depth > MAX_JSON_DEPTH) return i;
    } else if (c === 125 || c === 93) depth--;
  }
  return null;
}

/** Parses JSON text under the rules above. */
export function readJson(input: string): JsonRead {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const deep = nestingPastLimit(text);
  if (deep !== null) return { ok: false, path: '$', message: `nested more than ${MAX_JSON_DEPTH} levels deep (line ${lineOf(text, deep)})` };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, path: '$', message: `not valid JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  let problem: { path: string; message: string } | null = null;
  const keys: Set<string>[] = [];
  visit(text, {
    onObjectBegin: () => void keys.push(new Set()),
    onObjectEnd: () => void keys.pop(),
    onObjectProperty(property, offset, _length, startLine, _c, pathSupplier) {
      if (problem) return;
      const seen = keys.at(-1);
      const path = () => jsonPath([...pathSupplier(), property]);
      if (property === '__proto__') problem = { path: path(), message: `the key "__proto__" is not allowed (line ${startLine + 1})` };
      else if (seen?.has(property)) problem = { path: path(), message: `the key ${JSON.stringify(property)} appears twice in the same object (line ${startLine + 1}); keep one` };
      seen?.add(property);
      void offset;
    },
  });
  return problem ? { ok: false, ...(problem as { path: string; message: string }) } : { ok: true, value };
}
