// Bytes → a typed Scenario, or the problems that stop it loading. Never throws
// for anything in the bytes: hostile, huge, binary or malformed input comes
// back as problems naming the file and line. Pure: no file system here.
import { LineCounter, type Document } from 'yaml';
import { aliasExpansion } from './alias-limit.ts';
import { parseWithinBudget } from './yaml-budget.ts';
import { scenarioSchema, type Scenario } from './schema.ts';
import { hasErrors, sortProblems, type Problem } from './problem.ts';
import { makeLocator, type Locate } from './locate.ts';
import { schemaProblems } from './schema-problems.ts';
import { crossReferenceProblems } from './check.ts';
import { scanDocument } from './scan-document.ts';
import {
  commentInTextWarnings,
  duplicateKeyProblem,
  unresolvedAliasProblem,
  yamlErrorProblem,
} from './yaml-problems.ts';
import { plural, t, type Catalogue } from '../messages/i18n.ts';

/** A scenario is a few tens of kilobytes; a megabyte is a mistake or an attack. */
export const MAX_SCENARIO_BYTES = 1_000_000;
/** YAML aliases (*name) can expand a small file into a huge one ("billion laughs"). */
export const MAX_ALIASES = 50;
/** The most nodes the aliases may add when written out (an alias of a large list, or of an alias). */
export const MAX_ALIAS_EXPANSION = 10_000;
/** Deeply nested brackets can exhaust the parser's stack. */
export const MAX_NESTING = 64;
/**
 * Brackets ([ ] and { }, in the whole text, quoted or not): a bundled scenario
 * has about 150; each one the parser reads costs as much as a dozen lines.
 */
export const MAX_BRACKETS = 10_000;
/**
 * Values (each key, text, number, alias): a bundled scenario has about 1,500, a
 * fully translated one a few thousand. Past this the file is refused where the
 * budget runs out, before the parser reads the rest (20,000 keys froze a page).
 */
export const MAX_VALUES = 20_000;
/** A list longer than this helps nobody: the rest are counted in one last problem. */
export const MAX_PROBLEMS = 50;

export type LoadResult =
  | { ok: true; scenario: Scenario; warnings: Problem[]; locate: Locate }
  | { ok: false; problems: Problem[] };

export function loadScenario(
  file: string,
  source: string | Uint8Array,
  catalogue: Catalogue,
): LoadResult {
  try {
    const result = loadUnsafe(file, source, catalogue);
    return result.ok
      ? { ...result, warnings: capProblems(result.warnings, catalogue) }
      : { ok: false, problems: capProblems(result.problems, catalogue) };
  } catch (error) {
    // A bug of ours must still not crash a teacher's editor: report it, as a value.
    return fail(
      file,
      1,
      1,
      t(catalogue, 'load.unreadable', {
        error: error instanceof Error ? error.message : String(error),
      }),
      t(catalogue, 'load.unreadableFix'),
    );
  }
}

/** A text no parser should be given: binary, empty, or nested too deep. */
function unfitText(file: string, text: string, catalogue: Catalogue): LoadResult | undefined {
  const nul = text.indexOf('\0');
  if (nul >= 0) {
    const { line, column } = positionOfOffset(text, nul);
    return fail(file, line, column, t(catalogue, 'load.binary'), t(catalogue, 'load.binaryFix'));
  }
  if (text.trim() === '')
    return fail(file, 1, 1, t(catalogue, 'load.empty'), t(catalogue, 'load.emptyFix'));
  const deep = tooDeep(text);
  if (deep !== undefined) {
    const { line, column } = positionOfOffset(text, deep.offset);
    const [message, fix] = deep.many
      ? [
          t(catalogue, 'load.tooManyBrackets', { max: MAX_BRACKETS }),
          t(catalogue, 'load.tooManyBracketsFix'),
        ]
      : [t(catalogue, 'load.tooDeep', { max: MAX_NESTING }), t(catalogue, 'load.tooDeepFix')];
    return fail(file, line, column, message, fix);
  }
  return undefined;
}

/** The file's text, or why it is not one a scenario can be read from (too big, not UTF-8, unfit). */
function scenarioText(
  file: string,
  source: string | Uint8Array,
  catalogue: Catalogue,
): { text: string } | { refused: LoadResult } {
  const size = typeof source === 'string' ? source.length : source.byteLength;
  if (size > MAX_SCENARIO_BYTES) {
    return {
      refused: fail(
        file,
        1,
        1,
        t(catalogue, 'load.tooBig', {
          size: Math.round(size / 1000),
          max: MAX_SCENARIO_BYTES / 1000,
        }),
        t(catalogue, 'load.tooBigFix'),
      ),
    };
  }
  const decoded = decode(source);
  if (decoded === undefined) {
    return {
      refused: fail(file, 1, 1, t(catalogue, 'load.notUtf8'), t(catalogue, 'load.notUtf8Fix')),
    };
  }
  const text = decoded.startsWith('\uFEFF') ? decoded.slice(1) : decoded;
  const unfit = unfitText(file, text, catalogue);
  if (unfit) return { refused: unfit };
  return { text };
}

/** An expansion past its budget, or an alias to nothing; undefined when the aliases are fine (counted while parsing). */
function aliasRefusal(
  file: string,
  text: string,
  doc: Document.Parsed,
  aliases: number,
  catalogue: Catalogue,
): LoadResult | undefined {
  const expansion = aliases > 0 ? aliasExpansion(doc, MAX_ALIAS_EXPANSION) : {};
  if (expansion.over !== undefined) {
    const { line, column } = positionOfOffset(text, expansion.over);
    const words = t(catalogue, 'load.aliasExpansion', { max: MAX_ALIAS_EXPANSION });
    return fail(file, line, column, words, t(catalogue, 'load.aliasesFix'));
  }
  const unresolved =
    expansion.unresolved === undefined
      ? undefined
      : unresolvedAliasProblem(file, text, doc, catalogue);
  return unresolved ? { ok: false, problems: [unresolved] } : undefined;
}

function loadUnsafe(file: string, source: string | Uint8Array, catalogue: Catalogue): LoadResult {
  const read = scenarioText(file, source, catalogue);
  if ('refused' in read) return read.refused;
  const { text } = read;
  const lineCounter = new LineCounter();
  // Duplicate keys are found below in linear time: the parser's own check is quadratic in the keys of a mapping.
  const parsed = parseWithinBudget(text, lineCounter, { values: MAX_VALUES, aliases: MAX_ALIASES });
  if ('over' in parsed) return overBudget(file, text, parsed, catalogue);
  const { doc } = parsed;
  // The first syntax error is the cause; the ones after it usually follow from it. A tag the
  // parser could not read is only its warning, but the text is lost: an error here.
  const first = doc.errors[0] ?? doc.warnings[0];
  if (first)
    return { ok: false, problems: [yamlErrorProblem(file, text, first, lineCounter, catalogue)] };
  const { duplicate, aliases } = scanDocument(doc);
  if (duplicate)
    return { ok: false, problems: [duplicateKeyProblem(file, text, doc, duplicate, catalogue)] };
  const refused = aliasRefusal(file, text, doc, aliases, catalogue);
  if (refused) return refused;
  let data: unknown;
  try {
    // Expansion is bounded above: the package's own count (-1: off) resolves each alias by walking the whole document.
    data = doc.toJS({ maxAliasCount: -1 });
  } catch {
    return fail(
      file,
      1,
      1,
      t(catalogue, 'load.aliases', { max: MAX_ALIASES }),
      t(catalogue, 'load.aliasesFix'),
    );
  }
  const cutShort = commentInTextWarnings(file, text, doc, lineCounter, catalogue);
  const locate = makeLocator(doc, lineCounter);
  const checked = scenarioSchema.safeParse(data, { reportInput: false });
  if (!checked.success) {
    const found = schemaProblems(
      file,
      checked.error.issues,
      locate,
      data,
      catalogue,
      MAX_PROBLEMS + 1,
    );
    return {
      ok: false,
      problems: capProblems(
        sortProblems(dedupe([...found.problems, ...cutShort])),
        catalogue,
        found.unlisted,
      ),
    };
  }
  const problems = [...cutShort, ...crossReferenceProblems(file, checked.data, locate, catalogue)];
  if (hasErrors(problems)) return { ok: false, problems: sortProblems(problems) };
  return { ok: true, scenario: checked.data, warnings: sortProblems(problems), locate };
}

/** A file with more values or aliases than a scenario needs, refused where it passes the budget. */
function overBudget(
  file: string,
  text: string,
  over: { over: 'values' | 'aliases'; offset: number },
  catalogue: Catalogue,
): LoadResult {
  const { line, column } = positionOfOffset(text, over.offset);
  return over.over === 'aliases'
    ? fail(
        file,
        line,
        column,
        t(catalogue, 'load.aliases', { max: MAX_ALIASES }),
        t(catalogue, 'load.aliasesFix'),
      )
    : fail(
        file,
        line,
        column,
        t(catalogue, 'load.tooManyValues', { max: MAX_VALUES }),
        t(catalogue, 'load.tooManyValuesFix', { line }),
      );
}

/** The first MAX_PROBLEMS problems (already sorted), and one more that counts the rest. */
export function capProblems(problems: Problem[], catalogue: Catalogue, unlisted = 0): Problem[] {
  const rest = problems.length - MAX_PROBLEMS + unlisted;
  const next = problems[MAX_PROBLEMS];
  // One more is listed rather than counted (and a list already cut stays as it is).
  if (rest <= 1 || !next) return problems;
  return [
    ...problems.slice(0, MAX_PROBLEMS),
    {
      severity: next.severity,
      file: next.file,
      line: next.line,
      column: next.column,
      path: '',
      message: plural(catalogue, 'load.moreProblems', rest),
      fix: t(catalogue, 'load.moreProblemsFix'),
    },
  ];
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

/** Where flow brackets first nest deeper than the limit, or outnumber theirs, if they do. */
function tooDeep(text: string): { offset: number; many: boolean } | undefined {
  let depth = 0;
  let indentDepth = 0;
  let brackets = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 91 || c === 123) {
      depth++;
      brackets++;
      if (depth > MAX_NESTING) return { offset: i, many: false };
      if (brackets > MAX_BRACKETS) return { offset: i, many: true };
    } else if (c === 93 || c === 125) {
      depth = Math.max(0, depth - 1);
    } else if (c === 10) {
      // Block nesting: count leading spaces; 2 spaces a level is the norm, so allow generously.
      let spaces = 0;
      while (text.charCodeAt(i + 1 + spaces) === 32) spaces++;
      indentDepth = spaces;
      if (indentDepth > MAX_NESTING * 4) return { offset: i + 1, many: false };
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
