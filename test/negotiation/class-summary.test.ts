import { describe, expect, it } from 'vitest';
import { summariseClass } from '../../src/negotiation/analysis/class-summary.ts';
import { analyseDeals } from '../../src/negotiation/analysis/frontier.ts';
import { betterForBoth } from '../../src/negotiation/analysis/grading.ts';
import { DEFAULT_SCENARIO, loadOrThrow, nth } from '../helpers.ts';
import { localiseScenario } from '../../src/scenario/localise.ts';
import { classResults } from './random-games.ts';
import { en } from '../../src/messages/en.ts';

const scenario = loadOrThrow(DEFAULT_SCENARIO);
const results = classResults(scenario, 12, 4);
const summary = summariseClass(scenario, results, en);
const [first, second] = scenario.sides;

describe('a class pooled', () => {
  it('counts every ending once, in the scenario order, shares adding up to one', () => {
    expect(summary.count).toBe(12);
    expect(summary.endings.map((e) => e.id)).toEqual(scenario.endings.map((e) => e.id));
    expect(summary.endings.reduce((n, e) => n + e.count, 0)).toBe(12);
    expect(summary.endings.reduce((n, e) => n + e.share, 0)).toBeCloseTo(1);
    for (const e of summary.endings)
      expect(e.count).toBe(results.filter((r) => r.outcome.ending === e.id).length);
  });

  it("puts every deal on the map in the scenario's orientation, whichever side was played", () => {
    for (const [i, row] of summary.students.entries()) {
      const r = nth(results, i);
      const [own, other] = r.outcome.utilities;
      expect(row.point).toEqual(r.side === first?.id ? [own, other] : [other, own]);
      expect(row.leader).toBe(scenario.sides.find((s) => s.id === r.side)?.leader);
      expect(row.endingTitle).toBe(scenario.endings.find((e) => e.id === r.outcome.ending)?.title);
    }
    // Both sides are in the class, so both orientations were exercised.
    expect(new Set(summary.students.map((s) => s.side))).toEqual(new Set([first?.id, second?.id]));
  });

  it("averages the scores (the deal plus the ending's consequence) by the side played", () => {
    for (const a of summary.averages) {
      const played = results.filter((r) => r.side === a.side);
      expect(a.students).toBe(played.length);
      const mean = played.reduce((n, r) => n + (r.outcome.scores?.[0] ?? NaN), 0) / played.length;
      expect(a.own).toBeCloseTo(mean);
    }
  });

  it('scores a result from before scores were stored from its deal and its ending', () => {
    const old = results.map(({ outcome: { scores: _scores, ...outcome }, ...r }) => ({
      ...r,
      outcome,
    }));
    const again = summariseClass(scenario, old, en);
    expect(again.students.map((s) => s.score)).toEqual(
      summary.students.map((s) => expect.closeTo(s.score, 1)),
    );
  });

  it('marks a deal Pareto-optimal exactly when no deal is better for both', () => {
    const analysis = analyseDeals(scenario);
    for (const row of summary.students)
      expect(row.paretoOptimal).toBe(betterForBoth(analysis, row.point) === null);
    expect(summary.paretoShare).toBeCloseTo(
      summary.students.filter((s) => s.paretoOptimal).length / 12,
    );
  });

  it('ranks the mistakes by how many students made them, counting each', () => {
    const ids = new Set(results.flatMap((r) => r.outcome.mistakes));
    expect(new Set(summary.mistakes.map((m) => m.id))).toEqual(ids);
    for (const m of summary.mistakes) {
      expect(m.students).toBe(results.filter((r) => r.outcome.mistakes.includes(m.id)).length);
      expect(m.occurrences).toBe(
        results.reduce((n, r) => n + r.outcome.mistakes.filter((x) => x === m.id).length, 0),
      );
    }
    expect(ids.size).toBeGreaterThan(1);
    for (let i = 1; i < summary.mistakes.length; i++)
      expect(nth(summary.mistakes, i - 1).students).toBeGreaterThanOrEqual(
        nth(summary.mistakes, i).students,
      );
    expect(
      summary.mistakes.every((m) => m.label.length > 0 && !m.label.startsWith('mistake.')),
    ).toBe(true);
  });

  it('is empty, not broken, with no results', () => {
    const empty = summariseClass(scenario, [], en);
    expect(empty.count).toBe(0);
    expect(empty.endings.every((e) => e.count === 0 && e.share === 0)).toBe(true);
    expect(empty.averages.every((a) => a.students === 0 && a.own === 0)).toBe(true);
    expect(empty.map.frontier.length).toBeGreaterThan(0);
  });
});

describe('a class played in one language, shown in another', () => {
  it("names every ending in the page's language", () => {
    const spanish = localiseScenario(scenario, 'es');
    const shown = summariseClass(spanish, results, en);
    for (const [i, row] of shown.students.entries())
      expect(row.endingTitle).toBe(
        spanish.endings.find((e) => e.id === nth(results, i).outcome.ending)?.title,
      );
    expect(
      shown.students.some((row, i) => row.endingTitle !== nth(results, i).outcome.endingTitle),
    ).toBe(true);
  });
});
