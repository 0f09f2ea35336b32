import { mkdtempSync, readdirSync, readFileSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runNew, runTest } from '../../src/cli/authoring.ts';
import { checkFiles } from '../../src/cli/check-command.ts';
import { readScenario } from '../../src/cli/read-scenario.ts';
import { asPlaythrough, verifyPlaythrough } from '../../src/negotiation/playthrough.ts';
import { repoPath } from '../helpers.ts';
import { en } from '../../src/messages/en.ts';

const lines = () => {
  const out: string[] = [];
  return { out, push: (l: string) => void out.push(l) };
};

describe('scenario new', () => {
  it('writes a starter that passes check with no error and no warning, and never overwrites', () => {
    const dir = mkdtempSync(join(tmpdir(), 'standoff-'));
    const file = join(dir, 'lessons', 'my-river.yaml');
    const log = lines();
    expect(runNew(file, log.push)).toBe(0);
    const report = checkFiles([file], en);
    expect(report.files[0]?.problems).toEqual([]);
    expect(report.errors + report.warnings).toBe(0);
    expect(readFileSync(file, 'utf8').split('\n')[0]).toMatch(
      /^# yaml-language-server: \$schema=.*scenarios\/scenario\.schema\.json$/,
    );
    expect(runNew(file, log.push)).toBe(1);
    expect(log.out.at(-1)).toMatch(/already exists/);
  });
});

describe('saved playthroughs', () => {
  for (const file of [
    'scenarios/2026-01-12-sheinbaum-trump-call.yaml',
    'scenarios/2019-06-us-mexico-tariff-migration.yaml',
  ]) {
    it(`replay to the same ending and meters: ${file}`, () => {
      const loaded = readScenario(repoPath(file), en);
      if (!loaded.ok) throw new Error('does not load');
      const dir = repoPath(`${file}.playthroughs`);
      const names = readdirSync(dir).filter((n) => n.endsWith('.json'));
      expect(names.length).toBeGreaterThanOrEqual(loaded.scenario.endings.length);
      for (const name of names) {
        const p = asPlaythrough(JSON.parse(readFileSync(join(dir, name), 'utf8')));
        expect(p, name).toBeDefined();
        if (p) expect(verifyPlaythrough(loaded.scenario, p).differences, name).toEqual([]);
      }
    });
  }

  it('fail with what changed when the scenario is edited', () => {
    const dir = mkdtempSync(join(tmpdir(), 'standoff-'));
    const file = join(dir, 'call.yaml');
    cpSync(repoPath('scenarios/2026-01-12-sheinbaum-trump-call.yaml'), file);
    cpSync(
      repoPath('scenarios/2026-01-12-sheinbaum-trump-call.yaml.playthroughs'),
      `${file}.playthroughs`,
      { recursive: true },
    );
    const passing = lines();
    expect(runTest(file, false, passing.push, en)).toBe(0);
    // A teacher makes pressure rise faster with the clock: every game's pressure changes.
    writeFileSync(file, readFileSync(file, 'utf8').replace('perMinute: 2\n', 'perMinute: 3\n'));
    const failing = lines();
    expect(runTest(file, false, failing.push, en)).toBe(1);
    expect(failing.out.some((l) => /^FAIL {2}.*pressure ended at [\d.]+, now [\d.]+/.test(l))).toBe(
      true,
    );
    expect(failing.out.at(-1)).toMatch(/passed, [1-9]\d* failed$/);
    // --update accepts the new results.
    expect(runTest(file, true, lines().push, en)).toBe(0);
    expect(runTest(file, false, lines().push, en)).toBe(0);
  });

  it('reports a broken playthrough file by name instead of crashing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'standoff-'));
    const file = join(dir, 'call.yaml');
    cpSync(repoPath('test/fixtures/valid/tiny.yaml'), file);
    cpSync(repoPath('test/fixtures/valid/tiny.yaml'), join(dir, 'ignore.txt'));
    const pdir = `${file}.playthroughs`;
    cpSync(repoPath('test/fixtures/broken/json-not-a-scenario.json'), join(pdir, 'bad.json'), {
      recursive: true,
    });
    writeFileSync(join(pdir, 'truncated.json'), '{"name": "x", "sce');
    const log = lines();
    expect(runTest(file, false, log.push, en)).toBe(1);
    expect(log.out.join('\n')).toMatch(/bad\.json:1:1: error: not a playthrough/);
    expect(log.out.join('\n')).toMatch(/truncated\.json:1:1: error: not valid JSON/);
  });
});
