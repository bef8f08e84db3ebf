// jsonc-parser's tolerant tree, for text the reader would read: nesting past the JSON depth limit (which
// the validator reports) gets no tree, since the parser recurses once per level and 10,000 levels exhaust
// the stack — the editor screen must stay open on such a draft so it can be repaired.
import { parseTree, type Node, type ParseError, type ParseOptions } from 'jsonc-parser';
import { nestingPastLimit } from '../../../domain/json/read-json.ts';

export function jsonTree(text: string, errors?: ParseError[], options?: ParseOptions): Node | undefined {
  return nestingPastLimit(text) === null ? parseTree(text, errors, options) : undefined;
}
