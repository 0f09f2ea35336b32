import { describe, expect, it } from 'vitest';
import { analyseDeals } from '../../src/negotiation/analysis/frontier.ts';
import { betterForBoth, classifyStep } from '../../src/negotiation/analysis/grading.ts';
import { debriefOf } from '../../src/negotiation/analysis/debrief.ts';
import { playToEnd } from '../../src/negotiation/replay.ts';
import type { CallEvent } from '../../src/negotiation/call-machine.ts';
import { tablesOf, termsOf } from '../../src/negotiation/utility.ts';
import { loadOrThrow, settings, tiny } from '../helpers.ts';
import { en } from '../../src/messages/en.ts';

describe('step classes', () => {
  it.each([
    [null, [60, 40], 'opening'],
    [[60, 40], [50, 50], 'concession'],
    [[50, 50], [60, 40], 'selfish'],
    [[50, 50], [55, 60], 'fortunate'],
    [[55, 60], [50, 50], 'unfortunate'],
    [[50, 50], [50, 60], 'nice'],
    [[50, 50], [50.2, 49.9], 'silent'],
    [[50, 50], [50, 40], 'unfortunate'],
    [[50, 50], [60, 50], 'fortunate'],
  ] as const)('from %j to %j is %s', (from, to, step) => {
    expect(classifyStep(from ? [from[0], from[1]] : null, [to[0], to[1]])).toBe(step);
  });
});

describe('deal analysis on hand-made deals', () => {
  it('finds the deal that beats a Pareto-dominated one for both sides', () => {
    const scenario = tiny();
    // Low fence, keep the tree: 50 to the north, 50 to the south. Middle fence, trimmed tree: 55 and 60.
    const found = betterForBoth(analyseDeals(scenario), [50, 50]);
    expect(found?.utilities).toEqual([55, 60]);
    expect(termsOf(tablesOf(scenario), found?.choices ?? [])).toEqual({
      fence: 'mid',
      tree: 'trim',
    });
  });

  it('finds nothing better for both than a frontier deal', () => {
    expect(betterForBoth(analyseDeals(tiny()), [55, 60])).toBeNull();
  });

  it('puts the Nash point of a symmetric game in the middle', () => {
    const scenario = loadOrThrow('test/fixtures/valid/symmetric.yaml');
    const { nash, walkAway } = analyseDeals(scenario);
    expect(walkAway).toEqual([20, 20]);
    expect(nash?.utilities).toEqual([60, 60]);
    expect(termsOf(tablesOf(scenario), nash?.choices ?? [])).toEqual({
      fence: 'middle',
      tree: 'middle',
    });
  });
});

describe('grading a played game', () => {
  // The student plays the south of the tiny scenario: a dominated opening, a threat, a greedy step, hang up.
  const scenario = tiny();
  const script: CallEvent[] = [
    {
      type: 'move',
      side: 'south',
      move: { kind: 'propose', terms: { fence: 'low', tree: 'keep' } },
    },
    { type: 'move', side: 'south', move: { kind: 'statement', tone: 'threatening' } },
    {
      type: 'move',
      side: 'south',
      move: { kind: 'propose', terms: { fence: 'low', tree: 'trim' } },
    },
    { type: 'move', side: 'south', move: { kind: 'endCall' } },
  ];
  let turn = 0;
  const { record } = playToEnd(
    scenario,
    settings(scenario, { seed: 7 }, 'south'),
    () => script[turn++],
  );
  const debrief = debriefOf(scenario, record, 'south', en);
  const mine = debrief.grades.filter((g) => g.side === 'south');

  it("grades each of the student's moves with its step class and mistake", () => {
    expect(mine.map((g) => g.move.kind)).toEqual(['propose', 'statement', 'propose', 'endCall']);
    expect(mine.map((g) => g.step)).toEqual(['opening', 'silent', 'selfish', 'silent']);
    expect(mine.map((g) => g.mistake)).toEqual([
      'dominated-offer',
      'hardened-them',
      'selfish-step',
      null,
    ]);
    expect(debrief.mistakes).toEqual(['dominated-offer', 'hardened-them', 'selfish-step']);
  });

  it('says what would have been better, with the deal and the gains', () => {
    expect(mine[0]?.advice).toBe(
      'Proposing Fence height: Middle; The tree: Trim it instead would have been better for both sides (you +10, Ana +5): give way on what matters less to you.',
    );
    expect(mine[1]?.advice).toMatch(/threat made Ana harder to move/);
    expect(mine[1]?.meters).toEqual(expect.arrayContaining([{ meter: 'trust', delta: -10 }]));
    expect(mine[1]?.moodShift).toBeCloseTo(-0.05);
  });

  it('draws the proposals on the deal map and measures the gap to the frontier', () => {
    const south = debrief.path.filter((p) => p.by === 'south');
    expect(south.map((p) => p.point)).toEqual([
      [50, 50],
      [80, 30],
    ]);
    expect(debrief.final).toEqual([30, 40]); // no deal: each side's walk-away
    expect(debrief.gap).toBe(
      'Both sides could have gained: you +30, Ana +15, with Fence height: Middle; The tree: Trim it.',
    );
  });

  it("reveals the computer's strategy", () => {
    const strategy = debrief.strategy;
    expect(strategy).toMatchObject({
      side: 'north',
      leader: 'Ana',
      walkAway: 40,
      reservation: 40,
      style: 'linear',
    });
    expect(strategy?.values.map((v) => v.weight)).toEqual([50, 50]);
    expect(strategy?.aims.length).toBe(debrief.grades.filter((g) => g.side === 'north').length);
    expect(strategy?.aims[0]?.aim).toBeGreaterThan(strategy?.aims.at(-1)?.aim ?? 100);
    expect(strategy?.moments.some((m) => /harder to move/.test(m.text))).toBe(true);
  });
});
