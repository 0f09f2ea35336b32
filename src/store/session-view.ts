// The store's state from a session snapshot: the screen, the call as the
// viewing player's side sees it, the record, the debrief once the call is over,
// and the page's draft kept to the issues still open. A pure function of the
// snapshot and the state before it (for what the page itself keeps).
import type { Scenario } from '../scenario/schema.ts';
import type { GameRecord } from '../negotiation/replay.ts';
import type { SessionSnapshot } from '../session/session-machine.ts';
import { callView, draftWorth } from './call-view.ts';
import { endingView } from './ending-view.ts';
import { sidesOf } from '../negotiation/utility.ts';
import {
  makeResult,
  resultFileName,
  resultFileText,
  resultLinkParam,
} from '../negotiation/result.ts';
import { packScenario } from '../negotiation/scenario-copy.ts';
import { CATALOGUES } from '../messages/catalogues.ts';
import type {
  GameActions,
  GameState,
  HandIn,
  ScenarioEntry,
  Screen,
  StoreDeps,
} from './game-types.ts';

export function screenOf(snapshot: SessionSnapshot): Screen {
  if (snapshot.matches({ call: 'handover' })) return 'handover';
  for (const screen of ['title', 'problems', 'briefing', 'handover', 'call', 'ending'] as const)
    if (snapshot.matches(screen)) return screen;
  return 'title';
}

/** The record of the game, the same object while nothing in it changed (the autosave watches it). */
function recordOf(scenario: Scenario, snapshot: SessionSnapshot, was: GameRecord | null) {
  const { settings, events } = snapshot.context;
  if (!settings) return was;
  if (was && was.settings === settings && was.events === events) return was;
  return { scenario: scenario.id, settings, events };
}

/** The call as the viewing side sees it, the draft kept to open issues, and the debrief once over. */
function callPart(
  scenario: Scenario,
  snapshot: SessionSnapshot,
  state: GameState,
  record: GameRecord | null,
  newGame: boolean,
): Pick<GameState, 'call' | 'draft' | 'draftWorth' | 'ending'> {
  const inCall = snapshot.matches('call') || snapshot.matches('ending');
  const callSnapshot = inCall ? snapshot.context.call : null;
  const side = snapshot.context.viewer;
  const game = callSnapshot?.context.game;
  // The draft keeps only issues still open, so a settled issue never lingers in it.
  const draft = Object.fromEntries(
    Object.entries(newGame ? {} : state.draft).filter(([issue]) => !game?.settled[issue]),
  );
  const kept = newGame ? null : state.ending;
  return {
    call: callSnapshot ? callView(scenario, callSnapshot, side, state.catalogue) : null,
    draft,
    draftWorth: callSnapshot ? draftWorth(scenario, callSnapshot, side, draft) : null,
    ending: game?.result
      ? (kept ?? endingView(scenario, game, side, record, state.catalogue))
      : null,
  };
}

export function sessionView(
  scenario: Scenario,
  snapshot: SessionSnapshot,
  state: GameState,
): Partial<GameState> {
  const context = snapshot.context;
  const screen = screenOf(snapshot);
  const record = recordOf(scenario, snapshot, state.record);
  const newGame = record?.settings !== state.record?.settings;
  const humans = Object.values(context.players).filter((c) => c === 'human').length;
  return {
    screen,
    setup: {
      ...state.setup,
      side: context.viewer,
      difficulty: context.difficulty,
      players: humans === 2 ? 2 : 1,
    },
    ...callPart(scenario, snapshot, state, record, newGame),
    thinking: snapshot.matches({ call: 'thinking' }),
    record,
    ...(newGame ? { endingTab: 'deal' as const } : {}),
    handover: screen === 'handover' ? context.handover : null,
    problems: screen === 'problems' ? context.problems : null,
  };
}

/** The finished game as a result to hand in, under the student's name; null before the call ends. */
export function handInOf(state: GameState, student: string): HandIn | null {
  const { scenario, record, setup, ending, scenarios } = state;
  if (!scenario || !record || !ending) return null;
  const bundled = scenarios.find((e) => e.file === setup.file)?.bundled === true;
  const scenarioCopy = bundled ? undefined : packScenario(scenario);
  const result = makeResult(scenario, record, setup.side, student, undefined, scenarioCopy);
  return {
    fileName: resultFileName(result),
    text: resultFileText(result),
    linkParam: resultLinkParam(result, scenario),
    ...(scenarioCopy === undefined ? {} : { scenarioCopy }),
  };
}

/** The store before its first session: the title screen, the first playable scenario selected. */
export function initialState(
  deps: StoreDeps,
  scenarios: ScenarioEntry[],
  actions: GameActions,
): GameState {
  const first = scenarios.find((s) => s.scenario);
  const language = deps.language ?? 'en';
  return {
    screen: 'title',
    scenarios,
    setup: {
      file: first?.file ?? '',
      side: first?.scenario ? sidesOf(first.scenario)[0].id : '',
      difficulty: 'normal',
      seed: deps.seed ?? null,
      players: 1,
    },
    sound: deps.sound ?? true,
    textSize: deps.textSize ?? 100,
    language,
    catalogue: CATALOGUES[language],
    scenario: first?.scenario ?? null,
    call: null,
    thinking: false,
    record: null,
    draft: {},
    draftWorth: null,
    ending: null,
    endingTab: 'deal',
    savedGame: null,
    savedGames: [],
    saveAside: null,
    saveProblem: null,
    handover: null,
    problems: null,
    actions,
  };
}
