// What the player may do now on the call, asked of the machine with can():
// the fixed moves it would take from this side (the draft package is asked
// separately, see call-draft.ts), in the words the buttons show.
import type { Scenario, Tone } from '../scenario/schema.ts';
import { TONES } from '../scenario/schema.ts';
import type { CallEvent } from '../negotiation/call-machine.ts';
import type { CallSnapshot } from '../negotiation/replay.ts';
import { fixedMoves } from '../negotiation/moves/index.ts';
import { settlementLabel } from '../negotiation/dialogue.ts';
import type { Move, SideId } from '../negotiation/types.ts';
import type { Catalogue } from '../messages/i18n.ts';

export interface Available {
  propose: boolean;
  accept: boolean;
  reject: boolean;
  tones: Tone[];
  evidence: { id: string; label: string }[];
  redLines: { issue: string; option: string; label: string }[];
  defer: { issue: string; name: string }[];
  endCall: boolean;
}

/** Nothing may be done: not the player's turn, or a screen that shows no side's moves. */
export const NOTHING_AVAILABLE: Available = {
  propose: false,
  accept: false,
  reject: false,
  tones: [],
  evidence: [],
  redLines: [],
  defer: [],
  endCall: false,
};

/** The evidence, red lines and deferrals among the moves, each with the words its button shows. */
function namedMoves(scenario: Scenario, fixed: readonly Move[], catalogue: Catalogue) {
  return {
    evidence: fixed.flatMap((m) =>
      m.kind === 'evidence'
        ? [{ id: m.id, label: scenario.evidence.find((e) => e.id === m.id)?.label ?? m.id }]
        : [],
    ),
    redLines: fixed.flatMap((m) =>
      m.kind === 'redLine'
        ? [
            {
              issue: m.issue,
              option: m.option,
              label: settlementLabel(scenario, m.issue, m.option, catalogue),
            },
          ]
        : [],
    ),
    defer: fixed.flatMap((m) =>
      m.kind === 'defer'
        ? [{ issue: m.issue, name: scenario.issues.find((i) => i.id === m.issue)?.name ?? m.issue }]
        : [],
    ),
  };
}

/** What the side may do now, on its own turn (NOTHING_AVAILABLE otherwise). */
export function availableMoves(
  scenario: Scenario,
  snapshot: CallSnapshot,
  side: SideId,
  myTurn: boolean,
  catalogue: Catalogue,
): Available {
  if (!myTurn) return NOTHING_AVAILABLE;
  const game = snapshot.context.game;
  const can = (move: Move) => snapshot.can({ type: 'move', side, move } satisfies CallEvent);
  const fixed = fixedMoves(scenario, game, side).filter(can);
  const { evidence, redLines, defer } = namedMoves(scenario, fixed, catalogue);
  return {
    propose: scenario.issues.some((i) => game.settled[i.id] === undefined),
    accept: fixed.some((m) => m.kind === 'accept'),
    reject: fixed.some((m) => m.kind === 'reject'),
    tones: TONES.filter((tone) => fixed.some((m) => m.kind === 'statement' && m.tone === tone)),
    evidence,
    redLines,
    defer,
    endCall: fixed.some((m) => m.kind === 'endCall'),
  };
}
