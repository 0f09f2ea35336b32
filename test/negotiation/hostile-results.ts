// Hostile result inputs for property tests: arbitrary JSON, and arbitrary
// mutations of real results (a field replaced, added or removed; prototype
// keys; lone surrogates; links cut, spliced and re-encoded). And a check that a
// refusal is worded by the catalogue: it must match one of the page's
// templates, not be an exception's or a library's own words.
import fc from 'fast-check';
import { en } from '../../src/messages/en.ts';
import type { MessageKey } from '../../src/messages/i18n.ts';
import { makeResult, resultFileText, resultLinkParam } from '../../src/negotiation/result.ts';
import { playToEnd } from '../../src/negotiation/replay.ts';
import type { Scenario } from '../../src/scenario/schema.ts';
import { settings } from '../helpers.ts';

/** A finished game of a (tiny) scenario with a handful of moves, as a result. */
export function realResult(scenario: Scenario, student = 'Ana María') {
  const side = scenario.sides[1]?.id ?? '';
  const { record } = playToEnd(scenario, settings(scenario, { seed: 3 }, side), (game) =>
    game.clock > 100
      ? { type: 'move', side, move: { kind: 'endCall' } }
      : { type: 'move', side, move: { kind: 'statement', tone: 'firm' } },
  );
  return makeResult(scenario, record, side, student, en);
}

const LONE = ['\ud800', '\udfff', 'a\udc00b', '\ud83d'];
const PROTO_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
];

/** Strange values: JSON of any shape, lone surrogates, objects with prototype keys. */
export const strangeValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(...LONE),
  fc.string({ unit: 'binary', maxLength: 6 }),
  fc.constantFrom(...PROTO_KEYS).map((k) => JSON.parse(`{"${k}": 1}`) as unknown),
  fc.constantFrom(...PROTO_KEYS).map((k) => JSON.parse(`{"${k}": {"toString": 1}}`) as unknown),
  fc.constantFrom(1e308, -1, 0.5, 2 ** 53, 'human', 'computer', 'south', 'north', ''),
);

type Json = Record<string, unknown>;

/** Every path to a value in a plain JSON tree. */
function pathsOf(value: unknown, path: string[] = []): string[][] {
  if (value === null || typeof value !== 'object') return [path];
  return [path, ...Object.keys(value).flatMap((k) => pathsOf((value as Json)[k], [...path, k]))];
}

/** A copy of `tree` with the value at `path` replaced (or, `undefined`, removed). */
function setAt(tree: unknown, path: readonly string[], value: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return value;
  if (tree === null || typeof tree !== 'object') return tree;
  const copy: Json = Array.isArray(tree) ? ({ ...tree } as Json) : { ...(tree as Json) };
  Object.defineProperty(copy, head, {
    value: setAt(copy[head], rest, value),
    enumerable: true,
    writable: true,
    configurable: true,
  });
  if (value === undefined && rest.length === 0) delete copy[head];
  return Array.isArray(tree) ? Object.values(copy) : copy;
}

/** A result file's text, mutated in its structure or its characters. */
export function mutatedFile(result: object): fc.Arbitrary<string> {
  const paths = pathsOf(result);
  const text = resultFileText(result as Parameters<typeof resultFileText>[0]);
  return fc.oneof(
    // A field replaced by a strange value, or removed.
    fc
      .record({ path: fc.constantFrom(...paths.slice(1)), value: fc.option(strangeValue) })
      .map(({ path, value }) => JSON.stringify(setAt(result, path, value ?? undefined))),
    // A key added anywhere, prototype names included (JSON.parse makes them own keys).
    fc
      .record({
        path: fc.constantFrom(...paths),
        key: fc.oneof(fc.constantFrom(...PROTO_KEYS), fc.string({ maxLength: 5 })),
        value: strangeValue,
      })
      .map(({ path, key, value }) => {
        const inner = JSON.stringify({ [key]: value }).slice(1, -1);
        const at = JSON.stringify(setAt(result, path, { '\u0000mark': 0 }));
        return at.replace('"\\u0000mark":0', inner);
      }),
    // Characters changed, cut or inserted, lone surrogates among them.
    fc
      .record({
        at: fc.nat(text.length - 1),
        cut: fc.nat(30),
        s: fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom(...LONE, '\\ud800', '"')),
      })
      .map(({ at, cut, s }) => text.slice(0, at) + s + text.slice(at + cut)),
  );
}

/** A result link (bare, in a query or a fragment), mutated. */
export function mutatedLink(result: object, scenario: Scenario): fc.Arbitrary<string> {
  const param = resultLinkParam(result as Parameters<typeof resultLinkParam>[0], scenario);
  const forms = [
    param,
    `https://school.example/debrief.html#r=${encodeURIComponent(param)}`,
    `https://school.example/?r=${encodeURIComponent(param)}`,
  ];
  return fc
    .record({
      form: fc.constantFrom(...forms),
      at: fc.nat(400),
      cut: fc.nat(10),
      s: fc.oneof(
        fc.string({ maxLength: 6 }),
        fc.constantFrom(...LONE, '~', '%', '%ED%A0%80', 'r=', '#r=', '?r=', '~~~~~~'),
      ),
    })
    .map(({ form, at, cut, s }) => {
      const i = at % (form.length + 1);
      return form.slice(0, i) + s + form.slice(i + cut);
    });
}

/** Any input a page might be handed: arbitrary JSON text, any string, a mutated file or link. */
export function hostileInput(result: object, scenario: Scenario): fc.Arbitrary<string> {
  // Links last and least often: a third of them still replay a whole game, which takes time.
  return fc.oneof(
    { arbitrary: fc.json({ maxDepth: 3 }), weight: 4 },
    { arbitrary: fc.string({ unit: 'binary', maxLength: 40 }), weight: 2 },
    { arbitrary: mutatedFile(result), weight: 3 },
    { arbitrary: mutatedLink(result, scenario), weight: 1 },
  );
}

/** No lone surrogate: encodeURIComponent throws on one. */
export function wellFormed(text: string): boolean {
  try {
    encodeURIComponent(text);
    return true;
  } catch {
    return false;
  }
}

/** The catalogue's templates for refusals, as patterns a worded message matches whole. */
const REFUSALS = (Object.keys(en) as MessageKey[])
  .filter((k) => /^(result|debriefPage|class)\./.test(k))
  .map(
    (k) =>
      new RegExp(
        `^${en[k].replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{\w+\}/g, '[\\s\\S]*')}$`,
      ),
  );

/** A refusal worded by the catalogue: a whole template, well-formed, without "undefined" or "[object". */
export function isWorded(message: string): boolean {
  return (
    message.length > 10 &&
    wellFormed(message) &&
    !/undefined|\[object|NaN/.test(message) &&
    REFUSALS.some((r) => r.test(message))
  );
}
