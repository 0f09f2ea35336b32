// The checks on a file's `translations`: every id in a translation is one the
// file defines (an error with "did you mean" when not), lists are no longer
// than the lists they translate, placeholders survive translation, and every
// text not yet translated is a warning (capped, so a translation just begun
// does not bury the other problems). The schema has already checked shapes.
import { PLACEHOLDERS, type Scenario, type Translation } from './schema.ts';
import type { DocPath, Report } from './problem.ts';
import { formatPath } from './problem.ts';
import type { Locate } from './locate.ts';
import { unknownIdFix } from './suggest.ts';
import { missingTranslations } from './localise.ts';
import {
  idScopes,
  isKnownPlaceholder,
  placeholdersIn,
  textSlots,
  translatedText,
  valueAt,
  type IdScope,
  type TextSlot,
} from './texts.ts';

/** Missing texts listed one by one, per language; the rest are counted in one warning. */
export const MISSING_LISTED = 12;

const LANGUAGE_NAMES: Record<string, string> = { en: 'English', es: 'Spanish' };
const languageName = (lang: string) => LANGUAGE_NAMES[lang] ?? `"${lang}"`;

/** One node of the map of where translations may go, built from the texts' targets. */
interface Slot {
  children: Map<string | number, Slot>;
  /** A dialogue line: its translation may be a block with `text`. */
  line?: true;
}

/** Reports the problems of the file's translations through the checker's `report`. */
export function checkTranslations(s: Scenario, locate: Locate, report: Report): void {
  const slots = textSlots(s);
  const map = slotMap(slots);
  const scopes = idScopes(s);
  const original = languageName(s.language);

  for (const [lang, translation] of Object.entries(s.translations ?? {})) {
    const base: DocPath = ['translations', lang];
    if (lang === s.language) {
      report(
        'warning',
        base,
        `this translation is into ${original}, the file's own language ("language: ${s.language}"), so it is never used`,
        `delete it, or change "language:" at the top if the texts of the file are not in ${original}.`,
        'key',
      );
      continue;
    }
    checkStructure(translation, map, base, []);
    checkPlaceholders(translation, slots, lang, base, report);
    reportMissing(s, lang, base, locate, report);
  }

  /** `path` is relative to `base`, the translation's own block. */
  function checkStructure(value: unknown, node: Slot, base: DocPath, path: DocPath): void {
    if (Array.isArray(value)) {
      const length = node.children.size;
      value.forEach((item, i) => {
        const child = node.children.get(i);
        if (child) checkStructure(item, child, base, [...path, i]);
        else if (i === length)
          report(
            'error',
            [...base, ...path, i],
            `the original list here has ${length} item${length === 1 ? '' : 's'}, the translation ${value.length}`,
            'a translated list follows the original item by item, in the same order: remove the extra items, or check that none was split in two.',
          );
      });
      return;
    }
    if (value === null || typeof value !== 'object') return;
    for (const [key, item] of Object.entries(value)) {
      const child = node.children.get(key);
      if (child) {
        checkStructure(item, child, base, [...path, key]);
        continue;
      }
      if (node.line && key === 'text') continue;
      const scope = scopeAt(scopes, path);
      if (scope && !scope.ids.includes(key))
        report(
          'error',
          [...base, ...path, key],
          `there is no ${scope.kind} "${key}"`,
          `a translation uses the ids of the file: ${unknownIdFix(scope.kind, key, scope.ids)}`,
          'key',
        );
      else
        report(
          'warning',
          [...base, ...path, key],
          `the file has no ${original} text here, so this translation is never shown`,
          `write "${key}" in the file itself first (a translation only replaces texts that are there), or delete it here.`,
          'key',
        );
    }
  }
}

function checkPlaceholders(
  translation: Translation,
  slots: readonly TextSlot[],
  lang: string,
  base: DocPath,
  report: Report,
): void {
  for (const slot of slots) {
    const text = translatedText(translation, slot);
    if (text === undefined) continue;
    const block = slot.line && typeof valueAt(translation, slot.target) === 'object';
    const path: DocPath = [...base, ...slot.target, ...(block ? ['text'] : [])];
    const used = placeholdersIn(text);
    for (const name of used) {
      if (!isKnownPlaceholder(name))
        report(
          'error',
          path,
          `the placeholder {${name}} is not one the game fills in`,
          `${unknownIdFix('placeholder', name, PLACEHOLDERS)} Placeholders keep their English names in every language.`,
        );
    }
    for (const name of new Set(placeholdersIn(slot.text))) {
      if (isKnownPlaceholder(name) && !used.includes(name))
        report(
          'warning',
          path,
          `the ${languageName(lang)} text leaves out {${name}}, which the original has`,
          `put {${name}} where it belongs in the sentence (spelled as in the original): the game fills it in.`,
        );
    }
  }
}

function reportMissing(
  s: Scenario,
  lang: string,
  base: DocPath,
  locate: Locate,
  report: Report,
): void {
  const missing = missingTranslations(s).filter((m) => m.lang === lang);
  const name = languageName(lang);
  const own = languageName(s.language);
  // One fewer than the cap when a summary follows, so the total stays at the cap.
  const listed = missing.length > MISSING_LISTED ? missing.slice(0, MISSING_LISTED - 1) : missing;
  for (const m of listed) {
    const { line } = locate(m.source);
    const last = m.path[m.path.length - 1];
    const parent = formatPath(m.path.slice(0, -1));
    report(
      'warning',
      m.path,
      `no ${name} translation of "${shorten(m.text)}" (${formatPath(m.source)}, line ${line})`,
      typeof last === 'number'
        ? `add it as item ${last + 1} of ${parent}; until then the game shows it in ${own}.`
        : `add "${last}: …" under ${parent}; until then the game shows it in ${own}.`,
    );
  }
  const rest = missing.length - listed.length;
  if (rest > 0)
    report(
      'warning',
      base,
      `${rest} more texts have no ${name} translation (${missing.length} in all)`,
      `translate the ones listed first; each check lists the next ones. Until then the game shows them in ${own}.`,
    );
}

function slotMap(slots: readonly TextSlot[]): Slot {
  const root: Slot = { children: new Map() };
  for (const slot of slots) {
    let node = root;
    for (const part of slot.target) {
      let child = node.children.get(part);
      if (!child) {
        child = { children: new Map() };
        node.children.set(part, child);
      }
      node = child;
    }
    if (slot.line) node.line = true;
  }
  return root;
}

function scopeAt(scopes: readonly IdScope[], path: DocPath): IdScope | undefined {
  return scopes.find(
    (scope) => scope.at.length === path.length && scope.at.every((part, i) => part === path[i]),
  );
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 60 ? `${flat.slice(0, 57)}…` : flat;
}
