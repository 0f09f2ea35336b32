import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { readFileSync } from 'node:fs';
import { finalScore, noDeal } from '../../src/negotiation/final-score.ts';
import { applyMove, newGame, openCall } from '../../src/negotiation/moves/index.ts';
import { loadScenario } from '../../src/scenario/load.ts';
import type { Scenario } from '../../src/scenario/schema.ts';
import { repoPath, settings, tiny } from '../helpers.ts';
import { en } from '../../src/messages/en.ts';

/** tiny.yaml with a consequence on its "breakdown" and "nothing" endings. */
function withConsequences(): Scenario {
  const doc = parse(readFileSync(repoPath('test/fixtures/valid/tiny.yaml'), 'utf8')) as {
    endings: Record<string, unknown>[];
  };
  const [breakdown, , nothing] = doc.endings;
  if (breakdown) breakdown.score = { north: -15, south: -50 };
  if (nothing) nothing.score = { north: 100 };
  const r = loadScenario('changed.yaml', stringify(doc), en);
  if (!r.ok) throw new Error(r.problems.map((p) => p.message).join('\n'));
  return r.scenario;
}

describe('the final score', () => {
  const s = tiny();

  it('is the deal worth to the side when the ending costs nothing', () => {
    let g = openCall(s, newGame(s, settings(s)));
    g = applyMove(s, g, 'north', { kind: 'propose', terms: { fence: 'mid', tree: 'trim' } });
    g = applyMove(s, g, 'south', { kind: 'accept' });
    expect(g.result?.ending).toBe('deal');
    expect(finalScore(s, g, 'north')).toBe(55);
    expect(finalScore(s, g, 'south')).toBe(60);
  });

  it('is the walk-away value when nothing was agreed, and that is "no deal"', () => {
    const g = applyMove(s, openCall(s, newGame(s, settings(s))), 'north', { kind: 'endCall' });
    expect(noDeal(g.settled)).toBe(true);
    expect(finalScore(s, g, 'north')).toBe(40);
    expect(finalScore(s, g, 'south')).toBe(30);
  });

  it("adds the ending's consequence for each side, kept within 0–100", () => {
    const c = withConsequences();
    let g = openCall(c, newGame(c, settings(c)));
    while (!g.result) g = applyMove(c, g, g.turn, { kind: 'statement', tone: 'threatening' });
    expect(g.result.ending).toBe('breakdown');
    expect(finalScore(c, g, 'north')).toBe(40 - 15);
    expect(finalScore(c, g, 'south')).toBe(0);
    const hungUp = applyMove(c, openCall(c, newGame(c, settings(c))), 'north', { kind: 'endCall' });
    expect(hungUp.result?.ending).toBe('nothing');
    expect(finalScore(c, hungUp, 'north')).toBe(100);
  });
});
