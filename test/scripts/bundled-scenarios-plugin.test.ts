import { mkdtempSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledScenarioData } from '../../scripts/bundled-scenarios-plugin.ts';
import { scenarioHash } from '../../src/scenario/hash.ts';
import { validScenario } from '../../src/scenario/validate.ts';
import { DEFAULT_SCENARIO, loadOrThrow, nth, repoPath } from '../helpers.ts';
import { en } from '../../src/messages/en.ts';

describe('the bundled scenarios as build-time data', () => {
  it('are the scenario files loaded by the same loader, hashing as the files do', () => {
    const data = bundledScenarioData(repoPath('scenarios'));
    expect(data.map((e) => e.file)).toEqual([
      '2019-06-us-mexico-tariff-migration.yaml',
      '2026-01-12-sheinbaum-trump-call.yaml',
    ]);
    const fromBuild = data.find((e) => e.file === '2026-01-12-sheinbaum-trump-call.yaml');
    const parsed = JSON.parse(JSON.stringify(fromBuild)) as typeof fromBuild;
    expect(parsed && 'scenario' in parsed && scenarioHash(parsed.scenario)).toBe(
      scenarioHash(loadOrThrow(DEFAULT_SCENARIO)),
    );
  });

  it('hand over a file that does not load with its problems, for the game to show', () => {
    const dir = mkdtempSync(join(tmpdir(), 'standoff-bundled-'));
    copyFileSync(repoPath('test/fixtures/broken/tab-indent.yaml'), join(dir, 'broken.yaml'));
    const [entry] = bundledScenarioData(dir);
    expect(entry && 'problems' in entry && entry.problems[0]?.line).toBeGreaterThan(0);
  });
});

describe("a saved game's copy of a teacher's scenario", () => {
  it('is checked without the YAML parser: the same schema and cross-references', () => {
    const scenario = loadOrThrow(DEFAULT_SCENARIO);
    const copy: unknown = JSON.parse(JSON.stringify(scenario));
    expect(validScenario('saved.json', copy, en)).toEqual(scenario);
    const broken = structuredClone(scenario);
    nth(broken.endings, 0).when = { meter: 'no-such-meter', above: 50 } as never;
    expect(validScenario('saved.json', broken, en)).toBeNull();
    expect(validScenario('saved.json', { title: 'not a scenario' }, en)).toBeNull();
  });
});
