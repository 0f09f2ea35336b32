// The interface language in the browser: chosen from ?lang=, the saved
// choice, or the browser's languages (see chooseLanguage), remembered, and
// applied to the page: the active catalogue and <html lang>.
import { CATALOGUES, chooseLanguage, type Language } from '../messages/catalogues.ts';
import { useCatalogue } from '../messages/en.ts';

const LANGUAGE_KEY = 'standoff.lang';

function savedLanguage(): string | null {
  try {
    return globalThis.localStorage?.getItem(LANGUAGE_KEY) ?? null;
  } catch {
    return null;
  }
}

export function saveLanguage(language: Language): void {
  try {
    globalThis.localStorage?.setItem(LANGUAGE_KEY, language);
  } catch {
    // Storage blocked: the choice lasts this visit only.
  }
}

/** The language this page should speak. A ?lang= in the address is remembered too. */
export function pageLanguage(): Language {
  const param = new URLSearchParams(globalThis.location?.search ?? '').get('lang');
  const language = chooseLanguage({
    param,
    saved: savedLanguage(),
    browser: globalThis.navigator?.languages ?? [],
  });
  if (param !== null && param === language) saveLanguage(language);
  return language;
}

/** Makes `language` the page's: every message without an explicit catalogue, and <html lang>. */
export function applyLanguage(language: Language): void {
  useCatalogue(CATALOGUES[language]);
  document.documentElement.lang = language;
}
