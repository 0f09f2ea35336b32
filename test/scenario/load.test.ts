// The loader on every kind of mistake a teacher makes, and on hostile input:
// each gives a problem at the right line with a fix in plain words, never a crash.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  loadScenario,
  MAX_ALIASES,
  MAX_NESTING,
  MAX_SCENARIO_BYTES,
  type LoadResult,
} from '../../src/scenario/load.ts';
import { formatProblem } from '../../src/scenario/problem.ts';
import { repoPath } from '../helpers.ts';
import { en } from '../../src/messages/en.ts';
import { es } from '../../src/messages/es.ts';

const fixture = (name: string) => readFileSync(repoPath(`test/fixtures/broken/${name}`));
const problemsOf = (r: LoadResult) => (r.ok ? r.warnings : r.problems);

interface Case {
  file: string;
  line: number;
  column?: number;
  message: RegExp;
  fix?: RegExp;
  path?: string;
}

const CASES: Case[] = [
  {
    file: 'red-line-option-typo.yaml',
    line: 23,
    column: 32,
    message: /issue "tree" has no option "cutt"/,
    fix: /did you mean "cut"\?/,
    path: 'sides[0].redLines[0].option',
  },
  {
    file: 'meter-typo-in-effects.yaml',
    line: 76,
    message: /there is no meter "presure"/,
    fix: /did you mean "pressure"\?/,
    path: 'moves.accept.effects.presure',
  },
  {
    file: 'ending-typo-in-threshold.yaml',
    line: 40,
    message: /there is no ending "breakdwn"/,
    fix: /did you mean "breakdown"\?/,
  },
  {
    file: 'unknown-side-in-values.yaml',
    line: 54,
    message: /a value is missing for side "south"|there is no side "sout"/,
    fix: /south/,
  },
  {
    file: 'missing-value-for-a-side.yaml',
    line: 70,
    message: /a value is missing for side "south"/,
    fix: /add "south: <0–100>"/,
  },
  {
    file: 'missing-walk-away.yaml',
    line: 24,
    message: /"walkAway" is missing/,
    fix: /add "walkAway:".*a number \(e\.g\. 40\)/,
    path: 'sides[1].walkAway',
  },
  {
    file: 'wrong-type.yaml',
    line: 19,
    column: 15,
    message: /"walkAway" should be a number, not the text "high"/,
    fix: /e\.g\. 40/,
  },
  {
    file: 'out-of-range.yaml',
    line: 38,
    message: /"start" is 150, above the largest allowed value 100/,
    fix: /up to 100/,
  },
  {
    file: 'tab-indent.yaml',
    line: 37,
    column: 1,
    message: /indented with a tab/,
    fix: /replace the tab with 4 spaces, lined up with its block: name: Pressure/,
  },
  {
    file: 'duplicate-key.yaml',
    line: 43,
    message: /is written twice in the same block/,
    fix: /keep the one you want/,
  },
  {
    file: 'unknown-field.yaml',
    line: 19,
    column: 5,
    message: /"walkaway" is not a field here/,
    fix: /did you mean "walkAway"\?/,
  },
  {
    file: 'duplicate-id.yaml',
    line: 41,
    message: /the meter id "pressure" is used twice/,
    fix: /its own id/,
  },
  {
    file: 'bad-id-format.yaml',
    line: 65,
    message: /"Keep It" is not a valid id/,
    fix: /lower-case letters, digits and dashes/,
  },
  {
    file: 'condition-unknown-shape.yaml',
    line: 114,
    message: /this condition has no shape the game knows/,
    fix: /"ended: agreement"/,
  },
  {
    file: 'condition-unknown-issue.yaml',
    line: 114,
    message: /there is no issue "fense"/,
    fix: /did you mean "fence"\?/,
  },
  {
    file: 'unknown-placeholder.yaml',
    line: 92,
    message: /the placeholder \{dael\} is not one the game fills in/,
    fix: /did you mean "deal"\?/,
  },
  {
    file: 'wrong-format-version.yaml',
    line: 4,
    message: /"format" cannot be 2/,
    fix: /use one of: 1/,
  },
  { file: 'unclosed-bracket.yaml', line: 40, message: /never closed/, fix: /close it/ },
  { file: 'three-sides.yaml', line: 13, message: /"sides" has too many items \(at most 2\)/ },
  { file: 'json-not-a-scenario.json', line: 1, message: /"format" is missing/ },
];

describe('a broken scenario file', () => {
  it.each(CASES)('$file: the first problem points at line $line and says how to fix it', (c) => {
    const result = loadScenario(c.file, fixture(c.file), en);
    expect(result.ok).toBe(false);
    const first = problemsOf(result)[0];
    expect(first, formatProblemList(result)).toBeDefined();
    if (!first) return;
    expect(first.file).toBe(c.file);
    expect(first.severity).toBe('error');
    expect(first.line).toBe(c.line);
    if (c.column !== undefined) expect(first.column).toBe(c.column);
    expect(first.message).toMatch(c.message);
    if (c.fix) expect(first.fix).toMatch(c.fix);
    if (c.path) expect(first.path).toBe(c.path);
    expect(formatProblem(first)).toMatch(
      new RegExp(`^${c.file.replace('.', '\\.')}:${c.line}:\\d+: error: `),
    );
  });

  it('lists a root cause (a duplicate id) before the errors it causes', () => {
    const problems = problemsOf(loadScenario('d.yaml', fixture('duplicate-id.yaml'), en));
    expect(problems[0]?.message).toMatch(/used twice/);
    expect(problems.slice(1).every((p) => /there is no meter "trust"/.test(p.message))).toBe(true);
  });

  it('reports a misspelt field once, as a misspelling, not also as a missing field', () => {
    const problems = problemsOf(loadScenario('u.yaml', fixture('unknown-field.yaml'), en));
    expect(problems).toHaveLength(1);
  });

  it('warns, without failing, when the last ending has a condition', () => {
    const result = loadScenario('w.yaml', fixture('unreachable-last-ending.yaml'), en);
    expect(result.ok).toBe(true);
    expect(problemsOf(result)[0]).toMatchObject({ severity: 'warning', line: 118 });
  });
});

describe('a valid scenario file', () => {
  const tiny = readFileSync(repoPath('test/fixtures/valid/tiny.yaml'), 'utf8');

  it('loads with no problem, from text or bytes, with or without a BOM', () => {
    for (const source of [tiny, new TextEncoder().encode(tiny), `\uFEFF${tiny}`]) {
      const result = loadScenario('tiny.yaml', source, en);
      expect(result.ok).toBe(true);
      expect(problemsOf(result)).toEqual([]);
    }
  });

  it('loads when written as JSON (YAML reads JSON)', async () => {
    const { parse } = await import('yaml');
    const json = JSON.stringify(parse(tiny));
    expect(loadScenario('tiny.json', json, en).ok).toBe(true);
  });

  it('is the default scenario too, with no warning', () => {
    const file = 'scenarios/2026-01-12-sheinbaum-trump-call.yaml';
    const result = loadScenario(file, readFileSync(repoPath(file)), en);
    expect(problemsOf(result)).toEqual([]);
    expect(result.ok).toBe(true);
  });
});

describe('hostile or odd input', () => {
  const single = (source: string | Uint8Array) => {
    const r = loadScenario('x.yaml', source, en);
    expect(r.ok).toBe(false);
    return problemsOf(r);
  };

  it('an empty file, or one of only comments', () => {
    expect(single('')[0]?.message).toMatch(/empty/);
    expect(single('   \n\n')[0]?.message).toMatch(/empty/);
    expect(single('# just a comment\n')[0]?.message).toMatch(/missing|block of fields/);
  });

  it('bytes that are not UTF-8, or binary', () => {
    expect(single(new Uint8Array([0xff, 0xfe, 0xfd, 0x00, 0x80]))[0]?.message).toMatch(/not text/);
    expect(single('format: 1\nid: a\0b\n')[0]).toMatchObject({
      line: 2,
      message: expect.stringMatching(/binary/),
    });
  });

  it('a file over the size limit, without reading it all', () => {
    const huge = new Uint8Array(MAX_SCENARIO_BYTES + 1).fill(0x61);
    expect(single(huge)[0]?.message).toMatch(/too big/);
  });

  it('an alias bomb ("billion laughs")', () => {
    let bomb = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n';
    for (let i = 0; i < 8; i++)
      bomb += `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9)
        .fill(`*${String.fromCharCode(97 + i)}`)
        .join(',')}]\n`;
    const problems = single(bomb);
    expect(problems[0]?.message).toMatch(new RegExp(`aliases.*more than ${MAX_ALIASES}`));
  });

  it('brackets nested ten thousand deep', () => {
    const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    expect(single(deep)[0]?.message).toMatch(new RegExp(`more than ${MAX_NESTING} levels`));
  });

  it('a list or a plain word instead of a scenario', () => {
    expect(single('- a\n- b\n')[0]?.message).toMatch(/should be a block of fields, not a list/);
    expect(single('hello\n')[0]?.message).toMatch(/should be a block of fields/);
  });

  it('two YAML documents in one file', () => {
    expect(single('format: 1\n---\nformat: 1\n')[0]).toMatchObject({
      line: 2,
      message: expect.stringMatching(/three dashes \(---\) starts a second document/),
      fix: expect.stringMatching(/delete this line/),
    });
  });

  it('a tag asking for code', () => {
    const problems = single('format: 1\nid: !!js/function "function () { return 1 }"\n');
    expect(problems[0]?.line).toBeGreaterThanOrEqual(1);
  });
});

function formatProblemList(r: LoadResult): string {
  return problemsOf(r).map(formatProblem).join('\n');
}

describe('problems in the language passed in (the editor in Spanish)', () => {
  it('names a misspelt field, an empty file and a wrong value in Spanish, at the same place', () => {
    expect(
      problemsOf(loadScenario('unknown-field.yaml', fixture('unknown-field.yaml'), es))[0],
    ).toMatchObject({
      line: 19,
      column: 5,
      message: '"walkaway" no es un campo de este bloque',
      fix: '¿quisiste decir "walkAway"? Cámbiale el nombre.',
    });
    expect(problemsOf(loadScenario('empty.yaml', '  \n', es))[0]).toMatchObject({
      message: 'el archivo está vacío',
    });
    expect(problemsOf(loadScenario('list.yaml', '- a\n- b\n', es))[0]?.message).toMatch(
      /debe ser un bloque de campos, no una lista/,
    );
  });

  it('names a mistyped id in Spanish, with the same "did you mean"', () => {
    const problems = problemsOf(
      loadScenario('meter-typo-in-effects.yaml', fixture('meter-typo-in-effects.yaml'), es),
    );
    expect(problems[0]).toMatchObject({
      line: 76,
      message: 'no hay ningún id de indicador "presure"',
      fix: expect.stringMatching(/^¿quisiste decir "pressure"\? Usa uno de los ids de indicador: /),
    });
  });

  it('stays in English with the default catalogue (the command line)', () => {
    expect(problemsOf(loadScenario('empty.yaml', '', en))[0]?.message).toBe('the file is empty');
  });
});
