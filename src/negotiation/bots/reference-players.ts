// The reference players (bots/reference.ts) are known here by the list that
// names them. They never write into the view they are shown: a test plays each
// of them on frozen views, on both bundled scenarios, and finds no write
// (test/negotiation/tournament.test.ts). So their views are not frozen turn
// after turn, which took a twentieth of a scenario check (its balance sample
// and its lessons are played by them). Every other bot's view is frozen on
// every turn: a bot that writes into it throws, loses the game, and leaves the
// game as it was.
import type { Bot } from './bot.ts';

const REFERENCE = new WeakSet<Bot>();

/** Marks the bots as reference players (bots/reference.ts does, for its list) and returns the list. */
export function referencePlayers(bots: readonly Bot[]): readonly Bot[] {
  for (const bot of bots) REFERENCE.add(bot);
  return bots;
}

/** Whether the bot is one of the reference players: the very object, not a copy of it. */
export function isReferencePlayer(bot: Bot): boolean {
  return REFERENCE.has(bot);
}
