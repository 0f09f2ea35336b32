// The scenarios a server offers: the bundled files (scenarios/*.yaml), loaded
// and checked by the game's own loader once at start, each with its copies in
// the languages it speaks.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadScenario } from '../src/scenario/load.ts';
import { en } from '../src/messages/en.ts';
import { localiseScenario } from '../src/scenario/localise.ts';
import type { Scenario } from '../src/scenario/schema.ts';
import { LANGUAGES, type Language } from '../src/messages/catalogues.ts';

export interface ScenarioShelf {
  /** Every loaded scenario, as its file gives it. */
  all: Scenario[];
  /** The scenario with this id in this language, or undefined. */
  get(id: string, language: Language): Scenario | undefined;
}

export function loadShelf(dir: string): ScenarioShelf {
  const all: Scenario[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()) {
    const loaded = loadScenario(file, readFileSync(join(dir, file)), en);
    if (loaded.ok) all.push(loaded.scenario);
  }
  const copies = new Map<string, Scenario>();
  for (const scenario of all)
    for (const language of LANGUAGES)
      copies.set(`${scenario.id}/${language}`, localiseScenario(scenario, language));
  return { all, get: (id, language) => copies.get(`${id}/${language}`) };
}
