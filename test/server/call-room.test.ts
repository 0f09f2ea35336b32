// The live-class server on loopback: whole calls (pairs and a student against
// the computer) end and replay identically from their results; moves out of
// turn and illegal moves are refused; no message to one side carries the
// other's private fields; a dropped student is back in their call.
import { describe, expect, it } from 'vitest';
import { readResult } from '../../src/negotiation/result.ts';
import {
  CLASS_ROOM,
  MSG,
  type CallUpdate,
  type Dashboard,
  type Refusal,
  type Seat,
} from '../../src/net/protocol.ts';
import { TEACHER, anyLegal, inbox, useTestServer, playOut, startClass, viewOf } from './helpers.ts';
import { en } from '../../src/messages/en.ts';
import { wallClock } from '../../server/move-timing.ts';

// With the load bench's move timing on (it only records): its stamps are checked last.
const running = useTestServer({ timing: true });
const server = {
  get deps() {
    return running.server().deps;
  },
};

describe('a live class', () => {
  it('plays a class of 31 — 15 pairs and a student against the computer — to their endings, each result replaying to the same game, the dashboard following every call', async () => {
    const live = await startClass(running.client(), 31);
    const ends = await Promise.all(live.players.map((p) => playOut(p, anyLegal)));
    const scenarios = server.deps.shelf.all;
    for (const [i, end] of ends.entries()) {
      const player = live.players[i];
      if (!player) throw new Error('a player per result');
      expect(end.result.student).toBe(`Student ${i + 1}`);
      expect(end.result.side).toBe(player.seat.side);
      // The stored record is the result's moves, event for event.
      const stored = await server.deps.store.getCall(player.seat.callId);
      expect(stored?.moves.join('.')).toBe(end.result.moves);
      // The link replays to the same ending, scores and mistakes (as the class page reads it).
      const check = readResult(end.link, scenarios, en);
      expect(check.ok, check.ok ? '' : check.message).toBe(true);
      if (check.ok) expect(check.result.outcome).toEqual(end.result.outcome);
    }
    const againstComputer = ends.filter((e) =>
      Object.values(e.result.controllers).includes('computer'),
    );
    expect(againstComputer).toHaveLength(1);
    const dashboard = await live.teacherBox.next<Dashboard>(
      MSG.dashboard,
      (d) => d.calls.length === 16 && d.calls.every((c) => c.phase === 'ended'),
    );
    expect(dashboard.calls.flatMap((c) => c.results)).toHaveLength(31);
    // The dashboard's ending for each call is the one its players' results replay to.
    for (const call of dashboard.calls)
      for (const result of call.results) {
        const end = ends.find((e) => e.link === call.links[result.side]);
        expect(end?.result.outcome.ending).toBe(call.ending);
      }
  });

  it('refuses a move out of turn and an illegal move, and the call goes on', async () => {
    const live = await startClass(running.client(), 2, { seed: 7 });
    const [a, b] = live.players;
    if (!a || !b) throw new Error('two players');
    const first = await a.box.next<CallUpdate>(MSG.view, (u) => u.phase === 'turns');
    const mover = first.view.game.turn === a.seat.side ? a : b;
    const waiter = mover === a ? b : a;
    waiter.room.send(MSG.move, { kind: 'statement', tone: 'respectful' });
    expect(await waiter.box.next<Refusal>(MSG.refused)).toEqual({ reason: 'notYourTurn' });
    mover.room.send(MSG.move, { kind: 'accept' });
    expect(await mover.box.next<Refusal>(MSG.refused)).toEqual({ reason: 'illegal' });
    mover.room.send(MSG.move, { kind: 'statement', tone: 'shouting' });
    mover.room.send(MSG.move, { kind: 'statement', tone: 'respectful', extra: 1 });
    await mover.box.next<Refusal>(MSG.refused, (r) => r.reason === 'malformed');
    const events = viewOf(mover)?.events ?? 0;
    mover.room.send(MSG.move, { kind: 'statement', tone: 'respectful' });
    const after = await waiter.box.next<CallUpdate>(MSG.view, (u) => u.events > events);
    expect(after.view.game.log.at(-1)?.move).toEqual({ kind: 'statement', tone: 'respectful' });
    expect(mover.box.all.filter((m) => m.type === MSG.refused)).toHaveLength(3);
  });
});

describe('pairs the teacher chooses', () => {
  it('seats two chosen students in one call and a third against the computer', async () => {
    const client = running.client();
    const teacher = await client.create(CLASS_ROOM, TEACHER);
    const teacherBox = inbox(teacher);
    const students = await Promise.all(
      ['Ana', 'Ben', 'Cy'].map(async (name) => {
        const room = await client.joinById(teacher.roomId, { name });
        return { name, room, box: inbox(room) };
      }),
    );
    const joined = await teacherBox.next<Dashboard>(MSG.dashboard, (d) => d.students.length === 3);
    const id = (name: string) => joined.students.find((s) => s.name === name)?.id ?? '';
    // Ana with Cy; Ben against the computer; a student named twice, or a stranger, is dropped.
    teacher.send(MSG.pair, {
      pairs: [
        { a: id('Ana'), b: id('Cy') },
        { a: id('Ben'), b: null },
        { a: id('Cy'), b: 'nobody' },
        { a: 'stranger', b: id('Ben') },
      ],
    });
    const paired = await teacherBox.next<Dashboard>(MSG.dashboard, (d) => d.pairs.length > 0);
    expect(paired.pairs).toEqual([
      { a: id('Ana'), b: id('Cy') },
      { a: id('Ben'), b: null },
    ]);
    teacher.send(MSG.start);
    const seats = await Promise.all(students.map((s) => s.box.next<Seat>(MSG.seat)));
    const [ana, ben, cy] = seats;
    expect(ana?.callId).toBe(cy?.callId);
    expect(ana?.side).not.toBe(cy?.side);
    expect(ben?.callId).not.toBe(ana?.callId);
    const benCall = await server.deps.store.getCall(ben?.callId ?? '');
    expect(Object.values(benCall?.call.settings.controllers ?? {}).sort()).toEqual([
      'computer',
      'human',
    ]);
    for (const s of students) void s.room.leave();
    void teacher.leave();
  });
});

describe('move timing (the load bench)', () => {
  it('stamps each accepted move under its call and events (the bench’s key), arrival before the step, and starts afresh', async () => {
    const live = await startClass(running.client(), 2, { seed: 3 });
    const [a, b] = live.players;
    if (!a || !b) throw new Error('two players');
    const first = await a.box.next<CallUpdate>(MSG.view, (u) => u.phase === 'turns');
    running.server().timings();
    const before = wallClock();
    const mover = first.view.game.turn === a.seat.side ? a : b;
    const waiter = mover === a ? b : a;
    waiter.room.send(MSG.move, { kind: 'statement', tone: 'respectful' });
    await waiter.box.next<Refusal>(MSG.refused);
    const events = viewOf(mover)?.events ?? 0;
    mover.room.send(MSG.move, { kind: 'statement', tone: 'respectful' });
    const after = await mover.box.next<CallUpdate>(MSG.view, (u) => u.events > events);

    const stamps = running.server().timings()?.stamps ?? [];
    const ours = stamps.filter(([call]) => call === mover.seat.callId);
    expect(ours.map(([, n]) => n)).toEqual([after.events]);
    const [, , arrived = 0, sent = 0] = ours[0] ?? [];
    expect(arrived).toBeGreaterThanOrEqual(before);
    expect(sent).toBeGreaterThanOrEqual(arrived);
    expect(sent).toBeLessThanOrEqual(wallClock());
    expect(running.server().timings()?.stamps).toEqual([]);
  });
});
