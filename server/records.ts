// Where the server keeps each call: its settings and seats, and every accepted
// event as one token of a result file's `moves` (src/negotiation/result.ts), so
// a stored call is a handed-in result waiting for its end. An event is stored
// before anyone is told of it; a call room that dies resumes from here.
// In memory for one process; in Redis when several processes share the calls.
import { Redis } from 'ioredis';
import type { GameSettings, SideId } from '../src/negotiation/types.ts';
import type { Language } from '../src/messages/catalogues.ts';
import type { ClassOptions, Pairing, Seat } from '../src/net/protocol.ts';

/** A player's place in a call: their name and the secret their page joins with. */
export interface StoredSeat {
  name: string;
  token: string;
}

/** A call's fixed part, written once when the class starts. */
export interface StoredCall {
  id: string;
  /** The class room (its join code) whose dashboard follows this call. */
  classCode: string;
  /** The scenario's id and content hash, as in a result file. */
  scenario: string;
  hash: string;
  language: Language;
  settings: GameSettings;
  /** The seat of each human side; the computer's side has none. */
  seats: Record<SideId, StoredSeat>;
}

/**
 * A class's state, written on every change (a join, a pairing, the start), so
 * another process resumes the class room when its own dies: the teacher's key
 * opens it again, the students are listed, the calls found by their ids.
 */
export interface StoredClass {
  code: string;
  /** The secret the teacher's page resumes the class with. */
  key: string;
  options: ClassOptions;
  /** The students by their id in the class room (a student who joins again by name takes over their entry). */
  students: { id: string; name: string; callId: string | null; seat?: Seat }[];
  pairs: Pairing['pairs'];
  started: boolean;
}

export interface RecordStore {
  putClass(stored: StoredClass): Promise<void>;
  /** The class with this join code, or null (none, or expired). */
  getClass(code: string): Promise<StoredClass | null>;
  putCall(call: StoredCall): Promise<void>;
  /** The call and its events' tokens so far; null when there is no such call (or it expired). */
  getCall(id: string): Promise<{ call: StoredCall; moves: string[] } | null>;
  /** Appends one event's token; resolves once it is stored. */
  appendEvent(id: string, token: string): Promise<void>;
  close(): Promise<void>;
}

export function memoryRecords(): RecordStore {
  const calls = new Map<string, { call: StoredCall; moves: string[] }>();
  const classes = new Map<string, StoredClass>();
  return {
    putClass: async (stored) => {
      classes.set(stored.code, structuredClone(stored));
    },
    getClass: async (code) => structuredClone(classes.get(code) ?? null),
    putCall: async (call) => {
      calls.set(call.id, { call: structuredClone(call), moves: [] });
    },
    getCall: async (id) => {
      const found = calls.get(id);
      return found ? { call: structuredClone(found.call), moves: [...found.moves] } : null;
    },
    appendEvent: async (id, token) => {
      calls.get(id)?.moves.push(token);
    },
    close: async () => {},
  };
}

const callKey = (id: string) => `standoff:call:${id}`;
const movesKey = (id: string) => `standoff:call:${id}:moves`;
const classKey = (code: string) => `standoff:classroom:${code}`;

/** Calls in Redis, each kept `keepSeconds` after its last event, then deleted by Redis itself. */
export function redisRecords(url: string, keepSeconds: number): RecordStore {
  const redis = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 3 });
  return {
    putClass: async (stored) => {
      await redis.set(classKey(stored.code), JSON.stringify(stored), 'EX', keepSeconds);
    },
    getClass: async (code) => {
      const text = await redis.get(classKey(code));
      return text === null ? null : (JSON.parse(text) as StoredClass);
    },
    putCall: async (call) => {
      await redis
        .multi()
        .set(callKey(call.id), JSON.stringify(call), 'EX', keepSeconds)
        .del(movesKey(call.id))
        .exec();
    },
    getCall: async (id) => {
      const [text, moves] = await Promise.all([
        redis.get(callKey(id)),
        redis.lrange(movesKey(id), 0, -1),
      ]);
      if (text === null) return null;
      return { call: JSON.parse(text) as StoredCall, moves };
    },
    appendEvent: async (id, token) => {
      await redis
        .multi()
        .rpush(movesKey(id), token)
        .expire(movesKey(id), keepSeconds)
        .expire(callKey(id), keepSeconds)
        .exec();
    },
    close: async () => {
      await redis.quit();
    },
  };
}
