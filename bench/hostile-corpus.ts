// A hostile corpus of scenario files, generated in code (no large file is
// committed): each is under the loader's size limit and aims at a path that
// could grow faster than the file (many keys, long lines, deep nesting, many
// aliases, many problems). Used by the benchmark and by the loader's tests.
import {
  MAX_ALIASES,
  MAX_BRACKETS,
  MAX_NESTING,
  MAX_SCENARIO_BYTES,
  MAX_VALUES,
} from '../src/scenario/load.ts';

export interface HostileFile {
  name: string;
  text: string;
}

/** Repeats a line made from its index until the text nearly reaches the limit (or `count` lines). */
function linesUpTo(make: (i: number) => string, count: number, limit: number): string {
  const out: string[] = [];
  let size = 0;
  for (let i = 0; i < count; i++) {
    const line = make(i) + '\n';
    if (size + line.length > limit) break;
    out.push(line);
    size += line.length;
  }
  return out.join('');
}

const pad = (i: number) => String(i).padStart(6, '0');

/** The corpus, each file up to `limit` characters (the loader's limit unless a test asks for less). */
export function hostileCorpus(base: string, limit = MAX_SCENARIO_BYTES - 1_000): HostileFile[] {
  const lines = (make: (i: number) => string, count = Infinity, max = limit) =>
    linesUpTo(make, count, max);
  const deepFlow = '['.repeat(MAX_NESTING - 1) + ']'.repeat(MAX_NESTING - 1);
  return [
    // The issue's file: 20,000 unknown keys in one mapping (about 300 KB).
    { name: 'keys-20000', text: lines((i) => `key${pad(i)}: ${i}`, 20_000) },
    // The same, filling the size limit.
    { name: 'keys-max', text: lines((i) => `k${pad(i)}: ${i}`) },
    // A key repeated throughout the file (the duplicate-key check).
    { name: 'duplicate-keys', text: lines((i) => (i % 2 ? `same: ${i}` : `k${pad(i)}: ${i}`)) },
    // A bundled scenario with every side given thousands of unknown fields (schema problems, located).
    {
      name: 'scenario-unknown-fields',
      text: base.replace(
        /^sides:\n/m,
        'sides:\n' + lines((i) => `  - id${pad(i)}: x`, Infinity, limit - base.length),
      ),
    },
    // Thousands of items that each break the schema in several ways.
    {
      name: 'many-bad-items',
      text: 'format: 1\nissues:\n' + lines((i) => `  - { id: "Bad ${i}", options: 3 }`),
    },
    // One line as long as the limit allows.
    { name: 'long-line', text: `title: "${'x'.repeat(limit - 20)}"\n` },
    // A plain scalar that is one long line of many words (folding, scanning).
    { name: 'long-plain', text: `summary: ${'word '.repeat(Math.floor((limit - 20) / 5))}\n` },
    // Flow nesting just under the depth limit, repeated up to the bracket limit.
    {
      name: 'deep-flow',
      text: lines((i) => `k${pad(i)}: ${deepFlow}`, Math.floor(MAX_BRACKETS / (MAX_NESTING - 1))),
    },
    // Flow nesting past the bracket limit: refused before parsing.
    { name: 'many-brackets', text: lines((i) => `k${pad(i)}: ${deepFlow}`) },
    // Small flow lists up to the bracket limit, padded with long keys to the size limit.
    {
      name: 'flow-lists',
      text: lines((i) =>
        i < MAX_BRACKETS ? `k${pad(i)}: [${i}, ${i}]` : `key_${pad(i)}_${'x'.repeat(60)}: 1`,
      ),
    },
    // Block nesting as deep as the indentation limit allows, repeated.
    {
      name: 'deep-block',
      text: lines((i) => `${' '.repeat((i % 120) * 2)}k${pad(i)}:`),
    },
    ...aliasFiles(lines, limit),
    // Thousands of texts cut short by " #" (each a warning with its line: the text was split once per warning).
    {
      name: 'cut-short-texts',
      text: lines((i) => `k${pad(i)}: x #note`, MAX_VALUES / 2 - 10),
    },
    // Thousands of tiny documents' worth of comments and blank lines.
    { name: 'comments', text: lines((i) => `# comment ${i}`) + 'format: 1\n' },
  ];
}

type Lines = (make: (i: number) => string, count?: number, max?: number) => string;

/** The files aimed at aliases: many of them, a large list repeated, repetition multiplied, many anchors. */
function aliasFiles(lines: Lines, limit: number): HostileFile[] {
  return [
    // Many anchors and aliases (the alias limit must stop expansion cheaply).
    {
      name: 'many-aliases',
      text: lines((i) => (i === 0 ? 'a: &a [1, 2, 3]' : `k${pad(i)}: *a`)),
    },
    // A large list anchored once, and as many aliases of it as allowed (expansion, not count).
    {
      name: 'alias-fanout',
      text: `issues: [${Array.from({ length: MAX_ALIASES }, () => '*a').join(', ')}]\n`.replace(
        /^/,
        `a: &a\n${lines((i) => `  - id: x${pad(i)}\n    name: n`, Infinity, limit - 400)}`,
      ),
    },
    // An alias of a list of aliases of a large list, used again and again (expansion multiplies).
    {
      name: 'alias-nested',
      text:
        `a: &a\n${lines((i) => `  - id: x${pad(i)}\n    name: n`, Infinity, limit - 400)}` +
        `b: &b [${Array.from({ length: 10 }, () => '*a').join(', ')}]\n` +
        `issues: [${Array.from({ length: MAX_ALIASES - 10 }, () => '*b').join(', ')}]\n`,
    },
    // Many anchors, each used once.
    {
      name: 'many-anchors',
      text: lines((i) => `k${pad(i)}: &x${i} ${i}\nr${pad(i)}: *x${i}`),
    },
  ];
}
