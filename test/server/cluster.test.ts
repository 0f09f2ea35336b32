// Two server processes and Redis: a class created on one process is joined
// through the other, its calls are spread over both, the teacher's dashboard
// sees every call, and when the class's process is killed the class and its
// calls resume on the other from their stored records, each call to an ending
// its result replays, the resumed dashboard following them all.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Redis } from 'ioredis';
import { readResult } from '../../src/negotiation/result.ts';
import {
  MSG,
  CALL_ROOM,
  CLASS_ROOM,
  type CallUpdate,
  type Dashboard,
} from '../../src/net/protocol.ts';
import { loadShelf } from '../../server/scenarios.ts';
import { DEFAULT_SETTINGS } from '../../server/app.ts';
import { anyLegal, clientOf, inbox, playOut, playTo, startClass, type Player } from './helpers.ts';
import {
  bundleServer,
  hasRedis,
  startRedis,
  startServerProcess,
  type Spawned,
} from './processes.ts';
import { en } from '../../src/messages/en.ts';

let redis: Spawned | undefined;
let servers: Spawned[] = [];

beforeAll(async () => {
  if (!hasRedis) return;
  [redis] = await Promise.all([startRedis(), bundleServer()]);
  const port = redis.port;
  servers = await Promise.all([startServerProcess(port), startServerProcess(port)]);
}, 60_000);
afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()));
  await redis?.stop();
});

/** Which process (by port) holds a room, from Colyseus's room listing in Redis. */
async function portOf(roomId: string): Promise<number> {
  const db = new Redis(`redis://127.0.0.1:${redis?.port}`);
  const listing = await db.hget('roomcaches', roomId);
  await db.quit();
  const address = (JSON.parse(listing ?? '{}') as { publicAddress?: string }).publicAddress ?? '';
  return Number(address.split(':')[1]);
}

describe.skipIf(!hasRedis)('two server processes and Redis', () => {
  it('joins across processes, shows every call on the dashboard, and resumes a killed process’s calls', async () => {
    const [a, b] = servers;
    if (!a || !b) throw new Error('two processes');
    const clientA = clientOf(a.port);
    const clientB = clientOf(b.port);
    // Every student comes in through the process that does not hold the class.
    let through = clientB;
    let classPort = 0;
    const live = await startClass(clientA, 8, {
      seed: 5,
      studentClient: () => through,
      onCreated: async (code) => {
        classPort = await portOf(code);
        through = classPort === a.port ? clientB : clientA;
      },
    });
    const ports = await Promise.all(live.players.map((p) => portOf(p.room.roomId)));
    expect(new Set(ports)).toEqual(new Set([a.port, b.port]));
    await live.teacherBox.next<Dashboard>(MSG.dashboard, (d) => d.calls.length === 4);

    // A few moves each, then the process holding the class dies ("doomed") with its calls; the other survives.
    const [doomed, survivor] = classPort === a.port ? [a, b] : [b, a];
    const { key } = await live.teacherBox.next<Dashboard>(MSG.dashboard);
    const clientSurvivor = survivor === a ? clientA : clientB;
    const before = await Promise.all(
      live.players.map((p) => playTo(p, anyLegal, (u) => u.events >= 6)),
    );
    const onDoomed = live.players.filter((_, i) => ports[i] === doomed.port);
    const gone = Promise.all(
      [...onDoomed.map((p) => p.room), live.teacher].map(
        (room) => new Promise((resolve) => room.onLeave(resolve)),
      ),
    );
    await doomed.stop();
    await gone;

    // Their pages join their call again: Colyseus drops the dead process's rooms, the survivor resumes them from Redis.
    const resumed: Player[] = await Promise.all(
      onDoomed.map(async (p) => {
        const room = await clientSurvivor.joinOrCreate(CALL_ROOM, { ...p.seat });
        return { room, box: inbox(room), seat: p.seat };
      }),
    );
    for (const p of resumed) {
      const again = await p.box.next<CallUpdate>(MSG.view);
      const was = before[live.players.findIndex((x) => x.seat === p.seat)];
      expect(again.events).toBeGreaterThanOrEqual(was?.events ?? Infinity);
      expect(again.view.game.log.slice(0, was?.view.game.log.length)).toEqual(was?.view.game.log);
      expect(await portOf(p.room.roomId)).toBe(survivor.port);
    }
    // The teacher's page resumes the class on the survivor, from its stored record: every call listed.
    const teacher = await clientSurvivor.create(CLASS_ROOM, {
      teacher: true,
      key,
      resume: live.code,
    });
    expect(teacher.roomId).toBe(live.code);
    const teacherBox = inbox(teacher);
    const back = await teacherBox.next<Dashboard>(MSG.dashboard);
    expect(back.students.map((s) => s.name).sort()).toEqual(
      live.players.map((_, i) => `Student ${i + 1}`).sort(),
    );
    expect(back.calls).toHaveLength(4);
    const players = live.players.map((p) => resumed.find((r) => r.seat === p.seat) ?? p);
    const ends = await Promise.all(players.map((p) => playOut(p, anyLegal)));
    const shelf = loadShelf(DEFAULT_SETTINGS.scenariosDir);
    for (const end of ends) {
      const check = readResult(end.link, shelf.all, en);
      expect(check.ok, check.ok ? '' : check.message).toBe(true);
    }
    const dashboard = await teacherBox.next<Dashboard>(
      MSG.dashboard,
      (d) => d.calls.length === 4 && d.calls.every((c) => c.phase === 'ended'),
    );
    expect(dashboard.calls.flatMap((c) => c.results)).toHaveLength(8);
  });
});
