// The Spanish catalogue against the English one: the same keys in the same
// order, the same placeholders in every message, Spanish plural forms, and the
// active-catalogue switch. A key added to en.ts without its Spanish fails here
// (and in tsc, through the Catalogue type).
import { afterEach, describe, expect, it } from 'vitest';
import { currentCatalogue, en, plural, t, useCatalogue } from '../../src/messages/en.ts';
import type { Catalogue, MessageKey } from '../../src/messages/en.ts';
import { es } from '../../src/messages/es.ts';

/** The {name}s a message fills, as `format` finds them. */
const placeholders = (text: string): string[] =>
  [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? ''))].sort();

const keysOf = (catalogue: Catalogue): string[] => Object.keys(catalogue);

/** Messages that read the same in both languages: only placeholders, names, or shared words. */
const sameInBoth = new Set<MessageKey>([
  'meter.change',
  'class.rejectedItem',
  'class.scenarioOption',
  'class.no',
  'title.name',
  'title.difficulty.normal',
  'title.sideLabel',
  'call.leaveOut',
  'live.meter',
  'glossary.boulware.term',
  // The call's shortcut letters: Proponer, Aceptar, Rechazar start as their English words do.
  'keys.proposeKey',
  'keys.acceptKey',
  'keys.rejectKey',
]);

describe('the Spanish catalogue', () => {
  it('has exactly the keys of the English one, in the same order', () => {
    expect(keysOf(es)).toEqual(keysOf(en));
  });

  it('fills the same placeholders as English in every message', () => {
    const differing = keysOf(en)
      .map((key) => key as MessageKey)
      .filter((key) => placeholders(es[key]).join() !== placeholders(en[key]).join())
      .map(
        (key) =>
          `${key}: en {${placeholders(en[key]).join()}} es {${placeholders(es[key]).join()}}`,
      );
    expect(differing).toEqual([]);
  });

  it('has no empty message', () => {
    const empty = keysOf(es).filter((key) => es[key as MessageKey].trim() === '');
    expect(empty).toEqual([]);
  });

  it('translates every message that is not the same in both languages', () => {
    const untranslated = keysOf(en)
      .map((key) => key as MessageKey)
      .filter((key) => !sameInBoth.has(key) && es[key] === en[key]);
    expect(untranslated).toEqual([]);
  });

  it('names itself as Spanish', () => {
    expect(es['meta.locale']).toBe('es');
    expect(es['meta.name']).toBe('Español');
  });
});

describe('plural forms in Spanish', () => {
  it('uses the singular for 1 and the plural for 2 and for 0', () => {
    expect(plural('class.added', 1, {}, es)).toBe('1 resultado agregado.');
    expect(plural('class.added', 2, {}, es)).toBe('2 resultados agregados.');
    expect(plural('class.added', 0, {}, es)).toBe('0 resultados agregados.');
    expect(plural('editor.endingPath', 1, { ending: 'Acuerdo' }, es)).toBe(
      'Acuerdo: se llega en una jugada',
    );
    expect(plural('editor.endingPath', 3, { ending: 'Acuerdo' }, es)).toBe(
      'Acuerdo: se llega en 3 jugadas',
    );
  });
});

describe('the active catalogue', () => {
  afterEach(() => {
    useCatalogue(en);
  });

  it('speaks Spanish after useCatalogue(es), and English again after useCatalogue(en)', () => {
    useCatalogue(es);
    expect(currentCatalogue()).toBe(es);
    expect(t('call.hangUp')).toBe('Colgar');
    expect(t('call.yourTurn', { leader: 'Claudia Sheinbaum' })).toBe(
      'Te toca, Claudia Sheinbaum. ¿Qué haces?',
    );
    expect(plural('class.duplicate', 2)).toBe('2 ya estaban aquí.');

    useCatalogue(en);
    expect(currentCatalogue()).toBe(en);
    expect(t('call.hangUp')).toBe('Hang up');
    expect(plural('class.duplicate', 2)).toBe('2 were already here.');
  });
});
