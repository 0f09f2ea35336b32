// The engine's behaviour pinned: 480 games (random students and the computer,
// every pairing of who plays, the four bundled and fixture scenarios) hashed
// move by move. A change that only makes the engine faster must leave every
// hash as it is. What a game is: its log, transcript, meter history, meters,
// deal, clock, counts, result, the generator's state and the computer sides'
// opponent models after each event (the lists, which only grow, by their
// length; whole at the end). A side no computer plays has no model.
// The computer's games depend on its agent too: when the agent changes, take
// the new hashes (PRINT_GOLDEN=1, both sizes) on the tree before any engine
// change, never after it.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { createCallMachine, type CallEvent } from '../../src/negotiation/call-machine.ts';
import { DIFFICULTIES, type GameSettings, type GameState } from '../../src/negotiation/types.ts';
import type { Scenario } from '../../src/scenario/schema.ts';
import { humanMove } from './random-games.ts';
import { DEFAULT_SCENARIO, loadOrThrow } from '../helpers.ts';

/** JSON with sorted keys: the order fields are written in is not behaviour. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/**
 * The game as behaviour sees it: the models of sides no computer plays left
 * out; with `whole` false, the lists (which only grow) by their length.
 */
function seen(game: GameState, whole: boolean): unknown {
  const models = Object.fromEntries(
    Object.entries(game.models).filter(([id]) => game.settings.controllers[id] === 'computer'),
  );
  const { log, transcript, meterHistory } = game;
  return whole
    ? { ...game, log, transcript, meterHistory, models }
    : {
        ...game,
        log: log.length,
        transcript: transcript.length,
        meterHistory: meterHistory.length,
        models,
      };
}

function gameHash(s: Scenario, i: number): string {
  const [a, b] = s.sides;
  const humans = [[], [a?.id], [b?.id], [a?.id, b?.id]][i % 4] ?? [];
  const settings: GameSettings = {
    seed: i * 104729 + 7,
    difficulty: DIFFICULTIES[Math.floor(i / 4) % DIFFICULTIES.length] ?? 'normal',
    controllers: Object.fromEntries(
      s.sides.map((x) => [x.id, humans.includes(x.id) ? 'human' : 'computer']),
    ),
  };
  let k = i * 7919 + 1;
  const pick = () => (k = (k * 48271) % 2147483647) % 1000;
  const actor = createActor(createCallMachine(s), { input: { settings } });
  actor.start();
  const hash = createHash('sha256');
  const send = (event: CallEvent) => {
    actor.send(event);
    const snapshot = actor.getSnapshot();
    hash.update(canonical([snapshot.value, seen(snapshot.context.game, false)]));
  };
  send({ type: 'answer' });
  send({ type: 'proceed' });
  for (let steps = 0; steps < 400 && actor.getSnapshot().matches('turns'); steps++) {
    const game = actor.getSnapshot().context.game;
    send(
      settings.controllers[game.turn] === 'computer'
        ? { type: 'computerMove' }
        : { type: 'move', side: game.turn, move: humanMove(s, game, game.turn, pick) },
    );
  }
  send({ type: 'proceed' });
  hash.update(canonical(seen(actor.getSnapshot().context.game, true)));
  actor.stop();
  return hash.digest('hex').slice(0, 16);
}

const SCENARIOS = [
  DEFAULT_SCENARIO,
  'scenarios/2019-06-us-mexico-tariff-migration.yaml',
  'test/fixtures/valid/tiny.yaml',
  'test/fixtures/valid/six-by-five.yaml',
];

/** Every game's hash, folded into one per scenario. */
function scenarioHash(file: string, games: number): string {
  const s = loadOrThrow(file);
  const hash = createHash('sha256');
  for (let i = 0; i < games; i++) hash.update(gameHash(s, i));
  return hash.digest('hex').slice(0, 16);
}

// The unit suite plays the first 30 games of each scenario; STANDOFF_FULL_GOLDEN=1 all 120 (480 in all).
const FULL = process.env.STANDOFF_FULL_GOLDEN === '1';
const EXPECTED: Record<string, { 30: string; 120: string }> = {
  [DEFAULT_SCENARIO]: { 30: 'c2f6902178b80a2e', 120: '49a86e04b3af1482' },
  'scenarios/2019-06-us-mexico-tariff-migration.yaml': {
    30: '6d5aa389faa2ea6a',
    120: 'a137f9e11bea6301',
  },
  'test/fixtures/valid/tiny.yaml': { 30: 'e57ae80eb0a400d1', 120: '084679613f57e1f7' },
  'test/fixtures/valid/six-by-five.yaml': { 30: 'c56b0a40f2567d4e', 120: 'd25355c6a4a90b83' },
};

describe('the engine, pinned', () => {
  it(`plays ${FULL ? 480 : 120} random games exactly as before, state by state`, () => {
    const games = FULL ? 120 : 30;
    const got = Object.fromEntries(SCENARIOS.map((f) => [f, scenarioHash(f, games)]));
    if (process.env.PRINT_GOLDEN) console.log(JSON.stringify(got, null, 2));
    expect(got).toEqual(
      Object.fromEntries(SCENARIOS.map((f) => [f, EXPECTED[f]?.[games] ?? 'none'])),
    );
  });
});
