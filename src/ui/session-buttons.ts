// What a screen shows of the session's own buttons (start the call, back to
// the title, take over, resume, …): the store's `can`, which is the session
// machine's answer, decides. An action the session would take now has its
// button shown and enabled; one it refuses offers no button. The canvas
// buttons, their DOM buttons and the keys that press them all ask here, so no
// screen decides for itself what is allowed.
import type { GameActions, SessionAction, StoreState } from '../store/game-store.ts';

export interface Offered {
  visible: boolean;
  enabled: boolean;
}

/** How the button of `action` shows now. */
export function offered(can: StoreState['can'], action: SessionAction): Offered {
  return { visible: can[action], enabled: can[action] };
}

/** The store's action that sends `action` to the session (the saved game on offer, for `resume`). */
export function sessionPress(actions: GameActions, action: SessionAction): () => void {
  return action === 'resume' ? actions.resumeSavedGame : actions[action];
}

/** The call's one step forward (Space, Enter, or a tap): answer, go on past the greetings or the close, or hurry the other side. */
const CALL_STEPS = ['answer', 'proceed', 'skipThinking'] as const;
export type CallStep = (typeof CALL_STEPS)[number];

/** The step the session would take now, or null when none (the player's own turn). */
export function callStep(can: StoreState['can']): CallStep | null {
  return CALL_STEPS.find((step) => can[step]) ?? null;
}
