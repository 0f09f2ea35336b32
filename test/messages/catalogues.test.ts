// The Spanish catalogue against the English one: the same keys in the same
// order, the same placeholders in every message, Spanish plural forms, and the
// catalogue passed to t and plural. A key added to en.ts without its Spanish fails here
// (and in tsc, through the Catalogue type).
import { describe, expect, it } from 'vitest';
import { en } from '../../src/messages/en.ts';
import { plural, t } from '../../src/messages/i18n.ts';
import type { Catalogue, MessageKey } from '../../src/messages/i18n.ts';
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
    expect(plural(es, 'class.added', 1)).toBe('1 resultado agregado.');
    expect(plural(es, 'class.added', 2)).toBe('2 resultados agregados.');
    expect(plural(es, 'class.added', 0)).toBe('0 resultados agregados.');
    expect(plural(es, 'editor.endingPath', 1, { ending: 'Acuerdo' })).toBe(
      'Acuerdo: se llega en una jugada',
    );
    expect(plural(es, 'editor.endingPath', 3, { ending: 'Acuerdo' })).toBe(
      'Acuerdo: se llega en 3 jugadas',
    );
  });
});

describe('the catalogue passed in', () => {
  it('speaks the catalogue it is given, whatever was spoken before', () => {
    expect(t(es, 'call.hangUp')).toBe('Colgar');
    expect(t(es, 'call.yourTurn', { leader: 'Claudia Sheinbaum' })).toBe(
      'Te toca, Claudia Sheinbaum. ¿Qué haces?',
    );
    expect(plural(es, 'class.duplicate', 2)).toBe('2 ya estaban aquí.');
    expect(t(en, 'call.hangUp')).toBe('Hang up');
    expect(plural(en, 'class.duplicate', 2)).toBe('2 were already here.');
  });
});
