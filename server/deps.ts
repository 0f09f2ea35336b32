// What every room of one server process shares: the record store, the
// scenarios, and how long the computer "thinks" before it answers.
import type { RecordStore } from './records.ts';
import type { ScenarioShelf } from './scenarios.ts';
import type { MoveTimer } from './move-timing.ts';

export interface ServerDeps {
  store: RecordStore;
  shelf: ScenarioShelf;
  /** The computer's pause before each of its moves, in ms (0 in tests and the bench). */
  thinkMs: number;
  /** How long a dropped player's seat waits for them, in seconds. */
  reconnectSeconds: number;
  /** Times each move's handling (the load bench asks for it); absent: nothing is timed. */
  timing?: MoveTimer;
}

/** The presence channel on which a class's calls publish their summaries. */
export const classChannel = (code: string) => `standoff:class:${code}`;
