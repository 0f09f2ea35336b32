// How much a document's aliases would add when written out, in one walk
// (their number is counted on the tokens while parsing: yaml-budget.ts).
import { isAlias, isCollection, isNode, isPair, type Document } from 'yaml';

export interface AliasExpansion {
  /** Where the first alias naming no anchor before it starts, if any. */
  unresolved?: number;
  /** Where the alias that takes the expansion past the budget starts, if any. */
  over?: number;
}

/**
 * One walk of the document in order: how many nodes the aliases would add if
 * each were written out (an alias of an alias multiplies). The yaml package's
 * own limit counts only aliases within aliases, so fifty aliases of one large
 * list passed it and took minutes to check; this refuses at the alias past
 * `budget` added nodes, in time linear in the document.
 */
export function aliasExpansion(doc: Document, budget: number): AliasExpansion {
  const anchors = new Map<string, number>();
  const found: AliasExpansion = {};
  let added = 0;
  const size = (node: unknown): number => {
    if (found.over !== undefined) return 0;
    if (isAlias(node)) {
      const written = anchors.get(node.source);
      if (written === undefined) {
        found.unresolved ??= node.range?.[0] ?? 0;
        return 1;
      }
      added += written - 1;
      if (added > budget) found.over = node.range?.[0] ?? 0;
      return written;
    }
    let n = 1;
    if (isPair(node)) n = size(node.key) + size(node.value);
    else if (isCollection(node)) for (const item of node.items) n += size(item);
    if (isNode(node) && node.anchor) anchors.set(node.anchor, n);
    return n;
  };
  size(doc.contents);
  return found;
}
