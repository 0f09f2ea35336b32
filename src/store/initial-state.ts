// The store before its session part arrives: the title screen, the first
// playable scenario selected, the page's preferences. Light on purpose: the
// title shows it while XState, the machines and the computer player load.
import type { Scenario } from '../scenario/schema.ts';
import { sidesOf } from '../negotiation/utility.ts';
import { CATALOGUES } from '../messages/catalogues.ts';
import {
  SESSION_ACTIONS,
  type GameActions,
  type ScenarioItem,
  type StoreDeps,
  type StoreState,
} from './game-types.ts';
import type { ScenarioFace } from './scenario-face.ts';

/** What the session takes on its title screen (before it has loaded: what the link queues for it). */
const TITLE_ACTIONS: ReadonlySet<string> = new Set(['openBriefing', 'startCall']);

/** The store before its first session: the title screen, the first playable scenario selected. */
export function initialState(
  deps: StoreDeps,
  scenarios: ScenarioItem[],
  first: { file: string; scenario: Scenario } | undefined,
  face: ScenarioFace | null,
  actions: GameActions,
): StoreState {
  const language = deps.language ?? 'en';
  return {
    screen: 'title',
    scenarios,
    setup: {
      file: first?.file ?? '',
      side: first?.scenario ? sidesOf(first.scenario)[0].id : '',
      difficulty: 'normal',
      players: 1,
    },
    sound: deps.sound ?? true,
    textSize: deps.textSize ?? 100,
    language,
    catalogue: CATALOGUES[language],
    scenario: face,
    briefing: null,
    call: null,
    thinking: false,
    draft: {},
    draftWorth: null,
    ending: null,
    endingTab: 'deal',
    savedGame: null,
    savedGames: [],
    saveAside: false,
    saveProblem: null,
    handover: null,
    problems: null,
    can: {
      ...(Object.fromEntries(
        SESSION_ACTIONS.map((type) => [type, first !== undefined && TITLE_ACTIONS.has(type)]),
      ) as Omit<StoreState['can'], 'resume'>),
      // No game is on offer before the autosave has read the saves.
      resume: false,
    },
    actions,
  };
}
