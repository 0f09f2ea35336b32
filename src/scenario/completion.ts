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

/** Reads the indentation above the cursor to find the block it is in. */
export function cursorContext(text: string, offset: number): CursorContext | null {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const before = text.slice(lineStart, offset);
  const head = /^( *)((?:- +)*)/.exec(before);
  const indent = head?.[1]?.length ?? 0;
  const dashes = head?.[2] ?? '';
  const rest = before.slice(indent + dashes.length);
  let kind: 'key' | 'value';
  let key: string | undefined;
  let prefix: string;
  const typingKey = /^([A-Za-z_][\w-]*)?$/.exec(rest);
  const typingValue = /^([A-Za-z_][\w-]*)\s*:\s+(?:["']?)([\w-]*)$/.exec(rest);
  if (typingKey) {
    kind = 'key';
    prefix = typingKey[1] ?? '';
  } else if (typingValue) {
    kind = 'value';
    key = typingValue[1];
    prefix = typingValue[2] ?? '';
  } else return null;

  const path: YamlPath = [];
  let column = indent + dashes.length;
  // After a list item is found, the next block up may sit at the dash's own column.
  let itemDash = -1;
  if (dashes !== '') {
    path.push(0);
    itemDash = indent;
    column = indent;
  }
  // Line by line upwards, stopping at the top of the block: never the whole text split on each keystroke.
  let end = lineStart - 1;
  while (end >= 0 && (column > 0 || itemDash >= 0)) {
    const start = end > 0 ? text.lastIndexOf('\n', end - 1) + 1 : 0;
    const line = text.slice(start, end);
    end = start - 1;
    const shape = shapeOf(line);
    if (!shape) continue;
    if (itemDash >= 0) {
      if (shape.dash === itemDash || shape.content > itemDash) continue; // a sibling item
      if (!shape.key || shape.inline) return null;
      path.push(shape.key);
      itemDash = -1;
      column = shape.content;
    } else if (shape.dash >= 0 && shape.content === column) {
      path.push(0);
      itemDash = shape.dash;
      column = shape.dash;
      continue;
    } else if (shape.content < column) {
      if (!shape.key || shape.inline) return null;
      path.push(shape.key);
      column = shape.content;
    } else continue;
    if (shape.dash >= 0) {
      path.push(0);
      itemDash = shape.dash;
      column = shape.dash;
    }
  }
  if (itemDash >= 0) return null;
  return { kind, path: path.reverse(), key, prefix, from: offset - prefix.length };
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
const REFERENCES: Record<string, keyof DefinedIds> = {
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
};

interface DefinedIds {
  sides: string[];
  issues: string[];
  options: string[];
  meters: string[];
  endings: string[];
}

const ID_WORDS: Record<keyof DefinedIds, string> = {
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
    return { sides: [], issues: [], options: [], meters: [], endings: [] };
  try {
    data = parse(text, { maxAliasCount: 50, prettyErrors: false, uniqueKeys: false });
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
  };
}

/** Suggestions for the cursor: fields of the block, or values of the field. */
export function suggestionsAt(text: string, context: CursorContext): Suggestion[] {
  const ids = (kind: keyof DefinedIds | undefined): Suggestion[] =>
    kind
      ? definedIds(text)[kind].map((id) => ({
          label: id,
          detail: ID_WORDS[kind],
          description: '',
          apply: id,
        }))
      : [];
  if (context.kind === 'key') {
    const parent = context.path.filter((p): p is string => typeof p === 'string').pop();
    const seen = new Set<string>();
    const out: Suggestion[] = [];
    for (const n of nodesAt(context.path)) {
      const properties = n.properties as Record<string, Json> | undefined;
      if (properties)
        for (const [name, raw] of Object.entries(properties)) {
          if (seen.has(name)) continue;
          seen.add(name);
          const field = branches(raw)[0] ?? {};
          const nested = field.type === 'object' || field.type === 'array';
          out.push({
            label: name,
            detail: typeWords(field),
            description: String(resolve(raw).description ?? field.description ?? ''),
            apply: nested ? `${name}:\n` : `${name}: `,
          });
        }
      else if (n.type === 'object' && n.additionalProperties && parent)
        out.push(...ids(REFERENCES[parent]).map((s) => ({ ...s, apply: `${s.label}: ` })));
    }
    return out;
  }
  const key = context.key ?? '';
  const out: Suggestion[] = [];
  for (const n of nodesAt([...context.path, key])) {
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
  }
  if (out.length === 0) out.push(...ids(REFERENCES[key]));
  return out.filter((s, i) => out.findIndex((o) => o.label === s.label) === i);
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
