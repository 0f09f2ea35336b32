// The scenarios in the interface language: each file's original kept, and its
// translations made once (the store swaps them when the language changes).
import type { Scenario } from '../scenario/schema.ts';
import type { Language } from '../messages/catalogues.ts';
import { localiseScenario } from '../scenario/localise.ts';
import type { ScenarioEntry } from './game-types.ts';

export type ScenarioLanguages = ReturnType<typeof scenarioLanguages>;

export function scenarioLanguages() {
  const originals = new Map<string, Scenario>();
  const localised = new WeakMap<Scenario, Map<Language, Scenario>>();
  const inLanguage = (scenario: Scenario, language: Language): Scenario => {
    let copies = localised.get(scenario);
    if (!copies) localised.set(scenario, (copies = new Map()));
    let copy = copies.get(language);
    if (!copy) copies.set(language, (copy = localiseScenario(scenario, language)));
    return copy;
  };
  return {
    /** The entry in `language` (its file's original is kept for the next switch). */
    localEntry(entry: ScenarioEntry, language: Language): ScenarioEntry {
      if (!entry.scenario) return entry;
      const original = originals.get(entry.file) ?? entry.scenario;
      originals.set(entry.file, original);
      const scenario = inLanguage(original, language);
      return { ...entry, title: scenario.title, scenario };
    },
    /** A file opened again: its new text replaces the kept original. */
    forget(file: string): void {
      originals.delete(file);
    },
  };
}
