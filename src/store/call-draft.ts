// The player's draft package on the call: whether the machine would take it
// now, what it is worth to their own side, and the move that sends it.
import type { Scenario } from '../scenario/schema.ts';
import type { CallSnapshot } from '../negotiation/replay.ts';
import type { Move, SideId, Terms } from '../negotiation/types.ts';
import { DEFERRED } from '../negotiation/types.ts';
import { mergeTerms, utility } from '../negotiation/utility.ts';

/** True when the machine would take this draft from the player now (no red line of theirs, open issues only). */
export function canPropose(snapshot: CallSnapshot, side: SideId, terms: Terms): boolean {
  return (
    Object.keys(terms).length > 0 && snapshot.can({ type: 'move', side, move: draftMove(terms) })
  );
}

/** What the player's draft package is worth to their own side, against their walk-away (their own data). */
export interface DraftWorth {
  /** 0–100: the deal if the draft were agreed now, with the issues already settled (open ones count as walk-away). */
  value: number;
  walkAway: number;
  /** Issues in the draft. */
  issues: number;
}

export function draftWorth(
  scenario: Scenario,
  snapshot: CallSnapshot,
  side: SideId,
  draft: Terms,
): DraftWorth {
  const game = snapshot.context.game;
  const walkAway = scenario.sides.find((s) => s.id === side)?.walkAway ?? 0;
  return {
    value: utility(scenario, side, mergeTerms(game.settled, draft)),
    walkAway,
    issues: Object.keys(draft).length,
  };
}

/**
 * The move that sends a draft: a package that only leaves one issue to the
 * follow-up talks is the engine's `defer` move (its own line, counted as a
 * deferral by the endings); anything else is a proposal.
 */
export function draftMove(draft: Terms): Move {
  const entries = Object.entries(draft);
  const [only] = entries;
  if (entries.length === 1 && only && only[1] === DEFERRED)
    return { kind: 'defer', issue: only[0] };
  return { kind: 'propose', terms: draft };
}
