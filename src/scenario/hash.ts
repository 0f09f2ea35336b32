// A scenario's content hash: the same scenario (whatever its comments,
// spacing or key order) gives the same hash, and any change to what is played
// gives another. Not cryptographic: it tells a handed-in result which version
// of a scenario it was played on, it does not sign anything.
//
// A file with translations hashes the same in every language it speaks: the
// hash covers its structure and its texts in each of its languages, not which
// language came first. So a copy localised to Spanish (localise.ts), even
// saved as JSON and read back, has the hash of the English file it came from.
import type { Scenario } from './schema.ts';
import { languagesOf, resolvedTexts, textSlots, writeText } from './texts.ts';

/** JSON with object keys sorted, so key order in the file does not matter. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value) ?? 'null';
}

/** cyrb53: a fast 53-bit string hash with good spread (public domain, bryc). */
function cyrb53(text: string, seed: number): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

const cache = new WeakMap<Scenario, string>();

/** 20 hex digits (two 53-bit hashes with different seeds, cut to 40 bits each). */
export function scenarioHash(scenario: Scenario): string {
  let hash = cache.get(scenario);
  if (!hash) {
    const text = canonical(hashedForm(scenario));
    hash = [1, 2]
      .map((seed) => (cyrb53(text, seed) % 2 ** 40).toString(16).padStart(10, '0'))
      .join('');
    cache.set(scenario, hash);
  }
  return hash;
}

/**
 * What is hashed. A file without translations is hashed as it is (so its hash
 * did not change when translations came in). A file with translations: its
 * texts blanked, and beside it its texts in each of its languages.
 */
function hashedForm(full: Scenario): unknown {
  const scenario = withoutLessons(full);
  if (scenario.translations === undefined) return hashedFields(scenario);
  const slots = textSlots(scenario);
  const { language: _language, translations: _translations, ...rest } = hashedFields(scenario);
  const skeleton = structuredClone(rest);
  for (const slot of slots) writeText(skeleton, slot.source, '');
  const texts = Object.fromEntries(
    languagesOf(scenario).map((lang) => [lang, resolvedTexts(scenario, lang, slots)]),
  );
  return { skeleton, texts };
}

/**
 * A scenario's lessons are claims about play, not part of it: adding or
 * rewording one leaves every result of the scenario valid.
 */
function withoutLessons(scenario: Scenario): Scenario {
  if (scenario.lessons.length === 0 && !scenario.translations) return scenario;
  const translations = scenario.translations
    ? Object.fromEntries(
        Object.entries(scenario.translations).map(([lang, t]) => {
          const { lessons: _lessons, ...rest } = t;
          return [lang, rest];
        }),
      )
    : undefined;
  return { ...scenario, lessons: [], ...(translations ? { translations } : {}) };
}

/**
 * The fields hashed: all but the (empty) lessons, and the events when there are
 * none, so files from before lessons and events keep their hash.
 */
function hashedFields(
  scenario: Scenario,
): Omit<Scenario, 'lessons' | 'events'> & { events?: Scenario['events'] } {
  const { lessons: _lessons, events, ...rest } = scenario;
  return events.length > 0 ? { ...rest, events } : rest;
}
