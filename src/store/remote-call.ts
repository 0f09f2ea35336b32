// The store's state for a call played on a live-class server: the same
// CallView, draft and debrief the local session gives the call and ending
// screens, made from what the server sends this player — their own player
// view, their legal moves, and at the end their result. The game's own copy of
// the scenario words it (the server checks moves by ids; the hash says it is
// the same scenario); the other side's private part is never in the view, so
// it is never in the state. Pure: remote-store.ts feeds it the messages.
import type { Scenario } from '../scenario/schema.ts';
import type { CallEvent } from '../negotiation/call-machine.ts';
import type { CallSnapshot } from '../negotiation/replay.ts';
import type { LegalMoves } from '../negotiation/legal-moves.ts';
import type { GameState, Move, SideId } from '../negotiation/types.ts';
import { readResult, resultFileText } from '../negotiation/result.ts';
import type { Catalogue } from '../messages/i18n.ts';
import type { CallEnd, CallUpdate } from '../net/protocol.ts';
import { callView, draftWorth } from './call-view.ts';
import { endingView, type EndingView } from './ending-view.ts';
import type { StoreState } from './game-types.ts';

/** Two moves other than proposals, field by field (the server's and the page's are built apart). */
function sameMove(a: Move, b: Move): boolean {
  const [x, y] = [a as Record<string, unknown>, b as Record<string, unknown>];
  const keys = Object.keys(x);
  return keys.length === Object.keys(y).length && keys.every((k) => x[k] === y[k]);
}

/** True when the server listed `move` among this side's legal moves now. */
export function listedMove(legal: LegalMoves, move: Move): boolean {
  if (move.kind !== 'propose') return legal.fixed.some((m) => sameMove(m, move));
  const terms = Object.entries(move.terms);
  return (
    terms.length > 0 &&
    terms.every(([issue, settlement]) =>
      legal.propose?.some((p) => p.issue === issue && p.choices.includes(settlement)),
    )
  );
}

/**
 * The call as far as the view functions read a machine's snapshot: its phase,
 * its game (the player view's: no seed, rng or models) and can(), which asks
 * the server's list of legal moves. The machine itself runs on the server.
 */
function remoteSnapshot(update: CallUpdate): CallSnapshot {
  const { settings, ...visible } = update.view.game;
  const game: GameState = { ...visible, settings: { ...settings, seed: 0 }, rng: 0, models: {} };
  const side = update.view.side;
  const can = (event: CallEvent) =>
    event.type === 'move' && event.side === side && listedMove(update.legal, event.move);
  // call-view.ts reads only `value`, `context.game` and `can`.
  return { value: update.phase, context: { game }, can } as unknown as CallSnapshot;
}

/** The draft kept to the issues still open. */
function openDraft(draft: StoreState['draft'], game: GameState): StoreState['draft'] {
  const open = Object.entries(draft).filter(([issue]) => game.settled[issue] === undefined);
  return open.length === Object.keys(draft).length ? draft : Object.fromEntries(open);
}

/** The store's state for the server's latest view of the call (the screen stays the call until the debrief is made). */
export function remoteCallState(
  scenario: Scenario,
  update: CallUpdate,
  state: StoreState,
): Partial<StoreState> {
  const snapshot = remoteSnapshot(update);
  const side = update.view.side;
  const game = snapshot.context.game;
  const draft = openDraft(state.draft, game);
  const computer = game.settings.controllers[game.turn] === 'computer';
  return {
    screen: state.ending ? 'ending' : 'call',
    setup: { ...state.setup, side, difficulty: game.settings.difficulty },
    call: callView(scenario, snapshot, side, state.catalogue),
    draft,
    draftWorth: draftWorth(scenario, snapshot, side, draft),
    thinking: update.phase === 'turns' && game.turn !== side && computer,
  };
}

/** What a draft is worth to the player's side, from the server's latest view. */
export function remoteDraftWorth(
  scenario: Scenario,
  update: CallUpdate,
  draft: StoreState['draft'],
): StoreState['draftWorth'] {
  return draftWorth(scenario, remoteSnapshot(update), update.view.side, draft);
}

/** The debrief of the ended call, from the player's result (its record replayed here, as the debrief page does). */
export function remoteEnding(
  scenario: Scenario,
  end: CallEnd,
  side: SideId,
  catalogue: Catalogue,
): EndingView | null {
  const read = readResult(resultFileText(end.result), [scenario], catalogue);
  if (!read.ok) return null;
  return endingView(read.scenario, read.replayed.final, side, read.record, catalogue);
}
