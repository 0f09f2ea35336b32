// The YAML parser's errors in plain words, each with a fix that works. The
// parser says where it gave up ("nested mappings are not allowed in compact
// mappings"); a teacher needs the mistake they made ("the text has a colon in
// it") and what to type. Each diagnosis proposes a change to one line, and is
// kept only if the file, changed so, reads past that line: a fix offered here
// has been tried. Errors no diagnosis explains get a plain sentence for their
// error code (every code the package has), never the parser's own words.
import {
  isAlias,
  parseDocument,
  visit,
  type Document,
  type ErrorCode,
  type LineCounter,
  type YAMLError,
} from 'yaml';
import type { LineEdit, Problem } from './problem.ts';
import { t, type MessageKey, type Catalogue } from '../messages/i18n.ts';

/** The parser options of the loader: a fix is tried with exactly these. */
export const PARSE_OPTIONS = {
  uniqueKeys: false,
  prettyErrors: false,
  strict: true,
  version: '1.2',
} as const;

/** The fix said for each of the parser's error codes (its sentence is `yaml.code.<CODE>`), when no diagnosis names the mistake. */
const CODE_FIXES: Record<ErrorCode, MessageKey> = {
  ALIAS_PROPS: 'yaml.fix.special',
  BAD_ALIAS: 'yaml.fix.special',
  BAD_DIRECTIVE: 'yaml.fix.removeLine',
  BAD_DQ_ESCAPE: 'yaml.fix.backslash',
  BAD_INDENT: 'yaml.fix.indent',
  BAD_PROP_ORDER: 'yaml.fix.special',
  BAD_SCALAR_START: 'yaml.fix.quotes',
  BLOCK_AS_IMPLICIT_KEY: 'yaml.fix.colonOrIndent',
  BLOCK_IN_FLOW: 'yaml.fix.quotes',
  DUPLICATE_KEY: 'yaml.fix.duplicate',
  IMPOSSIBLE: 'yaml.fix.general',
  KEY_OVER_1024_CHARS: 'yaml.fix.colonOrIndent',
  MISSING_CHAR: 'yaml.fix.missing',
  MULTILINE_IMPLICIT_KEY: 'yaml.fix.colonOrIndent',
  MULTIPLE_ANCHORS: 'yaml.fix.special',
  MULTIPLE_DOCS: 'yaml.fix.removeLine',
  MULTIPLE_TAGS: 'yaml.fix.special',
  NON_STRING_KEY: 'yaml.fix.general',
  RESOURCE_EXHAUSTION: 'yaml.fix.special',
  TAB_AS_INDENT: 'yaml.fix.indent',
  TAG_RESOLVE_FAILED: 'yaml.fix.special',
  UNEXPECTED_TOKEN: 'yaml.fix.quotes',
  BAD_COLLECTION_TYPE: 'yaml.fix.general',
};

/** The message keys for an error code; a code the package adds later gets the general ones. */
export function codeMessages(code: string): { message: MessageKey; fix: MessageKey } {
  if (!Object.hasOwn(CODE_FIXES, code))
    return { message: 'yaml.code.unknown', fix: 'yaml.fix.general' };
  const known = code as ErrorCode;
  return { message: `yaml.code.${known}`, fix: CODE_FIXES[known] };
}

/** The error codes this module words (all of the package's). */
export const WORDED_CODES = Object.keys(CODE_FIXES) as ErrorCode[];

/** Each diagnosis tried costs one parse of the file: a few dozen at most, fewer for a big file. */
const MAX_TRIES = 24;
const MAX_TRIED_BYTES = 200_000;

/** Signs YAML reads specially at the start of a value. */
const RESERVED_START = /^[@`%!&*|>[{,?:#-]/;

interface Diagnosis {
  line: number;
  /** Where on the line, when not where its text starts (a tab is at the start of it). */
  column?: number;
  message: string;
  fix: string;
  edit: LineEdit;
}

/** The first parse error's position, or undefined when the text reads (duplicate keys included). */
function firstSyntaxError(text: string): { line: number; code: string } | undefined {
  const doc = parseDocument(text, PARSE_OPTIONS);
  const error = doc.errors[0] ?? doc.warnings[0];
  if (!error) return undefined;
  return { line: lineOfOffset(text, error.pos[0]), code: error.code };
}

/** The text with one line replaced. */
export function applyEdit(text: string, edit: LineEdit): string {
  const lines = text.split('\n');
  const old = lines[edit.line - 1] ?? '';
  lines[edit.line - 1] = old.endsWith('\r') ? `${edit.text}\r` : edit.text;
  return lines.join('\n');
}

/** The problem for the parser's first error: a plain diagnosis with a tried fix when one fits. */
export function yamlErrorProblem(
  file: string,
  text: string,
  error: YAMLError,
  lineCounter: LineCounter,
  catalogue: Catalogue,
): Problem {
  const { line, col } = lineCounter.linePos(error.pos[0]);
  const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
  // The first diagnosis whose change makes the file read; else the first that gets past this line.
  let found: Diagnosis | undefined;
  let fallback: Diagnosis | undefined;
  // (A text that reads as it is has nothing a change could mend: only the code's own words.)
  let tries = text.length > MAX_TRIED_BYTES ? 3 : MAX_TRIES;
  if (firstSyntaxError(text) === undefined) tries = 0;
  for (const d of diagnose(lines, line, error, catalogue)) {
    if (tries-- <= 0) break;
    const after = firstSyntaxError(applyEdit(text, d.edit));
    if (after === undefined) {
      found = d;
      break;
    }
    if (!fallback && after.line > Math.max(line, d.edit.line)) fallback = d;
  }
  found ??= fallback;
  if (found)
    return {
      severity: 'error',
      file,
      line: found.line,
      column: found.column ?? firstColumn(lines[found.line - 1] ?? ''),
      path: '',
      message: found.message,
      fix: found.fix,
      edit: found.edit,
      rootCause: true,
    };
  const keys = codeMessages(error.code);
  return {
    severity: 'error',
    file,
    line,
    column: col,
    path: '',
    message: t(catalogue, keys.message, { line }),
    fix: t(catalogue, keys.fix),
  };
}

/** A key written twice in one mapping: the forgotten "- " of a list item, or a real repeat. */
export function duplicateKeyProblem(
  file: string,
  text: string,
  doc: Document,
  duplicate: { key: string; offset: number; firstOffset: number },
  catalogue: Catalogue,
): Problem {
  const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
  const line = lineOfOffset(text, duplicate.offset);
  const first = lineOfOffset(text, duplicate.firstOffset);
  const item = listItemStart(doc, text, duplicate.offset);
  if (item !== undefined) {
    const current = lines[item - 1] ?? '';
    const edit = { line: item, text: withDash(current) };
    return {
      severity: 'error',
      file,
      line: item,
      column: firstColumn(current),
      path: '',
      message: t(catalogue, 'yaml.missingDash', { line: item, key: duplicate.key, first }),
      fix: t(catalogue, 'yaml.missingDashFix', { fixed: edit.text.trim() }),
      edit,
      rootCause: true,
    };
  }
  return {
    severity: 'error',
    file,
    line,
    column: duplicate.offset - lineStart(text, line) + 1,
    path: '',
    message: t(catalogue, 'yaml.duplicate', { key: duplicate.key, first }),
    fix: t(catalogue, 'yaml.duplicateFix', { key: duplicate.key, first, line }),
    rootCause: true,
  };
}

/** Text cut short by " #": YAML reads the rest of the line as a note. */
export function commentInTextWarnings(
  file: string,
  text: string,
  doc: Document,
  lineCounter: LineCounter,
  catalogue: Catalogue,
): Problem[] {
  const found: Problem[] = [];
  // Split once, when first needed: splitting the text for each warning made thousands of them quadratic.
  let split: string[] | undefined;
  visit(doc, {
    Scalar(_, node) {
      if (node.type !== 'PLAIN' || typeof node.value !== 'string' || !node.range) return;
      const end = node.range[1];
      // One space, then "#": a note aligned after a value has more room, text cut short has not.
      if (text.slice(end, end + 2) !== ' #' || /\s/.test(text.charAt(end - 1))) return;
      const { line } = lineCounter.linePos(end);
      const lines = (split ??= text.split('\n'));
      const current = (lines[line - 1] ?? '').replace(/\r$/, '');
      const start = lineCounter.linePos(node.range[0]);
      if (start.line !== line) return;
      const edit = {
        line,
        text: `${current.slice(0, start.col - 1)}${quoted(current.slice(start.col - 1).trim())}`,
      };
      found.push({
        severity: 'warning',
        file,
        line,
        column: lineCounter.linePos(end + 1).col,
        path: '',
        message: t(catalogue, 'yaml.hash', { kept: node.value }),
        fix: t(catalogue, 'yaml.hashFix', { fixed: edit.text.trim() }),
        edit,
      });
    },
  });
  return found;
}

/** An alias (*name) with no anchor: text that starts with "*" (like *important*). */
export function unresolvedAliasProblem(
  file: string,
  text: string,
  doc: Document,
  catalogue: Catalogue,
): Problem | undefined {
  let offset: number | undefined;
  visit(doc, {
    Alias(_, node) {
      if (offset === undefined && isAlias(node) && node.resolve(doc) === undefined)
        offset = node.range?.[0] ?? 0;
    },
  });
  if (offset === undefined) return undefined;
  const line = lineOfOffset(text, offset);
  const current = (text.split('\n')[line - 1] ?? '').replace(/\r$/, '');
  const edit = quoteValue(current, offset - lineStart(text, line));
  return {
    severity: 'error',
    file,
    line,
    column: offset - lineStart(text, line) + 1,
    path: '',
    message: t(catalogue, 'yaml.star', { line }),
    fix: quoteFix({ fixed: edit.trim() }, catalogue),
    edit: { line, text: edit },
  };
}

// ——— diagnoses: each proposes one changed line; the caller keeps the first that works ———

function diagnose(
  lines: string[],
  line: number,
  error: YAMLError,
  catalogue: Catalogue,
): Diagnosis[] {
  const near = [line, line + 1, line - 1].filter((n) => n >= 1 && n <= lines.length);
  const at = (n: number) => lines[n - 1] ?? '';
  return [
    ...tabDiagnoses(lines, line, catalogue),
    ...near.flatMap((n) => [
      ...quotingDiagnoses(at(n), n, error, catalogue),
      ...valueDiagnoses(at(n), n, catalogue),
      ...spacingDiagnoses(at(n), n, catalogue),
    ]),
    ...unclosedQuoteDiagnoses(lines, line, error, catalogue),
    ...unclosedBracketDiagnoses(lines, line, catalogue),
    ...missingDashDiagnoses(lines, near, catalogue),
    ...indentDiagnoses(lines, near, catalogue),
  ];
}

function tabDiagnoses(lines: string[], line: number, catalogue: Catalogue): Diagnosis[] {
  const out: Diagnosis[] = [];
  const at = (n: number) => lines[n - 1] ?? '';
  // A tab in the indentation.
  for (let n = 1; n <= Math.min(lines.length, line + 1); n++) {
    const m = /^( *)\t[ \t]*/.exec(at(n));
    if (!m) continue;
    for (const spaces of indentCandidates(lines, n)) {
      const text = `${' '.repeat(spaces)}${at(n).slice(m[0].length)}`;
      out.push({
        line: n,
        column: (m[1] ?? '').length + 1,
        message: t(catalogue, 'yaml.tab', { line: n }),
        fix: t(catalogue, 'yaml.tabFix', { spaces, fixed: text.trim() }),
        edit: { line: n, text },
      });
    }
    break;
  }
  return out;
}

function quotingDiagnoses(
  current: string,
  n: number,
  error: YAMLError,
  catalogue: Catalogue,
): Diagnosis[] {
  const out: Diagnosis[] = [];
  // An apostrophe inside single quotes: written twice, or the text in double quotes.
  const doubled = doubleApostrophes(current);
  if (doubled)
    out.push({
      line: n,
      message: t(catalogue, 'yaml.apostrophe', { line: n }),
      fix: t(catalogue, 'yaml.apostropheFix', { fixed: doubled.trim() }),
      edit: { line: n, text: doubled },
    });
  // A backslash in double quotes that starts no known sign.
  if (error.code === 'BAD_DQ_ESCAPE') {
    const text = current.replace(/\\(?![0abtnvfre "/\\N_LPxuU\t])/g, '\\\\');
    out.push({
      line: n,
      message: t(catalogue, 'yaml.backslash', { line: n }),
      fix: t(catalogue, 'yaml.backslashFix', { fixed: text.trim() }),
      edit: { line: n, text },
    });
  }
  // A flow mapping's value with ": " in it: { noun: the dam: big }.
  const flow = /^(.*[{,]\s*[A-Za-z_][\w-]*:\s+)([^,{}[\]"']*:\s[^,{}[\]"']*?)(\s*[,}].*)$/.exec(
    current,
  );
  if (flow)
    out.push({
      line: n,
      message: t(catalogue, 'yaml.colon', { line: n }),
      fix: t(catalogue, 'yaml.quoteFix', {
        fixed: `${flow[1] ?? ''}${quoted(flow[2] ?? '')}${flow[3] ?? ''}`.trim(),
      }),
      edit: { line: n, text: `${flow[1] ?? ''}${quoted(flow[2] ?? '')}${flow[3] ?? ''}` },
    });
  return out;
}

function valueDiagnoses(current: string, n: number, catalogue: Catalogue): Diagnosis[] {
  const out: Diagnosis[] = [];
  // A value with ": " inside (or a quote, or a sign YAML reserves at its start): put it in quotes.
  const value = /^(\s*(?:- +)?[A-Za-z_][\w-]*:\s+)(.+)$/.exec(current);
  // A list or fields in brackets are left alone, unless text goes on after the closing bracket.
  const rest = stripNote(value?.[2] ?? '');
  const bracketed = /^[[{]/.test(rest) && !/[\]}]\s*[^\s\]},]/.test(rest);
  if (value && !/^["']/.test(value[2] ?? '') && !bracketed) {
    const text = quoteValue(current, (value[1] ?? '').length);
    const key = quotingKey(rest);
    if (key)
      out.push({
        line: n,
        message: t(catalogue, key, { line: n, sign: rest.charAt(0) }),
        fix: quoteFix({ fixed: text.trim() }, catalogue),
        edit: { line: n, text },
      });
  }
  const quote = rest.charAt(0);
  if (value && /^["']/.test(quote) && textAfterQuote(rest)) {
    // Text that goes on after its closing quote: the whole of it in quotes.
    const text = `${value[1] ?? ''}${quoted(stripNote(value[2] ?? ''))}`;
    out.push({
      line: n,
      message: t(catalogue, 'yaml.afterQuote', { line: n }),
      fix: quoteFix({ fixed: text.trim() }, catalogue),
      edit: { line: n, text },
    });
  }
  return out;
}

/** Quotes mend a colon in the text, or a sign YAML reserves at its start; nothing else. */
function quotingKey(rest: string): MessageKey | undefined {
  if (/:(\s|$)/.test(rest)) return 'yaml.colon';
  return RESERVED_START.test(rest) ? 'yaml.special' : undefined;
}

function spacingDiagnoses(current: string, n: number, catalogue: Catalogue): Diagnosis[] {
  const out: Diagnosis[] = [];
  // No space after a colon, or after a list's dash; no colon at all.
  const tight = /^(\s*(?:- +)?[A-Za-z_][\w-]*:)(\S.*)$/.exec(current);
  if (tight && !/^\/\//.test(tight[2] ?? '')) {
    const text = `${tight[1] ?? ''} ${tight[2] ?? ''}`;
    out.push({
      line: n,
      message: t(catalogue, 'yaml.colonSpace', { line: n }),
      fix: t(catalogue, 'yaml.colonSpaceFix', { fixed: text.trim() }),
      edit: { line: n, text },
    });
  }
  const dash = /^(\s*)-([^\s-].*)$/.exec(current);
  if (dash) {
    const text = `${dash[1] ?? ''}- ${dash[2] ?? ''}`;
    out.push({
      line: n,
      message: t(catalogue, 'yaml.dashSpace', { line: n }),
      fix: t(catalogue, 'yaml.dashSpaceFix', { fixed: text.trim() }),
      edit: { line: n, text },
    });
  }
  const colonless = /^(\s*(?:- +)?[A-Za-z_][\w-]*)( +)([^:#]+)$/.exec(current);
  if (colonless) {
    const text = `${colonless[1] ?? ''}:${colonless[2] ?? ''}${colonless[3] ?? ''}`;
    out.push({
      line: n,
      message: t(catalogue, 'yaml.noColon', {
        line: n,
        key: (colonless[1] ?? '').replace(/^\s*(- +)?/, ''),
      }),
      fix: t(catalogue, 'yaml.noColonFix', { fixed: text.trim() }),
      edit: { line: n, text },
    });
  }
  // A second document: "---" or "..." on a line of its own.
  if (/^(---|\.\.\.)\s*$/.test(current))
    out.push({
      line: n,
      message: t(catalogue, 'yaml.secondDocument', { line: n }),
      fix: t(catalogue, 'yaml.secondDocumentFix'),
      edit: { line: n, text: '' },
    });
  return out;
}

function unclosedQuoteDiagnoses(
  lines: string[],
  line: number,
  error: YAMLError,
  catalogue: Catalogue,
): Diagnosis[] {
  const out: Diagnosis[] = [];
  const at = (n: number) => lines[n - 1] ?? '';
  // A quote opened and never closed: close it at the end of the line, or before its brackets.
  if (/closing ["']quote/.test(error.message) || error.code === 'MISSING_CHAR')
    for (let n = line; n >= Math.max(1, line - 3); n--) {
      const current = at(n);
      for (const quote of ['"', "'"]) {
        if (!opensQuote(current, quote)) continue;
        const body = current.replace(/\s+$/, '');
        const closers = /[\]}]+$/.exec(body)?.[0] ?? '';
        for (const text of [
          `${body.slice(0, body.length - closers.length)}${quote}${closers}`,
          `${body}${quote}`,
        ])
          out.push({
            line: n,
            message: t(catalogue, 'yaml.unclosedQuote', { line: n, quote }),
            fix: t(catalogue, 'yaml.unclosedQuoteFix', { quote, fixed: text.trim() }),
            edit: { line: n, text },
          });
      }
    }
  return out;
}

function unclosedBracketDiagnoses(
  lines: string[],
  line: number,
  catalogue: Catalogue,
): Diagnosis[] {
  const out: Diagnosis[] = [];
  const at = (n: number) => lines[n - 1] ?? '';
  // A bracket opened and never closed: close it at the end of its line.
  for (let n = line; n >= Math.max(1, line - 30); n--) {
    const open = unclosedBrackets(at(n));
    if (open === '') continue;
    const note = /\s{2,}#.*$/.exec(at(n))?.[0] ?? '';
    const body = at(n)
      .slice(0, at(n).length - note.length)
      .replace(/\s+$/, '');
    const spaced = open.startsWith('}') && body.includes('{ ') ? ` ${open}` : open;
    const text = `${body}${spaced}${note}`;
    out.push({
      line: n,
      message: t(catalogue, open.endsWith(']') ? 'yaml.unclosedList' : 'yaml.unclosedMap', {
        line: n,
      }),
      fix: t(catalogue, 'yaml.unclosedFix', { fixed: text.trim() }),
      edit: { line: n, text },
    });
    break;
  }
  return out;
}

function missingDashDiagnoses(lines: string[], near: number[], catalogue: Catalogue): Diagnosis[] {
  const out: Diagnosis[] = [];
  const at = (n: number) => lines[n - 1] ?? '';
  // A list item without its "- ": at the dash's column, or under the item above.
  for (const n of near) {
    const current = at(n);
    if (!/^\s*[A-Za-z_][\w-]*:/.test(current)) continue;
    const text = withDash(current);
    const listed = withDashAt(lines, n);
    for (const candidate of [listed, text].filter((x): x is string => x !== undefined))
      out.push({
        line: n,
        message: t(catalogue, 'yaml.missingDashHere', { line: n }),
        fix: t(catalogue, 'yaml.missingDashFix', { fixed: candidate.trim() }),
        edit: { line: n, text: candidate },
      });
  }
  return out;
}

function indentDiagnoses(lines: string[], near: number[], catalogue: Catalogue): Diagnosis[] {
  const out: Diagnosis[] = [];
  const at = (n: number) => lines[n - 1] ?? '';
  // A line out of step with its block: lined up with a block it could belong to.
  for (const n of near) {
    const current = at(n);
    if (current.trim() === '' || current.trimStart().startsWith('#')) continue;
    const spaces = current.length - current.trimStart().length;
    for (const wanted of indentCandidates(lines, n)) {
      if (wanted === spaces) continue;
      const text = `${' '.repeat(wanted)}${current.trimStart()}`;
      out.push({
        line: n,
        message: t(catalogue, 'yaml.indent', { line: n, spaces }),
        fix: t(catalogue, 'yaml.indentFix', { wanted, fixed: text.trim() }),
        edit: { line: n, text },
      });
    }
  }
  return out;
}

/** Indentations line n could mean: each block open above it, the nearest first. */
function indentCandidates(lines: string[], n: number): number[] {
  const seen: number[] = [];
  let limit = Infinity;
  for (let i = n - 2; i >= 0 && seen.length < 6; i--) {
    const l = (lines[i] ?? '').replace(/\t/g, '  ');
    if (l.trim() === '' || l.trimStart().startsWith('#')) continue;
    const spaces = l.length - l.trimStart().length;
    const dash = /^(\s*- +)/.exec(l)?.[1]?.length;
    for (const c of [dash, spaces, l.trimEnd().endsWith(':') ? spaces + 2 : undefined])
      if (c !== undefined && c <= limit && !seen.includes(c)) seen.push(c);
    limit = Math.min(limit, spaces);
    if (spaces === 0) break;
  }
  return seen;
}

/** The line with "- " taking the place of its last two spaces of indentation (or put before it). */
function withDash(line: string): string {
  const spaces = line.length - line.trimStart().length;
  return spaces >= 2 ? `${' '.repeat(spaces - 2)}- ${line.trimStart()}` : `- ${line.trimStart()}`;
}

/** The line with "- " in front, at the column where the list's other items have theirs. */
function withDashAt(lines: string[], n: number): string | undefined {
  const current = lines[n - 1] ?? '';
  const spaces = current.length - current.trimStart().length;
  for (let i = n - 2; i >= 0; i--) {
    const l = lines[i] ?? '';
    if (l.trim() === '' || l.trimStart().startsWith('#')) continue;
    const s = l.length - l.trimStart().length;
    if (s < spaces) return undefined;
    if (s === spaces && l.trimStart().startsWith('- '))
      return `${' '.repeat(spaces)}- ${current.trimStart()}`;
  }
  return undefined;
}

/** Where the list item that holds `offset` should start: the second writing of its first key. */
function listItemStart(doc: Document, text: string, offset: number): number | undefined {
  let found: number | undefined;
  visit(doc, {
    Seq(_, seq) {
      for (const item of seq.items) {
        if (!item || typeof item !== 'object' || !('items' in item) || !('range' in item)) continue;
        const range = item.range as [number, number, number] | undefined;
        if (!range || offset < range[0] || offset > range[2]) continue;
        const pairs = (item as { items: { key?: { value?: unknown; range?: number[] } }[] }).items;
        const firstKey = pairs[0]?.key?.value;
        const again = pairs.slice(1).find((p) => p.key?.value === firstKey);
        const at = again?.key?.range?.[0];
        if (at !== undefined) found = lineOfOffset(text, at);
      }
    },
  });
  return found;
}

/** The line with each apostrophe that ends a single-quoted text too early written twice. */
function doubleApostrophes(line: string): string | undefined {
  let out = '';
  let i = 0;
  let changed = false;
  while (i < line.length) {
    const c = line.charAt(i);
    const before = out.replace(/\s+$/, '');
    const opens = c === "'" && (before === '' || /[:[{,-]$/.test(before));
    if (!opens) {
      if (c === '#' && /\s$/.test(out)) return changed ? out + line.slice(i) : undefined;
      out += c;
      i++;
      continue;
    }
    // Inside single quotes: '' is an apostrophe; a lone ' ends the text if what follows fits.
    out += c;
    i++;
    while (i < line.length) {
      const d = line.charAt(i);
      if (d === "'" && line.charAt(i + 1) === "'") {
        out += "''";
        i += 2;
        continue;
      }
      if (d === "'") {
        const after = line.slice(i + 1).trimStart();
        if (after === '' || /^([,\]}:]|#)/.test(after)) {
          out += d;
          i++;
          break;
        }
        out += "''";
        changed = true;
        i++;
        continue;
      }
      out += d;
      i++;
    }
  }
  return changed ? out : undefined;
}

/** True when quoted text (starting at 0) is closed and more text follows on the line. */
function textAfterQuote(text: string): boolean {
  const quote = text.charAt(0);
  for (let i = 1; i < text.length; i++) {
    const c = text.charAt(i);
    if (quote === '"' && c === '\\') i++;
    else if (c === quote && quote === "'" && text.charAt(i + 1) === "'") i++;
    else if (c === quote) return text.slice(i + 1).trim() !== '';
  }
  return false;
}

/** True when the line opens a quote of this kind and never closes it. */
function opensQuote(line: string, quote: string): boolean {
  let inside: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line.charAt(i);
    if (inside === undefined) {
      if (c === '#' && (i === 0 || /\s/.test(line.charAt(i - 1)))) return false;
      if ((c === '"' || c === "'") && (i === 0 || /[\s:[{,-]/.test(line.charAt(i - 1)))) inside = c;
    } else if (inside === '"' && c === '\\') i++;
    else if (c === inside) {
      if (inside === "'" && line.charAt(i + 1) === "'") i++;
      else inside = undefined;
    }
  }
  return inside === quote;
}

/** The closing brackets a line needs for the [ and { it opens and leaves open ("" for none). */
function unclosedBrackets(line: string): string {
  const stack: string[] = [];
  let quote: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line.charAt(i);
    if (quote) {
      if (c === quote) quote = undefined;
      continue;
    }
    if (c === '#' && (i === 0 || /\s/.test(line.charAt(i - 1)))) break;
    if ((c === '"' || c === "'") && /[\s:[{,]/.test(line.charAt(i - 1))) quote = c;
    else if (c === '[') stack.push(']');
    else if (c === '{') stack.push('}');
    else if (c === ']' || c === '}') stack.pop();
  }
  return stack.reverse().join('');
}

/** The value from `from` to the end of the line in quotes; a note after two spaces stays a note. */
function quoteValue(line: string, from: number): string {
  const rest = line.slice(from);
  const note = /\s{2,}#.*$/.exec(rest)?.[0] ?? '';
  return `${line.slice(0, from)}${quoted(rest.slice(0, rest.length - note.length).trim())}${note}`;
}

/** "Put the text in double quotes: …", or in single quotes when that is what the fixed line uses. */
function quoteFix({ fixed }: { fixed: string }, catalogue: Catalogue): string {
  return t(
    catalogue,
    /:\s+'/.test(fixed) && !/:\s+"/.test(fixed) ? 'yaml.quoteFixSingle' : 'yaml.quoteFix',
    {
      fixed,
    },
  );
}

/** Text without a note after two or more spaces. */
function stripNote(text: string): string {
  return text.replace(/\s{2,}#.*$/, '').trim();
}

/** Text in double quotes (single when it holds double quotes and no apostrophe). */
function quoted(text: string): string {
  if (text.includes('"') && !text.includes("'")) return `'${text}'`;
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

function firstColumn(line: string): number {
  return line.length - line.trimStart().length + 1;
}

function lineStart(text: string, line: number): number {
  let offset = 0;
  for (let n = 1; n < line; n++) offset = text.indexOf('\n', offset) + 1;
  return offset;
}

function lineOfOffset(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
