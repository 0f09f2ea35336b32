// The public interface of a player bot (docs/bots.md): what a bot is given on
// its turn and what it returns. A bot sees exactly what the player's screen
// sees (the player view), the moves the machine accepts now, and a generator
// of its own; never the other side's private data, the game's rng or the
// computer's model of the player.
import type { Move } from '../types.ts';
import type { PlayerView } from '../player-view.ts';
import type { LegalMoves } from '../legal-moves.ts';
import type { Rng } from '../random.ts';
import type { StrategyReveal } from '../analysis/debrief.ts';

/** What a player remembers between games: the computer's strategy as the last game's debrief showed it. */
export interface BotMemory {
  /** Null in a bot's first game, or when the bot does not read debriefs. */
  debrief: StrategyReveal | null;
}

export interface Bot {
  /** Shown in the tournament table; unique within a tournament. */
  name: string;
  /** Set to true to be shown the debrief of the previous game (it costs a replay per game). */
  readsDebrief?: boolean;
  /** The bot's move now. Synchronous; a move the machine refuses, or a throw, is the bot's error. */
  decide(view: PlayerView, moves: LegalMoves, rng: Rng, memory: BotMemory): Move;
}
