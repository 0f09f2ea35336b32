// One server process: Colyseus with its WebSocket transport, the class and call
// rooms, and where the calls are kept. Alone it keeps everything in memory; with
// a Redis address, Colyseus's Redis presence and driver let several processes
// share the rooms (a join on one process finds a room on another) and the calls
// are kept in Redis, so another process resumes a dead one's calls.
import {
  createServer,
  type IncomingMessage,
  type RequestListener,
  type ServerResponse,
} from 'node:http';
import { existsSync } from 'node:fs';
import sirv from 'sirv';
import { SECURITY_HEADERS } from '../scripts/content-security-policy.ts';
import { fileURLToPath } from 'node:url';
import { Server, LocalPresence, LocalDriver, matchMaker } from '@colyseus/core';
import { WebSocketTransport } from '@colyseus/ws-transport';
import { RedisPresence } from '@colyseus/redis-presence';
import { RedisDriver } from '@colyseus/redis-driver';
import { CALL_ROOM, CLASS_ROOM } from '../src/net/protocol.ts';
import { CallRoom } from './call-room.ts';
import { ClassRoom, type ClassListing } from './class-room.ts';
import { memoryRecords, redisRecords } from './records.ts';
import { loadShelf } from './scenarios.ts';
import { spreadRooms } from './spread.ts';
import type { ServerDeps } from './deps.ts';
import { moveTimer, type MoveTimings } from './move-timing.ts';

export interface ServerSettings {
  port: number;
  /** The address to listen on: 127.0.0.1 (this computer only) unless told otherwise. */
  host: string;
  /** redis://… to share rooms and calls with other processes; absent: one process, in memory. */
  redis?: string;
  /** The address clients reach this process at (host:port, or host/path behind a proxy), when several run. */
  publicAddress?: string;
  thinkMs: number;
  reconnectSeconds: number;
  /** How long a call's record is kept after its last event, in hours (Redis only; memory lasts the process). */
  keepHours: number;
  scenariosDir: string;
  /** The built site (npm run build: dist/), served with the live-class pages on the server's own address. */
  siteDir: string;
  /** Time each move's handling, for the load bench (see move-timing.ts). */
  timing?: boolean;
}

export const DEFAULT_SETTINGS: ServerSettings = {
  port: 2567,
  host: '127.0.0.1',
  thinkMs: 900,
  reconnectSeconds: 60,
  keepHours: 24,
  scenariosDir: fileURLToPath(new URL('../scenarios', import.meta.url)),
  siteDir: fileURLToPath(new URL('../dist', import.meta.url)),
};

/**
 * The site's files, with the headers of the game's other servers. The live
 * pages come from the server itself, so their Content-Security-Policy
 * ('self' only) lets them reach it and nothing else.
 */
function siteHandler(dir: string): (req: IncomingMessage, res: ServerResponse) => void {
  const files = existsSync(dir)
    ? sirv(dir, {
        setHeaders: (res) => {
          for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
        },
      })
    : undefined;
  return (req, res) => {
    const notFound = () => {
      res.statusCode = 404;
      res.end();
    };
    if (files) files(req, res, notFound);
    else notFound();
  };
}

/** A class's list of names (empty: its students type theirs), null when there is no such class. */
async function classNames(code: string): Promise<string[] | null> {
  if (!/^[A-Z2-9]{5}$/.test(code)) return null;
  const [listed] = await matchMaker.query({ name: CLASS_ROOM, roomId: code });
  if (!listed) return null;
  const roster = (listed.metadata as Partial<ClassListing> | undefined)?.roster;
  return Array.isArray(roster) ? roster.filter((n) => typeof n === 'string') : [];
}

/**
 * GET /class-names?code=…: the class's list of names from Colyseus's room
 * listing (every process sees it), so the join page offers them to pick; the
 * other requests go to `site`.
 */
function withClassNames(site: RequestListener): RequestListener {
  return (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname !== '/class-names') return site(req, res);
    void classNames(url.searchParams.get('code') ?? '')
      .catch(() => null)
      .then((names) => {
        res.writeHead(names ? 200 : 404, {
          ...SECURITY_HEADERS,
          'content-type': 'application/json',
          'cache-control': 'no-store',
        });
        res.end(JSON.stringify(names ?? []));
      });
  };
}

export interface RunningServer {
  port: number;
  deps: ServerDeps;
  /** The move timings since the last call (with settings.timing), else null. */
  timings(): MoveTimings | null;
  stop(): Promise<void>;
}

/**
 * `site` answers the HTTP requests that are not Colyseus's own (by default the
 * built site from `settings.siteDir`; the browser test passes the site server it already runs).
 */
export async function startServer(
  settings: ServerSettings,
  site: RequestListener = siteHandler(settings.siteDir),
): Promise<RunningServer> {
  const store = settings.redis
    ? redisRecords(settings.redis, Math.round(settings.keepHours * 3600))
    : memoryRecords();
  const deps: ServerDeps = {
    store,
    shelf: loadShelf(settings.scenariosDir),
    thinkMs: settings.thinkMs,
    reconnectSeconds: settings.reconnectSeconds,
    ...(settings.timing ? { timing: moveTimer() } : {}),
  };
  const http = createServer(withClassNames(site));
  const server = new Server({
    transport: new WebSocketTransport({ server: http }),
    presence: settings.redis ? new RedisPresence(settings.redis) : new LocalPresence(),
    driver: settings.redis ? new RedisDriver(settings.redis) : new LocalDriver(),
    greet: false,
    gracefullyShutdown: false,
    selectProcessIdToCreateRoom: spreadRooms(),
    ...(settings.publicAddress ? { publicAddress: settings.publicAddress } : {}),
  });
  server.define(CLASS_ROOM, ClassRoom, { deps });
  server.define(CALL_ROOM, CallRoom, { deps }).filterBy(['callId']);
  await server.listen(settings.port, settings.host);
  const address = http.address();
  const port = typeof address === 'object' && address ? address.port : settings.port;
  return {
    port,
    deps,
    timings: () => deps.timing?.take() ?? null,
    async stop() {
      await server.gracefullyShutdown(false);
      await store.close();
    },
  };
}
