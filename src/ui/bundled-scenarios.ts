// The scenarios shipped with the game, loaded and checked at build time
// (scripts/bundled-scenarios-plugin.ts): every page takes them from here, with
// no YAML parsing in the browser. (The editor reads their text: editor-page.ts.)
import { BUNDLED_SCENARIOS } from 'virtual:standoff/bundled-scenarios';
import { localiseScenario } from '../scenario/localise.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { ScenarioEntry } from '../store/game-store.ts';

const DEFAULT_SCENARIO_ID = '2026-01-12-sheinbaum-trump-call';

/** The title screen's list: the default scenario first, then the others by file; a broken one with its problems. */
export function bundledEntries(): ScenarioEntry[] {
  const entries = BUNDLED_SCENARIOS.map((e): ScenarioEntry =>
    'scenario' in e
      ? { file: e.file, title: e.scenario.title, scenario: e.scenario, bundled: true }
      : { file: e.file, title: e.file, problems: e.problems },
  );
  const first = (e: ScenarioEntry) => (e.scenario?.id === DEFAULT_SCENARIO_ID ? 1 : 0);
  return entries.sort((a, b) => first(b) - first(a) || a.file.localeCompare(b.file));
}

/** The bundled scenarios that load, in `language` where they have a translation into it. */
export function bundledScenarios(language?: string): Scenario[] {
  return BUNDLED_SCENARIOS.flatMap((e) =>
    'scenario' in e ? [language ? localiseScenario(e.scenario, language) : e.scenario] : [],
  );
}
