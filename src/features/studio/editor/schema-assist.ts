// Schema-driven help for the editor: property and value completions, and hover docs from the field
// descriptions of the same JSON Schema shipped as public/scenario.schema.json (generated from zod).
import { findNodeAtOffset, getLocation, getNodePath, type JSONPath } from 'jsonc-parser';
import { nestingPastLimit } from '../../../domain/json/read-json.ts';
import { jsonTree } from './json-tree.ts';

type Schema = Record<string, unknown>;
const isSchema = (v: unknown): v is Schema => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Alternatives of a schema (anyOf / oneOf / allOf), flattened. */
function variants(schema: Schema): Schema[] {
  const alts = [schema.anyOf, schema.oneOf, schema.allOf].flatMap((a) => (Array.isArray(a) ? a.filter(isSchema) : []));
  return alts.length > 0 ? [schema, ...alts.flatMap(variants)] : [schema];
}

/** Every subschema that may describe the value at `path`. */
export function schemasAt(root: Schema, path: JSONPath): Schema[] {
  let current = variants(root);
  for (const seg of path) {
    const next: Schema[] = [];
    for (const s of current) {
      if (typeof seg === 'number') {
        if (isSchema(s.items)) next.push(...variants(s.items));
        if (Array.isArray(s.prefixItems) && isSchema(s.prefixItems[seg])) next.push(...variants(s.prefixItems[seg]));
      } else {
        const props = isSchema(s.properties) ? s.properties : {};
        if (isSchema(props[seg])) next.push(...variants(props[seg]));
        else if (isSchema(s.additionalProperties)) next.push(...variants(s.additionalProperties));
        for (const p of Object.values(isSchema(s.patternProperties) ? s.patternProperties : {})) if (isSchema(p)) next.push(...variants(p));
      }
    }
    current = next;
    if (current.length === 0) break;
  }
  return current;
}

/** One completion: label inserted as JSON, with the field's description as detail. */
export interface SchemaCompletion {
  label: string;
  /** Text to insert (quoted JSON). */
  apply: string;
  type: 'property' | 'enum';
  info?: string;
}

/** Completions at an offset: property names inside an object key, enum/const values in a value. */
export function completionsAt(root: Schema, text: string, offset: number): SchemaCompletion[] {
  // getLocation recurses per level like the tree does: no completions in text too deep to read.
  if (nestingPastLimit(text) !== null) return [];
  const loc = getLocation(text, offset);
  if (loc.isAtPropertyKey) {
    const path = loc.path.slice(0, -1);
    const tree = jsonTree(text);
    const obj = tree ? findNodeAtOffset(tree, offset) : undefined;
    const present = new Set<string>();
    const owner = obj?.type === 'property' ? obj.parent : obj?.parent?.type === 'property' ? obj.parent.parent : obj;
    for (const p of owner?.children ?? []) if (p.type === 'property' && typeof p.children?.[0]?.value === 'string') present.add(p.children[0].value);
    const out = new Map<string, SchemaCompletion>();
    for (const s of schemasAt(root, path)) {
      if (!isSchema(s.properties)) continue;
      for (const [name, sub] of Object.entries(s.properties)) {
        if (present.has(name) || out.has(name)) continue;
        const info = isSchema(sub) && typeof sub.description === 'string' ? sub.description : undefined;
        out.set(name, { label: name, apply: JSON.stringify(name), type: 'property', ...(info ? { info } : {}) });
      }
    }
    return [...out.values()];
  }
  const values = new Map<string, SchemaCompletion>();
  for (const s of schemasAt(root, loc.path)) {
    const info = typeof s.description === 'string' ? s.description : undefined;
    const options = Array.isArray(s.enum) ? s.enum : 'const' in s ? [s.const] : [];
    for (const v of options) {
      const apply = JSON.stringify(v);
      if (!values.has(apply)) values.set(apply, { label: apply, apply, type: 'enum', ...(info ? { info } : {}) });
    }
  }
  return [...values.values()];
}

/**
 * The range a property-name completion replaces, and how to write it. After a typed `"` (the editor has
 * closed it: `"|"`) the quotes are already there: the range starts after the opening quote, so every name
 * is offered, and runs over the closing one, which the name brings back. A bare word is replaced whole.
 */
export function keyCompletionRange(text: string, pos: number): { from: number; to: number; quoted: boolean } {
  let from = pos;
  while (from > 0 && /[\w$-]/.test(text[from - 1] ?? '')) from--;
  if (text[from - 1] === '"') {
    return { from, to: text[pos] === '"' ? pos + 1 : pos, quoted: true };
  }
  return { from, to: pos, quoted: false };
}

/** The description of the field under the cursor, with its path, or null. */
export function hoverAt(root: Schema, text: string, offset: number): { path: string; description: string; from: number; to: number } | null {
  const tree = jsonTree(text);
  if (!tree) return null;
  const node = findNodeAtOffset(tree, offset, true);
  if (!node) return null;
  // Hovering a key documents its value.
  const target = node.parent?.type === 'property' && node.parent.children?.[0] === node ? node.parent.children[1] ?? node : node;
  const path = getNodePath(target);
  const description = schemasAt(root, path).map((s) => s.description).find((d): d is string => typeof d === 'string');
  if (!description) return null;
  return { path: path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('').replace(/^\./, ''), description, from: node.offset, to: node.offset + node.length };
}
