// Random games for property tests: settings, a student's moves drawn from a
// stream of numbers (only moves the buttons allow), and whole calls.
import fc from 'fast-check';
import { createActor } from 'xstate';
import { createCallMachine, type CallEvent } from '../../src/negotiation/call-machine.ts';
import {
  applyMove,
  fixedMoves,
  isLegal,
  newGame,
  openCall,
} from '../../src/negotiation/moves/index.ts';
import {
  DEFERRED,
  DIFFICULTIES,
  type GameSettings,
  type GameState,
  type Move,
  type Settlement,
} from '../../src/negotiation/types.ts';
import type { Scenario } from '../../src/scenario/schema.ts';
import { playToEnd, replayMoves } from '../../src/negotiation/replay.ts';
import { simulationSettings } from '../../src/negotiation/simulate.ts';
import { makeResult, type GameResult } from '../../src/negotiation/result.ts';
import { en } from '../../src/messages/en.ts';

export const settingsArb = (s: Scenario) =>
  fc
    .record({
      seed: fc.integer({ min: 0, max: 2 ** 31 }),
      difficulty: fc.constantFrom(...DIFFICULTIES),
      humans: fc.subarray(s.sides.map((x) => x.id)),
    })
    .map(({ seed, difficulty, humans }): GameSettings => ({
      seed,
      difficulty,
      controllers: Object.fromEntries(
        s.sides.map((x) => [x.id, humans.includes(x.id) ? 'human' : 'computer']),
      ),
    }));

/** A human's move from a stream of random numbers: a fixed move, or a random proposal. */
export function humanMove(s: Scenario, game: GameState, side: string, pick: () => number): Move {
  const fixed = fixedMoves(s, game, side);
  const i = pick() % (fixed.length + 2);
  const move = fixed[i];
  if (move) return move;
  return randomProposal(s, game, side, pick, () => fixed[pick() % fixed.length]);
}

/** Plays a game to its end; returns every event sent and the states after each. */
export function playRandom(s: Scenario, settings: GameSettings, picks: number[]) {
  const actor = createActor(createCallMachine(s), { input: { settings } });
  actor.start();
  let k = 0;
  const pick = () => picks[k++ % picks.length] ?? 0;
  const events: CallEvent[] = [{ type: 'answer' }, { type: 'proceed' }];
  for (const e of events) actor.send(e);
  for (let steps = 0; steps < 500 && actor.getSnapshot().matches('turns'); steps++) {
    const game = actor.getSnapshot().context.game;
    const event: CallEvent =
      settings.controllers[game.turn] === 'computer'
        ? { type: 'computerMove' }
        : { type: 'move', side: game.turn, move: humanMove(s, game, game.turn, pick) };
    events.push(event);
    actor.send(event);
  }
  const final = actor.getSnapshot();
  actor.stop();
  return { events, final };
}

/**
 * The i-th game of the agent's audit: a third computer against computer, the
 * rest a computer against random legal moves (each side in turn), replayed
 * move by move. Shared by the unit test and the benchmark.
 */
export function auditGame(s: Scenario, i: number) {
  const base = simulationSettings(s, 'audit', i);
  const human = s.sides[i % 2]?.id ?? '';
  const settings: GameSettings =
    i % 3 === 0
      ? base
      : {
          ...base,
          controllers: Object.fromEntries(
            s.sides.map((x) => [x.id, x.id === human ? 'human' : 'computer']),
          ),
        };
  let x = i * 7919 + 1;
  const picks = Array.from({ length: 40 }, () => (x = (x * 48271) % 2147483647) % 1000);
  const { events } = playRandom(s, settings, picks);
  return { settings, ...replayMoves(s, { scenario: s.id, settings, events }) };
}

export const picksArb = fc.array(fc.nat(1000), { minLength: 1, maxLength: 60 });

/**
 * A class's worth of finished, handed-in results: student i plays side i mod 2
 * (the first side when the scenario has one human side only), with moves drawn
 * from a seeded stream, so the endings and mistakes vary like a real class's.
 */
export function classResults(s: Scenario, count: number, seed = 1): GameResult[] {
  return Array.from({ length: count }, (_, i) => {
    const side = s.sides[i % s.sides.length]?.id ?? '';
    const settings: GameSettings = {
      seed: seed * 1000 + i,
      difficulty: DIFFICULTIES[i % DIFFICULTIES.length] ?? 'normal',
      controllers: Object.fromEntries(
        s.sides.map((x) => [x.id, x.id === side ? 'human' : 'computer']),
      ),
    };
    let k = i * 7919 + seed;
    const pick = () => (k = (k * 1103515245 + 12345) % 2 ** 31);
    const { record } = playToEnd(s, settings, (game) => ({
      type: 'move',
      side,
      move: humanMove(s, game, side, pick),
    }));
    return makeResult(s, record, side, `Student ${String(i + 1).padStart(2, '0')}`, en);
  });
}

/**
 * A whole call with both sides making random legal moves, applied straight by
 * the rules (no machine, no computer agent): about a millisecond a game, so
 * property tests can play tens of thousands. `seed` picks the moves and the
 * game's own seed; hanging up is rare, so calls reach deals and thresholds.
 */
export function playRandomDirect(s: Scenario, seed: number): GameState {
  let k = (seed * 2654435761 + 1) % 2 ** 31;
  const pick = () => (k = (k * 1103515245 + 12345) % 2 ** 31) >>> 8;
  let game = openCall(
    s,
    newGame(s, {
      seed,
      difficulty: DIFFICULTIES[seed % DIFFICULTIES.length] ?? 'normal',
      controllers: Object.fromEntries(s.sides.map((x) => [x.id, 'human'])),
    }),
  );
  while (!game.result) {
    const side = game.turn;
    const fixed = fixedMoves(s, game, side).filter(
      (m) => m.kind !== 'endCall' || pick() % 10 === 0,
    );
    const move = pick() % 3 === 0 ? undefined : fixed[pick() % fixed.length];
    game = applyMove(s, game, side, move ?? randomProposal(s, game, side, pick, () => fixed[0]));
  }
  return game;
}

/** A random package over the open issues; `otherwise` when the machine would refuse it. */
function randomProposal(
  s: Scenario,
  game: GameState,
  side: string,
  pick: () => number,
  otherwise: () => Move | undefined,
): Move {
  const terms: Record<string, Settlement> = {};
  for (const issue of s.issues) {
    if (game.settled[issue.id] !== undefined || pick() % 3 === 0) continue;
    const choices = [...issue.options.map((o) => o.id), DEFERRED];
    terms[issue.id] = choices[pick() % choices.length] ?? DEFERRED;
  }
  const proposal: Move = { kind: 'propose', terms };
  // A student cannot send what the machine refuses: the buttons are disabled.
  return isLegal(s, game, side, proposal) ? proposal : (otherwise() ?? { kind: 'endCall' });
}
