// What the ending screen shows: the ending and why, the deal, the meters over
// the call, and the deal against every possible deal (Pareto frontier, Nash
// point, walk-away values) from the player's side. Computed once, when the
// call closes; the scene only draws it.
import type { EndingTone, Scenario } from '../scenario/schema.ts';
import { endingConsequence, endingTone } from '../negotiation/endings.ts';
import { finalScore, noDeal } from '../negotiation/final-score.ts';
import { analyseDeals, standingOf, type DealStanding } from '../negotiation/analysis/frontier.ts';
import { describeTerms } from '../negotiation/dialogue.ts';
import { narrate } from '../negotiation/narrate.ts';
import type { CallResult, GameState, SideId } from '../negotiation/types.ts';
import { tablesOf, termsOf } from '../negotiation/utility.ts';
import type { GameRecord } from '../negotiation/replay.ts';
import { plural, t, type Catalogue } from '../messages/i18n.ts';
import { debriefView, type DebriefView } from './debrief-view.ts';

export interface EndingView {
  result: CallResult;
  title: string;
  /** How the ending feels for this player's side. */
  tone: EndingTone;
  summary: string;
  /** This player's score, 0–100: the deal's worth plus the ending's consequence. */
  score: number;
  /** What the ending itself added to (or took from) the score. */
  consequence: number;
  /** Nothing was settled: the deal is the walk-away value, not a deal. */
  noDeal: boolean;
  /** A deal was made and it is worth less to this player than the walk-away value. */
  belowWalkAway: boolean;
  /** Hot seat: each player's own tone and score, the player of `side` first. */
  seats: { side: SideId; leader: string; tone: EndingTone; score: number; walkAway: number }[];
  deal: string;
  /** Points (mine, theirs) of every feasible deal, the frontier in order, the Nash point and the deal made. */
  points: [number, number][];
  frontier: [number, number][];
  nash: { point: [number, number]; deal: string } | null;
  walkAway: [number, number];
  made: [number, number];
  standing: DealStanding;
  meterSeries: { id: string; name: string; points: [number, number][] }[];
  /** The scenario's events heard during the call, in order, as "Minute 3 — An aide: …". */
  events: string[];
  callSeconds: number;
  whatHappened: string;
  questions: string[];
  sources: string[];
  /** The sources' publishers, for a short credit line. */
  publishers: string[];
  /** Every move graded, the proposals' path, the computer's strategy (null without a record). */
  debrief: DebriefView | null;
}

/** The deal space as both deal maps draw it (the ending's chart, the printable debrief's): every deal, the frontier, the Nash point, the walk-aways, the deal made and the proposals' path. */
export function dealSpaceOf(e: EndingView) {
  return {
    points: e.points,
    frontier: e.frontier,
    nash: e.nash?.point ?? null,
    walkAway: e.walkAway,
    made: e.made,
    path: e.debrief?.path ?? [],
  };
}

export function endingView(
  scenario: Scenario,
  game: GameState,
  side: SideId,
  record: GameRecord | null,
  catalogue: Catalogue,
): EndingView | null {
  const result = game.result;
  if (!result) return null;
  const ending = scenario.endings.find((e) => e.id === result.ending);
  const analysis = analyseDeals(scenario);
  const mine = tablesOf(scenario).sides[0].id === side ? 0 : 1;
  const theirs = mine === 0 ? 1 : 0;
  const flip = (u: [number, number]): [number, number] => [u[mine], u[theirs]];
  const standing = standingOf(scenario, analysis, game.settled);
  const score = finalScore(scenario, game, side);
  const humans = scenario.sides
    .filter((s) => game.settings.controllers[s.id] === 'human')
    .sort((a, b) => (a.id === side ? -1 : b.id === side ? 1 : 0));
  const empty = noDeal(game.settled);
  return {
    result,
    title: ending?.title ?? result.ending,
    tone: endingTone(ending, side),
    summary: ending?.summary ?? '',
    score,
    consequence: endingConsequence(ending, side),
    noDeal: empty,
    belowWalkAway: !empty && standing.utilities[mine] < analysis.walkAway[mine] - 1e-9,
    seats:
      humans.length > 1
        ? humans.map((s) => ({
            side: s.id,
            leader: s.leader,
            tone: endingTone(ending, s.id),
            score: finalScore(scenario, game, s.id),
            walkAway: s.walkAway,
          }))
        : [],
    deal: describeTerms(scenario, game.settled, catalogue),
    points: analysis.deals.filter((d) => d.feasible).map((d) => flip(d.utilities)),
    frontier: analysis.frontier.map((d) => flip(d.utilities)).sort((a, b) => a[0] - b[0]),
    nash: analysis.nash
      ? {
          point: flip(analysis.nash.utilities),
          deal: describeTerms(
            scenario,
            termsOf(tablesOf(scenario), analysis.nash.choices),
            catalogue,
          ),
        }
      : null,
    walkAway: flip(analysis.walkAway),
    made: flip(standing.utilities),
    standing,
    meterSeries: scenario.meters.map((m) => ({
      id: m.id,
      name: m.name,
      points: game.meterHistory.map(
        (h) => [h.clock, h.meters[m.id] ?? m.start] as [number, number],
      ),
    })),
    events: game.transcript.flatMap((entry) => {
      if (entry.kind !== 'event') return [];
      const line = narrate(scenario, entry, catalogue);
      const minute = Math.floor(entry.clock / 60);
      return [
        t(catalogue, 'ending.eventAt', { minute, speaker: line.speaker ?? '', line: line.text }),
      ];
    }),
    callSeconds: scenario.callMinutes * 60,
    whatHappened: scenario.debrief.whatHappened,
    questions: scenario.debrief.questions,
    publishers: [...new Set(scenario.sources.map((s) => s.publisher))],
    sources: scenario.sources.map(
      (s) => `${s.title} — ${s.publisher}${s.date ? `, ${s.date}` : ''}`,
    ),
    debrief: record ? debriefView(scenario, record, side, catalogue, undefined, analysis) : null,
  };
}

/**
 * What the deal and the score were, in words, for the ending screen and the
 * debrief: "no deal" reads as the walk-away value, never as a deal; the
 * ending's own cost is named; a deal below the walk-away is said plainly; in
 * the hot seat each player's score is given.
 */
export function scoreSentences(e: EndingView, otherLeader: string, catalogue: Catalogue): string {
  const round = (x: number) => Math.round(x);
  const frontier = e.standing.paretoOptimal
    ? t(catalogue, 'ending.onFrontier')
    : t(catalogue, 'ending.offFrontier', { count: e.standing.dominatedBy });
  const parts = [
    e.noDeal
      ? t(catalogue, 'ending.noDealStanding', {
          myWalk: round(e.walkAway[0]),
          theirWalk: round(e.walkAway[1]),
          leader: otherLeader,
        })
      : t(catalogue, 'ending.standing', {
          mine: round(e.made[0]),
          myWalk: round(e.walkAway[0]),
          theirs: round(e.made[1]),
          theirWalk: round(e.walkAway[1]),
          leader: otherLeader,
          frontier,
        }),
  ];
  if (e.belowWalkAway)
    parts.push(
      t(catalogue, 'ending.belowWalkAway', {
        score: round(e.made[0]),
        walkAway: round(e.walkAway[0]),
      }),
    );
  const points = Math.abs(round(e.consequence));
  if (points > 0)
    parts.push(
      plural(catalogue, e.consequence < 0 ? 'ending.consequence' : 'ending.bonus', points),
    );
  if (e.seats.length > 0)
    for (const seat of e.seats)
      parts.push(
        t(catalogue, 'ending.seatScore', {
          leader: seat.leader,
          tone: t(catalogue, `ending.tone.${seat.tone}`),
          score: round(seat.score),
          walkAway: round(seat.walkAway),
        }),
      );
  // The score is the deal's worth unless the ending added to it or took from it: then it is said.
  else if (points > 0)
    parts.push(
      t(catalogue, 'ending.scoreLine', { score: round(e.score), walkAway: round(e.walkAway[0]) }),
    );
  return parts.join(' ');
}
