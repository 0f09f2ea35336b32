// The checks on a file's `translations`: every id in a translation is one the
// file defines (an error with "did you mean" when not), lists are no longer
// than the lists they translate, placeholders survive translation, and every
// text not yet translated is a warning (capped, so a translation just begun
// does not bury the other problems). The schema has already checked shapes.
import { PLACEHOLDERS, type Scenario, type Translation } from './schema.ts';
import type { DocPath, Report } from './problem.ts';
import { formatPath } from './problem.ts';
import type { Locate } from './locate.ts';
import { kindWord, unknownIdFix } from './suggest.ts';
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
import { plural, t, type MessageKey, type Catalogue } from '../messages/i18n.ts';

/** Missing texts listed one by one, per language; the rest are counted in one warning. */
export const MISSING_LISTED = 12;

const LANGUAGE_NAMES: Record<string, MessageKey> = {
  en: 'check.language.en',
  es: 'check.language.es',
};
const languageName = (lang: string, catalogue: Catalogue) => {
  const key = LANGUAGE_NAMES[lang];
  return key ? t(catalogue, key) : `"${lang}"`;
};

/** One node of the map of where translations may go, built from the texts' targets. */
interface Slot {
  children: Map<string | number, Slot>;
  /** A dialogue line: its translation may be a block with `text`. */
  line?: true;
}

/** Reports the problems of the file's translations through the checker's `report`. */
export function checkTranslations(
  s: Scenario,
  locate: Locate,
  report: Report,
  catalogue: Catalogue,
): void {
  const slots = textSlots(s);
  const map = slotMap(slots);
  const scopes = idScopes(s);
  const original = languageName(s.language, catalogue);

  for (const [lang, translation] of Object.entries(s.translations ?? {})) {
    const base: DocPath = ['translations', lang];
    if (lang === s.language) {
      intoOwnLanguage(base, original, lang, report, catalogue);
      continue;
    }
    checkStructure(translation, map, base, [], catalogue);
    checkPlaceholders(translation, slots, lang, base, report, catalogue);
    reportMissing(s, lang, base, locate, report, catalogue);
  }

  /** `path` is relative to `base`, the translation's own block. */
  function checkStructure(
    value: unknown,
    node: Slot,
    base: DocPath,
    path: DocPath,
    catalogue: Catalogue,
  ): void {
    if (Array.isArray(value)) {
      const length = node.children.size;
      value.forEach((item, i) => {
        const child = node.children.get(i);
        if (child) checkStructure(item, child, base, [...path, i], catalogue);
        else if (i === length)
          report(
            'error',
            [...base, ...path, i],
            plural(catalogue, 'check.translationListLonger', length, { translated: value.length }),
            t(catalogue, 'check.translationListLongerFix'),
          );
      });
      return;
    }
    if (value === null || typeof value !== 'object') return;
    for (const [key, item] of Object.entries(value)) {
      const child = node.children.get(key);
      if (child) {
        checkStructure(item, child, base, [...path, key], catalogue);
        continue;
      }
      if (node.line && key === 'text') continue;
      const scope = scopeAt(scopes, path);
      if (scope && !scope.ids.includes(key))
        report(
          'error',
          [...base, ...path, key],
          t(catalogue, 'check.noId', { kind: kindWord(scope.kind, catalogue), id: key }),
          t(catalogue, 'check.translationIdFix', {
            fix: unknownIdFix(scope.kind, key, scope.ids, catalogue),
          }),
          'key',
        );
      else
        report(
          'warning',
          [...base, ...path, key],
          t(catalogue, 'check.translationNoOriginal', { language: original }),
          t(catalogue, 'check.translationNoOriginalFix', { key }),
          'key',
        );
    }
  }
}

/** A translation into the language the file is written in. */
function intoOwnLanguage(
  base: DocPath,
  original: string,
  code: string,
  report: Report,
  catalogue: Catalogue,
): void {
  report(
    'warning',
    base,
    t(catalogue, 'check.translationIntoOwn', { language: original, code }),
    t(catalogue, 'check.translationIntoOwnFix', { language: original }),
    'key',
  );
}

function checkPlaceholders(
  translation: Translation,
  slots: readonly TextSlot[],
  lang: string,
  base: DocPath,
  report: Report,
  catalogue: Catalogue,
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
          t(catalogue, 'check.unknownPlaceholder', { name }),
          t(catalogue, 'check.translationPlaceholderFix', {
            fix: unknownIdFix('placeholder', name, PLACEHOLDERS, catalogue),
          }),
        );
    }
    for (const name of new Set(placeholdersIn(slot.text))) {
      if (isKnownPlaceholder(name) && !used.includes(name))
        report(
          'warning',
          path,
          t(catalogue, 'check.translationDropsPlaceholder', {
            language: languageName(lang, catalogue),
            name,
          }),
          t(catalogue, 'check.translationDropsPlaceholderFix', { name }),
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
  catalogue: Catalogue,
): void {
  const missing = missingTranslations(s).filter((m) => m.lang === lang);
  const name = languageName(lang, catalogue);
  const own = languageName(s.language, catalogue);
  // One fewer than the cap when a summary follows, so the total stays at the cap.
  const listed = missing.length > MISSING_LISTED ? missing.slice(0, MISSING_LISTED - 1) : missing;
  for (const m of listed) {
    const { line } = locate(m.source);
    const last = m.path[m.path.length - 1];
    const parent = formatPath(m.path.slice(0, -1));
    report(
      'warning',
      m.path,
      t(catalogue, 'check.translationMissing', {
        language: name,
        text: shorten(m.text),
        source: formatPath(m.source),
        line,
      }),
      typeof last === 'number'
        ? t(catalogue, 'check.translationMissingItemFix', { n: last + 1, parent, own })
        : t(catalogue, 'check.translationMissingFieldFix', { key: String(last), parent, own }),
    );
  }
  const rest = missing.length - listed.length;
  if (rest > 0)
    report(
      'warning',
      base,
      t(catalogue, 'check.translationMoreMissing', { rest, language: name, total: missing.length }),
      t(catalogue, 'check.translationMoreMissingFix', { own }),
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
