import { describe, expect, it } from 'vitest';
import { createActor, SimulatedClock } from 'xstate';
import { createSessionMachine, THINK_MS } from '../../src/session/session-machine.ts';
import type { Controller } from '../../src/negotiation/types.ts';
import { tiny } from '../helpers.ts';

const scenario = tiny();
const machine = createSessionMachine(scenario);

const start = (side = 'south', players: Record<string, Controller> = {}) => {
  const clock = new SimulatedClock();
  const actor = createActor(machine, {
    clock,
    input: {
      side,
      players: { north: 'computer', south: 'human', ...players },
      newSeed: () => 7,
    },
  });
  actor.start();
  return { actor, clock, snap: () => actor.getSnapshot() };
};

/** Into the call's turns, south against the computer (north opens). */
const toTurns = () => {
  const session = start();
  session.actor.send({ type: 'openBriefing' });
  session.actor.send({ type: 'startCall' });
  session.actor.send({ type: 'answer' });
  session.actor.send({ type: 'proceed' });
  return session;
};

describe('the session machine', () => {
  it('goes title → briefing → call, offering only what each screen allows', () => {
    const { actor, snap } = start();
    expect(snap().matches('title')).toBe(true);
    expect(snap().can({ type: 'takeOver' })).toBe(false);
    expect(snap().can({ type: 'answer' })).toBe(false);
    actor.send({ type: 'openBriefing' });
    expect(snap().matches('briefing')).toBe(true);
    actor.send({ type: 'startCall' });
    expect(snap().matches({ call: 'playing' })).toBe(true);
    expect(snap().context.call?.value).toBe('ringing');
    expect(snap().context.settings).toEqual({
      seed: 7,
      difficulty: 'normal',
      controllers: { north: 'computer', south: 'human' },
    });
  });

  it('refuses, and logs nothing for, an event the call does not take: proceed while ringing', () => {
    const { actor, snap } = start();
    actor.send({ type: 'openBriefing' });
    actor.send({ type: 'startCall' });
    expect(snap().can({ type: 'proceed' })).toBe(false);
    actor.send({ type: 'proceed' });
    expect(snap().context.events).toEqual([]);
    expect(snap().can({ type: 'answer' })).toBe(true);
    actor.send({ type: 'answer' });
    expect(snap().context.events).toEqual([{ type: 'answer' }]);
  });

  it('lets the computer think for the named delay, then answer', () => {
    const { snap, clock } = toTurns();
    expect(snap().matches({ call: 'thinking' })).toBe(true);
    expect(snap().can({ type: 'move', move: { kind: 'statement', tone: 'firm' } })).toBe(false);
    clock.increment(THINK_MS - 1);
    expect(snap().matches({ call: 'thinking' })).toBe(true);
    clock.increment(1);
    expect(snap().matches({ call: 'playing' })).toBe(true);
    expect(snap().context.call?.context.game.turn).toBe('south');
    expect(snap().context.events.at(-1)).toEqual({ type: 'computerMove' });
  });

  it('cuts the thinking short when skipped, and the timer then does nothing', () => {
    const { actor, snap, clock } = toTurns();
    expect(snap().can({ type: 'skipThinking' })).toBe(true);
    actor.send({ type: 'skipThinking' });
    expect(snap().matches({ call: 'playing' })).toBe(true);
    const events = snap().context.events.length;
    clock.increment(THINK_MS * 3);
    expect(snap().context.events).toHaveLength(events);
    expect(snap().can({ type: 'skipThinking' })).toBe(false);
  });

  it('plays a whole call to the ending, then again with the same players', () => {
    const { actor, snap, clock } = toTurns();
    for (let i = 0; i < 100 && snap().context.call?.value === 'turns'; i++) {
      if (snap().matches({ call: 'thinking' })) clock.increment(THINK_MS);
      else actor.send({ type: 'move', move: { kind: 'statement', tone: 'respectful' } });
    }
    expect(snap().context.call?.value).toBe('closing');
    actor.send({ type: 'proceed' });
    expect(snap().matches('ending')).toBe(true);
    expect(snap().context.call?.context.game.result).not.toBeNull();
    actor.send({ type: 'playAgain' });
    expect(snap().matches('call')).toBe(true);
    expect(snap().context.events).toEqual([]);
    expect(snap().context.call?.value).toBe('ringing');
  });

  it('replays a record to the same point, dropping events the call refuses', () => {
    const first = toTurns();
    first.clock.increment(THINK_MS);
    first.actor.send({ type: 'move', move: { kind: 'statement', tone: 'firm' } });
    first.clock.increment(THINK_MS);
    const { settings, events, call } = first.snap().context;
    if (!settings) throw new Error('no settings');
    const second = start('north', { north: 'human', south: 'computer' });
    const record = {
      scenario: scenario.id,
      settings,
      events: [{ type: 'proceed' as const }, ...events],
    };
    second.actor.send({ type: 'replay', record });
    expect(second.snap().context.viewer).toBe('south');
    expect(second.snap().context.events).toEqual(events);
    expect(second.snap().context.call?.context.game).toEqual(call?.context.game);
    second.actor.send({ type: 'resume', record: { ...record, scenario: 'another' } });
    expect(second.snap().context.events).toEqual(events);
  });

  it('resumes a saved game from the title screen only', () => {
    const first = toTurns();
    first.clock.increment(THINK_MS);
    const { settings, events } = first.snap().context;
    if (!settings) throw new Error('no settings');
    const record = { scenario: scenario.id, settings, events };
    const second = start();
    second.actor.send({ type: 'openBriefing' });
    expect(second.snap().can({ type: 'resume', record })).toBe(false);
    second.actor.send({ type: 'backToTitle' });
    expect(second.snap().can({ type: 'resume', record })).toBe(true);
    second.actor.send({ type: 'resume', record });
    expect(second.snap().context.events).toEqual(events);
    expect(second.snap().can({ type: 'resume', record })).toBe(false);
  });

  it('switches sides back to the briefing, leaving the call (and its timer) behind', () => {
    const { actor, snap, clock } = toTurns();
    actor.send({ type: 'switchSides' });
    expect(snap().matches('briefing')).toBe(true);
    expect(snap().context.viewer).toBe('north');
    expect(snap().context.players).toEqual({ north: 'human', south: 'computer' });
    const events = snap().context.events.length;
    clock.increment(THINK_MS);
    expect(snap().context.events).toHaveLength(events);
    expect(snap().children.call).toBeUndefined();
  });

  it('shows a scenario file’s problems from any screen, and goes back to the title', () => {
    const { actor, snap } = toTurns();
    actor.send({ type: 'showProblems', file: 'x.yaml', problems: [] });
    expect(snap().matches('problems')).toBe(true);
    expect(snap().children.call).toBeUndefined();
    actor.send({ type: 'dismissProblems' });
    expect(snap().matches('title')).toBe(true);
    expect(snap().context.problems).toBeNull();
  });
});

describe('two players on one computer (hot seat)', () => {
  it("briefs each player out of the other's sight, then hands over at every change of turn", () => {
    const { actor, snap } = start('south');
    actor.send({ type: 'setPlayers', players: 2 });
    expect(snap().context.players).toEqual({ north: 'human', south: 'human' });
    actor.send({ type: 'openBriefing' });
    actor.send({ type: 'startCall' });
    expect(snap().matches('handover')).toBe(true);
    expect(snap().context.handover).toEqual({ to: 'north', next: 'briefing' });
    expect(snap().can({ type: 'answer' })).toBe(false);
    actor.send({ type: 'takeOver' });
    expect(snap().matches('briefing')).toBe(true);
    expect(snap().context.viewer).toBe('north');
    actor.send({ type: 'startCall' });
    actor.send({ type: 'answer' });
    actor.send({ type: 'proceed' });
    expect(snap().matches({ call: 'playing' })).toBe(true);
    expect(snap().can({ type: 'skipThinking' })).toBe(false);
    actor.send({ type: 'move', move: { kind: 'statement', tone: 'respectful' } });
    expect(snap().matches({ call: 'handover' })).toBe(true);
    expect(snap().context.handover).toEqual({ to: 'south', next: 'call' });
    expect(snap().context.viewer).toBe('north');
    expect(snap().can({ type: 'move', move: { kind: 'endCall' } })).toBe(false);
    actor.send({ type: 'takeOver' });
    expect(snap().matches({ call: 'playing' })).toBe(true);
    expect(snap().context.viewer).toBe('south');
    expect(snap().can({ type: 'move', move: { kind: 'endCall' } })).toBe(true);
  });

  it('plays against the computer again when set back to one player', () => {
    const { actor, snap } = start('south');
    actor.send({ type: 'setPlayers', players: 2 });
    actor.send({ type: 'setPlayers', players: 1 });
    expect(snap().context.players).toEqual({ north: 'computer', south: 'human' });
  });
});
