// Scenario files in several languages: a localised scenario swaps every text
// and keeps every id, number and list; a missing text falls back to the
// original; the hash of a localised copy is its original's (so a result
// played in Spanish is accepted by an English class page); the checker warns
// about texts not yet translated and refuses ids the file does not define.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { localiseScenario, missingTranslations } from '../../src/scenario/localise.ts';
import { scenarioHash } from '../../src/scenario/hash.ts';
import { loadScenario, type LoadResult } from '../../src/scenario/load.ts';
import { MISSING_LISTED } from '../../src/scenario/check-translations.ts';
import { textSlots, translatedText, valueAt, writeText } from '../../src/scenario/texts.ts';
import type { Problem } from '../../src/scenario/problem.ts';
import type { Scenario } from '../../src/scenario/schema.ts';
import { makeResult, readResult, resultFileText } from '../../src/negotiation/result.ts';
import { playToEnd } from '../../src/negotiation/replay.ts';
import { DEFAULT_SCENARIO, loadOrThrow, repoPath, settings, tiny } from '../helpers.ts';
import { en } from '../../src/messages/en.ts';
import { es } from '../../src/messages/es.ts';

const PARTLY = 'test/fixtures/valid/tiny-partly-translated.yaml';
const UNKNOWN_ID = 'test/fixtures/broken/translation-unknown-id.yaml';
const text = (relative: string) => readFileSync(repoPath(relative), 'utf8');
const problemsOf = (r: LoadResult): Problem[] => (r.ok ? r.warnings : r.problems);
const missingWarnings = (problems: Problem[]) =>
  problems.filter((p) => p.severity === 'warning' && /no Spanish translation/.test(p.message));

/**
 * Walks two scenarios side by side and returns every difference that is not
 * a text: a key, a list length, an id, a number, a flag. Texts (by the slot
 * map) may differ; `language` and `translations` are compared elsewhere.
 */
function differencesApartFromTexts(a: Scenario, b: Scenario): string[] {
  const texts = new Set(textSlots(a).map((slot) => JSON.stringify(slot.source)));
  const out: string[] = [];
  const walk = (x: unknown, y: unknown, path: (string | number)[]) => {
    if (path.length === 1 && (path[0] === 'language' || path[0] === 'translations')) return;
    if (texts.has(JSON.stringify(path))) {
      if (typeof x !== 'string' || typeof y !== 'string') out.push(`${path.join('.')}: not text`);
      return;
    }
    if (Array.isArray(x) && Array.isArray(y)) {
      if (x.length !== y.length) out.push(`${path.join('.')}: ${x.length} items, now ${y.length}`);
      x.forEach((item, i) => walk(item, y[i], [...path, i]));
    } else if (x && y && typeof x === 'object' && typeof y === 'object') {
      const keys = new Set([...Object.keys(x), ...Object.keys(y)]);
      for (const k of keys)
        walk((x as Record<string, unknown>)[k], (y as Record<string, unknown>)[k], [...path, k]);
    } else if (x !== y) out.push(`${path.join('.')}: ${String(x)} → ${String(y)}`);
  };
  walk(a, b, []);
  return out;
}

describe('localising a scenario', () => {
  const english = loadOrThrow(DEFAULT_SCENARIO);
  const spanish = localiseScenario(english, 'es');

  it('the default scenario is complete in Spanish: every text has a translation', () => {
    expect(english.translations?.es).toBeDefined();
    expect(missingTranslations(english)).toEqual([]);
  });

  it('knows every text of the default scenario: any other string is an id, a date, a colour, a URL or a choice', () => {
    const texts = new Set(textSlots(english).map((slot) => JSON.stringify(slot.source)));
    const others: string[] = [];
    const walk = (x: unknown, path: (string | number)[]) => {
      if (typeof x === 'string') {
        if (!texts.has(JSON.stringify(path))) others.push(`${path.join('.')} = ${x}`);
      } else if (x && typeof x === 'object')
        for (const [k, v] of Object.entries(x))
          walk(v, [...path, Array.isArray(x) ? Number(k) : k]);
    };
    const { translations: _translations, ...untranslated } = english;
    walk(untranslated, []);
    expect(others.length).toBeGreaterThan(50);
    expect(
      others.filter(
        (o) => !/ = ([a-z0-9][a-z0-9-]*|#[0-9a-f]{6}|\d{4}-\d{2}-\d{2}|https:\/\/\S+)$/.test(o),
      ),
    ).toEqual([]);
  });

  it('puts the Spanish of every text of the default scenario in its place', () => {
    const slots = textSlots(english);
    expect(slots.length).toBeGreaterThan(150);
    for (const slot of slots) {
      const expected = translatedText(english.translations?.es, slot);
      const actual = valueAt(spanish, slot.source);
      expect(actual, `${slot.source.join('.')}`).toBe(expected);
    }
    expect(spanish.language).toBe('es');
    expect(spanish.title).toBe('Duelo mexicano: la llamada del 12 de enero de 2026');
    expect(spanish.issues.find((i) => i.id === 'tariffs')?.name).toBe('Aranceles');
  });

  it('keeps every id, number, list and condition of the default scenario (structure equal apart from texts)', () => {
    expect(differencesApartFromTexts(english, spanish)).toEqual([]);
    // Most texts really change (names such as "Donald Trump" or "KJZZ" stay as they are).
    const slots = textSlots(english);
    const changed = slots.filter((s) => valueAt(spanish, s.source) !== s.text);
    expect(changed.length / slots.length).toBeGreaterThan(0.9);
  });

  it("keeps Sheinbaum's real words marked as real, in her own Spanish", () => {
    const line = spanish.dialogue.redLine?.mexico?.[0];
    expect(line).toMatchObject({ text: 'En México operamos nosotros, nadie más.', quote: true });
    expect(spanish.debrief.whatHappened).toContain('"operamos nosotros, nadie más"');
  });

  it('plays the same game in both languages, move for move', () => {
    for (const seed of [1, 2, 3]) {
      const s = settings(english, { seed });
      const inEnglish = playToEnd(english, s);
      const inSpanish = playToEnd(spanish, s);
      expect(inSpanish.record.events).toEqual(inEnglish.record.events);
      expect(inSpanish.game.meters).toEqual(inEnglish.game.meters);
      expect(inSpanish.game.result?.ending).toBe(inEnglish.game.result?.ending);
    }
  });

  it('returns the scenario itself for its own language or a language it has no translation for', () => {
    expect(localiseScenario(english, 'en')).toBe(english);
    expect(localiseScenario(english, 'fr')).toBe(english);
    const untranslated = tiny();
    expect(localiseScenario(untranslated, 'es')).toBe(untranslated);
  });

  it('can be localised back to the original', () => {
    const back = localiseScenario(spanish, 'en');
    expect(back.language).toBe('en');
    expect(differencesApartFromTexts(english, back)).toEqual([]);
    for (const slot of textSlots(english)) expect(valueAt(back, slot.source)).toBe(slot.text);
  });

  it('does not change the scenario it was given', () => {
    const before = JSON.stringify(english);
    localiseScenario(english, 'es');
    expect(JSON.stringify(english)).toBe(before);
  });
});

describe('a translation with texts missing', () => {
  const partly = loadOrThrow(PARTLY);
  const spanish = localiseScenario(partly, 'es');

  it('shows the original for a text with no translation, the translation for the others', () => {
    const tree = spanish.issues.find((i) => i.id === 'tree');
    expect(tree?.options.map((o) => o.label)).toEqual(['Dejarlo', 'Trim it', 'Cortarlo']);
    expect(spanish.endings.map((e) => e.title)).toEqual(['Ruptura', 'Un acuerdo', 'Nothing']);
    expect(spanish.title).toBe('Charla mínima');
  });

  it('lists exactly the texts with no translation, with where they go', () => {
    expect(missingTranslations(partly)).toEqual([
      {
        lang: 'es',
        path: ['translations', 'es', 'issues', 'tree', 'options', 'trim', 'label'],
        source: ['issues', 1, 'options', 1, 'label'],
        text: 'Trim it',
      },
      {
        lang: 'es',
        path: ['translations', 'es', 'endings', 'nothing', 'title'],
        source: ['endings', 2, 'title'],
        text: 'Nothing',
      },
      {
        lang: 'es',
        path: ['translations', 'es', 'endings', 'nothing', 'summary'],
        source: ['endings', 2, 'summary'],
        text: 'No deal.',
      },
    ]);
  });

  it('lists nothing for a file with no translations', () => {
    expect(missingTranslations(tiny())).toEqual([]);
  });

  it('for any choice of texts translated: those are swapped, the rest kept and listed as missing, ids and numbers untouched (property)', () => {
    const base = tiny();
    const slots = textSlots(base);
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.stringMatching(/^[a-zñáé]{1,12}$/), { nil: undefined }), {
          minLength: slots.length,
          maxLength: slots.length,
        }),
        (words) => {
          const es: Record<string, unknown> = {};
          slots.forEach((slot, i) => {
            const word = words[i];
            if (word !== undefined) writeText(es, slot.target, word, slot.line);
          });
          const scenario = { ...base, translations: { es } } as Scenario;
          const localised = localiseScenario(scenario, 'es');
          slots.forEach((slot, i) =>
            expect(valueAt(localised, slot.source)).toBe(words[i] ?? slot.text),
          );
          expect(differencesApartFromTexts(scenario, localised)).toEqual([]);
          expect(missingTranslations(scenario).map((m) => m.source)).toEqual(
            slots.filter((_, i) => words[i] === undefined).map((s) => s.source),
          );
          expect(scenarioHash(localised)).toBe(scenarioHash(scenario));
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('the hash of a localised scenario', () => {
  const english = loadOrThrow(DEFAULT_SCENARIO);

  it('is the hash of the original', () => {
    expect(scenarioHash(localiseScenario(english, 'es'))).toBe(scenarioHash(english));
  });

  it("stays the original's when the copy is saved as JSON and read again (as a saved game does)", () => {
    const copy = localiseScenario(english, 'es');
    const reread = loadScenario('saved.json', JSON.stringify(copy), en);
    if (!reread.ok) throw new Error(reread.problems.map((p) => p.message).join('\n'));
    expect(reread.scenario.language).toBe('es');
    expect(reread.warnings).toEqual([]);
    expect(scenarioHash(reread.scenario)).toBe(scenarioHash(english));
    expect(scenarioHash(localiseScenario(reread.scenario, 'en'))).toBe(scenarioHash(english));
  });

  it('changes when a translated text changes (the file is another version)', () => {
    const source = text(DEFAULT_SCENARIO);
    const edited = loadScenario(
      'edited.yaml',
      source.replace('name: Aranceles', 'name: Los aranceles'),
      en,
    );
    if (!edited.ok) throw new Error('the edited file should load');
    expect(scenarioHash(edited.scenario)).not.toBe(scenarioHash(english));
    expect(scenarioHash(localiseScenario(edited.scenario, 'es'))).toBe(
      scenarioHash(edited.scenario),
    );
  });

  it('did not change for a file with no translations', () => {
    // The hash tiny.yaml had before translations existed: results handed in stay valid.
    expect(scenarioHash(tiny())).toBe('a573e751cff076a3e4df');
  });

  it('lets an English class page accept a result played in Spanish', () => {
    const spanish = localiseScenario(english, 'es');
    const { record } = playToEnd(spanish, settings(spanish, { seed: 5 }, 'mexico'), (game) =>
      game.clock > 200
        ? { type: 'move', side: 'mexico', move: { kind: 'endCall' } }
        : { type: 'move', side: 'mexico', move: { kind: 'statement', tone: 'respectful' } },
    );
    const result = makeResult(spanish, record, 'mexico', 'Ximena', en);
    const checked = readResult(resultFileText(result), [english], en);
    expect(checked).toMatchObject({ ok: true });
  });
});

describe('the checker on translations', () => {
  it('warns about each text with no translation, at the place it belongs, naming the original line', () => {
    const result = loadScenario(PARTLY, text(PARTLY), en);
    expect(result.ok).toBe(true);
    const warnings = missingWarnings(problemsOf(result));
    expect(warnings.map((w) => w.path)).toEqual([
      'translations.es.issues.tree.options.trim.label',
      'translations.es.endings.nothing.title',
      'translations.es.endings.nothing.summary',
    ]);
    const [trim] = warnings;
    expect(trim?.message).toBe(
      'no Spanish translation of "Trim it" (issues[1].options[1].label, line 69)',
    );
    expect(trim?.fix).toMatch(/add "label: …" under translations\.es\.issues\.tree\.options\.trim/);
    // Nearest place that exists in the file: the block of the issue "tree" in the translation.
    expect(text(PARTLY).split('\n')[(trim?.line ?? 0) - 1]).toMatch(/keep: \{ label: Dejarlo \}/);
  });

  it('warns when a translated line leaves out a placeholder the original has', () => {
    const result = loadScenario(PARTLY, text(PARTLY), en);
    expect(problemsOf(result)).toContainEqual(
      expect.objectContaining({
        severity: 'warning',
        path: 'translations.es.dialogue.propose.south[0]',
        message: 'the Spanish text leaves out {deal}, which the original has',
      }),
    );
  });

  it('lists a few missing texts one by one and counts the rest in one warning', () => {
    const source = `${text('test/fixtures/valid/tiny.yaml')}translations:\n  es:\n    title: Charla mínima\n`;
    const result = loadScenario('just-begun.yaml', source, en);
    expect(result.ok).toBe(true);
    const warnings = missingWarnings(problemsOf(result));
    expect(warnings).toHaveLength(MISSING_LISTED);
    const total = textSlots(tiny()).length - 1;
    expect(warnings.at(-1)?.message).toBe(
      `${total - (MISSING_LISTED - 1)} more texts have no Spanish translation (${total} in all)`,
    );
  });

  it('gives no translation warning for the default scenario', () => {
    const result = loadScenario(DEFAULT_SCENARIO, text(DEFAULT_SCENARIO), en);
    expect(problemsOf(result).filter((p) => p.path.startsWith('translations'))).toEqual([]);
  });

  it('refuses a translation for an issue or option the file does not have, with "did you mean"', () => {
    const result = loadScenario(UNKNOWN_ID, text(UNKNOWN_ID), en);
    expect(result.ok).toBe(false);
    const errors = problemsOf(result).filter((p) => p.severity === 'error');
    expect(errors).toEqual([
      expect.objectContaining({
        line: 127,
        path: 'translations.es.issues.fense',
        message: 'there is no issue "fense"',
        fix: expect.stringMatching(/did you mean "fence"\?/),
      }),
      expect.objectContaining({
        line: 132,
        path: 'translations.es.issues.tree.options.trimm',
        message: 'there is no option "trimm"',
        fix: expect.stringMatching(/did you mean "trim"\?/),
      }),
    ]);
  });

  const partlyWith = (from: string, to: string) => {
    const source = text(PARTLY);
    expect(source).toContain(from);
    return problemsOf(loadScenario('edited.yaml', source.replace(from, to), en));
  };

  it('refuses a translated list longer than the original', () => {
    const problems = partlyWith('questions: [¿Fue justo?]', 'questions: [¿Fue justo?, ¿Y ahora?]');
    expect(problems).toContainEqual(
      expect.objectContaining({
        severity: 'error',
        path: 'translations.es.debrief.questions[1]',
        message: 'the original list here has 1 item, the translation 2',
      }),
    );
  });

  it('refuses a line of dialogue for a side that does not exist', () => {
    const problems = partlyWith(
      'hangUp: { north: [Voy a colgar.]',
      'hangUp: { nort: [Voy a colgar.]',
    );
    expect(problems).toContainEqual(
      expect.objectContaining({
        severity: 'error',
        path: 'translations.es.dialogue.hangUp.nort',
        fix: expect.stringMatching(/did you mean "north"\?/),
      }),
    );
  });

  it('refuses a placeholder the game does not fill in', () => {
    const problems = partlyWith("'Hola, {otherLeader}.'", "'Hola, {otroLider}.'");
    expect(problems).toContainEqual(
      expect.objectContaining({
        severity: 'error',
        path: 'translations.es.dialogue.greeting.north[0]',
        message: 'the placeholder {otroLider} is not one the game fills in',
      }),
    );
  });

  it('warns about a translation of a text the file does not have', () => {
    const problems = partlyWith(
      'low: { label: Baja }',
      'low: { label: Baja, text: Una cerca baja. }',
    );
    expect(problems).toContainEqual(
      expect.objectContaining({
        severity: 'warning',
        path: 'translations.es.issues.fence.options.low.text',
        message: 'the file has no English text here, so this translation is never shown',
      }),
    );
  });

  it("warns about a translation into the file's own language", () => {
    const problems = partlyWith(
      'translations:\n  es:',
      'translations:\n  en: { title: Tiny }\n  es:',
    );
    expect(problems).toContainEqual(
      expect.objectContaining({ severity: 'warning', path: 'translations.en' }),
    );
  });

  it('refuses a field that has no place in a translation (an id, a number)', () => {
    const problems = partlyWith(
      'pressure: { name: Presión }',
      'pressure: { name: Presión, start: 20 }',
    );
    expect(problems.some((p) => p.severity === 'error' && /start/.test(p.message + p.path))).toBe(
      true,
    );
  });
});

describe('the checker on translations, in the language passed in (the editor in Spanish)', () => {
  it('names a missing translation and a dropped placeholder in Spanish, at the same places', () => {
    const problems = problemsOf(loadScenario(PARTLY, text(PARTLY), es));
    expect(problems).toContainEqual(
      expect.objectContaining({
        path: 'translations.es.issues.tree.options.trim.label',
        message: 'no hay traducción al español de "Trim it" (issues[1].options[1].label, línea 69)',
        fix: 'agrega "label: …" en translations.es.issues.tree.options.trim; mientras tanto, el juego lo muestra en inglés.',
      }),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({
        path: 'translations.es.dialogue.propose.south[0]',
        message: 'el texto en español omite {deal}, que sí está en el original',
      }),
    );
  });
});
