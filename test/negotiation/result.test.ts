import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  decodeEvents,
  encodeEvents,
  makeResult,
  readResult,
  resultFileName,
  resultFileText,
  resultLinkParam,
  type GameResult,
} from '../../src/negotiation/result.ts';
import { playToEnd } from '../../src/negotiation/replay.ts';
import { scenarioHash } from '../../src/scenario/hash.ts';
import { loadScenario } from '../../src/scenario/load.ts';
import type { Scenario } from '../../src/scenario/schema.ts';
import { DEFAULT_SCENARIO, loadOrThrow, repoPath, settings, tiny } from '../helpers.ts';
import { picksArb, playRandom, settingsArb } from './random-games.ts';
import { readFileSync } from 'node:fs';
import { en } from '../../src/messages/en.ts';
import type { Catalogue } from '../../src/messages/i18n.ts';
import { es } from '../../src/messages/es.ts';

const scenarios: Scenario[] = [tiny(), loadOrThrow(DEFAULT_SCENARIO)];

/** A finished game of the tiny scenario, the student playing the south. */
function sampleResult(student = 'Ana María'): GameResult {
  const scenario = tiny();
  const { record } = playToEnd(scenario, settings(scenario, { seed: 3 }, 'south'), (game) =>
    game.clock > 100
      ? { type: 'move', side: 'south', move: { kind: 'endCall' } }
      : { type: 'move', side: 'south', move: { kind: 'statement', tone: 'firm' } },
  );
  return makeResult(scenario, record, 'south', student, en);
}

/** Reads a result object as the text of a file. */
const read = (r: unknown, catalogue: Catalogue = en) =>
  readResult(JSON.stringify(r), scenarios, catalogue);

/** The result, tampered: it claims an ending its moves do not reach. */
function withOtherEnding(result: GameResult): unknown {
  const otherEnding = tiny().endings.find((e) => e.id !== result.outcome.ending)?.id;
  return { ...result, outcome: { ...result.outcome, ending: otherEnding } };
}

describe('result files', () => {
  it('holds the scenario id and hash, the seed, the sides, the moves and the name', () => {
    const result = sampleResult();
    expect(result).toMatchObject({
      format: 'standoff-result',
      version: 1,
      scenario: { id: 'tiny', title: 'Tiny talks', hash: scenarioHash(tiny()) },
      student: 'Ana María',
      side: 'south',
      seed: 3,
      controllers: { north: 'computer', south: 'human' },
    });
    expect(result.moves).toMatch(/^a\.p\.c\./);
    expect(resultFileName(result)).toBe('ana-maria-tiny.standoff.json');
  });

  it('hashes what is played, not how the file is written', () => {
    const text = readFileSync(repoPath('test/fixtures/valid/tiny.yaml'), 'utf8');
    const reformatted = loadScenario(
      't.yaml',
      `# a new comment\n${text.replace('callMinutes: 5', 'callMinutes:    5')}`,
      en,
    );
    const changed = loadScenario('t.yaml', text.replace('callMinutes: 5', 'callMinutes: 6'), en);
    if (!reformatted.ok || !changed.ok) throw new Error('fixtures should load');
    expect(scenarioHash(reformatted.scenario)).toBe(scenarioHash(tiny()));
    expect(scenarioHash(changed.scenario)).not.toBe(scenarioHash(tiny()));
  });

  it('round-trips, as a file and as a link, to the identical game (property)', () => {
    for (const scenario of scenarios) {
      fc.assert(
        fc.property(settingsArb(scenario), picksArb, (s, picks) => {
          const student = scenario.sides.find((x) => s.controllers[x.id] === 'human');
          fc.pre(student !== undefined);
          const { events, final } = playRandom(scenario, s, picks);
          fc.pre(final.context.game.result !== null);
          const record = { scenario: scenario.id, settings: s, events };
          const result = makeResult(scenario, record, student?.id ?? '', 'Student', en);
          expect(decodeEvents(scenario, encodeEvents(scenario, events), en)).toEqual({
            ok: true,
            events,
          });
          const fromFile = readResult(resultFileText(result), scenarios, en);
          expect(fromFile).toMatchObject({ ok: true, result, record });
          const fromLink = readResult(resultLinkParam(result, scenario), scenarios, en);
          expect(fromLink).toMatchObject({ ok: true, result, record });
          const asUrl = `https://school.example/standoff/?r=${encodeURIComponent(resultLinkParam(result, scenario))}`;
          expect(readResult(asUrl, scenarios, en)).toMatchObject({ ok: true, result });
          expect(
            readResult(asUrl.replace('/?r=', '/debrief.html#r='), scenarios, en),
          ).toMatchObject({
            ok: true,
            result,
          });
        }),
        { numRuns: 40 },
      );
    }
  });

  it('rejects a mutated file with a message, and never throws (property)', () => {
    const text = resultFileText(sampleResult());
    const mutation = fc.oneof(
      fc
        .record({ at: fc.nat(text.length - 1), char: fc.string({ minLength: 1, maxLength: 1 }) })
        .map(({ at, char }) => text.slice(0, at) + char + text.slice(at + 1)),
      fc
        .record({ at: fc.nat(text.length - 1), n: fc.integer({ min: 1, max: 40 }) })
        .map(({ at, n }) => text.slice(0, at) + text.slice(at + n)),
      fc
        .record({ at: fc.nat(text.length - 1), s: fc.string({ maxLength: 8 }) })
        .map(({ at, s }) => text.slice(0, at) + s + text.slice(at)),
    );
    fc.assert(
      fc.property(mutation, (mutated) => {
        const check = readResult(mutated, scenarios, en);
        if (!check.ok) {
          expect(check.message.length).toBeGreaterThan(10);
          return;
        }
        // Accepted only when what the file says is what its moves do.
        const claimed = JSON.parse(mutated) as GameResult;
        const { endingTitle: _title, scores, ...outcome } = check.result.outcome;
        // A file without scores is one from before they were stored: it opens, and is scored on replay.
        expect(claimed.outcome).toMatchObject(
          claimed.outcome.scores === undefined ? outcome : { ...outcome, scores },
        );
        expect(check.result.moves).toBe(claimed.moves);
      }),
      { numRuns: 300 },
    );
  });

  it('names what is wrong with a tampered or foreign file', () => {
    const result = sampleResult();
    expect(read(withOtherEnding(result))).toEqual({
      ok: false,
      message:
        'the file has been changed: its moves do not lead to the ending and scores it claims',
    });
    expect(read({ ...result, outcome: { ...result.outcome, utilities: [99, 99] } })).toMatchObject({
      ok: false,
    });
    expect(read({ ...result, scenario: { ...result.scenario, hash: '0'.repeat(20) } })).toEqual({
      ok: false,
      message:
        'it was played on another version of "Tiny talks" (the scenario file has changed since)',
    });
    expect(read({ ...result, scenario: { ...result.scenario, id: 'elsewhere' } })).toEqual({
      ok: false,
      message:
        'it was played on a scenario this page does not have ("elsewhere"): add that scenario’s file (.yaml) too, or use the result file, which carries it',
    });
    expect(read({ ...result, version: 2 })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/another version of Standoff/),
    });
    expect(read({ ...result, moves: result.moves.replace(/1Sf/, '1X') })).toMatchObject({
      ok: false,
    });
    expect(readResult('{"format":"something-else"}', scenarios, en)).toEqual({
      ok: false,
      message: 'it is not a Standoff result file',
    });
    expect(readResult('not a result', scenarios, en)).toMatchObject({ ok: false });
    expect(readResult('x'.repeat(300_000), scenarios, en)).toMatchObject({ ok: false });
  });
});

describe('result messages in the language passed in', () => {
  it('tells a Spanish-speaking teacher in Spanish what is wrong with a tampered file', () => {
    const result = sampleResult();
    expect(read(withOtherEnding(result), es)).toEqual({
      ok: false,
      message:
        'el archivo fue modificado: sus jugadas no llevan al final ni a los puntajes que dice',
    });
    expect(read({ ...result, scenario: { ...result.scenario, id: 'elsewhere' } }, es)).toEqual({
      ok: false,
      message:
        'se jugó en un escenario que esta página no tiene ("elsewhere"): agrega también el archivo de ese escenario (.yaml), o usa el archivo de resultado, que lo lleva',
    });
    expect(read({ ...result, moves: 'zz' }, es)).toEqual({
      ok: false,
      message:
        'el archivo fue modificado o está dañado (la jugada 1 ("zz") no es una jugada de este escenario)',
    });
    expect(readResult('not a result', scenarios, es)).toEqual({
      ok: false,
      message: 'no es un enlace de resultado de Standoff (o quedó incompleto)',
    });
  });

  it('keeps the English words when the catalogue is English', () => {
    const result = sampleResult();
    expect(read({ ...result, moves: 'zz' })).toEqual({
      ok: false,
      message:
        'the file has been changed or damaged (move 1 ("zz") is not a move of this scenario)',
    });
  });
});
