// What every screen may show of a scenario: its story, sources, meters, the
// issues and options by name, and each leader's public face. This, not the
// Scenario, is what the store holds: a side's brief, goals, values, weights,
// walk-away, style and hidden red lines stay with the session (the player's
// own reach the store through the player view, src/negotiation/player-view.ts).
import type { Scenario } from '../scenario/schema.ts';
import type { IssueView, SideView } from '../negotiation/player-view.ts';
import { otherSide } from '../negotiation/utility.ts';
import { briefingView } from './call-view.ts';

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
export function scenarioFace(scenario: Scenario): ScenarioFace {
  const known = faces.get(scenario);
  if (known) return known;
  // Each leader's public face, as the other side's briefing shows it.
  const sides = scenario.sides.map((s) => {
    const { knownRedLines: _known, ...face } = briefingView(
      scenario,
      otherSide(scenario, s.id),
    ).them;
    return face;
  });
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
    issues: briefingView(scenario, scenario.sides[0]?.id ?? '').issues,
    sides,
  };
  faces.set(scenario, face);
  return face;
}

export function scenarioCard(scenario: Scenario): ScenarioCard {
  const { id, title, date, summary } = scenario;
  return { id, title, date, summary };
}
