// The interface languages: each a typed catalogue with the same keys. Which
// one a player sees: the address's ?lang=, else the one they chose before,
// else their browser's language, else English.
import { en } from './en.ts';
import type { Catalogue } from './i18n.ts';
import { es } from './es.ts';

export const CATALOGUES = { en, es } as const satisfies Record<string, Catalogue>;
export type Language = keyof typeof CATALOGUES;
export const LANGUAGES = Object.keys(CATALOGUES) as Language[];

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && Object.hasOwn(CATALOGUES, value);
}

/** "es-MX" → "es"; anything not offered → null. */
export function languageOf(tag: string | null | undefined): Language | null {
  const base = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return isLanguage(base) ? base : null;
}

export function chooseLanguage(from: {
  param?: string | null;
  saved?: string | null;
  browser?: readonly string[];
}): Language {
  return (
    languageOf(from.param) ??
    languageOf(from.saved) ??
    (from.browser ?? []).map(languageOf).find((l) => l !== null) ??
    'en'
  );
}

/** The language after `current`, round the list (the title screen's language button). */
export function nextLanguage(current: Language): Language {
  return LANGUAGES[(LANGUAGES.indexOf(current) + 1) % LANGUAGES.length] ?? 'en';
}
