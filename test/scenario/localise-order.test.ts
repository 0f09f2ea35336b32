// The localiser puts its translations in the schema's order without Zod (issue
// 15: no Zod before the title screen). A localised copy's JSON is hashed and
// packed into links and result files, so it must stay byte for byte what it was
// when the localiser ran each translation through translationSchema.parse: the
// packed copies are pinned, and every translation the localiser builds is
// compared with the schema parser's own output. A bad translation is still
// refused by the loader with the same words, and the localiser names the field
// when it builds one a translation has no place for.
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localiseScenario } from '../../src/scenario/localise.ts';
import { orderedTranslation } from '../../src/scenario/localise-order.ts';
import { translationSchema, type Scenario } from '../../src/scenario/schema.ts';
import { loadScenario } from '../../src/scenario/load.ts';
import { textSlots, writeText } from '../../src/scenario/texts.ts';
import { packScenario, readScenarioCopy } from '../../src/negotiation/scenario-copy.ts';
import { DEFAULT_SCENARIO, loadOrThrow, tiny } from '../helpers.ts';
import { en } from '../../src/messages/en.ts';

const FILES = [
  DEFAULT_SCENARIO,
  'scenarios/2019-06-us-mexico-tariff-migration.yaml',
  'test/fixtures/valid/tiny-partly-translated.yaml',
];
const sha = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);

/** Every translation of a copy is already in the order the schema's parser writes. */
function inSchemaOrder(copy: Scenario): void {
  for (const [lang, translation] of Object.entries(copy.translations ?? {}))
    expect(JSON.stringify(translation), lang).toBe(
      JSON.stringify(translationSchema.parse(translation)),
    );
}

describe("the localiser's translations, without the schema's parser", () => {
  it('packs each copy into the same bytes as when the schema parsed them (links and result files unchanged)', () => {
    // Taken with translationSchema.parse in the localiser (main at 3d268aa): [file, to es, es back to the original].
    const pinned: Record<string, [string, string]> = {
      [FILES[0] ?? '']: ['204d60afd896ff52', '71155c11d6aa922c'],
      [FILES[1] ?? '']: ['5e5bd212898c0208', 'b6729b2b1bb1efc6'],
      [FILES[2] ?? '']: ['bb893014cefb4936', '52e1ef09d2054254'],
    };
    for (const file of FILES) {
      const original = loadOrThrow(file);
      const spanish = localiseScenario(original, 'es');
      const back = localiseScenario(spanish, original.language);
      expect([sha(packScenario(spanish)), sha(packScenario(back))], file).toEqual(pinned[file]);
    }
  });

  it("writes every translation of every localised copy as the schema's parser does", () => {
    for (const file of FILES) {
      const spanish = localiseScenario(loadOrThrow(file), 'es');
      inSchemaOrder(spanish);
      inSchemaOrder(localiseScenario(spanish, 'en'));
    }
  });

  it("for any choice of texts translated, writes the copy's translations as the schema's parser does (property)", () => {
    const base = tiny();
    const slots = textSlots(base);
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.stringMatching(/^[a-zñ]{1,8}$/), { nil: undefined }), {
          minLength: slots.length,
          maxLength: slots.length,
        }),
        fc.shuffledSubarray(slots, { minLength: slots.length, maxLength: slots.length }),
        (words, order) => {
          const es: Record<string, unknown> = {};
          // Written in any order: the copy's order must not depend on the file's.
          order.forEach((slot) => {
            const word = words[slots.indexOf(slot)];
            if (word !== undefined) writeText(es, slot.target, word, slot.line);
          });
          const localised = localiseScenario({ ...base, translations: { es } } as Scenario, 'es');
          inSchemaOrder(localised);
          inSchemaOrder(localiseScenario(localised, 'en'));
        },
      ),
      { numRuns: 40 },
    );
  });

  it('names the field when it is given one no translation has (a bug of ours, never a file)', () => {
    expect(() => orderedTranslation({ title: 'x', issues: { tariffs: { start: 'x' } } })).toThrow(
      'the localiser built a field a translation has no place for: translation.issues.tariffs.start',
    );
    expect(() => orderedTranslation({ sources: { title: 'x' } })).toThrow(
      'the localiser built no list at translation.sources',
    );
  });
});

describe('a bad translation in a localised copy', () => {
  const spanish = localiseScenario(loadOrThrow(DEFAULT_SCENARIO), 'es');
  const badCopy = (): Scenario => {
    const copy = structuredClone(spanish);
    const english = copy.translations?.en;
    if (!english?.issues) throw new Error('the copy should carry the English issues');
    english.issues.fense = english.issues.tariffs ?? {};
    return copy;
  };

  it('is refused by the loader with the same clear words as in a file', () => {
    const result = loadScenario('saved.json', JSON.stringify(badCopy()), en);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems).toContainEqual(
      expect.objectContaining({
        severity: 'error',
        path: 'translations.en.issues.fense',
        message: 'there is no issue "fense"',
        fix: 'a translation uses the ids of the file: use one of the issue ids: "military", "fentanyl", "tariffs".',
      }),
    );
  });

  it('is refused when a link carries it, while the good copy reads back whole', () => {
    expect(readScenarioCopy(packScenario(badCopy()), en)).toBeNull();
    expect(readScenarioCopy(packScenario(spanish), en)).toEqual(spanish);
  });
});
