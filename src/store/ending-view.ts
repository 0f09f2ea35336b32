// What the ending screen shows: the ending and why, the deal, the meters over
// the call, and the deal against every possible deal (Pareto frontier, Nash
// point, walk-away values) from the player's side. Computed once, when the
// call closes; the scene only draws it.
import type { Scenario } from '../scenario/schema.ts';
import { analyseDeals, standingOf, type DealStanding } from '../negotiation/analysis/frontier.ts';
import { describeTerms } from '../negotiation/dialogue.ts';
import type { CallResult, GameState, SideId } from '../negotiation/types.ts';
import { tablesOf, termsOf } from '../negotiation/utility.ts';
import type { GameRecord } from '../negotiation/replay.ts';
import { currentCatalogue, type Catalogue } from '../messages/en.ts';
import { debriefView, type DebriefView } from './debrief-view.ts';

export interface EndingView {
  result: CallResult;
  title: string;
  tone: 'good' | 'mixed' | 'bad';
  summary: string;
  deal: string;
  /** Points (mine, theirs) of every feasible deal, the frontier in order, the Nash point and the deal made. */
  points: [number, number][];
  frontier: [number, number][];
  nash: { point: [number, number]; deal: string } | null;
  walkAway: [number, number];
  made: [number, number];
  standing: DealStanding;
  meterSeries: { id: string; name: string; points: [number, number][] }[];
  callSeconds: number;
  whatHappened: string;
  questions: string[];
  sources: string[];
  /** The sources' publishers, for a short credit line. */
  publishers: string[];
  /** Every move graded, the proposals' path, the computer's strategy (null without a record). */
  debrief: DebriefView | null;
}

export function endingView(
  scenario: Scenario,
  game: GameState,
  side: SideId,
  record: GameRecord | null = null,
  catalogue: Catalogue = currentCatalogue(),
): EndingView | null {
  const result = game.result;
  if (!result) return null;
  const ending = scenario.endings.find((e) => e.id === result.ending);
  const analysis = analyseDeals(scenario);
  const mine = tablesOf(scenario).sides[0].id === side ? 0 : 1;
  const theirs = mine === 0 ? 1 : 0;
  const flip = (u: [number, number]): [number, number] => [u[mine], u[theirs]];
  const standing = standingOf(scenario, analysis, game.settled);
  return {
    result,
    title: ending?.title ?? result.ending,
    tone: ending?.tone ?? 'mixed',
    summary: ending?.summary ?? '',
    deal: describeTerms(scenario, game.settled),
    points: analysis.deals.filter((d) => d.feasible).map((d) => flip(d.utilities)),
    frontier: analysis.frontier.map((d) => flip(d.utilities)).sort((a, b) => a[0] - b[0]),
    nash: analysis.nash
      ? {
          point: flip(analysis.nash.utilities),
          deal: describeTerms(scenario, termsOf(tablesOf(scenario), analysis.nash.choices)),
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
