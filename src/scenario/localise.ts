// A scenario in another language: its texts swapped for the ones in its
// `translations`, everything else (ids, numbers, conditions, the order of
// lists) untouched, so a game plays the same in every language. And the list
// of texts a translation still lacks, for the checker. Pure: no DOM, no I/O.
//
// A localised copy carries the texts of every other language of the file in
// its own `translations` (the original's among them, complete), so it can be
// localised back, saved as JSON and read again, and it hashes as the original
// (see hash.ts): a result played in Spanish is accepted by an English page.
import type { Scenario, Translation } from './schema.ts';
import type { DocPath } from './problem.ts';
import { orderedTranslation } from './localise-order.ts';
import {
  languagesOf,
  resolvedTexts,
  textSlots,
  translatedText,
  writeText,
  type TextSlot,
} from './texts.ts';

export interface MissingTranslation {
  lang: string;
  /** Where the translation belongs: `['translations', 'es', 'issues', 'tariffs', 'name']`. */
  path: DocPath;
  /** Where the untranslated text is: `['issues', 2, 'name']`. */
  source: DocPath;
  /** The text in the file's own language. */
  text: string;
}

/**
 * The scenario with its texts in `lang` and `language: lang`. The same object
 * when `lang` is already the file's language or the file has no translation
 * into it. Texts the translation leaves out stay in the original language.
 */
export function localiseScenario(scenario: Scenario, lang: string): Scenario {
  if (lang === scenario.language || scenario.translations?.[lang] === undefined) return scenario;
  const slots = textSlots(scenario);
  const copy = structuredClone(scenario);
  const texts = resolvedTexts(scenario, lang, slots);
  slots.forEach((slot, i) => writeText(copy, slot.source, texts[i] ?? slot.text));
  copy.language = lang;
  copy.translations = Object.fromEntries(
    languagesOf(scenario)
      .filter((l) => l !== lang)
      .map((l) => [l, completeTranslation(slots, resolvedTexts(scenario, l, slots))]),
  );
  return copy;
}

/** Every text with no translation, for each language the file has translations for. */
export function missingTranslations(scenario: Scenario): MissingTranslation[] {
  const slots = textSlots(scenario);
  const missing: MissingTranslation[] = [];
  for (const [lang, translation] of Object.entries(scenario.translations ?? {})) {
    if (lang === scenario.language) continue;
    for (const slot of slots) {
      if (translatedText(translation, slot) === undefined)
        missing.push({
          lang,
          path: ['translations', lang, ...slot.target],
          source: slot.source,
          text: slot.text,
        });
    }
  }
  return missing;
}

/** A translation holding every text, built from the slots' texts in one language. */
function completeTranslation(slots: readonly TextSlot[], texts: readonly string[]): Translation {
  const built: Record<string, unknown> = {};
  slots.forEach((slot, i) => writeText(built, slot.target, texts[i] ?? slot.text, slot.line));
  // Built from a scenario that passed the schema: only put in the schema's order (no Zod before the title).
  return orderedTranslation(built);
}
