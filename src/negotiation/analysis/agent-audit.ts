// An audit of the computer's promises in one finished game, move by move: the
// agent of the design's literature (ANAC/GENIUS) never raises its own demand
// without a reason it can state, never agrees to anything that can leave it
// below its reservation, and never threatens a player who has not threatened.
// For the property tests and the benchmark; it replays the game, so it reads
// exactly what the machine did.
import type { Scenario } from '../../scenario/schema.ts';
import type { GameState, SideId } from '../types.ts';
import type { ReplayedMove } from '../replay.ts';
import { tacticFor } from '../agent/tactics.ts';
import { choicesOf, sideTable, tablesOf, utilityOfChoices } from '../utility.ts';

export interface AgentAudit {
  /** A computer offer worth more to itself than its previous one, with no hardened mood and no new red line to explain it. */
  risingOffers: { clock: number; before: number; after: number }[];
  /** An agreement (its accept, or the other side accepting its proposal) leaving it below its reservation. */
  belowReservation: { clock: number; worth: number; reservation: number }[];
  /** The computer threatened although the other side had made no threat before. */
  unprovokedThreats: { clock: number }[];
}

/** Audits the computer side `side` over a replayed game's moves. */
export function auditAgent(
  scenario: Scenario,
  moves: readonly ReplayedMove[],
  side: SideId,
): AgentAudit {
  const tables = tablesOf(scenario);
  const me = sideTable(tables, side);
  const worth = (game: GameState, terms: GameState['settled']) =>
    utilityOfChoices(me, choicesOf(tables, { ...terms, ...game.settled }));
  const audit: AgentAudit = { risingOffers: [], belowReservation: [], unprovokedThreats: [] };
  let last: { terms: GameState['settled']; mood: number; known: number } | undefined;
  let threatened = false;
  for (const m of moves) {
    const { move, clock } = m.logged;
    const model = m.before.models[side];
    const mood = model?.mood ?? 0;
    const known = model?.redLines.length ?? 0;
    if (m.logged.side !== side) {
      if (move.kind === 'statement' && move.tone === 'threatening') threatened = true;
      // The other side accepted the computer's proposal: the computer agreed to it.
      if (move.kind === 'accept' && m.before.standing?.by === side)
        checkReservation(m.before, m.before.standing.terms, clock);
      continue;
    }
    const reservation = tacticFor(scenario, m.before, side).reservation;
    if (move.kind === 'propose') {
      // The last offer is judged with what is settled now, so an issue settled since is no "rise".
      const now = worth(m.before, move.terms);
      const before = last ? worth(m.before, last.terms) : Infinity;
      if (last && now > before + 1e-6 && !(mood < last.mood - 1e-9) && !(known > last.known))
        audit.risingOffers.push({ clock, before, after: now });
      last = { terms: move.terms, mood, known };
    }
    if (move.kind === 'accept' && m.before.standing) {
      const value = worth(m.before, m.before.standing.terms);
      if (value < reservation - 1e-6)
        audit.belowReservation.push({ clock, worth: value, reservation });
    }
    if (move.kind === 'statement' && move.tone === 'threatening' && !threatened)
      audit.unprovokedThreats.push({ clock });
  }
  return audit;

  function checkReservation(game: GameState, terms: GameState['settled'], clock: number): void {
    const reservation = tacticFor(scenario, game, side).reservation;
    const value = worth(game, terms);
    if (value < reservation - 1e-6)
      audit.belowReservation.push({ clock, worth: value, reservation });
  }
}
