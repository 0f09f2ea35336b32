// The localiser's translations with their keys in the order the schema writes
// them (translationSchema in schema.ts), so a localised copy's JSON, which is
// hashed and packed into links and result files, is byte for byte what it was
// when each copy went through the schema's parser. Without Zod: the localiser
// is on the title screen's path (issue 15), the schema's library is not. A test
// (test/scenario/localise-order.test.ts) holds this order equal to the schema's.
import { SITUATIONS } from './dialogue-vocabulary.ts';
import type { Translation } from './schema.ts';

type Spec =
  | { readonly kind: 'text' }
  | { readonly kind: 'fields'; readonly fields: Readonly<Record<string, Spec>> }
  | { readonly kind: 'byId'; readonly each: Spec }
  | { readonly kind: 'list'; readonly each: Spec };

const TEXT: Spec = { kind: 'text' };
const fields = (f: Record<string, Spec>): Spec => ({ kind: 'fields', fields: f });
const textFields = (...keys: string[]) => Object.fromEntries(keys.map((k) => [k, TEXT]));
const texts = (...keys: string[]): Spec => fields(textFields(...keys));
const byId = (each: Spec): Spec => ({ kind: 'byId', each });
const list = (each: Spec): Spec => ({ kind: 'list', each });

const SAYS = texts('noun', 'clause');
/** A line of dialogue: a text, or a block with its text and source. */
const LINE = texts('text', 'source');

const TRANSLATION = fields({
  ...textFields('title', 'summary', 'tagline', 'followUpTalks'),
  sources: list(texts('title', 'publisher')),
  sides: byId(
    fields({
      ...textFields('country', 'leader', 'title', 'role', 'brief', 'knownWants', 'walkAwayText'),
      goals: list(TEXT),
    }),
  ),
  meters: byId(texts('name', 'description')),
  issues: byId(
    fields({
      name: TEXT,
      question: TEXT,
      says: SAYS,
      options: byId(fields({ label: TEXT, text: TEXT, says: SAYS })),
    }),
  ),
  evidence: byId(fields({ label: TEXT, line: TEXT, says: SAYS, source: TEXT })),
  dialogue: fields(Object.fromEntries(SITUATIONS.map((s) => [s, byId(list(LINE))]))),
  events: byId(texts('speaker', 'line')),
  endings: byId(texts('title', 'summary')),
  lessons: list(texts('why')),
  debrief: fields({ whatHappened: TEXT, questions: list(TEXT) }),
});

/** A copy of `value` with its blocks' keys in the spec's order; throws on a key the spec has no place for. */
function ordered(value: unknown, spec: Spec, path: string): unknown {
  if (typeof value === 'string') return value;
  if (value === null || typeof value !== 'object' || spec.kind === 'text')
    throw new Error(`the localiser built something that is not a text at ${path}`);
  if (spec.kind === 'list') {
    if (!Array.isArray(value)) throw new Error(`the localiser built no list at ${path}`);
    return value.map((item: unknown, i) => ordered(item, spec.each, `${path}[${i}]`));
  }
  const entries = Object.entries(value);
  if (spec.kind === 'byId')
    return Object.fromEntries(
      entries.map(([id, v]) => [id, ordered(v, spec.each, `${path}.${id}`)]),
    );
  const unknown = entries.find(([key]) => spec.fields[key] === undefined);
  if (unknown)
    throw new Error(
      `the localiser built a field a translation has no place for: ${path}.${unknown[0]}`,
    );
  const record = value as Record<string, unknown>;
  return Object.fromEntries(
    Object.entries(spec.fields).flatMap(([key, field]) =>
      key in record ? [[key, ordered(record[key], field, `${path}.${key}`)]] : [],
    ),
  );
}

/**
 * A translation the localiser built from a checked scenario's texts, in the
 * schema's order. Throws only on a bug of ours: a field no translation has.
 */
export function orderedTranslation(built: Record<string, unknown>): Translation {
  return ordered(built, TRANSLATION, 'translation') as Translation;
}
