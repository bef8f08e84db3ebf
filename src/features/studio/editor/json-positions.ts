// Maps the validator's JSON paths (`$.reactions[2].goto`) to text positions, so every diagnostic can be
// shown under its words and jumped to. Uses jsonc-parser's tolerant tree: half-typed JSON still locates.
import { findNodeAtLocation, type Node } from 'jsonc-parser';
import { jsonTree } from './json-tree.ts';

export type PathSegment = string | number;

/** Parses `$.a.b[0]["x y"]` into segments; unknown syntax stops the parse (the prefix still locates). */
export function parseJsonPath(path: string): PathSegment[] {
  const out: PathSegment[] = [];
  const re = /\.([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/y;
  re.lastIndex = path.startsWith('$') ? 1 : 0;
  for (let m = re.exec(path); m; m = re.exec(path)) {
    if (m[1] !== undefined) out.push(m[1]);
    else if (m[2] !== undefined) out.push(Number(m[2]));
    else if (m[3] !== undefined) out.push(JSON.parse(m[3]) as string);
    if (re.lastIndex >= path.length) break;
  }
  return out;
}

/** Text range of a node: a property's key when the value is a container (one line, not the whole block). */
function rangeOf(node: Node): { from: number; to: number } {
  const key = node.parent?.type === 'property' ? node.parent.children?.[0] : undefined;
  if ((node.type === 'object' || node.type === 'array') && key) return { from: key.offset, to: key.offset + key.length };
  if (node.type === 'object' || node.type === 'array') return { from: node.offset, to: node.offset + 1 };
  return { from: node.offset, to: node.offset + node.length };
}

/** locatePath for many paths in one text: the tree is built once (a 1 MB draft with 150 problems). */
export function pathLocator(text: string): (path: string) => { from: number; to: number } {
  const tree = jsonTree(text);
  const start = { from: 0, to: Math.min(text.length, 1) };
  return (path) => {
    if (!tree) return start;
    const segments = parseJsonPath(path);
    for (let n = segments.length; n >= 0; n--) {
      const node = findNodeAtLocation(tree, segments.slice(0, n));
      if (node) return rangeOf(node);
    }
    return start;
  };
}

/** Where a JSON path points in the text; falls back to the deepest existing parent, then the start. */
export function locatePath(text: string, path: string): { from: number; to: number } {
  return pathLocator(text)(path);
}

/** Where a JSON syntax error is, from `JSON.parse`'s message ("… at position 12" or "line 2 column 3"). */
export function locateSyntaxError(text: string, message: string): number | null {
  const pos = /position (\d+)/.exec(message);
  if (pos) return Math.min(Number(pos[1]), text.length);
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (!lc) return null;
  const lines = text.split('\n');
  const line = Number(lc[1]) - 1;
  let offset = 0;
  for (let i = 0; i < line && i < lines.length; i++) offset += (lines[i]?.length ?? 0) + 1;
  return Math.min(offset + Number(lc[2]) - 1, text.length);
}
