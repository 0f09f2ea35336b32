// What one side may see of a call: the one function every view reads through
// (the call scene, the hot-seat hand-over, a replay from the other side, the
// terminal game), so a private value never leaks by accident. Like
// boardgame.io's playerView: the other side's brief, values, walk-away, hidden
// red lines and the computer's model of the player are stripped.
import { COUNTED_MOVES, type CountedMove, type Scenario } from '../scenario/schema.ts';
import type { GameSettings, GameState, SideId } from './types.ts';
import { otherSide, sideTable, tablesOf } from './utility.ts';
import { callSeconds } from './moves/index.ts';
import { issueViews, sideFace, type IssueView, type SideView } from './side-face.ts';
import { deepFreeze } from './deep-freeze.ts';

export { flagView, type FlagView } from './side-face.ts';

export interface OwnSideView extends SideView {
  brief: string;
  goals: string[];
  walkAway: number;
  walkAwayText?: string;
  redLines: { issue: string; option: string }[];
  /** This side's value (0–100) of each option, by issue then option. */
  values: Record<string, Record<string, number>>;
  /** How much this side cares about each issue, by issue (scaled to add up to 1). */
  weights: Record<string, number>;
  /** This side's value of deferring each issue to later talks, by issue. */
  deferredValues: Record<string, number>;
}

export interface PlayerView {
  side: SideId;
  me: OwnSideView;
  them: SideView & { knownRedLines: { issue: string; option: string }[] };
  /** The call's length and the call time each kind of move takes, in seconds. */
  call: { seconds: number; moveSeconds: Record<CountedMove, number> };
  issues: IssueView[];
  /** The settings without the seed (it would predict the computer) or anyone's forced style. */
  game: Omit<GameState, 'models' | 'rng' | 'settings'> & {
    settings: Omit<GameSettings, 'seed' | 'styles'>;
  };
}

/** A side's view of the scenario that no move changes: its own brief and values, the other's face and public red lines, the call's clock and the issues. */
interface FixedView {
  me: OwnSideView;
  them: SideView;
  publicRedLines: readonly { issue: string; option: string }[];
  call: PlayerView['call'];
  issues: IssueView[];
}

/**
 * Each scenario's fixed views, by side: made once and frozen. Every view of a
 * call shares them (a bot's view a turn was most of a bot game's time), and
 * frozen, no reader can write into another's.
 */
const fixedViews = new WeakMap<Scenario, Map<SideId, FixedView>>();

function fixedViewOf(scenario: Scenario, side: SideId): FixedView {
  let bySide = fixedViews.get(scenario);
  if (!bySide) fixedViews.set(scenario, (bySide = new Map()));
  const known = bySide.get(side);
  if (known) return known;
  const mine = scenario.sides.find((s) => s.id === side);
  const theirs = scenario.sides.find((s) => s.id === otherSide(scenario, side));
  if (!mine || !theirs) throw new Error(`no side "${side}"`);
  const values: OwnSideView['values'] = {};
  const weights: OwnSideView['weights'] = {};
  const deferredValues: OwnSideView['deferredValues'] = {};
  const table = sideTable(tablesOf(scenario), side);
  scenario.issues.forEach((issue, i) => {
    values[issue.id] = Object.fromEntries(issue.options.map((o) => [o.id, o.values[side] ?? 0]));
    weights[issue.id] = table.weights[i] ?? 0;
    deferredValues[issue.id] = table.values[i]?.[issue.options.length] ?? table.walkAway;
  });
  // A copy: freezing must not reach the scenario's own objects (a flag, a portrait).
  const made: FixedView = deepFreeze(
    structuredClone({
      me: {
        ...sideFace(mine),
        brief: mine.brief,
        goals: mine.goals,
        walkAway: mine.walkAway,
        ...(mine.walkAwayText ? { walkAwayText: mine.walkAwayText } : {}),
        redLines: mine.redLines.map(({ issue, option }) => ({ issue, option })),
        values,
        weights,
        deferredValues,
      },
      them: sideFace(theirs),
      publicRedLines: dedupe(
        theirs.redLines.filter((r) => r.public).map(({ issue, option }) => ({ issue, option })),
      ),
      call: {
        seconds: callSeconds(scenario),
        moveSeconds: Object.fromEntries(
          COUNTED_MOVES.map((k) => [k, scenario.moves[k].seconds]),
        ) as Record<CountedMove, number>,
      },
      issues: issueViews(scenario),
    }),
  );
  bySide.set(side, made);
  return made;
}

/** What one side knows of both leaders at a moment: its own brief and values, the other's public face. */
export function sidesView(
  scenario: Scenario,
  game: GameState,
  side: SideId,
): Pick<PlayerView, 'side' | 'me' | 'them'> {
  const { me, them, publicRedLines } = fixedViewOf(scenario, side);
  const voiced = game.redLinesInvoked
    .filter((r) => r.side === them.id)
    .map(({ issue, option }) => ({ issue, option }));
  const knownRedLines =
    voiced.length === 0 ? publicRedLines : dedupe([...publicRedLines, ...voiced]);
  return {
    side,
    me,
    them: { ...them, knownRedLines: knownRedLines as PlayerView['them']['knownRedLines'] },
  };
}

export function playerView(scenario: Scenario, game: GameState, side: SideId): PlayerView {
  const { call, issues } = fixedViewOf(scenario, side);
  return { ...sidesView(scenario, game, side), call, issues, game: visibleGame(game) };
}

/**
 * The game without the rng (it would let a player predict the computer), the
 * models (the computer's private thoughts) and the seed and forced styles of
 * its settings. Field by field: a rest spread (`{ rng, models, ...visible }`)
 * took V8's slow path, and a bot's view is made at every turn it plays.
 */
function visibleGame(game: GameState): PlayerView['game'] {
  return {
    clock: game.clock,
    turn: game.turn,
    meters: game.meters,
    settled: game.settled,
    standing: game.standing,
    log: game.log,
    transcript: game.transcript,
    meterHistory: game.meterHistory,
    evidenceUsed: game.evidenceUsed,
    redLinesInvoked: game.redLinesInvoked,
    counts: game.counts,
    result: game.result,
    settings: { controllers: game.settings.controllers, difficulty: game.settings.difficulty },
  };
}

function dedupe(
  list: readonly { issue: string; option: string }[],
): { issue: string; option: string }[] {
  const seen = new Set<string>();
  return list.filter((r) => {
    const key = `${r.issue}/${r.option}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
