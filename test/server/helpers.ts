// Shared by the server tests: a server on a free loopback port, a colyseus.js
// client, and waiting for a room's messages by their content (never by time).
import { afterAll, beforeAll } from 'vitest';
import { Client, type Room } from 'colyseus.js';
import {
  startServer,
  DEFAULT_SETTINGS,
  type RunningServer,
  type ServerSettings,
} from '../../server/app.ts';
import {
  CALL_ROOM,
  CLASS_ROOM,
  MSG,
  type CallEnd,
  type CallStep,
  type CallUpdate,
  type Dashboard,
  type Seat,
} from '../../src/net/protocol.ts';
import { applyStep } from '../../src/net/call-steps.ts';

export async function testServer(settings: Partial<ServerSettings> = {}): Promise<RunningServer> {
  return startServer({
    ...DEFAULT_SETTINGS,
    port: 0,
    thinkMs: 0,
    reconnectSeconds: 5,
    ...settings,
  });
}

export const clientOf = (port: number) => new Client(`http://127.0.0.1:${port}`);

/** Every message a room received, by type, and a way to wait for one that passes a test. */
export interface Inbox {
  all: { type: string; message: unknown }[];
  next<T>(type: string, test?: (message: T) => boolean): Promise<T>;
  last<T>(type: string): T | undefined;
}

export function inbox(room: Room, timeoutMs = 10_000): Inbox {
  const all: { type: string; message: unknown }[] = [];
  const waiting: { type: string; test: (m: unknown) => boolean; resolve: (m: unknown) => void }[] =
    [];
  let view: CallUpdate | undefined;
  const deliver = (type: string, message: unknown) => {
    all.push({ type, message });
    for (const w of [...waiting])
      if (w.type === type && w.test(message)) {
        waiting.splice(waiting.indexOf(w), 1);
        w.resolve(message);
      }
  };
  room.onMessage('*', (type, message) => {
    deliver(String(type), message);
    // A view whole, then kept up to date by the steps: each step gives the tests a whole view too.
    if (type === MSG.view) view = message as CallUpdate;
    if (type !== MSG.step || !view) return;
    const next = applyStep(view, message as CallStep);
    if (!next) throw new Error(`a step out of order: ${JSON.stringify(message).slice(0, 200)}`);
    view = next;
    deliver(MSG.view, next);
  });
  return {
    all,
    next<T>(type: string, test: (message: T) => boolean = () => true): Promise<T> {
      const seen = all.find((m) => m.type === type && test(m.message as T));
      if (seen) return Promise.resolve(seen.message as T);
      return new Promise<T>((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`no "${type}" message in ${timeoutMs} ms`)),
          timeoutMs,
        );
        waiting.push({
          type,
          test: (m) => test(m as T),
          resolve: (m) => {
            clearTimeout(timer);
            resolve(m as T);
          },
        });
      });
    },
    last<T>(type: string): T | undefined {
      return all.filter((m) => m.type === type).at(-1)?.message as T | undefined;
    },
  };
}

export interface Player {
  room: Room;
  box: Inbox;
  seat: Seat;
}

export interface LiveClass {
  teacher: Room;
  teacherBox: Inbox;
  code: string;
  players: Player[];
}

/** The teacher's options for a class of the default scenario, any names. */
export const TEACHER = {
  teacher: true,
  scenario: '2026-01-12-sheinbaum-trump-call',
  difficulty: 'normal',
  language: 'en',
  roster: [],
};

/** A class with `students` students paired at random and started: each student seated in their call. */
export async function startClass(
  client: Client,
  students: number,
  options: {
    scenario?: string;
    seed?: number;
    studentClient?: (i: number) => Client;
    /** Called once the class exists, before anyone joins. */
    onCreated?: (code: string) => Promise<void>;
  } = {},
): Promise<LiveClass> {
  const teacher = await client.create(CLASS_ROOM, {
    ...TEACHER,
    ...(options.scenario === undefined ? {} : { scenario: options.scenario }),
    ...(options.seed === undefined ? {} : { seed: options.seed }),
  });
  const teacherBox = inbox(teacher);
  const code = teacher.roomId;
  await options.onCreated?.(code);
  const lobbies = await Promise.all(
    Array.from({ length: students }, async (_, i) => {
      const room = await (options.studentClient?.(i) ?? client).joinById(code, {
        name: `Student ${i + 1}`,
      });
      return { room, box: inbox(room) };
    }),
  );
  await teacherBox.next<Dashboard>(MSG.dashboard, (d) => d.students.length === students);
  teacher.send(MSG.pairRandom);
  await teacherBox.next<Dashboard>(
    MSG.dashboard,
    (d) => d.pairs.length === Math.ceil(students / 2),
  );
  teacher.send(MSG.start);
  const players = await Promise.all(
    lobbies.map(async ({ box }, i) => {
      const seat = await box.next<Seat>(MSG.seat);
      const call = await (options.studentClient?.(i) ?? client).joinOrCreate(CALL_ROOM, {
        ...seat,
      });
      return { room: call, box: inbox(call), seat };
    }),
  );
  for (const l of lobbies) void l.room.leave();
  return { teacher, teacherBox, code, players };
}

/** The last view a player got. */
export const viewOf = (player: Player) => player.box.last<CallUpdate>(MSG.view);

/** Plays a player's side with `pick` until an update passes `stop` (or the call ends); returns that update. */
export async function playTo(
  player: Player,
  pick: (update: CallUpdate) => unknown,
  stop: (update: CallUpdate) => boolean,
): Promise<CallUpdate> {
  let handled = -1;
  for (;;) {
    const update = await player.box.next<CallUpdate>(
      MSG.view,
      (u) => u.events > handled && (u.phase === 'ended' || stop(u) || u.legal.fixed.length > 0),
    );
    handled = update.events;
    if (update.phase === 'ended' || stop(update)) return update;
    player.room.send(MSG.move, pick(update));
  }
}

/** Plays a player's side with `pick` until the call ends; returns their result. */
export async function playOut(
  player: Player,
  pick: (update: CallUpdate) => unknown,
): Promise<CallEnd> {
  await playTo(player, pick, (u) => u.phase === 'ended');
  return player.box.next<CallEnd>(MSG.result);
}

/** A legal move chosen from the update alone (so a replay chooses the same): accept when offered late, else any legal move. */
export function anyLegal(update: CallUpdate): unknown {
  const { fixed, propose } = update.legal;
  const n = update.events;
  const accept = fixed.find((m) => m.kind === 'accept');
  if (accept && n > 12) return accept;
  if (propose && n % 3 === 0)
    return {
      kind: 'propose',
      terms: Object.fromEntries(
        propose.map((p, i) => [p.issue, p.choices[(n + i) % p.choices.length]]),
      ),
    };
  const calm = fixed.filter(
    (m) => m.kind !== 'endCall' && !(m.kind === 'statement' && m.tone === 'threatening'),
  );
  return calm[n % Math.max(1, calm.length)] ?? fixed[0];
}

/** Reconnects as a page does: until the server has seen the drop and holds the seat (a few tries at most). */
export async function reconnect(client: Client, token: string, tries = 100): Promise<Room> {
  for (let i = 0; ; i++) {
    try {
      return await client.reconnect(token);
    } catch (error) {
      if (i >= tries) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

/** A server for the file's tests, started before them and stopped after. */
export function useTestServer(settings: Partial<ServerSettings> = {}): {
  server: () => RunningServer;
  client: () => Client;
} {
  let server: RunningServer | undefined;
  let client: Client | undefined;
  beforeAll(async () => {
    server = await testServer(settings);
    client = clientOf(server.port);
  });
  afterAll(async () => {
    await server?.stop();
  });
  const need = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the test server is not running');
    return value;
  };
  return { server: () => need(server), client: () => need(client) };
}
