// Where the server keeps each call: its settings and seats, and every accepted
// event as one token of a result file's `moves` (src/negotiation/result.ts), so
// a stored call is a handed-in result waiting for its end. An event is stored
// before anyone is told of it; a call room that dies resumes from here.
// In memory for one process; in Redis when several processes share the calls.
import { Redis } from 'ioredis';
import type { GameSettings, SideId } from '../src/negotiation/types.ts';
import type { Language } from '../src/messages/catalogues.ts';

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

export interface RecordStore {
  putCall(call: StoredCall): Promise<void>;
  /** The call and its events' tokens so far; null when there is no such call (or it expired). */
  getCall(id: string): Promise<{ call: StoredCall; moves: string[] } | null>;
  /** Appends one event's token; resolves once it is stored. */
  appendEvent(id: string, token: string): Promise<void>;
  close(): Promise<void>;
}

export function memoryRecords(): RecordStore {
  const calls = new Map<string, { call: StoredCall; moves: string[] }>();
  return {
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

/** Calls in Redis, each kept `keepSeconds` after its last event, then deleted by Redis itself. */
export function redisRecords(url: string, keepSeconds: number): RecordStore {
  const redis = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 3 });
  return {
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
