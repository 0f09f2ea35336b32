// The store's state from a session snapshot: the screen, the call as the
// viewing player's side sees it (nothing of it while a hot seat's handover
// hides the screen), the briefing of the player at the screen, the debrief
// once the call is over, and the page's draft kept to the issues still open.
// A pure function of the snapshot and the state before it (for what the page
// itself keeps). The record (with its seed) is made here but kept out of it.
import type { Scenario } from '../scenario/schema.ts';
import type { GameRecord } from '../negotiation/replay.ts';
import type { SessionSnapshot } from '../session/session-machine.ts';
import { briefingView, callView, draftWorth, handoverView, type CallView } from './call-view.ts';
import type { CallSnapshot } from '../negotiation/replay.ts';
import type { Catalogue } from '../messages/i18n.ts';
import { endingView } from './ending-view.ts';
import {
  makeResult,
  resultFileName,
  resultFileText,
  resultLinkParam,
} from '../negotiation/result.ts';
import { packScenario } from '../negotiation/scenario-copy.ts';
import { SESSION_ACTIONS, type StoreState, type HandIn, type Screen } from './game-types.ts';

function screenOf(snapshot: SessionSnapshot): Screen {
  if (snapshot.matches({ call: 'handover' })) return 'handover';
  for (const screen of ['title', 'problems', 'briefing', 'handover', 'call', 'ending'] as const)
    if (snapshot.matches(screen)) return screen;
  return 'title';
}

/** The record of the game, the same object while nothing in it changed (the autosave watches it). */
export function recordOf(scenario: Scenario, snapshot: SessionSnapshot, was: GameRecord | null) {
  const { settings, events } = snapshot.context;
  if (!settings) return was;
  if (was && was.settings === settings && was.events === events) return was;
  return { scenario: scenario.id, settings, events };
}

// A session snapshot that did not change the call (an event logged, the pause begun) keeps its view:
// the call is worded once per call snapshot, and the scenes redraw only when it changed.
const callViews = new WeakMap<
  CallSnapshot,
  { side: string; catalogue: Catalogue; view: CallView }
>();

function callViewOf(
  scenario: Scenario,
  snapshot: CallSnapshot,
  side: string,
  catalogue: Catalogue,
) {
  const known = callViews.get(snapshot);
  if (known?.side === side && known.catalogue === catalogue) return known.view;
  const view = callView(scenario, snapshot, side, catalogue);
  callViews.set(snapshot, { side, catalogue, view });
  return view;
}

/** The draft kept to the issues still open (the same object when none closed). */
function openDraft(draft: StoreState['draft'], settled: Record<string, unknown> | undefined) {
  const open = Object.entries(draft).filter(([issue]) => !settled?.[issue]);
  return open.length === Object.keys(draft).length ? draft : Object.fromEntries(open);
}

/** The call as the viewing side sees it, the draft kept to open issues, and the debrief once over. */
function callPart(
  scenario: Scenario,
  snapshot: SessionSnapshot,
  state: StoreState,
  record: GameRecord | null,
  newGame: boolean,
): Pick<StoreState, 'call' | 'draft' | 'draftWorth' | 'ending'> {
  const inCall = snapshot.matches('call') || snapshot.matches('ending');
  // A hot seat's handover hides the screen: the store holds no side's private part meanwhile.
  const hidden = snapshot.matches({ call: 'handover' });
  const callSnapshot = inCall ? snapshot.context.call : null;
  const side = snapshot.context.viewer;
  const callOf = (view: CallView) => (hidden ? handoverView(view) : view);
  const game = callSnapshot?.context.game;
  // The draft keeps only issues still open, so a settled issue never lingers in it.
  const draft = openDraft(newGame ? {} : state.draft, game?.settled);
  const kept = newGame ? null : state.ending;
  return {
    call: callSnapshot && callOf(callViewOf(scenario, callSnapshot, side, state.catalogue)),
    draft,
    draftWorth: callSnapshot && !hidden ? draftWorth(scenario, callSnapshot, side, draft) : null,
    ending: game?.result
      ? (kept ?? endingView(scenario, game, side, record, state.catalogue))
      : null,
  };
}

/** Which of the session's actions the machine would take now (`resume`: asked with the offered game's record). */
function canOf(snapshot: SessionSnapshot, resume: boolean): StoreState['can'] {
  const can = Object.fromEntries(SESSION_ACTIONS.map((type) => [type, snapshot.can({ type })]));
  return { ...(can as Omit<StoreState['can'], 'resume'>), resume };
}

/**
 * The store's state for a session snapshot; `record` is the game's, `newGame` when it is another
 * game's, `resume` whether the session would resume the saved game on offer (saved-offers.ts).
 */
export function sessionView(
  scenario: Scenario,
  snapshot: SessionSnapshot,
  state: StoreState,
  record: GameRecord | null,
  newGame: boolean,
  resume: boolean,
): Partial<StoreState> {
  const context = snapshot.context;
  const screen = screenOf(snapshot);
  const viewer = context.viewer;
  const humans = Object.values(context.players).filter((c) => c === 'human').length;
  return {
    screen,
    setup: {
      ...state.setup,
      side: viewer,
      difficulty: context.difficulty,
      players: humans === 2 ? 2 : 1,
    },
    ...callPart(scenario, snapshot, state, record, newGame),
    briefing:
      screen !== 'briefing'
        ? null
        : state.briefing?.side === viewer
          ? state.briefing
          : briefingView(scenario, viewer),
    thinking: snapshot.matches({ call: 'thinking' }),
    ...(newGame ? { endingTab: 'deal' as const } : {}),
    handover: screen === 'handover' ? context.handover : null,
    problems: screen === 'problems' ? context.problems : null,
    can: canOf(snapshot, resume),
  };
}

/** The finished game as a result to hand in, under the student's name; null before the call ends. */
export function handInOf(
  scenario: Scenario | null,
  record: GameRecord | null,
  state: StoreState,
  student: string,
): HandIn | null {
  const { setup, ending, scenarios, catalogue } = state;
  if (!scenario || !record || !ending) return null;
  const bundled = scenarios.find((e) => e.file === setup.file)?.bundled === true;
  const scenarioCopy = bundled ? undefined : packScenario(scenario);
  const result = makeResult(
    scenario,
    record,
    setup.side,
    student,
    catalogue,
    undefined,
    scenarioCopy,
  );
  return {
    fileName: resultFileName(result),
    text: resultFileText(result),
    linkParam: resultLinkParam(result, scenario),
    ...(scenarioCopy === undefined ? {} : { scenarioCopy }),
  };
}
