// The debrief of one game, from its record: the path of the proposals on the
// deal map, how far the final deal is from the frontier in plain words, every
// move graded, and the computer's strategy revealed (its values, walk-away,
// tactic, and the moments it changed its mind and why). One source for the
// ending screen, the printable page and the class page.
import type { Scenario } from '../../scenario/schema.ts';
import { format, type Catalogue, type MessageKey } from '../../messages/i18n.ts';
import type { GameState, SideId } from '../types.ts';
import { replayMoves, type GameRecord, type ReplayedMove } from '../replay.ts';
import {
  choicesOf,
  mergeTerms,
  otherSide,
  tablesOf,
  termsOf,
  utilityOfChoices,
} from '../utility.ts';
import { describeDeal } from '../dialogue.ts';
import { pronounWords } from '../phrasing.ts';
import { analyseDeals, type DealAnalysis } from './frontier.ts';
import { betterForBoth, gradeMoves, type GradedMove, type Mistake } from './grading.ts';
import { agentView } from '../agent/choose-move.ts';
import { mood, tacticFor } from '../agent/tactics.ts';
import { clockText } from '../clock.ts';

/** A point of the deal map, as (utility to the player, utility to the other side). */
export type MapPoint = [number, number];

export interface PathStep {
  by: SideId;
  clock: number;
  point: MapPoint;
  deal: string;
}

export interface StrategyReveal {
  side: SideId;
  leader: string;
  walkAway: number;
  /** The least it would accept at this difficulty. */
  reservation: number;
  style: string;
  /** The tactic in a sentence. */
  tactic: string;
  values: { issue: string; weight: number; options: { label: string; value: number }[] }[];
  /** What it aimed for at each of its turns (utility to itself). */
  aims: { clock: number; aim: number }[];
  moments: { clock: number; text: string }[];
}

export interface Debrief {
  side: SideId;
  /** Every proposal made, in order, on the player's deal map; then the final deal. */
  path: PathStep[];
  final: MapPoint;
  /** How far the final deal is from the frontier, in words. */
  gap: string;
  /** The deal that would have been better for both, if there was one. */
  better: { deal: string; point: MapPoint } | null;
  grades: GradedMove[];
  /** The player's mistakes, in order. */
  mistakes: Mistake[];
  strategy: StrategyReveal | null;
  finalGame: GameState;
}

export function debriefOf(
  scenario: Scenario,
  record: GameRecord,
  side: SideId,
  catalogue: Catalogue,
  analysis: DealAnalysis = analyseDeals(scenario),
  /** The record already replayed (the result's check did): not replayed again. */
  replayed: Pick<ReturnType<typeof replayMoves>, 'moves' | 'final'> = replayMoves(scenario, record),
): Debrief {
  const { moves, final } = replayed;
  const tables = tablesOf(scenario);
  const mine = tables.sides[0].id === side ? 0 : 1;
  const theirs = mine === 0 ? 1 : 0;
  const other = otherSide(scenario, side);
  const leaderOf = (id: SideId) => scenario.sides.find((s) => s.id === id)?.leader ?? id;
  const say = (key: MessageKey, params: Record<string, string | number> = {}) =>
    format(catalogue[key], params);
  const onMap = (u: readonly number[]): MapPoint => [u[mine] ?? 0, u[theirs] ?? 0];
  const pointOf = (settled: GameState['settled'], terms: GameState['settled']) => {
    const choices = choicesOf(tables, mergeTerms(settled, terms));
    return onMap([
      utilityOfChoices(tables.sides[0], choices),
      utilityOfChoices(tables.sides[1], choices),
    ]);
  };

  const path: PathStep[] = moves.flatMap((m) =>
    m.logged.move.kind === 'propose'
      ? [
          {
            by: m.logged.side,
            clock: m.logged.clock,
            point: pointOf(m.before.settled, m.logged.move.terms),
            deal: describeDeal(scenario, m.logged.move.terms, catalogue),
          },
        ]
      : [],
  );
  const finalPoint = pointOf(final.settled, {});
  const finalBoth = (mine === 0 ? finalPoint : [finalPoint[1], finalPoint[0]]) as [number, number];
  const found = betterForBoth(analysis, finalBoth);
  const better = found
    ? {
        deal: describeDeal(scenario, termsOf(tables, found.choices), catalogue),
        point: onMap(found.utilities),
      }
    : null;
  const gap = better
    ? say('debrief.gap', {
        gainMine: Math.round(better.point[0] - finalPoint[0]),
        gainTheirs: Math.round(better.point[1] - finalPoint[1]),
        leader: leaderOf(other),
        deal: better.deal,
      })
    : say('debrief.onFrontier');

  const grades = gradeMoves(scenario, analysis, moves, final, catalogue);
  const computer = Object.entries(record.settings.controllers).find(
    ([, c]) => c === 'computer',
  )?.[0];
  return {
    side,
    path,
    final: finalPoint,
    gap,
    better,
    grades,
    mistakes: grades.flatMap((g) => (g.side === side && g.mistake ? [g.mistake] : [])),
    strategy: computer ? revealStrategy(scenario, moves, computer, catalogue) : null,
    finalGame: final,
  };
}

type Moment = StrategyReveal['moments'][number];

/** What the reveal words its moments with: the computer side's table, its meters and its pronouns. */
interface RevealContext {
  readonly scenario: Scenario;
  readonly side: SideId;
  /** The computer's utility of `terms`, with what is settled in `state`. */
  readonly worth: (state: GameState, terms: GameState['settled']) => number;
  /** The meters that soften it, with their values in `state`: "Trust 40, Pressure 20". */
  readonly meterWords: (state: GameState) => string;
  readonly say: (key: MessageKey, params?: Record<string, string | number>) => string;
}

export function revealStrategy(
  scenario: Scenario,
  moves: readonly ReplayedMove[],
  side: SideId,
  catalogue: Catalogue,
): StrategyReveal {
  const tables = tablesOf(scenario);
  const index = tables.sides[0].id === side ? 0 : 1;
  const table = tables.sides[index];
  const s = scenario.sides[index];
  const pronoun = pronounWords(scenario, side, catalogue);
  const ctx: RevealContext = {
    scenario,
    side,
    worth: (state, terms) =>
      utilityOfChoices(table, choicesOf(tables, mergeTerms(state.settled, terms))),
    meterWords: (state) =>
      scenario.meters
        .filter((m) => (s?.softensWith?.[m.id] ?? 0) !== 0)
        .map((m) => `${m.name} ${Math.round(state.meters[m.id] ?? m.start)}`)
        .join(', '),
    say: (key, params = {}) => format(catalogue[key], { ...pronoun, ...params }),
  };
  const first = moves[0]?.before;
  const style = (first?.settings.styles?.[side] ?? s?.style ?? 'linear') as string;
  return {
    side,
    leader: s?.leader ?? side,
    walkAway: table.walkAway,
    reservation: first ? tacticFor(scenario, first, side).reservation : table.walkAway,
    style,
    tactic: ctx.say(`strategy.style.${style}` as MessageKey),
    values: scenario.issues.map((issue, i) => ({
      issue: issue.name,
      weight: Math.round((table.weights[i] ?? 0) * 100),
      options: issue.options.map((o, c) => ({ label: o.label, value: table.values[i]?.[c] ?? 0 })),
    })),
    ...aimsAndMoments(ctx, moves),
  };
}

/** The computer's aim at each of its turns, and the moments it changed its mind (mood, concession, answer). */
function aimsAndMoments(
  ctx: RevealContext,
  moves: readonly ReplayedMove[],
): Pick<StrategyReveal, 'aims' | 'moments'> {
  const aims: StrategyReveal['aims'] = [];
  const moments: Moment[] = [];
  const add = (moment: Moment | undefined) => {
    if (moment) moments.push(moment);
  };
  let lastOffer: number | null = null;
  let lastMood = 0;
  for (const m of moves) {
    if (m.logged.side !== ctx.side) continue;
    const aim = Math.round(agentView(ctx.scenario, m.before, ctx.side).target);
    aims.push({ clock: m.logged.clock, aim });
    const moodNow = mood(ctx.scenario, m.before, ctx.side);
    add(moodMoment(ctx, m, lastMood, moodNow));
    lastMood = moodNow;
    const move = m.logged.move;
    if (move.kind === 'propose') {
      const value = ctx.worth(m.before, move.terms);
      add(concessionMoment(ctx, m.logged.clock, lastOffer, value));
      lastOffer = value;
    } else add(answerMoment(ctx, m, aim));
  }
  return { aims, moments };
}

/** Its mood moved enough to say so: softer or harder, with the meters behind it. */
function moodMoment(
  ctx: RevealContext,
  m: ReplayedMove,
  lastMood: number,
  moodNow: number,
): Moment | undefined {
  if (Math.abs(moodNow - lastMood) < 0.05) return undefined;
  return {
    clock: m.logged.clock,
    text: ctx.say(moodNow > lastMood ? 'strategy.softer' : 'strategy.harder', {
      clock: clockText(m.logged.clock),
      meters: ctx.meterWords(m.before),
    }),
  };
}

/** An offer worth clearly less to itself than its last one: a concession, and how late it came. */
function concessionMoment(
  ctx: RevealContext,
  clock: number,
  lastOffer: number | null,
  value: number,
): Moment | undefined {
  if (lastOffer === null || value >= lastOffer - 2) return undefined;
  return {
    clock,
    text: ctx.say('strategy.conceded', {
      clock: clockText(clock),
      from: Math.round(lastOffer),
      to: Math.round(value),
      share: Math.round((100 * clock) / (ctx.scenario.callMinutes * 60)),
    }),
  };
}

/** It accepted or rejected the standing offer (its worth against its aim), or hung up. */
function answerMoment(ctx: RevealContext, m: ReplayedMove, aim: number): Moment | undefined {
  const { move, clock } = m.logged;
  const standing = m.before.standing;
  const params = { clock: clockText(clock), aim };
  if ((move.kind === 'accept' || move.kind === 'reject') && standing) {
    const worth = Math.round(ctx.worth(m.before, standing.terms));
    const key = move.kind === 'accept' ? 'strategy.accepted' : 'strategy.rejected';
    return { clock, text: ctx.say(key, { ...params, worth }) };
  }
  if (move.kind === 'endCall') return { clock, text: ctx.say('strategy.hungUp', params) };
  return undefined;
}
