// Edits the scenario's JSON text at a path with the smallest change (jsonc-parser), so a form, the graph
// or the preview can write the document the code editor shows without reformatting the author's text, and
// each edit is one step in the editor's undo history.
import { applyEdits, findNodeAtLocation, modify, type Edit } from 'jsonc-parser';
import { jsonTree } from './json-tree.ts';
import type { PathSegment } from './json-positions.ts';

export type { Edit };

const FORMAT = { formattingOptions: { insertSpaces: true, tabSize: 2, eol: '\n' } };

/** Edits that set `value` at `path` (creating missing objects on the way; undefined removes it). */
export function setAt(text: string, path: readonly PathSegment[], value: unknown): Edit[] {
  return modify(text, [...path], value, FORMAT);
}

/** Edits that append `value` to the array at `path`, creating the array (and its parents) when missing. */
export function appendAt(text: string, path: readonly PathSegment[], value: unknown): Edit[] {
  const tree = jsonTree(text);
  const node = tree ? findNodeAtLocation(tree, [...path]) : undefined;
  if (!node || node.type !== 'array') return setAt(text, path, [value]);
  return modify(text, [...path, -1], value, { ...FORMAT, isArrayInsertion: true });
}

/** The text after the edits. */
export function applied(text: string, edits: readonly Edit[]): string {
  return applyEdits(text, [...edits]);
}
