import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import {
  callAfter,
  callStart,
  createCallMachine,
  type CallEvent,
} from '../../src/negotiation/call-machine.ts';
import { DIFFICULTIES, type GameSettings } from '../../src/negotiation/types.ts';
import { Rng } from '../../src/negotiation/random.ts';
import { loadOrThrow, settings, tiny } from '../helpers.ts';
import { humanMove } from './random-games.ts';

const s = tiny();
const machine = createCallMachine(s);
const start = (human?: string) => {
  const actor = createActor(machine, { input: { settings: settings(s, { seed: 5 }, human) } });
  actor.start();
  return actor;
};

describe('the call machine', () => {
  it('goes ringing → opening → turns → closing → ended', () => {
    const actor = start('north');
    expect(actor.getSnapshot().value).toBe('ringing');
    actor.send({ type: 'answer' });
    expect(actor.getSnapshot().value).toBe('opening');
    expect(actor.getSnapshot().context.game.transcript).toHaveLength(2);
    actor.send({ type: 'proceed' });
    expect(actor.getSnapshot().value).toBe('turns');
    actor.send({ type: 'move', side: 'north', move: { kind: 'endCall' } });
    expect(actor.getSnapshot().value).toBe('closing');
    expect(actor.getSnapshot().context.game.result).toEqual({
      reason: 'hang-up',
      by: 'north',
      ending: 'nothing',
    });
    actor.send({ type: 'proceed' });
    expect(actor.getSnapshot().status).toBe('done');
  });

  it('answers can() from the rules: a human moves only on their turn, the computer only on its own', () => {
    const actor = start('south');
    actor.send({ type: 'answer' });
    actor.send({ type: 'proceed' });
    const snap = actor.getSnapshot();
    expect(snap.context.game.turn).toBe('north');
    expect(
      snap.can({ type: 'move', side: 'south', move: { kind: 'statement', tone: 'firm' } }),
    ).toBe(false);
    expect(
      snap.can({ type: 'move', side: 'north', move: { kind: 'statement', tone: 'firm' } }),
    ).toBe(false);
    expect(snap.can({ type: 'computerMove' })).toBe(true);
    actor.send({ type: 'computerMove' });
    const after = actor.getSnapshot();
    expect(after.context.game.turn).toBe('south');
    expect(after.can({ type: 'computerMove' })).toBe(false);
    expect(
      after.can({ type: 'move', side: 'south', move: { kind: 'statement', tone: 'firm' } }),
    ).toBe(true);
    expect(
      after.can({ type: 'move', side: 'south', move: { kind: 'evidence', id: 'survey' } }),
    ).toBe(false);
  });

  it('ignores a move it refuses, leaving the state as it was', () => {
    const actor = start('north');
    actor.send({ type: 'answer' });
    actor.send({ type: 'proceed' });
    const before = actor.getSnapshot().context.game;
    actor.send({ type: 'move', side: 'north', move: { kind: 'accept' } });
    expect(actor.getSnapshot().context.game).toBe(before);
  });

  it('saves a snapshot mid-call that restores and goes on exactly as the original', () => {
    const original = start();
    original.send({ type: 'answer' });
    original.send({ type: 'proceed' });
    for (let i = 0; i < 3; i++) original.send({ type: 'computerMove' });
    const saved = JSON.parse(JSON.stringify(original.getPersistedSnapshot())) as ReturnType<
      typeof original.getPersistedSnapshot
    >;
    const restored = createActor(machine, { snapshot: saved, input: { settings: settings(s) } });
    restored.start();
    for (const actor of [original, restored]) {
      while (actor.getSnapshot().matches('turns')) actor.send({ type: 'computerMove' });
    }
    expect(restored.getSnapshot().context.game).toEqual(original.getSnapshot().context.game);
    expect(restored.getSnapshot().value).toBe('closing');
  });
});

describe('callAfter, the machine without an actor (what the CLI, the check and tournaments play by)', () => {
  const scenarios = [tiny(), loadOrThrow('scenarios/2026-01-12-sheinbaum-trump-call.yaml')];

  it('is the call the actor holds after every event, refused ones included (property)', () => {
    let ended = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: scenarios.length - 1 }),
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        fc.constantFrom(...DIFFICULTIES),
        fc.constantFrom('both', 'first', 'second', 'none'),
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        (which, seed, difficulty, humans, eventSeed) => {
          const sc = scenarios[which] ?? tiny();
          const [a, b] = sc.sides.map((x) => x.id);
          const human = (id: string | undefined) =>
            humans === 'both' ||
            (humans === 'first' && id === a) ||
            (humans === 'second' && id === b);
          const gameSettings: GameSettings = {
            seed,
            difficulty,
            controllers: Object.fromEntries(
              sc.sides.map((x) => [x.id, human(x.id) ? 'human' : 'computer']),
            ),
          };
          const actor = createActor(createCallMachine(sc), { input: { settings: gameSettings } });
          actor.start();
          let call = callStart(sc, gameSettings);
          const rng = new Rng(eventSeed);
          const pick = () => rng.int(2 ** 30);
          for (let step = 0; step < 400 && actor.getSnapshot().status === 'active'; step++) {
            const game = call.game;
            // Any event in any phase: answers and proceeds out of turn, moves by the side
            // not to move, a computer move on a student's turn.
            const side = pick() % 2 === 0 ? game.turn : ((pick() % 2 === 0 ? a : b) ?? game.turn);
            const move: CallEvent = { type: 'move', side, move: humanMove(sc, game, side, pick) };
            const events: CallEvent[] = [
              { type: 'answer' },
              { type: 'proceed' },
              { type: 'computerMove' },
              { type: 'computerMove' },
              move,
              move,
            ];
            const event = events[pick() % events.length] ?? move;
            actor.send(event);
            call = callAfter(sc, call, event) ?? call;
            const snapshot = actor.getSnapshot();
            expect(call.phase).toBe(snapshot.value);
            expect(call.game).toEqual(snapshot.context.game);
          }
          // Most games run to their end, so every phase is met.
          ended += call.phase === 'ended' ? 1 : 0;
          actor.stop();
        },
      ),
      { numRuns: 40 },
    );
    expect(ended).toBeGreaterThan(20);
  });

  it('refuses, with null, what the actor refuses', () => {
    const call = callStart(s, settings(s, { seed: 5 }, 'north'));
    expect(callAfter(s, call, { type: 'proceed' })).toBeNull();
    const opening = callAfter(s, call, { type: 'answer' });
    expect(opening?.phase).toBe('opening');
    const turns = opening && callAfter(s, opening, { type: 'proceed' });
    expect(turns?.phase).toBe('turns');
    if (turns) expect(callAfter(s, turns, { type: 'computerMove' })).toBeNull();
  });
});
