// The live-class server on loopback: whole calls (pairs and a student against
// the computer) end and replay identically from their results; moves out of
// turn and illegal moves are refused; no message to one side carries the
// other's private fields; a dropped student is back in their call.
import { describe, expect, it } from 'vitest';
import { readResult } from '../../src/negotiation/result.ts';
import { MSG, type CallUpdate, type Dashboard, type Refusal } from '../../src/net/protocol.ts';
import { anyLegal, useTestServer, playOut, startClass, viewOf } from './helpers.ts';
import { en } from '../../src/messages/en.ts';

const running = useTestServer();
const server = {
  get deps() {
    return running.server().deps;
  },
};

describe('a live class', () => {
  it('plays two pairs and a student against the computer to their endings, each result replaying to the same game', async () => {
    const live = await startClass(running.client(), 5);
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
      (d) => d.calls.length === 3 && d.calls.every((c) => c.phase === 'ended'),
    );
    expect(dashboard.calls.flatMap((c) => c.results)).toHaveLength(5);
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
