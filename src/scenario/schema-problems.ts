// Turns the schema's findings (zod issues) into problems a teacher can act on:
// a plain message, the path, and a fix that says what is wanted with an example.
import type { z } from 'zod';
import { scenarioSchema } from './schema.ts';
import type { DocPath, Problem } from './problem.ts';
import { formatPath } from './problem.ts';
import type { Locate } from './locate.ts';
import { closest } from './suggest.ts';
import { plural, t, type MessageKey, type Catalogue } from '../messages/i18n.ts';

type Issue = z.core.$ZodIssue;

/** Unknown keys of one block compared with its missing fields: a typo is among the first few. */
const MAX_TYPO_KEYS = 200;

/** Examples that are YAML values, the same in every language. */
const LITERAL_EXAMPLES: Record<string, string> = { number: '40', boolean: 'true' };

const EXAMPLES: Record<string, MessageKey> = {
  string: 'load.example.string',
  array: 'load.example.array',
  object: 'load.example.object',
  record: 'load.example.record',
};

const TYPE_WORDS: Record<string, MessageKey> = {
  number: 'load.type.number',
  string: 'load.type.string',
  boolean: 'load.type.boolean',
  array: 'load.type.array',
  object: 'load.type.object',
  record: 'load.type.record',
};

const exampleOf = (type: string, catalogue: Catalogue): string => {
  const key = EXAMPLES[type];
  return key ? t(catalogue, key) : (LITERAL_EXAMPLES[type] ?? '');
};

/**
 * The problems of the schema's issues. Unknown keys past `keysListed` in one
 * block are only counted (`unlisted`): they come after the listed ones in the
 * file, so a list cut at that length never shows them, and 70,000 of them
 * would each cost a lookup and a spelling suggestion.
 */
export function schemaProblems(
  file: string,
  issues: readonly Issue[],
  locate: Locate,
  data: unknown,
  catalogue: Catalogue,
  keysListed = Infinity,
): { problems: Problem[]; unlisted: number } {
  // A misspelt field shows up twice: as an unknown field and as a missing one. Report only the misspelling.
  // Indexed by parent path: thousands of unknown keys must not be compared with thousands of missing ones.
  const misspelt = new Map<string, string[]>();
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const at = issue.path.join('.');
    const keys = misspelt.get(at) ?? [];
    if (keys.length < MAX_TYPO_KEYS) keys.push(...issue.keys.slice(0, MAX_TYPO_KEYS - keys.length));
    misspelt.set(at, keys);
  }
  const followsTypo = (issue: Issue) => {
    if (issue.code !== 'invalid_type' || valueAt(data, issue.path as DocPath) !== undefined)
      return false;
    const name = issue.path[issue.path.length - 1];
    const parent = issue.path.slice(0, -1).join('.');
    return (
      typeof name === 'string' &&
      (misspelt.get(parent) ?? []).some((key) => closest(key, [name]) !== undefined)
    );
  };
  let unlisted = 0;
  const problems = issues
    .filter((i) => !followsTypo(i))
    .flatMap((issue) => {
      if (issue.code !== 'unrecognized_keys' || issue.keys.length <= keysListed)
        return issueProblems(file, issue, locate, data, catalogue);
      unlisted += issue.keys.length - keysListed;
      return issueProblems(
        file,
        { ...issue, keys: issue.keys.slice(0, keysListed) },
        locate,
        data,
        catalogue,
      );
    });
  return { problems, unlisted };
}

type At = (message: string, fix: string, where?: DocPath, key?: 'value' | 'key') => Problem;
type IssueOf<C extends Issue['code']> = Extract<Issue, { code: C }>;

function issueProblems(
  file: string,
  issue: Issue,
  locate: Locate,
  data: unknown,
  catalogue: Catalogue,
): Problem[] {
  const path = issue.path as DocPath;
  const at: At = (
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
  const name = fieldName(path, catalogue);

  switch (issue.code) {
    case 'invalid_type':
      return typeProblems(issue, value, name, at, catalogue);
    case 'too_small':
      return tooSmallProblems(issue, value, name, at, catalogue);
    case 'too_big':
      return tooBigProblems(issue, value, name, at, catalogue);
    case 'invalid_format':
      return [
        // The detail is the schema's own message (English, written in schema.ts).
        at(
          t(catalogue, 'load.badFormat', { value: String(value), name, detail: issue.message }),
          fixForFormat(issue.message, catalogue),
        ),
      ];
    case 'invalid_value':
      return valueProblems(issue, value, name, at, catalogue);
    case 'unrecognized_keys':
      return unknownKeyProblems(issue, path, at, catalogue);
    case 'invalid_union':
      return unionProblems(file, issue, locate, data, catalogue);
    case 'invalid_key':
      return [
        at(t(catalogue, 'load.badKey', { name }), t(catalogue, 'load.badKeyFix'), path, 'key'),
      ];
    case 'invalid_element':
      return [at(t(catalogue, 'load.badElement', { name }), t(catalogue, 'load.badElementFix'))];
    default:
      // zod's own message (English): a case the schema does not produce today.
      return [at(issue.message, t(catalogue, 'load.otherFix'))];
  }
}

function typeProblems(
  issue: IssueOf<'invalid_type'>,
  value: unknown,
  name: string,
  at: At,
  catalogue: Catalogue,
): Problem[] {
  const wordKey = TYPE_WORDS[issue.expected];
  const wanted = wordKey ? t(catalogue, wordKey) : issue.expected;
  const example = exampleOf(issue.expected, catalogue);
  if (value === undefined) {
    return [
      at(
        t(catalogue, 'load.missing', { name }),
        example
          ? t(catalogue, 'load.missingFixExample', { name, wanted, example })
          : t(catalogue, 'load.missingFix', { name, wanted }),
      ),
    ];
  }
  return [
    at(
      t(catalogue, 'load.wrongType', { name, wanted, actual: describeValue(value, catalogue) }),
      example
        ? t(catalogue, 'load.wrongTypeFixExample', { wanted, example })
        : t(catalogue, 'load.wrongTypeFix', { wanted }),
    ),
  ];
}

function tooSmallProblems(
  issue: IssueOf<'too_small'>,
  value: unknown,
  name: string,
  at: At,
  catalogue: Catalogue,
): Problem[] {
  if (issue.origin === 'array') {
    return [
      at(
        plural(catalogue, 'load.tooFewItems', Number(issue.minimum), { name }),
        t(catalogue, 'load.tooFewItemsFix'),
      ),
    ];
  }
  if (issue.origin === 'string')
    return [at(t(catalogue, 'load.emptyText', { name }), t(catalogue, 'load.emptyTextFix'))];
  return [
    at(
      t(catalogue, 'load.belowMinimum', {
        name,
        value: String(value),
        minimum: String(issue.minimum),
      }),
      t(catalogue, 'load.belowMinimumFix', { minimum: String(issue.minimum) }),
    ),
  ];
}

function tooBigProblems(
  issue: IssueOf<'too_big'>,
  value: unknown,
  name: string,
  at: At,
  catalogue: Catalogue,
): Problem[] {
  if (issue.origin === 'array')
    return [
      at(
        t(catalogue, 'load.tooManyItems', { name, maximum: String(issue.maximum) }),
        t(catalogue, 'load.tooManyItemsFix'),
      ),
    ];
  if (issue.origin === 'string')
    return [
      at(
        t(catalogue, 'load.tooLong', { name, maximum: String(issue.maximum) }),
        t(catalogue, 'load.tooLongFix'),
      ),
    ];
  return [
    at(
      t(catalogue, 'load.aboveMaximum', {
        name,
        value: String(value),
        maximum: String(issue.maximum),
      }),
      t(catalogue, 'load.aboveMaximumFix', { maximum: String(issue.maximum) }),
    ),
  ];
}

function valueProblems(
  issue: IssueOf<'invalid_value'>,
  value: unknown,
  name: string,
  at: At,
  catalogue: Catalogue,
): Problem[] {
  const allowed = issue.values.map((v) => JSON.stringify(v));
  const guess = typeof value === 'string' ? closest(value, issue.values.map(String)) : undefined;
  if (value === undefined)
    return [
      at(
        t(catalogue, 'load.missing', { name }),
        t(catalogue, 'load.missingValueFix', { name, value: allowed[0] ?? '' }),
      ),
    ];
  return [
    at(
      t(catalogue, 'load.notAllowed', { name, value: JSON.stringify(value) }),
      guess !== undefined
        ? t(catalogue, 'load.notAllowedFixGuess', { guess, allowed: allowed.join(', ') })
        : t(catalogue, 'load.notAllowedFix', { allowed: allowed.join(', ') }),
    ),
  ];
}

function unknownKeyProblems(
  issue: IssueOf<'unrecognized_keys'>,
  path: DocPath,
  at: At,
  catalogue: Catalogue,
): Problem[] {
  const known = knownKeysAt(issue);
  return issue.keys.map((key) => {
    const guess = closest(key, known);
    const fix =
      guess !== undefined
        ? t(catalogue, 'load.unknownFieldGuess', { guess })
        : known.length > 0
          ? t(catalogue, 'load.unknownFieldKnown', { known: known.join(', ') })
          : t(catalogue, 'load.unknownFieldRemove');
    return at(t(catalogue, 'load.unknownField', { key }), fix, [...path, key], 'key');
  });
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
  catalogue: Catalogue,
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
        catalogue,
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
        ? t(catalogue, 'load.unknownCondition')
        : t(catalogue, 'load.unknownShape', { name: fieldName(path, catalogue) }),
      fix: isCondition
        ? t(catalogue, 'load.unknownConditionFix')
        : t(catalogue, 'load.unknownShapeFix'),
    },
  ];
}

function fixForFormat(message: string, catalogue: Catalogue): string {
  if (message.includes('id')) return t(catalogue, 'load.badFormatIdFix');
  if (message.includes('date')) return t(catalogue, 'load.badFormatDateFix');
  return t(catalogue, 'load.badFormatFix', { detail: message });
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

function fieldName(path: DocPath, catalogue: Catalogue): string {
  for (let i = path.length - 1; i >= 0; i--) {
    const part = path[i];
    if (typeof part === 'string')
      return typeof path[path.length - 1] === 'number'
        ? `${part}[${String(path[path.length - 1])}]`
        : part;
  }
  return t(catalogue, 'load.theFile');
}

function valueAt(data: unknown, path: DocPath): unknown {
  let node = data;
  for (const part of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[part];
  }
  return node;
}

function describeValue(value: unknown, catalogue: Catalogue): string {
  if (value === null) return t(catalogue, 'load.value.empty');
  if (Array.isArray(value)) return t(catalogue, 'load.type.array');
  if (typeof value === 'object') return t(catalogue, 'load.type.object');
  if (typeof value === 'string')
    return t(catalogue, 'load.value.text', {
      text: value.length > 30 ? `${value.slice(0, 30)}…` : value,
    });
  if (typeof value === 'number') return t(catalogue, 'load.value.number', { value });
  if (typeof value === 'boolean')
    return t(catalogue, 'load.value.boolean', { value: String(value) });
  return `${typeof value} ${String(value)}`;
}
