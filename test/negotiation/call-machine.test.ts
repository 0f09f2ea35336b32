import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { createCallMachine } from '../../src/negotiation/call-machine.ts';
import { settings, tiny } from '../helpers.ts';

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
