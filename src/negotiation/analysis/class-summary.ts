// A class's results pooled, for the teacher's class page: how the calls
// ended, every student's deal on one deal map, average scores by the side
// played, the most common mistakes (gradebook.ts makes the CSV's rows). Pure:
// the results come already checked (readResult replayed every one).
import type { Scenario } from '../../scenario/schema.ts';
import { t, type Catalogue, type MessageKey } from '../../messages/i18n.ts';
import { decodeEvents, resultLinkParam, type GameResult } from '../result.ts';
import { analyseDeals, type DealAnalysis } from './frontier.ts';
import { betterForBoth, MISTAKES, type Mistake } from './grading.ts';
import { sharedTone } from '../endings.ts';
import { withConsequence } from '../final-score.ts';
import { otherSide } from '../utility.ts';

export interface StudentRow {
  name: string;
  side: string;
  leader: string;
  difficulty: string;
  ending: string;
  endingTitle: string;
  /** The final deal on the class deal map: (utility to the scenario's first side, to its second). */
  point: [number, number];
  utility: number;
  other: number;
  /** The student's score (finalScore: the deal plus the ending's consequence) and the other side's. */
  score: number;
  otherScore: number;
  /** No deal was better for both sides. */
  paretoOptimal: boolean;
  mistakes: Mistake[];
  /** How many moves the student made. */
  moves: number;
  /** The student's walk-away value, and the most the best deal for their side is worth to it (gradebook). */
  walkAway: number;
  best: number;
  /** The result as a link parameter, for its debrief. */
  linkParam: string;
}

export interface ClassSummary {
  scenarioId: string;
  scenarioTitle: string;
  count: number;
  sides: { id: string; leader: string }[];
  endings: { id: string; title: string; tone: string; count: number; share: number }[];
  students: StudentRow[];
  /** Mean scores (finalScore) by the side the students played. */
  averages: { side: string; leader: string; students: number; own: number; other: number }[];
  mistakes: { id: Mistake; label: string; students: number; occurrences: number }[];
  paretoShare: number;
  map: {
    points: [number, number][];
    frontier: [number, number][];
    nash: [number, number] | null;
    walkAway: [number, number];
  };
}

const mean = (xs: number[]) => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);

export function summariseClass(
  scenario: Scenario,
  results: readonly GameResult[],
  catalogue: Catalogue,
  analysis: DealAnalysis = analyseDeals(scenario),
): ClassSummary {
  const best: [number, number] = [bestFor(analysis, 0), bestFor(analysis, 1)];
  const students = results.map((r) => studentRow(scenario, r, catalogue, analysis, best));
  const count = students.length;
  return {
    scenarioId: scenario.id,
    scenarioTitle: scenario.title,
    count,
    sides: scenario.sides.map((s) => ({ id: s.id, leader: s.leader })),
    endings: endingShares(scenario, students),
    students,
    averages: sideAverages(scenario, students),
    mistakes: mistakeTally(students, catalogue),
    paretoShare: count === 0 ? 0 : students.filter((s) => s.paretoOptimal).length / count,
    map: dealMapOf(analysis),
  };
}

/** The best a side can get: its best deal that crosses no red line (never below no deal at all). */
function bestFor(analysis: DealAnalysis, index: 0 | 1): number {
  return analysis.deals.reduce(
    (most, d) => (d.feasible ? Math.max(most, d.utilities[index]) : most),
    analysis.walkAway[index],
  );
}

function studentRow(
  scenario: Scenario,
  r: GameResult,
  catalogue: Catalogue,
  analysis: DealAnalysis,
  best: readonly [number, number],
): StudentRow {
  const index = scenario.sides.findIndex((s) => s.id === r.side);
  const [own, other] = r.outcome.utilities;
  const point: [number, number] = index === 0 ? [own, other] : [other, own];
  // readResult replays every result to its scores; one without them is scored from its deal's worth.
  const [score, otherScore] = r.outcome.scores ?? [
    withConsequence(scenario, own, r.outcome.ending, r.side),
    withConsequence(scenario, other, r.outcome.ending, otherSide(scenario, r.side)),
  ];
  return {
    name: r.student,
    side: r.side,
    leader: scenario.sides.find((s) => s.id === r.side)?.leader ?? r.side,
    difficulty: r.difficulty,
    ending: r.outcome.ending,
    // In the page's language (the result holds the title in the language it was played in).
    endingTitle:
      scenario.endings.find((e) => e.id === r.outcome.ending)?.title ?? r.outcome.endingTitle,
    point,
    utility: own,
    other,
    score,
    otherScore,
    paretoOptimal: betterForBoth(analysis, point) === null,
    mistakes: r.outcome.mistakes,
    moves: movesMade(scenario, r, catalogue),
    walkAway: analysis.walkAway[index] ?? 0,
    best: best[index] ?? 0,
    linkParam: resultLinkParam(r, scenario),
  };
}

/** How many moves the student made (none counted when the result's events cannot be read). */
function movesMade(scenario: Scenario, r: GameResult, catalogue: Catalogue): number {
  const decoded = decodeEvents(scenario, r.moves, catalogue);
  return decoded.ok
    ? decoded.events.filter((e) => e.type === 'move' && e.side === r.side).length
    : 0;
}

function endingShares(
  scenario: Scenario,
  students: readonly StudentRow[],
): ClassSummary['endings'] {
  const count = students.length;
  return scenario.endings.map((e) => {
    const n = students.filter((s) => s.ending === e.id).length;
    return {
      id: e.id,
      title: e.title,
      tone: sharedTone(e),
      count: n,
      share: count === 0 ? 0 : n / count,
    };
  });
}

function sideAverages(
  scenario: Scenario,
  students: readonly StudentRow[],
): ClassSummary['averages'] {
  return scenario.sides.map((side) => {
    const played = students.filter((s) => s.side === side.id);
    return {
      side: side.id,
      leader: side.leader,
      students: played.length,
      own: mean(played.map((s) => s.score)),
      other: mean(played.map((s) => s.otherScore)),
    };
  });
}

/** The mistakes the class made, the most widespread first. */
function mistakeTally(
  students: readonly StudentRow[],
  catalogue: Catalogue,
): ClassSummary['mistakes'] {
  return MISTAKES.map((id) => ({
    id,
    label: t(catalogue, `mistake.${id}` as MessageKey),
    students: students.filter((s) => s.mistakes.includes(id)).length,
    occurrences: students.reduce((n, s) => n + s.mistakes.filter((m) => m === id).length, 0),
  }))
    .filter((m) => m.occurrences > 0)
    .sort((a, b) => b.students - a.students || b.occurrences - a.occurrences);
}

/** The deal map's background: the feasible deals, the frontier (left to right), the Nash point, no deal. */
function dealMapOf(analysis: DealAnalysis): ClassSummary['map'] {
  return {
    points: analysis.deals.filter((d) => d.feasible).map((d) => [d.utilities[0], d.utilities[1]]),
    frontier: analysis.frontier
      .map((d): [number, number] => [d.utilities[0], d.utilities[1]])
      .sort((a, b) => a[0] - b[0]),
    nash: analysis.nash ? [analysis.nash.utilities[0], analysis.nash.utilities[1]] : null,
    walkAway: analysis.walkAway,
  };
}
