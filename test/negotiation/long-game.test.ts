import { beforeAll, describe, expect, it } from 'vitest';
import {
  MAX_EVENTS,
  MAX_MOVES_LENGTH,
  MAX_RESULT_BYTES,
  encodeEvents,
  readResult,
  resultFileText,
  resultLinkParam,
  type GameResult,
} from '../../src/negotiation/result.ts';
import type { CallEvent } from '../../src/negotiation/call-machine.ts';
import { MAX_ISSUES, type Scenario } from '../../src/scenario/schema.ts';
import { qrGrid } from '../../src/ui/qr-code.ts';
import { longestGame, longestScenario } from './long-game.ts';
import { en } from '../../src/messages/en.ts';

const scenario = longestScenario();
let game: GameResult;

beforeAll(() => {
  game = longestGame(scenario);
}, 240_000);

/** The same scenario with another hash: readResult gets past the schema, then stops before replaying. */
const renamed: Scenario = { ...scenario, title: `${scenario.title} (changed)` };

describe('the longest game the format allows', () => {
  it('is 7,203 events: 120 minutes of 1-second moves, answering, and the two "proceed"s', () => {
    expect(game.moves.split('.')).toHaveLength(7_203);
    expect(7_203).toBeLessThanOrEqual(MAX_EVENTS);
  });

  it('fits the limits of a result file and a link, and passes their schema check', () => {
    const file = resultFileText(game);
    const link = resultLinkParam(game, scenario);
    expect(game.moves.length).toBeLessThanOrEqual(MAX_MOVES_LENGTH);
    expect(file.length).toBeLessThanOrEqual(MAX_RESULT_BYTES);
    const url = `https://school.example/standoff/debrief.html#r=${encodeURIComponent(link)}`;
    expect(url.length).toBeLessThanOrEqual(MAX_RESULT_BYTES);
    const otherVersion = /another version of "Tiny talks \(changed\)"/;
    for (const text of [file, link, url])
      expect(readResult(text, [renamed], en)).toEqual({
        ok: false,
        message: expect.stringMatching(otherVersion),
      });
  });

  it('has a link too long for any QR code: a value, never an exception', () => {
    const url = `https://school.example/debrief.html#r=${encodeURIComponent(resultLinkParam(game, scenario))}`;
    expect(() => qrGrid(url)).not.toThrow();
    expect(qrGrid(url)).toBeNull();
    expect(qrGrid('https://school.example/debrief.html#r=1~tiny~abc')?.size).toBeGreaterThan(20);
  });

  it('even at the longest tokens (proposals on the most issues), stays within the limits', () => {
    const wide: Scenario = {
      ...scenario,
      issues: Array.from({ length: MAX_ISSUES }, (_, i) => ({
        ...(scenario.issues[0] ?? ({} as Scenario['issues'][number])),
        id: `issue${i}`,
      })),
    };
    const [a, b] = scenario.sides.map((s) => s.id);
    const option = scenario.issues[0]?.options.at(-1)?.id ?? '';
    const propose = (side: string): CallEvent => ({
      type: 'move',
      side,
      move: {
        kind: 'propose',
        terms: Object.fromEntries(wide.issues.map((issue) => [issue.id, option])),
      },
    });
    const events: CallEvent[] = Array.from({ length: MAX_EVENTS }, (_, i) =>
      propose((i % 2 ? a : b) ?? ''),
    );
    const moves = encodeEvents(wide, events);
    expect(moves.split('.')[0]).toHaveLength(MAX_ISSUES + 2);
    expect(moves.length).toBeLessThanOrEqual(MAX_MOVES_LENGTH);
    const file = resultFileText({ ...game, moves, student: 'x'.repeat(60) });
    expect(file.length).toBeLessThanOrEqual(MAX_RESULT_BYTES);
  });
});
