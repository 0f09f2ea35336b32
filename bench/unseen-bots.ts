// Bots the computer was not tuned against (test/negotiation/unseen-bots/), each
// side, normal and hard, N games a cell: how far the best of them gets above the
// principled reference bot (issue 11: by at most 2 points). The same for the
// open tricks (test/negotiation/open-tricks/): known to beat it, reported so
// the gap is seen until the computer answers them.
import type { Scenario } from '../src/scenario/schema.ts';
import type { Difficulty } from '../src/negotiation/types.ts';
import type { Bot } from '../src/negotiation/bots/bot.ts';
import { runTournament } from '../src/negotiation/bots/tournament.ts';
import { UNSEEN_BOTS } from '../test/negotiation/unseen-bots/index.ts';
import principled from '../bots/principled.ts';

export interface UnseenCell {
  side: string;
  difficulty: Difficulty;
  principled: number;
  /** Each unseen bot's mean score in the cell. */
  bots: Record<string, number>;
  /** The best unseen bot's margin over principled (positive: it beat principled). */
  margin: number;
}

export function benchUnseenBots(
  scenario: Scenario,
  games: number,
  difficulties: readonly Difficulty[] = ['normal', 'hard'],
  unseen: readonly Bot[] = UNSEEN_BOTS,
): UnseenCell[] {
  const { results } = runTournament(scenario, {
    bots: [principled, ...unseen],
    sides: scenario.sides.map((s) => s.id),
    difficulties,
    games,
    seed: 'unseen',
  });
  const cells: UnseenCell[] = [];
  for (const side of scenario.sides.map((s) => s.id))
    for (const difficulty of difficulties) {
      const row = (name: string) =>
        results.find((r) => r.player === name && r.side === side && r.difficulty === difficulty)
          ?.meanUtility ?? 0;
      const bots = Object.fromEntries(unseen.map((b) => [b.name, row(b.name)]));
      const base = row(principled.name);
      cells.push({
        side,
        difficulty,
        principled: base,
        bots,
        margin: Math.max(...Object.values(bots)) - base,
      });
    }
  return cells;
}
