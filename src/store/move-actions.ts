// The player's moves as store actions, each one Move handed to `send` (the
// local session or, in a live class, the call room), and the draft's toggle:
// the same for the page's store and the remote store.
import type { Move, Settlement } from '../negotiation/types.ts';
import type { GameActions } from './game-types.ts';

export type MoveAction =
  | 'propose'
  | 'accept'
  | 'reject'
  | 'speak'
  | 'presentEvidence'
  | 'invokeRedLine'
  | 'defer'
  | 'endCall';

/** Each move action sends its Move; what the screen shows changes only when the session (or the room) takes it. */
export function moveSenders(send: (move: Move) => void): Pick<GameActions, MoveAction> {
  return {
    propose: (terms) => send({ kind: 'propose', terms }),
    accept: () => send({ kind: 'accept' }),
    reject: () => send({ kind: 'reject' }),
    speak: (tone) => send({ kind: 'statement', tone }),
    presentEvidence: (id) => send({ kind: 'evidence', id }),
    invokeRedLine: (issue, option) => send({ kind: 'redLine', issue, option }),
    defer: (issue) => send({ kind: 'defer', issue }),
    endCall: () => send({ kind: 'endCall' }),
  };
}

/** The draft with `issue` set to `settlement`, or taken out when it is null or already that. */
export function toggledDraft(
  draft: Readonly<Record<string, Settlement>>,
  issue: string,
  settlement: Settlement | null,
): Record<string, Settlement> {
  const next = { ...draft };
  if (settlement === null || next[issue] === settlement) delete next[issue];
  else next[issue] = settlement;
  return next;
}
