// The YAML parse, with a budget counted on the lexer's tokens as they reach
// the parser: a file with more values (keys, texts, numbers) or aliases than
// a scenario ever needs is refused at the token past the budget, before the
// parser and composer spend their time on the rest (they take 50 to 150 times
// JSON.parse of the same size: 90,000 keys took over a second). One pass: the
// tokens counted are the ones parsed, as `parseDocument` does it.
import {
  Composer,
  Lexer,
  Parser,
  YAMLParseError,
  type CST,
  type Document,
  type LineCounter,
} from 'yaml';
import { PARSE_OPTIONS } from './yaml-problems.ts';

export interface YamlBudget {
  /** Scalars: each key, each value, each quoted text (a bundled scenario has about 1,500). */
  values: number;
  /** Aliases (*name). */
  aliases: number;
}

export type BudgetedParse =
  | { doc: Document.Parsed }
  | {
      over: keyof YamlBudget;
      /** Where the value or alias past the budget starts. */ offset: number;
    };

/** The lexer's mark before a plain or block scalar (the scalar's text follows as the next token). */
const SCALAR = '\x1f';

/** What one token adds to the counts: a value, an alias (also a value), or nothing. */
function tokenKind(token: string, afterScalarMark: boolean): 'value' | 'alias' | undefined {
  // A scalar's text is counted at its mark (a block scalar's text may start with anything).
  if (afterScalarMark) return undefined;
  const c = token.charCodeAt(0);
  if (c === 0x2a) return 'alias'; // *name
  if (token === SCALAR || c === 0x22 || c === 0x27) return 'value'; // plain, "double", 'single'
  return undefined;
}

export function parseWithinBudget(
  text: string,
  lineCounter: LineCounter,
  budget: YamlBudget,
): BudgetedParse {
  const parser = new Parser(lineCounter.addNewLine);
  // As Parser.parse does before its first token: line 1 starts at 0.
  lineCounter.addNewLine(0);
  const cst: CST.Token[] = [];
  let values = 0;
  let aliases = 0;
  let afterScalarMark = false;
  for (const token of new Lexer().lex(text)) {
    const kind = tokenKind(token, afterScalarMark);
    afterScalarMark = token === SCALAR;
    if (kind !== undefined && ++values > budget.values)
      return { over: 'values', offset: parser.offset };
    if (kind === 'alias' && ++aliases > budget.aliases)
      return { over: 'aliases', offset: parser.offset };
    for (const node of parser.next(token)) cst.push(node);
  }
  for (const node of parser.end()) cst.push(node);
  return { doc: compose(text, cst) };
}

/** The one document of the tokens, as `parseDocument` makes it (a second document is an error). */
function compose(text: string, cst: CST.Token[]): Document.Parsed {
  const composer = new Composer(PARSE_OPTIONS);
  let doc: Document.Parsed | undefined;
  for (const next of composer.compose(cst, true, text.length)) {
    if (doc === undefined) {
      doc = next;
      continue;
    }
    const range: [number, number] = [next.range[0], next.range[1]];
    const message = 'Source contains multiple documents; please use YAML.parseAllDocuments()';
    doc.errors.push(new YAMLParseError(range, 'MULTIPLE_DOCS', message));
    break;
  }
  // compose(…, forceDoc) gives a document at the least (an empty one for an empty text): a bug of ours if not.
  if (doc === undefined) throw new Error('the YAML composer gave no document');
  return doc;
}
