import { describe, expect, it } from 'vitest';
import { chooseLanguage, languageOf, nextLanguage } from '../../src/messages/catalogues.ts';

describe('choosing the interface language', () => {
  it('takes ?lang= first, then the saved choice, then the browser, then English', () => {
    expect(chooseLanguage({ param: 'es', saved: 'en', browser: ['en-US'] })).toBe('es');
    expect(chooseLanguage({ param: 'fr', saved: 'es', browser: ['en-US'] })).toBe('es');
    expect(chooseLanguage({ param: null, saved: null, browser: ['fr-FR', 'es-MX', 'en'] })).toBe(
      'es',
    );
    expect(chooseLanguage({ browser: ['de-DE'] })).toBe('en');
    expect(chooseLanguage({})).toBe('en');
  });

  it('reads language tags loosely and refuses what it does not offer', () => {
    expect(languageOf('ES-mx')).toBe('es');
    expect(languageOf('es_419')).toBe('es');
    expect(languageOf('  en ')).toBe('en');
    expect(languageOf('constructor')).toBeNull();
    expect(languageOf('__proto__')).toBeNull();
    expect(languageOf('')).toBeNull();
  });

  it('steps round the languages', () => {
    expect(nextLanguage('en')).toBe('es');
    expect(nextLanguage('es')).toBe('en');
  });
});
