// The interface language in the browser: chosen from ?lang=, the saved
// choice, or the browser's languages (see chooseLanguage), remembered, and
// applied to the page (<html lang>); the page passes its catalogue down.
import { CATALOGUES, chooseLanguage, type Language } from '../messages/catalogues.ts';
import type { Catalogue } from '../messages/i18n.ts';
import { recall, remember } from './remembered.ts';

const LANGUAGE_KEY = 'standoff.lang';

export function saveLanguage(language: Language): void {
  remember(LANGUAGE_KEY, language);
}

/** The language this page should speak. A ?lang= in the address is remembered too. */
export function pageLanguage(): Language {
  const param = new URLSearchParams(globalThis.location?.search ?? '').get('lang');
  const language = chooseLanguage({
    param,
    saved: recall(LANGUAGE_KEY),
    browser: globalThis.navigator?.languages ?? [],
  });
  if (param !== null && param === language) saveLanguage(language);
  return language;
}

/** Makes `language` the page's (<html lang>); returns its catalogue, for the page to pass down. */
export function applyLanguage(language: Language): Catalogue {
  document.documentElement.lang = language;
  return CATALOGUES[language];
}
