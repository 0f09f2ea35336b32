// A problem found in a scenario file: where it is (file, line, column, path in
// the document), what is wrong and how to fix it, in plain words. Problems are
// values: loading and checking return them, they are never thrown.

export type Severity = 'error' | 'warning';

export type DocPath = readonly (string | number)[];

export interface Problem {
  severity: Severity;
  file: string;
  /** 1-based; 1 when the problem is with the whole file. */
  line: number;
  /** 1-based. */
  column: number;
  /** Where in the document, e.g. `issues[0].options[2].values`; empty for the whole file. */
  path: string;
  message: string;
  fix: string;
  /** True when the problem is with the file as a whole (not found, unreadable): no line to point at. */
  wholeFile?: boolean;
  /** True for a mistake that causes others (a duplicate id): listed before them. */
  rootCause?: boolean;
  /** The fix as a change to one line, when it is that plain (and was tried: the file then reads). */
  edit?: LineEdit;
}

/** Replace line `line` (1-based) of the file with `text`. */
export interface LineEdit {
  line: number;
  text: string;
}

/** How a check reports a problem at a path of the document (at its value, or at its key). */
export type Report = (
  severity: Severity,
  path: DocPath,
  message: string,
  fix: string,
  at?: 'value' | 'key',
) => void;

export function formatPath(path: DocPath): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? part : `.${part}`;
  }
  return out;
}

/** `FILE:LINE:COL: error: message (at path)` then the fix on its own indented line. */
export function formatProblem(p: Problem): string {
  const where = p.path === '' ? '' : ` (at ${p.path})`;
  return `${p.file}:${p.line}:${p.column}: ${p.severity}: ${p.message}${where}\n    fix: ${p.fix}`;
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}

/** Errors first, root causes before what they cause, then by position in the file. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1) ||
      (a.rootCause === b.rootCause ? 0 : a.rootCause ? -1 : 1) ||
      a.line - b.line ||
      a.column - b.column,
  );
}
