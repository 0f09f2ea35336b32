// One linear walk over a parsed YAML document for what the yaml package checks
// too slowly: the first key written twice in one mapping (its `uniqueKeys`
// compares each new key with every key before it: 20,000 keys in one mapping
// took tens of seconds), and the number of aliases (each alias it resolves
// searches the whole document, so many aliases each used once were quadratic).
import { isAlias, isCollection, isMap, isPair, isScalar, type Document, type YAMLMap } from 'yaml';

export interface DuplicateKey {
  key: string;
  /** Where the second writing of the key starts (an offset into the text). */
  offset: number;
  /** Where the first one starts. */
  firstOffset: number;
}

/** A key's identity as YAML sees it: a scalar by its type and value (`1` and `"1"` differ). */
function keyIdentity(key: unknown): string | undefined {
  if (isScalar(key)) return `${typeof key.value}:${String(key.value)}`;
  if (key === null || key === undefined) return 'null:';
  return undefined; // A collection as a key: never equal to another (the scenario refuses it anyway).
}

export interface DocumentScan {
  /** The earliest key written twice in one mapping, if any. */
  duplicate: DuplicateKey | undefined;
  aliases: number;
}

export function scanDocument(doc: Document): DocumentScan {
  const stack: unknown[] = [doc.contents];
  let found: DuplicateKey | undefined;
  let aliases = 0;
  while (stack.length > 0) {
    const node = stack.pop();
    if (isAlias(node)) aliases++;
    if (isAlias(node) || !isCollection(node)) continue;
    if (isMap(node)) {
      const duplicate = firstDuplicate(node, stack);
      if (duplicate && (!found || duplicate.offset < found.offset)) found = duplicate;
    } else for (const item of node.items) stack.push(item);
  }
  return { duplicate: found, aliases };
}

/** A mapping's first key written twice; its pairs before that key go on the stack to be scanned. */
function firstDuplicate(node: YAMLMap, stack: unknown[]): DuplicateKey | undefined {
  const seen = new Map<string, number>();
  for (const pair of node.items) {
    if (!isPair(pair)) continue;
    const id = keyIdentity(pair.key);
    const offset = isScalar(pair.key) ? (pair.key.range?.[0] ?? 0) : 0;
    if (id !== undefined) {
      const first = seen.get(id);
      if (first !== undefined)
        return {
          key: isScalar(pair.key) ? String(pair.key.value) : '',
          offset,
          firstOffset: first,
        };
      seen.set(id, offset);
    }
    stack.push(pair.key, pair.value);
  }
  return undefined;
}
