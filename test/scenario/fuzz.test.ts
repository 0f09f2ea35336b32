// Fuzzing the loader: random text, random bytes, and mutations of a valid file
// (lines deleted, duplicated, swapped; characters inserted; truncation; ids
// replaced; values replaced in the parsed document) never make it throw, and
// every problem it reports points inside the file with words to act on.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parse, stringify } from 'yaml';
import { loadScenario } from '../../src/scenario/load.ts';
import { repoPath } from '../helpers.ts';
import { en } from '../../src/messages/en.ts';

const TINY = readFileSync(repoPath('test/fixtures/valid/tiny.yaml'), 'utf8');
const LINES = TINY.split('\n');

function checkResult(file: string, source: string | Uint8Array, lineCount: number): void {
  const result = loadScenario(file, source, en);
  if (result.ok) return;
  expect(result.problems.length).toBeGreaterThan(0);
  for (const p of result.problems) {
    expect(p.file).toBe(file);
    expect(p.line).toBeGreaterThanOrEqual(1);
    expect(p.line).toBeLessThanOrEqual(lineCount + 1);
    expect(p.column).toBeGreaterThanOrEqual(1);
    expect(p.message.trim()).not.toBe('');
    expect(p.fix.trim()).not.toBe('');
  }
}

const lines = (text: string) => text.split('\n').length;

describe('the loader under fuzzing', () => {
  it('never throws on random text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) =>
        checkResult('f.yaml', text, lines(text)),
      ),
      { numRuns: 300 },
    );
  });

  it('never throws on random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => checkResult('f.yaml', bytes, 1e9)),
      { numRuns: 300 },
    );
  });

  it('never throws on YAML-ish random text', () => {
    const token = fc.constantFrom(
      'a',
      ':',
      ' ',
      '- ',
      '\n',
      '  ',
      '[',
      ']',
      '{',
      '}',
      ',',
      '&x ',
      '*x',
      '"',
      "'",
      '#',
      '|',
      '>',
      '!!str ',
      '? ',
      '---\n',
      '1',
      'null',
      'id',
      'format: 1\n',
      '\t',
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 80 }), (parts) => {
        const text = parts.join('');
        checkResult('f.yaml', text, lines(text));
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on mutations of a valid file, and points inside it', () => {
    const mutation = fc.oneof(
      fc.nat().map((i) => (ls: string[]) => ls.filter((_, k) => k !== i % ls.length)),
      fc
        .nat()
        .map((i) => (ls: string[]) => [
          ...ls.slice(0, i % ls.length),
          ls[i % ls.length] ?? '',
          ...ls.slice(i % ls.length),
        ]),
      fc.tuple(fc.nat(), fc.nat()).map(([i, j]) => (ls: string[]) => {
        const out = [...ls];
        const a = i % ls.length;
        const b = j % ls.length;
        [out[a], out[b]] = [out[b] ?? '', out[a] ?? ''];
        return out;
      }),
      fc
        .tuple(fc.nat(), fc.string({ minLength: 1, maxLength: 6 }))
        .map(([i, s]) => (ls: string[]) => {
          const text = ls.join('\n');
          const at = i % text.length;
          return `${text.slice(0, at)}${s}${text.slice(at)}`.split('\n');
        }),
      fc.nat().map(
        (i) => (ls: string[]) =>
          ls
            .join('\n')
            .slice(0, i % TINY.length)
            .split('\n'),
      ),
      fc
        .tuple(
          fc.constantFrom(
            'north',
            'south',
            'fence',
            'tree',
            'trim',
            'pressure',
            'trust',
            'deal',
            'breakdown',
          ),
          fc.stringMatching(/^[a-z]{1,8}$/),
        )
        .map(
          ([from, to]) =>
            (ls: string[]) =>
              ls.map((l) => l.replace(from, to)),
        ),
    );
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => {
        const mutated = mutations.reduce((ls, m) => m(ls), LINES).join('\n');
        checkResult('m.yaml', mutated, lines(mutated));
      }),
      // A load of the file each (about 9 ms): 150 a run, a new random seed every run.
      { numRuns: 150 },
    );
  });

  it('never throws when a value anywhere in the document is replaced', () => {
    const doc = parse(TINY) as Record<string, unknown>;
    const paths: (string | number)[][] = [];
    const walk = (node: unknown, path: (string | number)[]) => {
      paths.push(path);
      if (Array.isArray(node)) node.forEach((v, i) => walk(v, [...path, i]));
      else if (node && typeof node === 'object')
        for (const [k, v] of Object.entries(node)) walk(v, [...path, k]);
    };
    walk(doc, []);
    const value = fc.oneof(
      fc.constant(null),
      fc.integer({ min: -1000, max: 1000 }),
      fc.double({ noNaN: false }),
      fc.string({ maxLength: 10 }),
      fc.array(fc.nat(), { maxLength: 3 }),
      fc.dictionary(fc.string({ maxLength: 5 }), fc.nat(), { maxKeys: 3 }),
    );
    fc.assert(
      fc.property(fc.nat(), value, (i, v) => {
        const copy = structuredClone(doc);
        const path = paths[i % paths.length] ?? [];
        if (path.length === 0) return;
        let node: unknown = copy;
        for (const part of path.slice(0, -1))
          node = (node as Record<string | number, unknown>)[part];
        (node as Record<string | number, unknown>)[path[path.length - 1] ?? ''] = v;
        const text = stringify(copy);
        checkResult('v.yaml', text, lines(text));
      }),
      { numRuns: 150 },
    );
  });
});
