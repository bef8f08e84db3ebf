// Renaming and deleting a conversation state in the scenario's JSON text: every place that names it
// (initial, the states, modelAnswers and guided keys, each reaction's `in` and `goto`) changes in one batch
// of edits, so the editor takes it as one undo step and the author's formatting elsewhere stays as it was.
// Saved tests name only outcomes (end states), which cannot be renamed, so they never refer to a state.
import { findNodeAtLocation, type Node } from 'jsonc-parser';
import type { Scenario } from '../../../domain/scenario/scenario.types.ts';
import { setAt, type Edit } from './edit-doc.ts';
import { jsonTree } from './json-tree.ts';

/** Where a state is named outside its own entry: whether it is the first state, and which reactions name it. */
export interface StateReferences {
  initial: boolean;
  /** Ids of the reactions whose `in` or `goto` name it. */
  reactions: string[];
}

/** Sections keyed by state id: the state's own entry and what belongs to it alone. */
const KEYED = ['states', 'modelAnswers', 'guided'] as const;

const replace = (node: Node, id: string): Edit => ({ offset: node.offset, length: node.length, content: JSON.stringify(id) });
const isString = (node: Node | undefined, id: string): node is Node => node?.type === 'string' && node.value === id;

/** The string nodes in reactions that name `id`: each `in` entry and `goto`. */
function reactionNodes(tree: Node, id: string): Node[] {
  const reactions = findNodeAtLocation(tree, ['reactions']);
  if (reactions?.type !== 'array') return [];
  return (reactions.children ?? []).flatMap((r) => {
    const inNode = findNodeAtLocation(r, ['in']);
    const ins = inNode?.type === 'array' ? (inNode.children ?? []).filter((n) => isString(n, id)) : [];
    const goto = findNodeAtLocation(r, ['goto']);
    return [...ins, ...(isString(goto, id) ? [goto] : [])];
  });
}

export function stateReferences(scenario: Pick<Scenario, 'initial' | 'reactions'>, id: string): StateReferences {
  return { initial: scenario.initial === id, reactions: scenario.reactions.filter((r) => r.goto === id || r.in?.includes(id)).map((r) => r.id) };
}

/** Edits that rename state `from` to `to` everywhere it is named; none when the text has no tree. */
export function renameStateEdits(text: string, from: string, to: string): Edit[] {
  const tree = jsonTree(text);
  if (!tree) return [];
  const keys = KEYED.flatMap((section) => {
    // The property's key node: renamed in place, so the state keeps its place in the file.
    const key = findNodeAtLocation(tree, [section, from])?.parent?.children?.[0];
    return key ? [replace(key, to)] : [];
  });
  const initial = findNodeAtLocation(tree, ['initial']);
  return [...keys, ...(isString(initial, from) ? [replace(initial, to)] : []), ...reactionNodes(tree, from).map((node) => replace(node, to))];
}

/** Edits that remove state `id` with its model answers and guided choices (the caller checks references first). */
export function deleteStateEdits(text: string, id: string): Edit[] {
  const tree = jsonTree(text);
  if (!tree) return [];
  return KEYED.flatMap((section) => (findNodeAtLocation(tree, [section, id]) ? setAt(text, [section, id], undefined) : []));
}
