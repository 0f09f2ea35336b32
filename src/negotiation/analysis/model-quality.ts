// How well the computer has read the other side: after the other side's first
// few moves, where does its next offer stand among the deals it would accept,
// judged by the other side's true values? 0 is the average acceptable deal, 1
// the acceptable deal best for the other side. For the tests and the benchmark
// (an ANAC-style measure of an opponent model); never shown to a player.
import type { Scenario } from '../../scenario/schema.ts';
import type { Difficulty, GameState, SideId } from '../types.ts';
import type { Bot } from '../bots/bot.ts';
import { gameSeed, playBotGame } from '../bots/tournament.ts';
import { replayMoves } from '../replay.ts';
import { agentView } from '../agent/choose-move.ts';
import { allDeals } from './deal-space.ts';
import { choicesOf, otherSide, sideTable, tablesOf, utilityOfChoices } from '../utility.ts';

/** The other side's moves the computer has seen when its offer is judged. */
const MOVES_SEEN = 4;

/**
 * The score (0 = an average acceptable deal, 1 = the best for the other side,
 * below 0 = worse than average) of the offer the computer side would make now,
 * or undefined when it has no offer or fewer than two acceptable deals differ.
 */
function offerQuality(scenario: Scenario, game: GameState, computer: SideId): number | undefined {
  const tables = tablesOf(scenario);
  const view = agentView(scenario, game, computer);
  if (!view.offer) return undefined;
  const index = tables.sides[0].id === computer ? 0 : 1;
  const other = sideTable(tables, otherSide(scenario, computer));
  const settled = choicesOf(tables, game.settled);
  const known = game.models[computer]?.redLines ?? [];
  const acceptable = allDeals(scenario).filter(
    (d) =>
      !d.crosses[index] &&
      d.utilities[index] >= view.target - 1e-9 &&
      settled.every((c, i) => c < 0 || d.choices[i] === c) &&
      !known.some((r) => {
        const i = tables.issueIds.indexOf(r.issue);
        return tables.choices[i]?.[d.choices[i] ?? -1] === r.option;
      }),
  );
  if (acceptable.length < 2) return undefined;
  const values = acceptable.map((d) => utilityOfChoices(other, d.choices));
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const best = Math.max(...values);
  if (best - mean < 1e-6) return undefined;
  const offer = utilityOfChoices(other, choicesOf(tables, { ...view.offer, ...game.settled }));
  return (offer - mean) / (best - mean);
}

/**
 * The quality of the computer's offer once it has seen `MOVES_SEEN` moves of
 * `side`: after that move, or, when its aim then leaves it no choice (fewer than
 * two acceptable deals that differ for the other side), after the first later
 * move of that side where it has one; undefined when the call ends first.
 */
function qualityAfterMoves(
  scenario: Scenario,
  moves: readonly { logged: { side: SideId }; after: GameState }[],
  side: SideId,
): number | undefined {
  const computer = otherSide(scenario, side);
  let count = 0;
  for (const m of moves) {
    if (m.after.result) return undefined;
    if (m.logged.side !== side || ++count < MOVES_SEEN) continue;
    const q = offerQuality(scenario, m.after, computer);
    if (q !== undefined) return q;
  }
  return undefined;
}

/** The mean offer quality, after the player's fourth move, over `games` games of a bot as `side`. */
export function modelQualityCell(
  scenario: Scenario,
  bot: Bot,
  side: SideId,
  difficulty: Difficulty,
  games: number,
): { mean: number | undefined; samples: number } {
  const scores: number[] = [];
  for (let i = 0; i < games; i++) {
    const { record } = playBotGame(
      scenario,
      bot,
      side,
      difficulty,
      gameSeed('model', bot.name, side, difficulty, i),
      { debrief: null },
    );
    const q = qualityAfterMoves(scenario, replayMoves(scenario, record).moves, side);
    if (q !== undefined) scores.push(q);
  }
  return {
    mean: scores.length > 0 ? scores.reduce((a, b) => a + b, 0) / scores.length : undefined,
    samples: scores.length,
  };
}
