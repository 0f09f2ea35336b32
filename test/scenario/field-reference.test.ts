import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  makeFieldReference,
  makeScenarioFormatDoc,
  SCENARIO_FORMAT_PATH,
} from '../../src/scenario/field-reference.ts';
import { COUNTED_MOVES, PLACEHOLDERS, SITUATIONS } from '../../src/scenario/schema.ts';
import { repoPath } from '../helpers.ts';

describe('the field reference (docs/scenario-format.md)', () => {
  it('is up to date with the schema (if not: npm run docs)', () => {
    const committed = readFileSync(repoPath(SCENARIO_FORMAT_PATH), 'utf8');
    expect(committed, `${SCENARIO_FORMAT_PATH} is stale: run \`npm run docs\``).toBe(
      makeScenarioFormatDoc(),
    );
  });

  it("lists every field with the schema's own words", () => {
    const reference = makeFieldReference();
    expect(reference).toContain('| `walkAway` | number 0–100 | yes | The walk-away value (0–100)');
    expect(reference).toContain('### endings (each item)');
    expect(reference).toContain('| `style` | `boulware`, `linear`, `conceder` |');
  });

  it('writes one table for the blocks with the same fields (the nine moves)', () => {
    const reference = makeFieldReference();
    expect(reference.match(/\| `seconds` \|/g)).toHaveLength(1);
    expect(reference).toContain(`### moves → ${COUNTED_MOVES.join(', ')} (each the same fields)`);
    // Every heading is written once.
    const headings = reference.split('\n').filter((l) => l.startsWith('### '));
    expect(new Set(headings).size).toBe(headings.length);
  });

  it("has a row for every kind of condition an ending's `when` can hold", () => {
    const reference = makeFieldReference();
    const table = reference.slice(reference.indexOf('→ when: the conditions'));
    for (const kind of ['all', 'any', 'not', 'meter', 'issue', 'ended', 'moves', 'agreed'])
      expect(table).toMatch(new RegExp(`^\\| \`${kind}\` \\|`, 'm'));
  });
});

describe('the authoring guide (docs/authoring.md)', () => {
  const guide = readFileSync(repoPath('docs/authoring.md'), 'utf8');

  it('points to the field reference instead of holding it', () => {
    expect(guide).toContain('scenario-format.md');
    expect(guide).not.toContain('| field | what to write | needed | meaning |');
  });

  it('explains every dialogue situation and every placeholder, each with an example', () => {
    for (const situation of SITUATIONS)
      expect(guide, situation).toMatch(
        new RegExp(`^\\| \`${situation}\` \\| .+ \\| .*'.+'.* \\|$`, 'm'),
      );
    for (const name of PLACEHOLDERS)
      expect(guide, name).toMatch(
        new RegExp(`^\\| \`\\{${name}\\}\` \\| .+ \\| .*'.+'.*\\|$`, 'm'),
      );
  });

  it("explains every kind of condition in the schema's table, with an example", () => {
    const kinds = [...makeFieldReference().matchAll(/^\| `(\w+)` \| `\1`:/gm)].map((m) => m[1]);
    expect(kinds.length).toBeGreaterThanOrEqual(8);
    for (const kind of kinds)
      expect(guide, kind).toMatch(
        new RegExp(`^\\| \`${kind}\`.* \\| \`\\{ .*${kind}: .*\\}\` \\|$`, 'm'),
      );
  });

  it('shows every command of the command line', () => {
    for (const command of [
      'check',
      'report',
      'simulate',
      'record',
      'test',
      'tournament',
      'play',
      'new',
    ])
      expect(guide).toContain(`npm run scenario -- ${command} `);
  });
});
