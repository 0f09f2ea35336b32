// What leaves the server during a call: a player's messages carry their own
// side's brief and values only, never the other side's (until the result, the
// debrief); the teacher's dashboard carries neither side's. And a dropped
// student is back in the same call, with the same view, on reconnecting.
import { describe, expect, it } from 'vitest';
import { MSG, type CallUpdate } from '../../src/net/protocol.ts';
import {
  anyLegal,
  useTestServer,
  inbox,
  reconnect,
  playOut,
  startClass,
  viewOf,
  type Player,
} from './helpers.ts';

const running = useTestServer();
const server = {
  get deps() {
    return running.server().deps;
  },
};

const PRIVATE_KEYS = [
  'models',
  'rng',
  'seed',
  'styles',
  'brief',
  'goals',
  'walkAway',
  'walkAwayText',
  'values',
  'weights',
  'deferredValues',
  'redLines',
];

/** Every key of an object tree, with its path. */
function keysOf(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => keysOf(v, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => [`${path}.${k}`, ...keysOf(v, `${path}.${k}`)]);
}

describe('what each side receives', () => {
  it("never carries the other side's brief, goals, values or hidden red lines, nor the computer's thoughts", async () => {
    const live = await startClass(running.client(), 2, { seed: 11 });
    await Promise.all(live.players.map((p) => playOut(p, anyLegal)));
    const scenario = server.deps.shelf.get('2026-01-12-sheinbaum-trump-call', 'en');
    if (!scenario) throw new Error('the scenario');
    for (const player of live.players) {
      const theirs = scenario.sides.find((s) => s.id !== player.seat.side);
      if (!theirs) throw new Error('two sides');
      const secrets = [theirs.brief, ...theirs.goals, theirs.walkAwayText ?? theirs.brief].filter(
        (s) => s.length > 12,
      );
      const beforeEnd = player.box.all.filter((m) => m.type !== MSG.result);
      expect(beforeEnd.length).toBeGreaterThan(5);
      for (const { message } of beforeEnd) {
        const text = JSON.stringify(message);
        for (const secret of secrets) expect(text).not.toContain(secret.slice(0, 60));
        // Private fields appear only under the player's own side ("me"), never elsewhere.
        const leaked = keysOf(message).filter((path) => {
          const key = path.split('.').at(-1) ?? '';
          return PRIVATE_KEYS.includes(key) && !path.startsWith('.view.me.');
        });
        expect(leaked).toEqual([]);
      }
      const view = viewOf(player);
      expect(view?.view.me.id).toBe(player.seat.side);
      const hidden = theirs.redLines.filter((r) => !r.public);
      const voiced = view?.view.game.redLinesInvoked.filter((r) => r.side === theirs.id) ?? [];
      for (const r of hidden)
        if (!voiced.some((v) => v.issue === r.issue && v.option === r.option))
          expect(view?.view.them.knownRedLines).not.toContainEqual({
            issue: r.issue,
            option: r.option,
          });
    }
    const briefs = scenario.sides.map((s) => s.brief.slice(0, 60));
    for (const { message } of live.teacherBox.all) {
      const text = JSON.stringify(message);
      for (const brief of briefs) expect(text).not.toContain(brief);
      expect(
        keysOf(message).filter((p) => PRIVATE_KEYS.includes(p.split('.').at(-1) ?? '')),
      ).toEqual([]);
    }
  });

  it('a student whose connection drops is back in the same call, and it plays on to its end', async () => {
    const live = await startClass(running.client(), 1, { seed: 3 });
    const player = live.players[0];
    if (!player) throw new Error('one player');
    const before = await player.box.next<CallUpdate>(
      MSG.view,
      (u) => u.phase === 'turns' && u.legal.fixed.length > 0,
    );
    const token = player.room.reconnectionToken;
    const left = new Promise((resolve) => player.room.onLeave(resolve));
    player.room.connection.close();
    await left;
    const room = await reconnect(running.client(), token);
    const back: Player = { room, box: inbox(room), seat: player.seat };
    const again = await back.box.next<CallUpdate>(MSG.view);
    expect(again.callId).toBe(before.callId);
    expect(again.events).toBe(before.events);
    expect(again.view).toEqual(before.view);
    const end = await playOut(back, anyLegal);
    expect(end.result.side).toBe(player.seat.side);
  });
});
