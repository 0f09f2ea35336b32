// An ending that has lost its `when` (not the last one) takes every call that
// gets to it: it is named as the cause, before the endings it hides.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/scenario/load.ts';
import { deepCheck } from '../../src/negotiation/analysis/scenario-check.ts';
import { repoPath } from '../helpers.ts';
import { en } from '../../src/messages/en.ts';

const TINY = readFileSync(repoPath('test/fixtures/valid/tiny.yaml'), 'utf8');
// The middle ending ("deal") loses its condition; "nothing" after it can never happen.
const LOST = TINY.replace('    when: { ended: agreement }\n', '');

describe('an ending that lost its condition', () => {
  it('is named as the cause, first, at its own line', () => {
    expect(LOST).not.toBe(TINY);
    const r = loadScenario('lost.yaml', LOST, en);
    if (!r.ok) throw new Error('expected the file to load');
    const first = r.warnings[0];
    expect(first).toMatchObject({ severity: 'warning', path: 'endings[1]', rootCause: true });
    expect(first?.message).toMatch(/the ending "deal" has no "when" but is not the last one/);
    expect(first?.message).toMatch(/\("nothing"\) can never happen/);
    expect(first?.fix).toMatch(/give "deal" back its condition/);
    expect(LOST.split('\n')[(first?.line ?? 0) - 1]).toContain('- id: deal');
  });

  it('is the reason given for each ending after it that no game reaches', () => {
    const r = loadScenario('lost.yaml', LOST, en);
    if (!r.ok) throw new Error('expected the file to load');
    const check = deepCheck(r.scenario, en, { sampleGames: 0, search: { maxStates: 500 } });
    const later = check.findings.find((f) => f.path.join('.') === 'endings.2');
    expect(later?.message).toMatch(
      /"nothing" can never be reached: the ending "deal" before it has no "when"/,
    );
  });

  it('is not reported for the last ending, which is meant to have none', () => {
    const r = loadScenario('tiny.yaml', TINY, en);
    expect(r.ok && r.warnings.some((w) => /has no "when"/.test(w.message))).toBe(false);
  });
});
