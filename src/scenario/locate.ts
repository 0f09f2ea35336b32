// Finds where a path of the document (issues[0].options[2]) sits in the YAML
// text, as a 1-based line and column, so every problem can point at a line.
import {
  isMap,
  isPair,
  isScalar,
  isSeq,
  type Document,
  type LineCounter,
  type Node,
  type YAMLMap,
} from 'yaml';
import type { DocPath } from './problem.ts';

export interface Position {
  line: number;
  column: number;
}

export type Locate = (path: DocPath, at?: 'value' | 'key') => Position;

/**
 * A locator over a parsed document. For a path that does not exist (a missing
 * field) it points at the nearest existing parent, where the field belongs.
 */
export function makeLocator(doc: Document, lineCounter: LineCounter): Locate {
  const toPosition = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  return (path, at = 'value') => {
    let node: unknown = doc.contents;
    let keyOffset: number | undefined;
    let lastFound: number | undefined = offsetOf(node);
    for (const part of path) {
      const next = child(node, part);
      if (next === undefined) break;
      node = next.value;
      keyOffset = next.keyOffset;
      const offset = offsetOf(node) ?? keyOffset;
      if (offset !== undefined) lastFound = offset;
      if (node === undefined || node === null) break;
    }
    if (at === 'key' && keyOffset !== undefined) return toPosition(keyOffset);
    return toPosition(lastFound ?? 0);
  };
}

function offsetOf(node: unknown): number | undefined {
  if (node && typeof node === 'object' && 'range' in node) {
    const range = (node as Node).range;
    if (Array.isArray(range)) return range[0];
  }
  return undefined;
}

/** Each mapping's pairs by key, built once: locating thousands of problems in a big mapping stays linear. */
const pairIndex = new WeakMap<
  object,
  Map<string, { value: unknown; keyOffset: number | undefined }>
>();

function indexOf(node: YAMLMap): Map<string, { value: unknown; keyOffset: number | undefined }> {
  let index = pairIndex.get(node);
  if (index) return index;
  index = new Map();
  for (const pair of node.items) {
    if (!isPair(pair)) continue;
    const key = String(isScalar(pair.key) ? pair.key.value : pair.key);
    // The first of equal keys, as a linear search would find.
    if (!index.has(key))
      index.set(key, { value: pair.value ?? undefined, keyOffset: offsetOf(pair.key) });
  }
  pairIndex.set(node, index);
  return index;
}

function child(
  node: unknown,
  part: string | number,
): { value: unknown; keyOffset: number | undefined } | undefined {
  if (isMap(node)) return indexOf(node).get(String(part));
  if (isSeq(node) && typeof part === 'number') {
    const item = node.items[part];
    return item === undefined ? undefined : { value: item, keyOffset: undefined };
  }
  return undefined;
}
