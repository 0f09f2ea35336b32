import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scenarioJsonSchemaText, makeScenarioJsonSchema } from '../../src/scenario/json-schema.ts';
import { repoPath } from '../helpers.ts';

describe('the JSON Schema for editors', () => {
  it('is committed and up to date with the zod schema (if not: npm run schema)', () => {
    const committed = readFileSync(repoPath('scenarios/scenario.schema.json'), 'utf8');
    expect(committed, 'scenarios/scenario.schema.json is stale: run `npm run schema`').toBe(
      scenarioJsonSchemaText(),
    );
  });

  it('is draft-07 and requires the fields every scenario has', () => {
    const schema = makeScenarioJsonSchema();
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(schema.required).toEqual(
      expect.arrayContaining([
        'format',
        'id',
        'sides',
        'issues',
        'meters',
        'endings',
        'dialogue',
        'debrief',
      ]),
    );
  });

  it('is named at the top of every bundled scenario, for VS Code', () => {
    const text = readFileSync(repoPath('scenarios/2026-01-12-sheinbaum-trump-call.yaml'), 'utf8');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=./scenario.schema.json');
  });
});
