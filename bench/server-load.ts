// The live-class server under load, on loopback, bounded in count and time:
// one server process (the bundled server, memory store, the computer without
// a pause), classes of 30 students joining, then every pair playing its call
// at a pace (staggered as people are; --lockstep: every call on one beat). The
// students are Colyseus clients in child processes of their own
// (--client-processes, 2 by default), which report their own CPU and event-loop
// delay. The server times and stamps each move (arrival, step told to the
// players, stored first) on the wall clock the processes share, and the
// clients time the round trip, so each round trip splits into its way in, the
// server's handling and its way back. Reports join throughput, the latencies,
// the server's CPU share and memory per call, calls per core, and the load average.
// `npx tsx bench/server-load.ts [--calls N] [--seconds S] [--pace-ms MS]
// [--client-processes P] [--lockstep] [--json]`; `npm run bench` runs a short one.
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Client, type Room } from 'colyseus.js';
import {
  CALL_ROOM,
  CLASS_ROOM,
  MSG,
  type CallStep,
  type CallUpdate,
  type Dashboard,
  type Seat,
} from '../src/net/protocol.ts';
import { wallClock, type MoveStamp, type MoveTimings } from '../server/move-timing.ts';
import { bundleServer, startPlainServerProcess, type Spawned } from '../test/server/processes.ts';

export interface ServerLoad {
  calls: number;
  /** Whether every student moved on the same beat (see waits). */
  lockstep: boolean;
  joinsPerSecond: number;
  moves: number;
  /**
   * The round trip a client sees, a move sent to its step read (end to end),
   * and its parts, matched move by move with the server's stamps on the wall
   * clock the processes share: the way in (sent to the server reading it: the
   * network and the server's queue), the server's handling, the way back (step
   * sent to the client reading it: the network and the client's own queue).
   */
  trip: Record<'roundTrip' | 'wayIn' | 'handling' | 'wayBack', Spread>;
  /** Moves whose round trip was matched with the server's stamps (all, unless a call ended mid-move). */
  matched: number;
  /** The server's own handling of a move, arrival to step sent. */
  server: Omit<MoveTimings, 'stamps'>;
  /** The client processes' own load: their CPU (summed) and their event loops' delay (the worst process's). */
  clients: ClientSelf & { processes: number };
  /** The server's CPU time over wall time while the calls ran (1 = one core busy). */
  serverCores: number;
  /** The server's CPU time per move (its whole process: moves, dashboards, timers), in ms. */
  cpuPerMoveMs: number;
  /** Moves the server handled a second while the calls ran. */
  movesPerSecond: number;
  memoryPerCallKb: number;
  /**
   * Calls one core would carry at the bench's pace (a move every paceMs a call):
   * paceMs / CPU ms a move, whether or not the clients kept that pace.
   */
  callsPerCore: number;
  /** The machine's load average (1 minute) before and after. */
  load: [number, number];
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

export interface Spread {
  p50Ms: number;
  p95Ms: number;
}

function spread(values: number[]): Spread {
  const sorted = values.sort((a, b) => a - b);
  return { p50Ms: percentile(sorted, 0.5), p95Ms: percentile(sorted, 0.95) };
}

/** Each client's round trip, and its parts where the server stamped the same move. */
function splitTrips(trips: Trip[], stamps: MoveStamp[]): Pick<ServerLoad, 'trip' | 'matched'> {
  const byMove = new Map(
    stamps.map(([call, events, arrived, sent]) => [`${call} ${events}`, { arrived, sent }]),
  );
  const parts = { wayIn: [] as number[], handling: [] as number[], wayBack: [] as number[] };
  for (const [call, events, sent, read] of trips) {
    const stamp = byMove.get(`${call} ${events}`);
    if (!stamp) continue;
    parts.wayIn.push(stamp.arrived - sent);
    parts.handling.push(stamp.sent - stamp.arrived);
    parts.wayBack.push(read - stamp.sent);
  }
  return {
    trip: {
      roundTrip: spread(trips.map(([, , sent, read]) => read - sent)),
      wayIn: spread(parts.wayIn),
      handling: spread(parts.handling),
      wayBack: spread(parts.wayBack),
    },
    matched: parts.wayIn.length,
  };
}

// — the students' side, in a child process —

/** What a player needs of a view or a step to move: both carry these. */
type Seen = Pick<CallUpdate | CallStep, 'phase' | 'legal' | 'events'>;

/** The first legal move that keeps the call going (no hanging up), else any. */
function pick(u: Seen): unknown {
  const calm = u.legal.fixed.filter(
    (m) => m.kind !== 'endCall' && !(m.kind === 'statement' && m.tone === 'threatening'),
  );
  return calm[u.events % Math.max(1, calm.length)] ?? u.legal.fixed[0];
}

/**
 * A join again when its connection failed under it, not when the server
 * refused it (a refusal has a code): the server closes an idle kept-alive HTTP
 * connection after 5 s just as Node's client may reuse it ("socket hang up";
 * a browser retries such a request itself), and on a crowded machine a
 * WebSocket may not open in time.
 */
async function retried<T>(join: () => Promise<T>, tries = 3): Promise<T> {
  try {
    return await join();
  } catch (error) {
    if (tries <= 1 || (error as { code?: unknown }).code !== undefined) throw error;
    return retried(join, tries - 1);
  }
}

/** One class: the teacher opens it, `size` students join, the room pairs them and starts; their seats. */
async function openClass(client: Client, size: number): Promise<Promise<Seat>[]> {
  const teacher = await retried(() =>
    client.create(CLASS_ROOM, {
      teacher: true,
      scenario: '2026-01-12-sheinbaum-trump-call',
      difficulty: 'normal',
      language: 'en',
      roster: [],
    }),
  );
  const when = (test: (d: Dashboard) => boolean) =>
    new Promise<void>((resolve) =>
      teacher.onMessage(MSG.dashboard, (d: Dashboard) => test(d) && resolve()),
    );
  const paired = when((d) => d.pairs.length * 2 >= size);
  const joined = when((d) => d.students.length === size);
  // A student's page hears the lobby, then its seat, and leaves the class room for its call.
  const seats = Array.from({ length: size }, async (_, i) => {
    const room = await retried(() => client.joinById(teacher.roomId, { name: `S${i}` }));
    room.onMessage(MSG.lobby, () => {});
    const seat = await new Promise<Seat>((resolve) => room.onMessage(MSG.seat, resolve));
    void room.leave();
    return seat;
  });
  await joined;
  teacher.send(MSG.pairRandom);
  await paired;
  teacher.send(MSG.start);
  return seats;
}

/**
 * How long a student waits before each move: `paceMs` on average. In lockstep
 * every student waits exactly `paceMs` and all start at once (every call's
 * move lands in the same instant: a burst a pace); otherwise the first wait is
 * anywhere in one pace and each later one 0.5–1.5 paces, as people are.
 */
function waits(paceMs: number, lockstep: boolean): { first(): number; next(): number } {
  if (lockstep) return { first: () => paceMs, next: () => paceMs };
  return { first: () => Math.random() * paceMs, next: () => (0.5 + Math.random()) * paceMs };
}

/** A student in their call: listens from joining, and once started moves after each step that is theirs. */
/** A move's round trip on the wall clock all processes share: its call, the events after it, sent, step read. */
type Trip = [call: string, events: number, sent: number, read: number];

function player(room: Room, callId: string, wait: ReturnType<typeof waits>, trips: Trip[]) {
  let latest: Seen | undefined;
  let sentAt = 0;
  let until = -1;
  let moved = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let done: () => void = () => {};
  const finished = new Promise<void>((resolve) => (done = resolve));
  const play = (u: Seen) => {
    if (u.phase === 'ended' || performance.now() > until) return done();
    if (u.legal.fixed.length === 0) return;
    clearTimeout(timer);
    timer = setTimeout(
      () => {
        sentAt = wallClock();
        room.send(MSG.move, pick(u));
      },
      moved ? wait.next() : wait.first(),
    );
    moved = true;
  };
  const seen = (u: Seen) => {
    if (latest && u.events <= latest.events) return;
    latest = u;
    if (sentAt > 0) trips.push([callId, u.events, sentAt, wallClock()]);
    sentAt = 0;
    if (until > 0) play(u);
  };
  room.onMessage(MSG.view, seen);
  room.onMessage(MSG.step, seen);
  // The call's end: the player's result (the bench needs none of it).
  room.onMessage(MSG.result, () => {});
  return {
    finished,
    start(end: number) {
      until = end;
      if (latest) play(latest);
    },
  };
}

interface ClientPlan {
  port: number;
  calls: number;
  paceMs: number;
  seconds: number;
  lockstep: boolean;
}

/** What a client process measured of itself while its calls ran: is the round trip its own wait? */
export interface ClientSelf {
  /** Its CPU time over wall time (1 = one core busy). */
  cores: number;
  /** Its event loop's delay: how long a step that has arrived may wait to be read. */
  loopDelayP95Ms: number;
  loopDelayMaxMs: number;
}

/** Plays `run` while timing this process's CPU and event loop. */
async function selfTimed(run: () => Promise<unknown>): Promise<ClientSelf> {
  const loop = monitorEventLoopDelay({ resolution: 5 });
  const cpu = process.cpuUsage();
  const start = performance.now();
  loop.enable();
  await run();
  loop.disable();
  const used = process.cpuUsage(cpu);
  return {
    cores: (used.user + used.system) / 1000 / (performance.now() - start),
    loopDelayP95Ms: loop.percentile(95) / 1e6,
    loopDelayMaxMs: loop.max / 1e6,
  };
}

/** A child process's part: its classes, then (on "go") its calls played for `seconds`; the latencies to the parent. */
async function runClients(
  plan: ClientPlan,
  tell: (message: unknown) => Promise<void>,
): Promise<void> {
  const client = new Client(`http://127.0.0.1:${plan.port}`);
  // One HTTP connection a join, not kept alive: a busy client would otherwise reuse
  // connections the server has closed after 5 s idle, and fail on them again and again.
  client.http.headers = { ...client.http.headers, Connection: 'close' };
  const students = plan.calls * 2;
  const seats: Promise<Seat>[] = [];
  for (let c = 0; c * CLASS_SIZE < students; c++)
    seats.push(...(await openClass(client, Math.min(CLASS_SIZE, students - c * CLASS_SIZE))));
  const trips: Trip[] = [];
  const wait = waits(plan.paceMs, plan.lockstep);
  const players = await Promise.all(
    seats.map(async (pending) => {
      const seat = await pending;
      const room = await retried(() => client.joinOrCreate(CALL_ROOM, { ...seat }));
      return player(room, seat.callId, wait, trips);
    }),
  );
  await tell({ ready: true });
  await new Promise((resolve) => process.once('message', resolve));
  const self = await selfTimed(() => {
    for (const p of players) p.start(performance.now() + plan.seconds * 1000);
    return Promise.race([
      Promise.all(players.map((p) => p.finished)),
      new Promise((resolve) => setTimeout(resolve, plan.seconds * 1000 + 3000)),
    ]);
  });
  await tell({ played: { trips, self } });
}

// — the parent: the server, the child processes, the figures —

/** Asks the server (started with --timing) for its move timings since the last ask. */
function askTimings(server: Spawned): Promise<MoveTimings> {
  const prefix = 'standoff move timing ';
  return new Promise((resolve) => {
    let text = '';
    const onData = (chunk: Buffer) => {
      text += chunk.toString();
      const line = text.split('\n').find((l) => l.startsWith(prefix) && text.includes(`${l}\n`));
      if (!line) return;
      server.child.stdout?.off('data', onData);
      resolve(JSON.parse(line.slice(prefix.length)) as MoveTimings);
    };
    server.child.stdout?.on('data', onData);
    server.child.kill('SIGUSR2');
  });
}

interface Played {
  trips: Trip[];
  self: ClientSelf;
}

interface ClientProcess {
  child: ChildProcess;
  ready: Promise<void>;
  played: Promise<Played>;
}

function startClients(plan: ClientPlan): ClientProcess {
  const child = fork(fileURLToPath(import.meta.url), ['--client', JSON.stringify(plan)], {
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const said = <T>(key: string) =>
    new Promise<T>((resolve, reject) => {
      child.on('message', (m: Record<string, T>) => key in m && resolve(m[key] as T));
      child.once('exit', (code) => reject(new Error(`a client process exited (${code})`)));
    });
  return {
    child,
    ready: said<true>('ready').then(() => {}),
    played: said<Played>('played'),
  };
}

export interface LoadOptions {
  /** Child processes the students are spread over (2 by default). */
  processes?: number;
  /** Every student moves exactly every paceMs, all calls at once (the old bench's bursts); staggered by default. */
  lockstep?: boolean;
}

export async function benchServerLoad(
  calls: number,
  seconds: number,
  paceMs: number,
  { processes = 2, lockstep = false }: LoadOptions = {},
): Promise<ServerLoad> {
  const loadBefore = loadavg()[0] ?? 0;
  await bundleServer();
  const server = await startPlainServerProcess(['--timing']);
  const pid = server.child.pid ?? 0;
  const shares = Array.from(
    { length: processes },
    (_, i) => Math.floor((calls * (i + 1)) / processes) - Math.floor((calls * i) / processes),
  ).filter((n) => n > 0);
  const clients: ClientProcess[] = [];
  try {
    const idle = usage(pid);
    const joinStart = performance.now();
    for (const share of shares)
      clients.push(startClients({ port: server.port, calls: share, paceMs, seconds, lockstep }));
    await Promise.all(clients.map((c) => c.ready));
    const joinMs = performance.now() - joinStart;
    const joined = usage(pid);
    await askTimings(server);
    const startWall = performance.now();
    for (const c of clients) c.child.send({ go: true });
    const played = await Promise.all(clients.map((c) => c.played));
    const trips = played.flatMap((p) => p.trips);
    const wall = (performance.now() - startWall) / 1000;
    const serverCores = (usage(pid).cpu - joined.cpu) / wall;
    const { stamps, ...timings } = await askTimings(server);
    return {
      calls,
      joinsPerSecond: (calls * 4) / (joinMs / 1000),
      lockstep,
      moves: trips.length,
      ...splitTrips(trips, stamps),
      server: timings,
      clients: {
        processes: played.length,
        cores: played.reduce((sum, p) => sum + p.self.cores, 0),
        loopDelayP95Ms: Math.max(...played.map((p) => p.self.loopDelayP95Ms)),
        loopDelayMaxMs: Math.max(...played.map((p) => p.self.loopDelayMaxMs)),
      },
      serverCores,
      cpuPerMoveMs: timings.moves > 0 ? (serverCores * wall * 1000) / timings.moves : 0,
      movesPerSecond: timings.moves / wall,
      memoryPerCallKb: (joined.rssKb - idle.rssKb) / calls,
      callsPerCore: timings.moves > 0 ? (paceMs * timings.moves) / (serverCores * wall * 1000) : 0,
      load: [loadBefore, loadavg()[0] ?? 0],
    };
  } finally {
    for (const c of clients) c.child.kill();
    await server.stop();
  }
}

export function serverLoadReport(r: ServerLoad, paceMs: number): string[] {
  const n = (x: number, d = 0) => x.toFixed(d);
  const s = r.server;
  const t = r.trip;
  return [
    `Live-class server (loopback, one process, memory store): ${r.calls} calls of two students, a move every ${paceMs} ms a side${r.lockstep ? ' in lockstep' : ' on average, staggered'}`,
    `  joins (class + call)   ${n(r.joinsPerSecond).padStart(8)} /s`,
    `  move, server's own     ${n(s.p50Ms, 2).padStart(8)} ms p50, ${n(s.p95Ms, 2)} ms p95, ${n(s.p99Ms, 2)} ms p99 over ${s.moves} moves   (goal p95 ≤ 50 ms)`,
    `  event loop delay       ${n(s.loopDelayP95Ms, 1).padStart(8)} ms p95, ${n(s.loopDelayMaxMs, 1)} ms max   (how long the server may not read a message)`,
    `  move, round trip       ${n(t.roundTrip.p50Ms, 1).padStart(8)} ms p50, ${n(t.roundTrip.p95Ms, 1)} ms p95 over ${r.moves} moves   (end to end, as the clients saw it; goal p95 ≤ 50 ms)`,
    `    way in               ${n(t.wayIn.p50Ms, 1).padStart(8)} ms p50, ${n(t.wayIn.p95Ms, 1)} ms p95   (sent to the server reading it: its queue)`,
    `    server               ${n(t.handling.p50Ms, 1).padStart(8)} ms p50, ${n(t.handling.p95Ms, 1)} ms p95`,
    `    way back             ${n(t.wayBack.p50Ms, 1).padStart(8)} ms p50, ${n(t.wayBack.p95Ms, 1)} ms p95   (step sent to the client reading it: the client's queue; ${r.matched} moves matched)`,
    `  client processes       ${n(r.clients.processes).padStart(8)}, ${n(r.clients.cores, 3)} cores busy, event loop delay ${n(r.clients.loopDelayP95Ms, 1)} ms p95, ${n(r.clients.loopDelayMaxMs, 1)} ms max (the worst process)`,
    `  server CPU             ${n(r.serverCores, 3).padStart(8)} cores busy, ${n(r.cpuPerMoveMs, 2)} ms a move, ${n(r.movesPerSecond)} moves/s (${n(r.movesPerSecond / r.calls, 2)} a call)`,
    `  memory                 ${n(r.memoryPerCallKb).padStart(8)} kB a call (resident, after joining)`,
    `  calls per core         ${n(r.callsPerCore).padStart(8)}   at this pace (goal ≥ 500)`,
    `  load average           ${n(r.load[0], 1).padStart(8)} before, ${n(r.load[1], 1)} after`,
  ];
}

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  const v = Number(process.argv[i + 1]);
  return i >= 0 && Number.isFinite(v) && v > 0 ? v : fallback;
};

if (import.meta.url === `file://${process.argv[1]}`) {
  const plan = process.argv[process.argv.indexOf('--client') + 1];
  if (process.argv.includes('--client') && plan) {
    await runClients(
      JSON.parse(plan) as ClientPlan,
      (m) => new Promise((resolve) => process.send?.(m, () => resolve())),
    );
    process.exit(0);
  }
  const paceMs = arg('pace-ms', 1000);
  const result = await benchServerLoad(
    Math.min(arg('calls', 100), 2000),
    Math.min(arg('seconds', 15), 120),
    paceMs,
    {
      processes: Math.min(arg('client-processes', 2), 8),
      lockstep: process.argv.includes('--lockstep'),
    },
  );
  console.log(
    process.argv.includes('--json')
      ? JSON.stringify(result, null, 2)
      : serverLoadReport(result, paceMs).join('\n'),
  );
}
