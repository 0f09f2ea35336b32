// Aliases counted from the YAML tokens, before any document is built: a file
// with more than the limit is refused at the first alias past it, in time
// linear in the text up to that alias (building the document of a file with
// 90,000 aliases took seconds before its aliases could be counted).
import { isAlias, isCollection, isNode, isPair, Lexer, type Document } from 'yaml';

/** The lexer's marker tokens: they stand for no text of the file. */
const MARKERS = new Set(['\x02', '\x18', '\x1f', '\u{FEFF}']);

/** Where the first alias past `max` starts (an offset into the text), or undefined when there are no more than `max`. */
export function aliasPastLimit(text: string, max: number): number | undefined {
  // Every alias starts with a star: with no more stars than the limit, no token need be read.
  let stars = 0;
  for (let i = text.indexOf('*'); i >= 0 && stars <= max; i = text.indexOf('*', i + 1)) stars++;
  if (stars <= max) return undefined;
  let offset = 0;
  let aliases = 0;
  for (const token of new Lexer().lex(text)) {
    if (token.startsWith('*') && ++aliases > max) return offset;
    if (!MARKERS.has(token)) offset += token.length;
  }
  return undefined;
}

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
