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

/** What the audit carries from move to move. */
interface Walk {
  readonly scenario: Scenario;
  readonly side: SideId;
  /** The computer's utility of terms, with what is settled in game. */
  readonly worth: (game: GameState, terms: GameState['settled']) => number;
  readonly audit: AgentAudit;
  /** The computer's previous offer, its mood and how many of its red lines were known then. */
  last?: { terms: GameState['settled']; mood: number; known: number };
  /** Whether the other side has threatened yet. */
  threatened: boolean;
}

/** Audits the computer side `side` over a replayed game's moves. */
export function auditAgent(
  scenario: Scenario,
  moves: readonly ReplayedMove[],
  side: SideId,
): AgentAudit {
  const tables = tablesOf(scenario);
  const me = sideTable(tables, side);
  const walk: Walk = {
    scenario,
    side,
    worth: (game, terms) => utilityOfChoices(me, choicesOf(tables, { ...terms, ...game.settled })),
    audit: { risingOffers: [], belowReservation: [], unprovokedThreats: [] },
    threatened: false,
  };
  for (const m of moves) {
    if (m.logged.side === side) auditOwnMove(walk, m);
    else auditTheirMove(walk, m);
  }
  return walk.audit;
}

function auditTheirMove(walk: Walk, m: ReplayedMove): void {
  const { move, clock } = m.logged;
  if (move.kind === 'statement' && move.tone === 'threatening') walk.threatened = true;
  // The other side accepted the computer's proposal: the computer agreed to it.
  if (move.kind === 'accept' && m.before.standing?.by === walk.side)
    checkReservation(walk, m.before, m.before.standing.terms, clock);
}

function auditOwnMove(walk: Walk, m: ReplayedMove): void {
  const { move, clock } = m.logged;
  if (move.kind === 'propose') checkRise(walk, m, move.terms);
  if (move.kind === 'accept' && m.before.standing)
    checkReservation(walk, m.before, m.before.standing.terms, clock);
  if (move.kind === 'statement' && move.tone === 'threatening' && !walk.threatened)
    walk.audit.unprovokedThreats.push({ clock });
}

/** A proposal worth more to the computer than its last one, unexplained by a hardened mood or a new red line. */
function checkRise(walk: Walk, m: ReplayedMove, terms: GameState['settled']): void {
  const model = m.before.models[walk.side];
  const mood = model?.mood ?? 0;
  const known = model?.redLines.length ?? 0;
  const last = walk.last;
  // The last offer is judged with what is settled now, so an issue settled since is no "rise".
  const now = walk.worth(m.before, terms);
  const before = last ? walk.worth(m.before, last.terms) : Infinity;
  if (last && now > before + 1e-6 && !(mood < last.mood - 1e-9) && !(known > last.known))
    walk.audit.risingOffers.push({ clock: m.logged.clock, before, after: now });
  walk.last = { terms, mood, known };
}

/** An agreement to `terms` that leaves the computer below its reservation. */
function checkReservation(
  walk: Walk,
  game: GameState,
  terms: GameState['settled'],
  clock: number,
): void {
  const reservation = tacticFor(walk.scenario, game, walk.side).reservation;
  const value = walk.worth(game, terms);
  if (value < reservation - 1e-6)
    walk.audit.belowReservation.push({ clock, worth: value, reservation });
}
