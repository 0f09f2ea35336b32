// The part of the balance sample played by the reference players against the
// computer: each player in turn, on each side, at each difficulty, so the
// endings a student meets (a threat's escalation, a give-away's backlash)
// show in the teacher's check. Seeded, so the check says the same every time.
import type { Scenario } from '../../scenario/schema.ts';
import { DIFFICULTIES, type GameState } from '../types.ts';
import type { Bot } from '../bots/bot.ts';
import { gameSeed, playBotGame } from '../bots/tournament.ts';

/** Ending id → how many of `games` player-against-computer games reached it. */
export function sampleBotEndings(
  scenario: Scenario,
  players: readonly Bot[],
  games: number,
  seed: string | number,
  onGame?: (game: GameState) => void,
): Record<string, number> {
  const endings: Record<string, number> = {};
  if (players.length === 0 || games <= 0) return endings;
  const sides = scenario.sides.map((s) => s.id);
  for (let i = 0; i < games; i++) {
    const bot = players[i % players.length];
    const side = sides[Math.floor(i / players.length) % sides.length];
    const difficulty =
      DIFFICULTIES[Math.floor(i / (players.length * sides.length)) % DIFFICULTIES.length];
    if (!bot || !side || !difficulty) continue;
    const { game } = playBotGame(
      scenario,
      bot,
      side,
      difficulty,
      gameSeed(seed, bot.name, side, difficulty, i),
      { debrief: null },
    );
    onGame?.(game);
    const ending = game.result?.ending ?? '';
    endings[ending] = (endings[ending] ?? 0) + 1;
  }
  return endings;
}
