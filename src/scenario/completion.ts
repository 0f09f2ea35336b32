// What may be typed at a place in a scenario file, read from the schema itself
// (through its JSON Schema), so the editor's suggestions cannot drift from the
// loader: the fields a block may hold, with their descriptions, and the values
// a field may take (fixed choices, true/false, ids defined elsewhere in the
// file). Pure text in, suggestions out: no editor library here.
import { parse } from 'yaml';
import { makeScenarioJsonSchema } from './json-schema.ts';

type Json = Record<string, unknown>;
export type YamlPath = (string | number)[];

/** Where the cursor is: typing a field name, or the value of a field. */
export interface CursorContext {
  kind: 'key' | 'value';
  /** The block the cursor is in (for a value: the block holding its field). */
  path: YamlPath;
  /** The field whose value is typed (kind 'value'). */
  key?: string;
  /** The text typed so far of the word being completed, and where it starts. */
  prefix: string;
  from: number;
  /** The fields already written in the same block, or the items already in a list (not offered again). */
  written: string[];
  /** Their one-line values (`issue: dam` narrows `option` to the options of dam). */
  siblings: Record<string, string>;
  /** True inside `{ … }`: a field is inserted as `name: `, never with a new line. */
  flow: boolean;
}

export interface Suggestion {
  label: string;
  /** What kind of value it is, in a few words ("text", "list", "id of an issue"). */
  detail: string;
  description: string;
  /** The text inserted (a field gets its colon and, for a block or list, a new line). */
  apply: string;
}

interface LineShape {
  /** Column of the first dash of a list item, or -1. */
  dash: number;
  /** Column where the content (after spaces and dashes) starts. */
  content: number;
  /** The field name at the start of the content, if any. */
  key?: string;
  /** True when the field has a value on the same line. */
  inline: boolean;
}

function shapeOf(line: string): LineShape | null {
  const m = /^( *)((?:- +)*)(.*)$/.exec(line);
  if (!m) return null;
  const [, spaces = '', dashes = '', rest = ''] = m;
  if (rest.trim() === '' && dashes === '') return null;
  if (rest.trimStart().startsWith('#')) return null;
  const key = /^([A-Za-z_][\w-]*)\s*:(?:\s|$)/.exec(rest);
  return {
    dash: dashes === '' ? -1 : spaces.length,
    content: spaces.length + dashes.length,
    key: key?.[1],
    inline: key ? rest.slice(key[0].length).trim().replace(/#.*$/, '') !== '' : false,
  };
}

/** Reads the indentation above the cursor (and, inside `{ … }` or `[ … ]` on its line, the brackets) to find the block it is in. */
export function cursorContext(text: string, offset: number): CursorContext | null {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const before = text.slice(lineStart, offset);
  const opens = openBrackets(before);
  if (opens === null) return null;
  if (opens.length > 0) return flowContext(text, lineStart, offset, opens);
  const head = /^( *)((?:- +)*)/.exec(before);
  const indent = head?.[1]?.length ?? 0;
  const dashes = head?.[2] ?? '';
  const entry = entryAtCursor(before.slice(indent + dashes.length));
  if (!entry) return null;
  const path = blockPath(text, lineStart, indent, dashes);
  if (!path) return null;
  const siblings = blockSiblings(text, lineStart, indent + dashes.length, dashes !== '');
  return {
    ...entry,
    path,
    written: Object.keys(siblings),
    siblings,
    flow: false,
    from: offset - entry.prefix.length,
  };
}

/** What is typed at the cursor within one entry: a field name, or the value of a field. */
function entryAtCursor(rest: string): Pick<CursorContext, 'kind' | 'key' | 'prefix'> | null {
  const typingKey = /^([A-Za-z_][\w-]*)?$/.exec(rest);
  if (typingKey) return { kind: 'key', prefix: typingKey[1] ?? '' };
  const typingValue = /^([A-Za-z_][\w-]*)\s*:\s+(?:["']?)([\w-]*)$/.exec(rest);
  if (typingValue) return { kind: 'value', key: typingValue[1], prefix: typingValue[2] ?? '' };
  return null;
}

/** The lines above the one starting at `lineStart`, nearest first: never the whole text split on each keystroke. */
function* linesAbove(text: string, lineStart: number): Generator<string> {
  let end = lineStart - 1;
  while (end >= 0) {
    const start = end > 0 ? text.lastIndexOf('\n', end - 1) + 1 : 0;
    yield text.slice(start, end);
    end = start - 1;
  }
}

/** A block path being read upwards: the steps so far (innermost first), and the column of the block being left. */
interface Climb {
  path: YamlPath;
  column: number;
  /** The column of the dash of the list item being left, or -1: the next block up may sit at the dash's own column. */
  itemDash: number;
}

/** The path of the block a line (indented by `indent`, then `dashes`) belongs to, read upwards. */
function blockPath(
  text: string,
  lineStart: number,
  indent: number,
  dashes: string,
): YamlPath | null {
  const climb: Climb = { path: [], column: indent + dashes.length, itemDash: -1 };
  if (dashes !== '') enterItem(climb, indent);
  for (const line of linesAbove(text, lineStart)) {
    if (climb.column <= 0 && climb.itemDash < 0) break;
    const shape = shapeOf(line);
    if (shape && !climbLine(climb, shape)) return null;
  }
  if (climb.itemDash >= 0) return null;
  return climb.path.reverse();
}

function enterItem(climb: Climb, dash: number): void {
  climb.path.push(0);
  climb.itemDash = dash;
  climb.column = dash;
}

/** One line up: a step out of the block when it holds it; false when the path cannot be read (no block there). */
function climbLine(climb: Climb, shape: LineShape): boolean {
  if (climb.itemDash >= 0) {
    if (shape.dash === climb.itemDash || shape.content > climb.itemDash) return true; // a sibling item
    if (!shape.key || shape.inline) return false;
    climb.path.push(shape.key);
    climb.itemDash = -1;
    climb.column = shape.content;
  } else if (shape.dash >= 0 && shape.content === climb.column) {
    enterItem(climb, shape.dash);
    return true;
  } else if (shape.content < climb.column) {
    if (!shape.key || shape.inline) return false;
    climb.path.push(shape.key);
    climb.column = shape.content;
  } else return true;
  if (shape.dash >= 0) enterItem(climb, shape.dash);
  return true;
}

/** The fields already written in the cursor's block (above and below its line), with their one-line values. */
function blockSiblings(
  text: string,
  lineStart: number,
  column: number,
  newItem: boolean,
): Record<string, string> {
  const found: Record<string, string> = {};
  const note = (line: string, shape: LineShape) => {
    if (shape.key) found[shape.key] = scalarOf(line.slice(shape.content).replace(/^[^:]*:/, ''));
  };
  // Upwards, unless the cursor's line starts a new list item (nothing above belongs to it).
  for (const line of newItem ? [] : linesAbove(text, lineStart)) {
    const shape = shapeOf(line);
    if (!shape || shape.content > column) continue;
    if (shape.content < column) break;
    note(line, shape);
    if (shape.dash >= 0) break; // the first line of this list item
  }
  // Downwards, until the block ends (a line less indented, or the next list item).
  let start = text.indexOf('\n', lineStart);
  while (start >= 0) {
    const stop = text.indexOf('\n', start + 1);
    const line = text.slice(start + 1, stop < 0 ? undefined : stop);
    start = stop;
    const shape = shapeOf(line);
    if (!shape || (shape.content > column && shape.dash < 0)) continue;
    if (shape.content !== column || shape.dash >= 0) break;
    note(line, shape);
  }
  return found;
}

/** A one-line value as written, without comment or quotes ('' for a block or a long text). */
function scalarOf(raw: string): string {
  const value = raw.replace(/\s#.*$/, '').trim();
  return /^["']?([\w-]+)["']?$/.exec(value)?.[1] ?? '';
}

/**
 * One character inside a quoted string, at `i`: the index of the last character it takes
 * (an escape or a doubled quote takes two), and whether the quote closes there.
 */
function quoteStep(text: string, i: number, quote: string): { i: number; closed: boolean } {
  const c = text.charAt(i);
  if (quote === "'") {
    if (c === "'" && text.charAt(i + 1) === "'") return { i: i + 1, closed: false };
    return { i, closed: c === "'" };
  }
  if (c === '\\') return { i: i + 1, closed: false };
  return { i, closed: c === '"' };
}

const QUOTES = `'"`;
const OPENING = '{[';
const CLOSING = '}]';

/** A quote at `i` opens a string when it starts a value: at the line's start, or after a bracket, comma or colon. */
const opensQuote = (before: string, i: number) =>
  QUOTES.includes(before.charAt(i)) && /^\s*(?:- +)*$|[[{,:]\s*$/.test(before.slice(0, i));

/**
 * The brackets still open before the cursor on its line (outside quotes), with
 * their columns; null when the cursor is inside quotes or a comment.
 */
function openBrackets(before: string): Bracket[] | null {
  const stack: Bracket[] = [];
  let quote = '';
  for (let i = 0; i < before.length; i++) {
    const c = before.charAt(i);
    if (quote !== '') {
      const step = quoteStep(before, i, quote);
      i = step.i;
      if (step.closed) quote = '';
    } else if (c === '#' && (i === 0 || /\s/.test(before.charAt(i - 1)))) return null;
    else if (opensQuote(before, i)) quote = c;
    else if (OPENING.includes(c)) stack.push({ char: c, at: i });
    else if (CLOSING.includes(c)) stack.pop();
  }
  return quote === '' ? stack : null;
}

/** The entries of a flow collection's text at its own depth (nested brackets and quotes kept whole). */
function topLevelEntries(segment: string): { entries: string[]; closed: boolean } {
  const entries: string[] = [];
  let depth = 0;
  let quote = '';
  let from = 0;
  for (let i = 0; i < segment.length; i++) {
    const c = segment.charAt(i);
    if (quote !== '') {
      const step = quoteStep(segment, i, quote);
      i = step.i;
      if (step.closed) quote = '';
    } else if (QUOTES.includes(c)) quote = c;
    else if (OPENING.includes(c)) depth++;
    else if (CLOSING.includes(c) && depth > 0) depth--;
    else if (CLOSING.includes(c)) {
      entries.push(segment.slice(from, i));
      return { entries, closed: true };
    } else if (c === ',' && depth === 0) {
      entries.push(segment.slice(from, i));
      from = i + 1;
    } else if (c === '#' && /\s/.test(segment.charAt(i - 1))) break;
  }
  entries.push(segment.slice(from));
  return { entries, closed: false };
}

/** The field and one-line value of a `key: value` entry of a flow mapping. */
function flowEntry(entry: string): [string, string] | null {
  const m = /^\s*["']?([A-Za-z_][\w-]*)["']?\s*:(.*)$/s.exec(entry);
  return m ? [m[1] ?? '', scalarOf(m[2] ?? '')] : null;
}

/** The fields and one-line values of a flow mapping's entries. */
function entriesOf(entries: readonly string[]): Record<string, string> {
  const found: Record<string, string> = {};
  for (const e of entries) {
    const kv = flowEntry(e);
    if (kv) found[kv[0]] = kv[1];
  }
  return found;
}

type Bracket = { char: string; at: number };

/** The cursor inside `{ … }` (or a mapping in `[ … ]`) on its line: `values: { highland: 90, l| }`. */
function flowContext(
  text: string,
  lineStart: number,
  offset: number,
  opens: Bracket[],
): CursorContext | null {
  const before = text.slice(lineStart, offset);
  const first = opens[0];
  const last = opens[opens.length - 1];
  if (!first || !last) return null;
  const outer = flowHolder(text, lineStart, before.slice(0, first.at));
  if (!outer || !innerPath(outer.path, opens, before)) return null;
  const lineEnd = text.indexOf('\n', offset);
  const line: FlowLine = {
    before,
    afterCursor: text.slice(offset, lineEnd < 0 ? undefined : lineEnd),
    offset,
  };
  if (last.char === '[')
    return flowListValue(line, outer.path, opens, () =>
      blockSiblings(text, lineStart, outer.column, outer.newItem),
    );
  return flowMapEntry(line, outer.path, last);
}

/** The cursor's line: before it, after it (to the line's end), and the cursor's offset in the text. */
interface FlowLine {
  before: string;
  afterCursor: string;
  offset: number;
}

/**
 * The block part of the line, before the first bracket: `    values: ` (the mapping is that field's
 * value) or `  - ` (it is the item). The path of the first bracket's collection, and the block's column.
 */
function flowHolder(
  text: string,
  lineStart: number,
  blockPart: string,
): { path: YamlPath; column: number; newItem: boolean } | null {
  const head = /^( *)((?:- +)*)/.exec(blockPart);
  const indent = head?.[1]?.length ?? 0;
  const dashes = head?.[2] ?? '';
  const outer = entryAtCursor(
    blockPart
      .slice(indent + dashes.length)
      .trimEnd()
      .replace(/:$/, ': '),
  );
  const base = blockPath(text, lineStart, indent, dashes);
  if (!outer || !base || outer.prefix !== '') return null;
  return {
    path: outer.kind === 'value' && outer.key ? [...base, outer.key] : base,
    column: indent + dashes.length,
    newItem: dashes !== '',
  };
}

/** Each bracket inside the first, onto `path`: an item of a list, or the value of the last field before it. False when neither. */
function innerPath(path: YamlPath, opens: readonly Bracket[], before: string): boolean {
  for (let i = 1; i < opens.length; i++) {
    const parent = opens[i - 1];
    const child = opens[i];
    if (!parent || !child) return false;
    if (parent.char === '[') {
      path.push(0);
      continue;
    }
    const entries = topLevelEntries(before.slice(parent.at + 1, child.at)).entries;
    const field = /^\s*["']?([A-Za-z_][\w-]*)["']?\s*:\s*$/.exec(entries[entries.length - 1] ?? '');
    if (!field?.[1]) return false;
    path.push(field[1]);
  }
  return true;
}

/** A value in a list: `is: [no-dam, |]`; the list is the value of the last field named. */
function flowListValue(
  line: FlowLine,
  path: YamlPath,
  opens: readonly Bracket[],
  blockFields: () => Record<string, string>,
): CursorContext | null {
  const last = opens[opens.length - 1];
  const parent = opens[opens.length - 2];
  const key = path.pop();
  if (!last || typeof key !== 'string' || parent?.char === '[') return null;
  const items = topLevelEntries(line.before.slice(last.at + 1)).entries;
  const typed = /^\s*["']?([\w-]*)$/.exec(items.pop() ?? '');
  if (!typed) return null;
  const prefix = typed[1] ?? '';
  const later = topLevelEntries(line.afterCursor).entries.slice(1);
  return {
    kind: 'value',
    key,
    prefix,
    path,
    written: [...items, ...later].map(scalarOf).filter((v) => v !== ''),
    siblings: parent
      ? entriesOf(topLevelEntries(line.before.slice(parent.at + 1, last.at)).entries)
      : blockFields(),
    flow: true,
    from: line.offset - prefix.length,
  };
}

/** A field or a value in a mapping: `{ highland: 90, l| }`. */
function flowMapEntry(line: FlowLine, path: YamlPath, last: Bracket): CursorContext | null {
  const earlier = topLevelEntries(line.before.slice(last.at + 1)).entries;
  const typed = earlier.pop() ?? '';
  // After the cursor, up to the closing brace: the rest of the entry being typed, then later entries.
  const later = topLevelEntries(line.afterCursor).entries.slice(1);
  const entry = entryAtCursor(typed.trimStart());
  if (!entry) return null;
  const siblings = entriesOf([...earlier, ...later]);
  return {
    ...entry,
    path,
    written: Object.keys(siblings),
    siblings,
    flow: true,
    from: line.offset - entry.prefix.length,
  };
}

let schemaRoot: Json | undefined;
function root(): Json {
  schemaRoot ??= makeScenarioJsonSchema();
  return schemaRoot;
}

/** Follows $ref and single allOf wrappers; keeps the outermost description. */
function resolve(node: Json): Json {
  const definitions = (root().definitions ?? {}) as Record<string, Json>;
  let n = node;
  let description = node.description;
  for (let i = 0; i < 12; i++) {
    if (typeof n.$ref === 'string') n = definitions[n.$ref.replace('#/definitions/', '')] ?? {};
    else if (Array.isArray(n.allOf) && n.allOf.length === 1) n = n.allOf[0] as Json;
    else break;
    description ??= n.description;
  }
  return description === undefined ? n : { ...n, description };
}

/** The schema's alternatives for a node (a union gives several). */
function branches(node: Json): Json[] {
  const n = resolve(node);
  const alternatives = (n.anyOf ?? n.oneOf) as Json[] | undefined;
  return alternatives ? alternatives.flatMap(branches) : [n];
}

function nodesAt(path: YamlPath): Json[] {
  let nodes = [root()];
  for (const step of path) {
    nodes = nodes.flatMap(branches).flatMap((n): Json[] => {
      if (typeof step === 'number') return n.type === 'array' && n.items ? [n.items as Json] : [];
      const properties = n.properties as Record<string, Json> | undefined;
      if (properties?.[step]) return [properties[step]];
      if (n.type === 'object' && typeof n.additionalProperties === 'object')
        return [n.additionalProperties as Json];
      return [];
    });
  }
  return nodes.flatMap(branches);
}

function typeWords(n: Json): string {
  if (Array.isArray(n.enum)) return 'one of the choices';
  if (n.type === 'array') return 'list';
  if (n.type === 'object') return 'block';
  if (n.type === 'number' || n.type === 'integer') return 'number';
  if (n.type === 'boolean') return 'true or false';
  if (n.type === 'string') return typeof n.pattern === 'string' ? 'id' : 'text';
  return 'value';
}

/** The kinds of id a field refers to, by the field's name (or, for a block of "id: value" lines, the block's). */
const REFERENCES: Record<string, IdKind> = {
  issue: 'issues',
  option: 'options',
  meter: 'meters',
  side: 'sides',
  by: 'sides',
  firstSpeaker: 'sides',
  ending: 'endings',
  effects: 'meters',
  softensWith: 'meters',
  values: 'sides',
  weights: 'sides',
  walkAway: 'sides',
  is: 'options',
  settled: 'issues',
  deferred: 'issues',
  open: 'issues',
};

/** The kind of id a field refers to; none for a name that only the object prototype has (`constructor: `). */
const referenceOf = (name: string): IdKind | undefined =>
  Object.hasOwn(REFERENCES, name) ? REFERENCES[name] : undefined;

/** What an issue can be besides an option, in `is: [...]` (check.ts's SETTLEMENT_WORDS). */
const SETTLEMENTS = ['deferred', 'open'];

interface DefinedIds {
  sides: string[];
  issues: string[];
  options: string[];
  meters: string[];
  endings: string[];
  /** The options of each issue, by the issue's id. */
  optionsByIssue: Record<string, string[]>;
}

type IdKind = Exclude<keyof DefinedIds, 'optionsByIssue'>;

const ID_WORDS: Record<IdKind, string> = {
  sides: 'id of a side',
  issues: 'id of an issue',
  options: 'id of an option',
  meters: 'id of a meter',
  endings: 'id of an ending',
};

/** A bundled scenario is about 40 KB; parsing 200 KB takes a noticeable moment on a school laptop. */
const MAX_SUGGESTING_BYTES = 200_000;

/** The ids the file defines so far (read leniently: a half-typed file still gives what it can). */
export function definedIds(text: string): DefinedIds {
  let data: unknown;
  // Read on a keystroke, on the page's own thread: a file far past any real scenario gets no suggestions.
  if (text.length > MAX_SUGGESTING_BYTES)
    return { sides: [], issues: [], options: [], meters: [], endings: [], optionsByIssue: {} };
  try {
    // 'silent': a file with a mistake still gives the ids of its readable parts.
    data = parse(text, {
      maxAliasCount: 50,
      prettyErrors: false,
      uniqueKeys: false,
      logLevel: 'silent',
    });
  } catch {
    data = undefined;
  }
  const doc = (data && typeof data === 'object' ? data : {}) as Record<string, unknown>;
  const ids = (list: unknown): string[] =>
    Array.isArray(list)
      ? list.flatMap((item) =>
          item && typeof item === 'object' && typeof (item as Json).id === 'string'
            ? [(item as Json).id as string]
            : [],
        )
      : [];
  const issues = Array.isArray(doc.issues) ? (doc.issues as unknown[]) : [];
  const optionsByIssue: Record<string, string[]> = {};
  for (const issue of issues)
    if (issue && typeof issue === 'object' && typeof (issue as Json).id === 'string')
      optionsByIssue[(issue as Json).id as string] = ids((issue as Json).options);
  return {
    sides: ids(doc.sides),
    issues: ids(issues),
    options: [
      ...new Set(
        issues.flatMap((i) => (i && typeof i === 'object' ? ids((i as Json).options) : [])),
      ),
    ],
    meters: ids(doc.meters),
    endings: ids(doc.endings),
    optionsByIssue,
  };
}

/** Suggestions for the cursor: fields of the block not yet written, or values of the field. */
export function suggestionsAt(text: string, context: CursorContext): Suggestion[] {
  const ids = (kind: IdKind | undefined): Suggestion[] =>
    kind === undefined
      ? []
      : definedAround(text, context, kind).map((id) => ({
          label: id,
          detail: ID_WORDS[kind],
          description: '',
          apply: id,
        }));
  return context.kind === 'key' ? fieldSuggestions(context, ids) : valueSuggestions(context, ids);
}

/** The ids of a kind the file defines, leaving out the line being typed; an option next to its issue: that issue's. */
function definedAround(text: string, context: CursorContext, kind: IdKind): string[] {
  // The line being typed is left out: half-written (`followUp`), it would spoil the lines after it.
  const lineStart = text.lastIndexOf('\n', context.from - 1) + 1;
  const lineEnd = text.indexOf('\n', context.from);
  const all = definedIds(text.slice(0, lineStart) + (lineEnd < 0 ? '' : text.slice(lineEnd + 1)));
  // An option next to its issue (`{ issue: dam, option: … }`): only that issue's options.
  const issue = context.siblings.issue;
  if (kind === 'options' && issue !== undefined && all.optionsByIssue[issue])
    return all.optionsByIssue[issue] ?? [];
  return all[kind];
}

type IdSuggestions = (kind: IdKind | undefined) => Suggestion[];

/** The fields the block may hold and does not yet; in a block of "id: value" lines, the ids. */
function fieldSuggestions(context: CursorContext, ids: IdSuggestions): Suggestion[] {
  const parent = context.path.filter((p): p is string => typeof p === 'string').pop();
  const seen = new Set<string>(context.written);
  const out: Suggestion[] = [];
  for (const n of nodesAt(context.path)) {
    const properties = n.properties as Record<string, Json> | undefined;
    if (properties) out.push(...propertySuggestions(properties, seen, context.flow));
    else if (n.type === 'object' && n.additionalProperties && parent)
      out.push(
        ...ids(referenceOf(parent))
          .filter((s) => !seen.has(s.label))
          .map((s) => ({ ...s, apply: `${s.label}: ` })),
      );
  }
  return out.filter((s, i) => out.findIndex((o) => o.label === s.label) === i);
}

/** A block's fields not in `seen` (which then holds them); a block or list gets a new line unless in `{ … }`. */
function propertySuggestions(
  properties: Record<string, Json>,
  seen: Set<string>,
  flow: boolean,
): Suggestion[] {
  const out: Suggestion[] = [];
  for (const [name, raw] of Object.entries(properties)) {
    if (seen.has(name)) continue;
    seen.add(name);
    const field = branches(raw)[0] ?? {};
    const nested = field.type === 'object' || field.type === 'array';
    out.push({
      label: name,
      detail: typeWords(field),
      description: String(resolve(raw).description ?? field.description ?? ''),
      apply: nested && !flow ? `${name}:\n` : `${name}: `,
    });
  }
  return out;
}

/** The values a field may take and does not yet hold: its choices, true or false, or the ids it refers to. */
function valueSuggestions(context: CursorContext, ids: IdSuggestions): Suggestion[] {
  const key = context.key ?? '';
  // A list's items count as the field's values (`ended: [hang-up, time]`).
  const nodes = nodesAt([...context.path, key]).flatMap((n) =>
    n.type === 'array' && n.items ? [n, ...branches(n.items as Json)] : [n],
  );
  const out = nodes.flatMap(choicesOf);
  if (out.length === 0) out.push(...ids(referenceOf(key)));
  if (key === 'is')
    for (const word of SETTLEMENTS)
      out.push({ label: word, detail: 'choice', description: '', apply: word });
  return out.filter(
    (s, i) => !context.written.includes(s.label) && out.findIndex((o) => o.label === s.label) === i,
  );
}

/** A schema node's fixed values: its enum's, or true and false. */
function choicesOf(n: Json): Suggestion[] {
  const out: Suggestion[] = [];
  if (Array.isArray(n.enum))
    for (const value of n.enum)
      out.push({
        label: String(value),
        detail: 'choice',
        description: String(n.description ?? ''),
        apply: String(value),
      });
  if (n.type === 'boolean')
    for (const value of ['true', 'false'])
      out.push({ label: value, detail: 'true or false', description: '', apply: value });
  return out;
}

/** The description of the field under a path, for a help line beside the editor. */
export function describeField(path: YamlPath, key: string): string {
  for (const n of nodesAt(path)) {
    const properties = n.properties as Record<string, Json> | undefined;
    const raw = properties?.[key];
    if (raw) return String(resolve(raw).description ?? '');
  }
  return '';
}
