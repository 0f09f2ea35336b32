// The bot tournament: player bots (passed in, never imported from bots/) play
// a side of a scenario against the computer, at each difficulty, for N games
// each, through the same call machine a student's clicks go through. Pure and
// deterministic: each game's seed comes from (seed, bot, side, difficulty, i),
// and a bot draws from a generator of its own, so its draws never move the
// computer's. A move the machine refuses, or a throw, is the bot's error: it is
// recorded, never played, and the bot hangs up (the game ends there).
import type { Scenario } from '../../scenario/schema.ts';
import type { Difficulty, GameSettings, GameState, SideId } from '../types.ts';
import type { CallEvent } from '../call-machine.ts';
import { playToEnd, replayMoves, type GameRecord } from '../replay.ts';
import { checkMove, problemKey } from '../moves/index.ts';
import { playerView } from '../player-view.ts';
import { deepFreeze } from '../deep-freeze.ts';
import { legalMoves } from '../legal-moves.ts';
import { Rng, seedFrom } from '../random.ts';
import { otherSide, sideTable, tablesOf } from '../utility.ts';
import { revealStrategy } from '../analysis/debrief.ts';
import { t } from '../../messages/i18n.ts';
import { toMove } from './bot-move.ts';
import { playerScore } from './player-score.ts';
import { hundredths, mean, sd } from './scores.ts';
import type { Bot, BotMemory } from './bot.ts';
import { isReferencePlayer } from './reference-players.ts';
import { en } from '../../messages/en.ts';

/** A move a bot made that the machine refused (or a throw): reported, never played. */
export interface BotError {
  player: string;
  side: SideId;
  difficulty: Difficulty;
  /** The game's index in its cell (-1: the warm-up game of a bot that reads debriefs). */
  game: number;
  /** What decide() returned, as JSON (undefined when it threw). */
  move: unknown;
  reason: string;
}

export interface TournamentRow {
  player: string;
  side: SideId;
  difficulty: Difficulty;
  games: number;
  meanUtility: number;
  sdUtility: number;
  /** The side's walk-away value: a mean below it is worse than no deal. */
  walkAway: number;
  /** Games whose score was below the walk-away value. */
  belowWalkAway: number;
  endings: Record<string, number>;
  /** Games a bot's error ended. */
  errors: number;
}

export interface TournamentOptions {
  bots: readonly Bot[];
  sides: readonly SideId[];
  difficulties: readonly Difficulty[];
  games: number;
  seed: string | number;
  /** Called after each cell, e.g. to print progress. */
  onRow?: (row: TournamentRow) => void;
}

export interface TournamentResult {
  results: TournamentRow[];
  /** The first few errors of each cell (each row counts them all). */
  errors: BotError[];
  games: number;
}

/** Errors kept per cell: enough to see what went wrong, not a flood. */
const ERRORS_KEPT = 3;
/** A call that never ends (a scenario whose moves take no time) is cut here. */
const MAX_EVENTS = 2000;

export function gameSeed(
  seed: string | number,
  player: string,
  side: SideId,
  difficulty: Difficulty,
  i: number | 'warm-up',
): number {
  return seedFrom(`${String(seed)}:${player}:${side}:${difficulty}:${i}`);
}

export interface BotGame {
  game: GameState;
  record: GameRecord;
  errors: Omit<BotError, 'player' | 'side' | 'difficulty' | 'game'>[];
}

/** One game of a bot as `side` against the computer. */
export function playBotGame(
  scenario: Scenario,
  bot: Bot,
  side: SideId,
  difficulty: Difficulty,
  seed: number,
  memory: BotMemory = { debrief: null },
): BotGame {
  const settings: GameSettings = {
    seed,
    controllers: { [side]: 'human', [otherSide(scenario, side)]: 'computer' },
    difficulty,
  };
  const rng = new Rng(seedFrom(`${seed}:bot:${side}`));
  const errors: BotGame['errors'] = [];
  const hangUp: CallEvent = { type: 'move', side, move: { kind: 'endCall' } };
  const human = (game: GameState): CallEvent | undefined => {
    if (game.turn !== side) return undefined;
    // Frozen, so a bot cannot write into the game through it; a reference player never does.
    const shown = playerView(scenario, game, side);
    const view = isReferencePlayer(bot) ? shown : deepFreeze(shown);
    let returned: unknown;
    try {
      returned = bot.decide(view, legalMoves(scenario, game, side), rng, memory);
    } catch (error) {
      errors.push({
        move: undefined,
        reason: `decide() threw: ${error instanceof Error ? error.message : String(error)}`,
      });
      return hangUp;
    }
    const shaped = toMove(returned);
    if ('problem' in shaped) {
      errors.push({ move: jsonOf(returned), reason: shaped.problem });
      return hangUp;
    }
    const refused = checkMove(scenario, game, side, shaped.move);
    if (refused !== null) {
      errors.push({ move: jsonOf(returned), reason: t(en, problemKey(refused)) });
      return hangUp;
    }
    return { type: 'move', side, move: shaped.move };
  };
  const { game, record } = playToEnd(scenario, settings, human, MAX_EVENTS);
  return { game, record, errors };
}

/** What the player's debrief of a game reveals of the computer's strategy. */
function debriefMemory(scenario: Scenario, record: GameRecord, side: SideId): BotMemory {
  const { moves } = replayMoves(scenario, record);
  const computer = otherSide(scenario, side);
  return { debrief: revealStrategy(scenario, moves, computer, en) };
}

/**
 * One player's games as one side at one difficulty, played one at a time on
 * demand: the i-th game is the same whether 10 or 40 are played (its seed is
 * its own, and a player that reads debriefs remembers the game before it), so
 * a caller may stop as soon as it knows enough (the lessons do).
 */
export class BotRow {
  /** The errors of the warm-up game a debrief reader plays first (none for the others). */
  readonly warmUpErrors: BotGame['errors'] = [];
  private memory: BotMemory = { debrief: null };
  private played = 0;

  constructor(
    private readonly scenario: Scenario,
    private readonly bot: Bot,
    private readonly side: SideId,
    private readonly difficulty: Difficulty,
    private readonly seed: string | number,
  ) {
    if (bot.readsDebrief) {
      const warm = this.play('warm-up');
      this.warmUpErrors = warm.errors;
    }
  }

  /** The row's next game. */
  next(): BotGame {
    return this.play(this.played++);
  }

  private play(i: number | 'warm-up'): BotGame {
    const { scenario, bot, side, difficulty } = this;
    const seed = gameSeed(this.seed, bot.name, side, difficulty, i);
    const played = playBotGame(scenario, bot, side, difficulty, seed, this.memory);
    if (bot.readsDebrief) this.memory = debriefMemory(scenario, played.record, side);
    return played;
  }
}

export function runTournament(scenario: Scenario, options: TournamentOptions): TournamentResult {
  const results: TournamentRow[] = [];
  const allErrors: BotError[] = [];
  let played = 0;
  for (const bot of options.bots) {
    for (const side of options.sides) {
      const walkAway = sideTable(tablesOf(scenario), side).walkAway;
      for (const difficulty of options.difficulties) {
        const endings: Record<string, number> = {};
        const scores: number[] = [];
        let errorGames = 0;
        let below = 0;
        const keep = (i: number, errs: BotGame['errors']) => {
          for (const e of errs) {
            if (allErrors.length < ERRORS_KEPT * (results.length + 1))
              allErrors.push({ player: bot.name, side, difficulty, game: i, ...e });
          }
        };
        const games = new BotRow(scenario, bot, side, difficulty, options.seed);
        keep(-1, games.warmUpErrors);
        for (let i = 0; i < options.games; i++) {
          const { game, errors } = games.next();
          played++;
          const score = playerScore(scenario, game, side);
          scores.push(score);
          if (score < walkAway - 1e-9) below++;
          const ending = game.result?.ending ?? 'unfinished';
          endings[ending] = (endings[ending] ?? 0) + 1;
          if (errors.length > 0) errorGames++;
          keep(i, errors);
        }
        const row: TournamentRow = {
          player: bot.name,
          side,
          difficulty,
          games: options.games,
          meanUtility: hundredths(mean(scores)),
          sdUtility: hundredths(sd(scores)),
          walkAway,
          belowWalkAway: below,
          endings: sortedCounts(endings),
          errors: errorGames,
        };
        results.push(row);
        options.onRow?.(row);
      }
    }
  }
  return { results, errors: allErrors, games: played };
}

/** Most frequent first, then by id, so the same games print the same way. */
function sortedCounts(counts: Record<string, number>): Record<string, number> {
  return Object.fromEntries(
    Object.entries(counts).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])),
  );
}

function jsonOf(value: unknown): unknown {
  try {
    return value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as unknown);
  } catch {
    return String(value);
  }
}
