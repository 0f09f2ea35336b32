// What every screen may show of a scenario: its story, sources, meters, the
// issues and options by name, and each leader's public face. This, not the
// Scenario, is what the store holds: a side's brief, goals, values, weights,
// walk-away, style and hidden red lines stay with the session (the player's
// own reach the store through the player view, src/negotiation/player-view.ts).
import type { Scenario } from '../scenario/schema.ts';
import { issueViews, sideFace, type IssueView, type SideView } from '../negotiation/side-face.ts';
import type { ScenarioEntry, ScenarioItem } from './game-types.ts';
import type { HiddenGame } from './private-game.ts';

export interface ScenarioFace {
  id: string;
  title: string;
  date: string;
  summary: string;
  tagline?: string;
  language?: string;
  followUpTalks?: string;
  sources: Scenario['sources'];
  meters: Scenario['meters'];
  issues: IssueView[];
  sides: SideView[];
}

/** What the title screen lists of a scenario file. */
export type ScenarioCard = Pick<ScenarioFace, 'id' | 'title' | 'date' | 'summary'>;

const faces = new WeakMap<Scenario, ScenarioFace>();

/** The scenario's public face (the same object for the same scenario). */
function scenarioFace(scenario: Scenario): ScenarioFace {
  const known = faces.get(scenario);
  if (known) return known;
  const { id, title, date, summary, tagline, language, followUpTalks, sources, meters } = scenario;
  const face: ScenarioFace = {
    id,
    title,
    date,
    summary,
    ...(tagline === undefined ? {} : { tagline }),
    ...(language === undefined ? {} : { language }),
    ...(followUpTalks === undefined ? {} : { followUpTalks }),
    sources,
    meters,
    issues: issueViews(scenario),
    // Each leader's public face, as the other side's briefing shows it.
    sides: scenario.sides.map(sideFace),
  };
  faces.set(scenario, face);
  return face;
}

function scenarioCard(scenario: Scenario): ScenarioCard {
  const { id, title, date, summary } = scenario;
  return { id, title, date, summary };
}

/** A scenario file as the store lists it: its card, never the whole scenario. */
export const scenarioItem = ({ scenario, ...entry }: ScenarioEntry): ScenarioItem =>
  scenario ? { ...entry, scenario: scenarioCard(scenario) } : entry;

/** Keeps the selected scenario beside the store; returns the face its state shows. */
export function showScenario(hidden: HiddenGame, scenario: Scenario | null): ScenarioFace | null {
  hidden.scenario = scenario;
  return scenario && scenarioFace(scenario);
}
