// The live-class server under load, on loopback, bounded in count and time:
// one server process (the bundled server, memory store, the computer without
// a pause), classes of 30 students joining, then every pair playing its call
// at a steady pace. Reports join throughput, p50/p95 move latency (a move sent
// to the mover's new view received), the server's CPU share and memory per
// call, and from them calls per core. `npx tsx bench/server-load.ts [--calls N]
// [--seconds S] [--pace-ms MS] [--json]`; `npm run bench` runs a short one.
import { readFileSync } from 'node:fs';
import { Client, type Room } from 'colyseus.js';
import {
  CALL_ROOM,
  CLASS_ROOM,
  MSG,
  type CallUpdate,
  type Dashboard,
  type Seat,
} from '../src/net/protocol.ts';
import { bundleServer, startPlainServerProcess } from '../test/server/processes.ts';

export interface ServerLoad {
  calls: number;
  joinsPerSecond: number;
  moves: number;
  p50Ms: number;
  p95Ms: number;
  /** The server's CPU time over wall time while the calls ran (1 = one core busy). */
  serverCores: number;
  memoryPerCallKb: number;
  /** Calls one core would carry at this pace: calls / serverCores. */
  callsPerCore: number;
}

const CLASS_SIZE = 30;

/** Utime + stime of a process, in seconds, and its resident memory in kB (Linux /proc). */
function usage(pid: number): { cpu: number; rssKb: number } {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  const ticks = Number(stat[11]) + Number(stat[12]);
  const rss = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return { cpu: ticks / 100, rssKb: Number(rss) };
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;

/** The first legal move that keeps the call going (no hanging up), else any. */
function pick(u: CallUpdate): unknown {
  const calm = u.legal.fixed.filter(
    (m) => m.kind !== 'endCall' && !(m.kind === 'statement' && m.tone === 'threatening'),
  );
  return calm[u.events % Math.max(1, calm.length)] ?? u.legal.fixed[0];
}

export async function benchServerLoad(
  calls: number,
  seconds: number,
  paceMs: number,
): Promise<ServerLoad> {
  await bundleServer();
  const server = await startPlainServerProcess();
  const pid = server.child.pid ?? 0;
  const client = new Client(`http://127.0.0.1:${server.port}`);
  try {
    const idle = usage(pid);
    const students = calls * 2;
    const teachers: Room[] = [];
    const seats: Promise<Seat>[] = [];
    const joinStart = performance.now();
    for (let c = 0; c * CLASS_SIZE < students; c++) {
      const size = Math.min(CLASS_SIZE, students - c * CLASS_SIZE);
      const teacher = await client.create(CLASS_ROOM, {
        teacher: true,
        scenario: '2026-01-12-sheinbaum-trump-call',
        difficulty: 'normal',
        language: 'en',
        roster: [],
      });
      teachers.push(teacher);
      const ready = new Promise<void>((resolve) =>
        teacher.onMessage(MSG.dashboard, (d: Dashboard) => {
          if (d.pairs.length * 2 >= size) resolve();
        }),
      );
      const joined = new Promise<void>((resolve) =>
        teacher.onMessage(MSG.dashboard, (d: Dashboard) => {
          if (d.students.length === size) resolve();
        }),
      );
      const rooms = await Promise.all(
        Array.from({ length: size }, (_, i) => client.joinById(teacher.roomId, { name: `S${i}` })),
      );
      for (const room of rooms) room.onMessage(MSG.lobby, () => {});
      for (const room of rooms)
        seats.push(
          new Promise((resolve) => room.onMessage(MSG.seat, (seat: Seat) => resolve(seat))),
        );
      await joined;
      teacher.send(MSG.pairRandom);
      await ready;
      teacher.send(MSG.start);
    }
    // Each player listens from the moment it joins (its first view comes at once) and plays once all have joined.
    const latencies: number[] = [];
    let until = Infinity;
    let go: () => void = () => {};
    const started = new Promise<void>((resolve) => (go = resolve));
    const finished: Promise<void>[] = [];
    const join = async (seat: Seat) => {
      const room = await client.joinOrCreate(CALL_ROOM, { ...seat });
      let sentAt = 0;
      let handled = -1;
      let latest: CallUpdate | undefined;
      let timer: ReturnType<typeof setTimeout> | undefined;
      let done: () => void = () => {};
      finished.push(new Promise<void>((resolve) => (done = resolve)));
      const play = (u: CallUpdate) => {
        if (u.phase === 'ended' || performance.now() > until) return done();
        if (u.legal.fixed.length === 0) return;
        clearTimeout(timer);
        timer = setTimeout(() => {
          sentAt = performance.now();
          room.send(MSG.move, pick(u));
        }, paceMs);
      };
      room.onMessage(MSG.view, (u: CallUpdate) => {
        if (u.events <= handled) return;
        handled = u.events;
        latest = u;
        if (sentAt > 0) {
          latencies.push(performance.now() - sentAt);
          sentAt = 0;
        }
        if (until !== Infinity) play(u);
      });
      void started.then(() => latest && play(latest));
    };
    await Promise.all(seats.map(async (seat) => join(await seat)));
    const joinMs = performance.now() - joinStart;
    const joined = usage(pid);
    const start = usage(pid);
    const startWall = performance.now();
    until = startWall + seconds * 1000;
    go();
    await Promise.race([
      Promise.all(finished),
      new Promise((resolve) => setTimeout(resolve, seconds * 1000 + 3000)),
    ]);
    const wall = (performance.now() - startWall) / 1000;
    const end = usage(pid);
    const serverCores = (end.cpu - start.cpu) / wall;
    latencies.sort((a, b) => a - b);
    return {
      calls,
      joinsPerSecond: (students * 2) / (joinMs / 1000),
      moves: latencies.length,
      p50Ms: percentile(latencies, 0.5),
      p95Ms: percentile(latencies, 0.95),
      serverCores,
      memoryPerCallKb: (joined.rssKb - idle.rssKb) / calls,
      callsPerCore: serverCores > 0 ? calls / serverCores : Infinity,
    };
  } finally {
    await server.stop();
  }
}

export function serverLoadReport(r: ServerLoad, paceMs: number): string[] {
  const n = (x: number, d = 0) => x.toFixed(d);
  return [
    `Live-class server (loopback, one process, memory store): ${r.calls} calls of two students, a move every ${paceMs} ms a side`,
    `  joins (class + call)   ${n(r.joinsPerSecond).padStart(8)} /s`,
    `  move latency           ${n(r.p50Ms, 1).padStart(8)} ms p50, ${n(r.p95Ms, 1)} ms p95 over ${r.moves} moves   (goal p95 ≤ 50 ms)`,
    `  server CPU             ${n(r.serverCores, 2).padStart(8)} cores busy`,
    `  memory                 ${n(r.memoryPerCallKb).padStart(8)} kB a call (resident, after joining)`,
    `  calls per core         ${n(r.callsPerCore).padStart(8)}   at this pace (goal ≥ 500)`,
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name: string, fallback: number) => {
    const i = process.argv.indexOf(`--${name}`);
    const v = Number(process.argv[i + 1]);
    return i >= 0 && Number.isFinite(v) && v > 0 ? v : fallback;
  };
  const paceMs = arg('pace-ms', 1000);
  const result = await benchServerLoad(
    Math.min(arg('calls', 100), 2000),
    Math.min(arg('seconds', 15), 120),
    paceMs,
  );
  console.log(
    process.argv.includes('--json')
      ? JSON.stringify(result, null, 2)
      : serverLoadReport(result, paceMs).join('\n'),
  );
}
