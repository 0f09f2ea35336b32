// Bytes → a typed Scenario, or the problems that stop it loading. Never throws
// for anything in the bytes: hostile, huge, binary or malformed input comes
// back as problems naming the file and line. Pure: no file system here.
import { LineCounter, parseDocument, type YAMLError } from 'yaml';
import { scenarioSchema, type Scenario } from './schema.ts';
import { hasErrors, sortProblems, type Problem } from './problem.ts';
import { makeLocator, type Locate } from './locate.ts';
import { schemaProblems } from './schema-problems.ts';
import { crossReferenceProblems } from './check.ts';

/** A scenario is a few tens of kilobytes; a megabyte is a mistake or an attack. */
export const MAX_SCENARIO_BYTES = 1_000_000;
/** YAML aliases (*name) can expand a small file into a huge one ("billion laughs"). */
export const MAX_ALIASES = 50;
/** Deeply nested brackets can exhaust the parser's stack. */
export const MAX_NESTING = 64;

export type LoadResult =
  | { ok: true; scenario: Scenario; warnings: Problem[]; locate: Locate }
  | { ok: false; problems: Problem[] };

export function loadScenario(file: string, source: string | Uint8Array): LoadResult {
  try {
    return loadUnsafe(file, source);
  } catch (error) {
    // A bug of ours must still not crash a teacher's editor: report it, as a value.
    return fail(
      file,
      1,
      1,
      `the file could not be read (${error instanceof Error ? error.message : String(error)})`,
      'check the file is a scenario in YAML; if it is, please report this as a bug.',
    );
  }
}

function loadUnsafe(file: string, source: string | Uint8Array): LoadResult {
  const size = typeof source === 'string' ? source.length : source.byteLength;
  if (size > MAX_SCENARIO_BYTES) {
    return fail(
      file,
      1,
      1,
      `the file is too big (${Math.round(size / 1000)} KB; a scenario is at most ${MAX_SCENARIO_BYTES / 1000} KB)`,
      'check you opened the right file: a scenario is a short text file.',
    );
  }
  const decoded = decode(source);
  if (decoded === undefined) {
    return fail(
      file,
      1,
      1,
      'the file is not text (it is not UTF-8)',
      'save the file as plain text in UTF-8 (in most editors: "Save with encoding… UTF-8").',
    );
  }
  const text = decoded.startsWith('\uFEFF') ? decoded.slice(1) : decoded;
  const nul = text.indexOf('\0');
  if (nul >= 0) {
    const { line, column } = positionOfOffset(text, nul);
    return fail(
      file,
      line,
      column,
      'the file contains binary data',
      'open the scenario file itself (a .yaml text file), not a document or image.',
    );
  }
  if (text.trim() === '')
    return fail(
      file,
      1,
      1,
      'the file is empty',
      'start from a copy of a bundled scenario, or run `npm run scenario -- new FILE`.',
    );
  const deep = tooDeep(text);
  if (deep !== undefined) {
    const { line, column } = positionOfOffset(text, deep);
    return fail(
      file,
      line,
      column,
      `the file nests more than ${MAX_NESTING} levels deep`,
      'a scenario never needs this much nesting: check for runaway brackets.',
    );
  }

  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter,
    uniqueKeys: true,
    prettyErrors: false,
    strict: true,
    version: '1.2',
  });
  if (doc.errors.length > 0) {
    // The first syntax error is the cause; the ones after it usually follow from it.
    const first = doc.errors[0];
    return { ok: false, problems: first ? [yamlProblem(file, first, lineCounter)] : [] };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch {
    return fail(
      file,
      1,
      1,
      `the file uses YAML aliases (*name) too many times (more than ${MAX_ALIASES})`,
      'write the repeated parts out instead of using &anchors and *aliases.',
    );
  }
  const locate = makeLocator(doc, lineCounter);
  const parsed = scenarioSchema.safeParse(data, { reportInput: false });
  if (!parsed.success) {
    return {
      ok: false,
      problems: sortProblems(dedupe(schemaProblems(file, parsed.error.issues, locate, data))),
    };
  }
  const problems = crossReferenceProblems(file, parsed.data, locate);
  if (hasErrors(problems)) return { ok: false, problems: sortProblems(problems) };
  return { ok: true, scenario: parsed.data, warnings: sortProblems(problems), locate };
}

function decode(source: string | Uint8Array): string | undefined {
  if (typeof source === 'string') return source;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(source);
  } catch {
    return undefined;
  }
}

function fail(
  file: string,
  line: number,
  column: number,
  message: string,
  fix: string,
): LoadResult {
  return {
    ok: false,
    problems: [{ severity: 'error', file, line, column, path: '', message, fix }],
  };
}

const YAML_FIXES: Record<string, string> = {
  TAB_AS_INDENT:
    'indent with spaces, not tabs (two spaces a level). Most editors can "convert indentation to spaces".',
  DUPLICATE_KEY: 'this field is written twice in the same block: keep one and delete the other.',
  BAD_INDENT: 'line the field up with the others of its block, using spaces.',
  MISSING_CHAR: 'a bracket, quote or colon is missing: check the end of this line.',
  MULTILINE_IMPLICIT_KEY:
    'a field name must fit on one line and end with a colon; put quotes around text that contains ": ".',
  BLOCK_AS_IMPLICIT_KEY:
    'a field name must end with ": " on the same line; check the indentation of the lines above.',
  UNEXPECTED_TOKEN:
    'this character is out of place: text with ":" or "#" or starting with "-", "[", "{" needs quotes around it.',
  MULTIPLE_DOCS:
    'a scenario file holds one document: remove the "---" line and what follows, or split it into two files.',
  BAD_ALIAS: 'an alias (*name) must refer to an anchor (&name) written before it.',
  BAD_SCALAR_START: 'text that starts with this character needs quotes around it.',
  TAG_RESOLVE_FAILED: 'remove the "!" tag: scenario files use plain YAML values.',
};

function yamlProblem(file: string, error: YAMLError, lineCounter: LineCounter): Problem {
  const { line, col } = lineCounter.linePos(error.pos[0]);
  const firstLine = error.message.split('\n')[0] ?? error.message;
  const message = firstLine.replace(/ at line \d+, column \d+.*$/, '');
  return {
    severity: 'error',
    file,
    line,
    column: col,
    path: '',
    message: `the YAML cannot be read: ${message.charAt(0).toLowerCase()}${message.slice(1)}`,
    fix:
      YAML_FIXES[error.code] ??
      'check the spelling and indentation of this line against a bundled scenario.',
  };
}

function positionOfOffset(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** The offset where flow brackets first nest deeper than the limit, if they do. */
function tooDeep(text: string): number | undefined {
  let depth = 0;
  let indentDepth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 91 || c === 123) {
      depth++;
      if (depth > MAX_NESTING) return i;
    } else if (c === 93 || c === 125) {
      depth = Math.max(0, depth - 1);
    } else if (c === 10) {
      // Block nesting: count leading spaces; 2 spaces a level is the norm, so allow generously.
      let spaces = 0;
      while (text.charCodeAt(i + 1 + spaces) === 32) spaces++;
      indentDepth = spaces;
      if (indentDepth > MAX_NESTING * 4) return i + 1;
    }
  }
  return undefined;
}

function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.line}:${p.column}:${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
