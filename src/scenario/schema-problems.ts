// Turns the schema's findings (zod issues) into problems a teacher can act on:
// a plain message, the path, and a fix that says what is wanted with an example.
import type { z } from 'zod';
import { scenarioSchema } from './schema.ts';
import type { DocPath, Problem } from './problem.ts';
import { formatPath } from './problem.ts';
import type { Locate } from './locate.ts';
import { closest } from './suggest.ts';

type Issue = z.core.$ZodIssue;

const EXAMPLES: Record<string, string> = {
  number: '40',
  string: '"Sovereignty"',
  boolean: 'true',
  array: 'a list, one item a line starting with "- "',
  object: 'a block of "name: value" lines, indented under it',
  record: 'a block of "id: number" lines, e.g. "mexico: 60"',
};

const TYPE_WORDS: Record<string, string> = {
  number: 'a number',
  string: 'text',
  boolean: 'true or false',
  array: 'a list',
  object: 'a block of fields',
  record: 'a block of "id: value" lines',
};

export function schemaProblems(
  file: string,
  issues: readonly Issue[],
  locate: Locate,
  data: unknown,
): Problem[] {
  // A misspelt field shows up twice: as an unknown field and as a missing one. Report only the misspelling.
  const misspelt: { at: string; key: string }[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys')
      for (const key of issue.keys) misspelt.push({ at: issue.path.join('.'), key });
  }
  const followsTypo = (issue: Issue) => {
    if (issue.code !== 'invalid_type' || valueAt(data, issue.path as DocPath) !== undefined)
      return false;
    const name = issue.path[issue.path.length - 1];
    const parent = issue.path.slice(0, -1).join('.');
    return (
      typeof name === 'string' &&
      misspelt.some((m) => m.at === parent && closest(m.key, [name]) !== undefined)
    );
  };
  return issues
    .filter((i) => !followsTypo(i))
    .flatMap((issue) => issueProblems(file, issue, locate, data));
}

function issueProblems(file: string, issue: Issue, locate: Locate, data: unknown): Problem[] {
  const path = issue.path as DocPath;
  const at = (
    message: string,
    fix: string,
    where: DocPath = path,
    key: 'value' | 'key' = 'value',
  ): Problem => ({
    severity: 'error',
    file,
    ...locate(where, key),
    path: formatPath(where),
    message,
    fix,
  });
  const value = valueAt(data, path);
  const name = fieldName(path);

  switch (issue.code) {
    case 'invalid_type': {
      const wanted = TYPE_WORDS[issue.expected] ?? issue.expected;
      const example = EXAMPLES[issue.expected] ?? '';
      if (value === undefined) {
        return [
          at(
            `"${name}" is missing`,
            `add "${name}:" here, with ${wanted}${example ? ` (e.g. ${example})` : ''}.`,
          ),
        ];
      }
      return [
        at(
          `"${name}" should be ${wanted}, not ${describeValue(value)}`,
          `write ${wanted} here${example ? `, e.g. ${example}` : ''}.`,
        ),
      ];
    }
    case 'too_small': {
      if (issue.origin === 'array') {
        return [
          at(
            `"${name}" needs at least ${String(issue.minimum)} item${Number(issue.minimum) === 1 ? '' : 's'}`,
            `add items to the list.`,
          ),
        ];
      }
      if (issue.origin === 'string')
        return [
          at(`"${name}" is empty`, `write some text here, or remove the field if it is optional.`),
        ];
      return [
        at(
          `"${name}" is ${String(value)}, below the smallest allowed value ${String(issue.minimum)}`,
          `use a number from ${String(issue.minimum)} up.`,
        ),
      ];
    }
    case 'too_big': {
      if (issue.origin === 'array')
        return [
          at(
            `"${name}" has too many items (at most ${String(issue.maximum)})`,
            `remove items from the list.`,
          ),
        ];
      if (issue.origin === 'string')
        return [
          at(
            `"${name}" is too long (at most ${String(issue.maximum)} characters)`,
            `shorten the text.`,
          ),
        ];
      return [
        at(
          `"${name}" is ${String(value)}, above the largest allowed value ${String(issue.maximum)}`,
          `use a number up to ${String(issue.maximum)}.`,
        ),
      ];
    }
    case 'invalid_format':
      return [
        at(
          `"${String(value)}" is not a valid ${name}: ${issue.message}`,
          fixForFormat(issue.message),
        ),
      ];
    case 'invalid_value': {
      const allowed = issue.values.map((v) => JSON.stringify(v));
      const guess =
        typeof value === 'string' ? closest(value, issue.values.map(String)) : undefined;
      const fix = guess !== undefined ? `did you mean "${guess}"? ` : '';
      if (value === undefined)
        return [at(`"${name}" is missing`, `add "${name}: ${allowed[0] ?? ''}".`)];
      return [
        at(
          `"${name}" cannot be ${JSON.stringify(value)}`,
          `${fix}use one of: ${allowed.join(', ')}.`,
        ),
      ];
    }
    case 'unrecognized_keys': {
      const known = knownKeysAt(issue);
      return issue.keys.map((key) => {
        const guess = closest(key, known);
        const fix =
          guess !== undefined
            ? `did you mean "${guess}"? Rename it.`
            : known.length > 0
              ? `remove it; the fields allowed here are: ${known.join(', ')}.`
              : 'remove it.';
        return at(`"${key}" is not a field here`, fix, [...path, key], 'key');
      });
    }
    case 'invalid_union':
      return unionProblems(file, issue, locate, data);
    case 'invalid_key':
      return [
        at(
          `"${name}" has a name that is not a valid id`,
          `ids are lower-case letters, digits and dashes, e.g. "joint-ops".`,
          path,
          'key',
        ),
      ];
    case 'invalid_element':
      return [at(`an item of "${name}" is not valid`, `check the items of this list.`)];
    default:
      return [at(issue.message, 'check this value against docs/authoring.md.')];
  }
}

/**
 * For a union (a line that is text or {text, quote}; a condition of several
 * shapes) report the errors of the branch that came closest to matching,
 * so the teacher reads "meter is missing", not "no shape matched".
 */
function unionProblems(
  file: string,
  issue: Extract<Issue, { code: 'invalid_union' }>,
  locate: Locate,
  data: unknown,
): Problem[] {
  const branches = issue.errors.filter((b) => b.length > 0);
  const value = valueAt(data, issue.path as DocPath);
  const keys =
    value && typeof value === 'object' && !Array.isArray(value) ? Object.keys(value) : [];
  // A branch whose complaints are not about unknown keys matched the shape the teacher meant.
  const scored = branches
    .map((b) => ({
      b,
      score: b.reduce(
        (n, i) =>
          n +
          (i.code === 'unrecognized_keys'
            ? 10 * i.keys.length
            : i.code === 'invalid_type' && i.path.length === 0
              ? 50
              : 1),
        0,
      ),
    }))
    .sort((x, y) => x.score - y.score);
  const best = scored[0];
  if (
    best &&
    (best.score < 10 || keys.length > 0) &&
    (scored[1] === undefined || best.score < scored[1].score)
  ) {
    return best.b.flatMap((inner) =>
      issueProblems(
        file,
        { ...inner, path: [...issue.path, ...inner.path] } as Issue,
        locate,
        data,
      ),
    );
  }
  const path = issue.path as DocPath;
  const isCondition = path.includes('when');
  return [
    {
      severity: 'error',
      file,
      ...locate(path),
      path: formatPath(path),
      message: isCondition
        ? `this condition has no shape the game knows`
        : `"${fieldName(path)}" is not in a shape the game knows`,
      fix: isCondition
        ? 'write one of: "meter: pressure" with "atLeast:" or "atMost:"; "issue: military" with "is: [none]"; "ended: agreement"; "moves: threatening" with "atLeast:"; "agreed: {atLeast: 2}"; or "all:", "any:", "not:" around other conditions.'
        : 'write plain text in quotes, or a block with "text:" (and "quote: true" and "source:" for real words).',
    },
  ];
}

function fixForFormat(message: string): string {
  if (message.includes('id'))
    return 'ids are lower-case letters, digits and dashes, starting with a letter, e.g. "joint-ops".';
  if (message.includes('date')) return 'write the date as YYYY-MM-DD, e.g. 2026-01-12.';
  return `change the value: ${message}.`;
}

/** The fields allowed where a key was not recognised, read from the schema itself. */
function knownKeysAt(issue: Extract<Issue, { code: 'unrecognized_keys' }>): string[] {
  return objectKeysAt(scenarioSchema, issue.path as DocPath);
}

interface SchemaNode {
  def: {
    type: string;
    innerType?: SchemaNode;
    element?: SchemaNode;
    valueType?: SchemaNode;
    options?: SchemaNode[];
    in?: SchemaNode;
    getter?: () => SchemaNode;
  };
  shape?: Record<string, SchemaNode>;
}

/** Walks the zod schema along a document path and lists the object keys found there. */
function objectKeysAt(schema: unknown, path: DocPath): string[] {
  const unwrap = (n: SchemaNode): SchemaNode[] => {
    const d = n.def;
    if ((d.type === 'optional' || d.type === 'default' || d.type === 'nullable') && d.innerType)
      return unwrap(d.innerType);
    if (d.type === 'lazy' && d.getter) return unwrap(d.getter());
    if (d.type === 'pipe' && d.in) return unwrap(d.in);
    if (d.type === 'union' && d.options) return d.options.flatMap(unwrap);
    return [n];
  };
  let nodes = unwrap(schema as SchemaNode);
  for (const part of path) {
    nodes = nodes.flatMap((n): SchemaNode[] => {
      if (typeof part === 'number')
        return n.def.type === 'array' && n.def.element ? unwrap(n.def.element) : [];
      if (n.shape?.[part]) return unwrap(n.shape[part]);
      if (n.def.type === 'record' && n.def.valueType) return unwrap(n.def.valueType);
      return [];
    });
  }
  return [...new Set(nodes.flatMap((n) => Object.keys(n.shape ?? {})))];
}

function fieldName(path: DocPath): string {
  for (let i = path.length - 1; i >= 0; i--) {
    const part = path[i];
    if (typeof part === 'string')
      return typeof path[path.length - 1] === 'number'
        ? `${part}[${String(path[path.length - 1])}]`
        : part;
  }
  return 'the file';
}

function valueAt(data: unknown, path: DocPath): unknown {
  let node = data;
  for (const part of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[part];
  }
  return node;
}

function describeValue(value: unknown): string {
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a block of fields';
  if (typeof value === 'string')
    return `the text "${value.length > 30 ? `${value.slice(0, 30)}…` : value}"`;
  return `${typeof value} ${String(value)}`;
}
