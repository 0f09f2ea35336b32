// A game's log, transcript and meter history only grow. Copying them at every
// move made a long game quadratic: 7,203 events allocated gigabytes and spent
// most of their time collecting garbage. Here the states of a game share one
// buffer per list: a move appends to it when it extends the newest state (the
// usual case), and copies the prefix only when an older state is extended
// again (a search trying several moves from one state). Each state still shows
// ordinary arrays — JSON, spreading and comparisons see no difference — made on
// first use and kept; the engine and the replay read the lists in place with
// `listOf`, so playing or replaying a game never copies them. Short games keep
// plain arrays (SHARED_FROM_MOVES).
import type { GameState, LoggedMove, TranscriptEntry } from './types.ts';

type Lists = Pick<GameState, 'log' | 'transcript' | 'meterHistory'>;
export type ListName = keyof Lists;

/** What a move adds to each list. */
export interface Added {
  log: LoggedMove[];
  transcript: TranscriptEntry[];
  meterHistory: GameState['meterHistory'];
}

interface Shared<T> {
  buffer: T[];
  length: number;
  copy: T[] | undefined;
}

interface Holders {
  log: Shared<LoggedMove>;
  transcript: Shared<TranscriptEntry>;
  meterHistory: Shared<GameState['meterHistory'][number]>;
}

/** List entries copied so far (a fork, or a state's lists made into arrays): a test watches it stay flat. */
export const historyCopies = { entries: 0 };

/** The shared lists of the states made here (other states hold ordinary arrays). */
const HOLDERS = new WeakMap<GameState, Holders>();

/** A state's list read in place: no copy. */
export interface ListView<T> {
  length: number;
  at(index: number): T | undefined;
}

export function listOf<K extends ListName>(state: GameState, name: K): ListView<Lists[K][number]> {
  const shared = HOLDERS.get(state)?.[name];
  if (!shared) return state[name];
  const { buffer, length } = shared;
  return { length, at: (i) => (i >= 0 && i < length ? buffer[i] : undefined) };
}

/** The transcript entries from index `from` to the end of the state's transcript. */
export function transcriptFrom(state: GameState, from: number): TranscriptEntry[] {
  const view = listOf(state, 'transcript');
  const entries: TranscriptEntry[] = [];
  for (let i = Math.max(0, from); i < view.length; i++) {
    const entry = view.at(i);
    if (entry) entries.push(entry);
  }
  return entries;
}

function extend<T>(
  shared: Shared<T> | undefined,
  own: () => readonly T[],
  added: readonly T[],
): Shared<T> {
  let buffer: T[];
  if (shared && shared.buffer.length === shared.length) buffer = shared.buffer;
  else {
    buffer = shared ? shared.buffer.slice(0, shared.length) : own().slice();
    historyCopies.entries += buffer.length;
  }
  for (const item of added) buffer.push(item);
  return { buffer, length: buffer.length, copy: undefined };
}

function copyOf<T>(shared: Shared<T>): T[] {
  if (shared.copy) return shared.copy;
  historyCopies.entries += shared.length;
  return (shared.copy = shared.buffer.slice(0, shared.length));
}

/**
 * Below this many moves a state's lists are ordinary arrays, copied at each
 * move: a short game (a simulation, a search) pays least that way. Measured
 * (session 7): sharing from the first move (a node per move and the lists as
 * getters that make the arrays on first use) cost 3–4× the copies at 13 and
 * at 40 moves, the getters and the hidden link from state to lists being
 * dearer than copying a few dozen entries. Past it the copies would grow with
 * the game, so the lists are shared.
 */
export const SHARED_FROM_MOVES = 64;

/**
 * `list` and then `added`, as a new array of the right size, copied by hand:
 * twice as fast as `concat` (a generic builtin) for the few dozen entries of a
 * short game's lists, the rules' most frequent allocation.
 */
function appended<T>(list: readonly T[], added: readonly T[]): T[] {
  const n = list.length;
  const m = added.length;
  const out = new Array<T>(n + m);
  for (let i = 0; i < n; i++) out[i] = list[i] as T;
  for (let j = 0; j < m; j++) out[n + j] = added[j] as T;
  return out;
}

/**
 * The state `fields` (everything but the lists) with `previous`'s lists and
 * what the move added to them.
 */
export function withLists(
  previous: GameState,
  fields: Omit<GameState, ListName>,
  added: Added,
): GameState {
  const before = HOLDERS.get(previous);
  if (!before && previous.log.length < SHARED_FROM_MOVES)
    // Written out field by field in newGame's order: every state has one shape.
    return {
      settings: fields.settings,
      rng: fields.rng,
      clock: fields.clock,
      turn: fields.turn,
      meters: fields.meters,
      settled: fields.settled,
      standing: fields.standing,
      log: appended(previous.log, added.log),
      transcript: appended(previous.transcript, added.transcript),
      meterHistory: appended(previous.meterHistory, added.meterHistory),
      evidenceUsed: fields.evidenceUsed,
      redLinesInvoked: fields.redLinesInvoked,
      counts: fields.counts,
      models: fields.models,
      result: fields.result,
    };
  const holders: Holders = {
    log: extend(before?.log, () => previous.log, added.log),
    transcript: extend(before?.transcript, () => previous.transcript, added.transcript),
    meterHistory: extend(before?.meterHistory, () => previous.meterHistory, added.meterHistory),
  };
  const next: GameState = {
    ...fields,
    get log() {
      return copyOf(holders.log);
    },
    get transcript() {
      return copyOf(holders.transcript);
    },
    get meterHistory() {
      return copyOf(holders.meterHistory);
    },
  };
  HOLDERS.set(next, holders);
  return next;
}
