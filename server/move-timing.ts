// The server's own time over each move, from its arrival in the call room to
// the step told to the players (stored first), apart from the network and the
// clients: what the load bench reports as the server's latency. Kept only
// when asked for (--timing); `take` gives the figures so far and starts afresh.
// Each move is also stamped on the wall clock every process on the computer
// shares (arrival, step sent), so the bench can split a client's round trip
// into its way in, the server's handling and its way back.
import { monitorEventLoopDelay } from 'node:perf_hooks';

/** A move's stamps: its call, the events after it, its arrival and its step sent (ms since the epoch). */
export type MoveStamp = [call: string, events: number, arrived: number, sent: number];

export interface MoveTimings {
  moves: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
  /** The event loop's delay, p95: how long a message may wait before the server reads it. */
  loopDelayP95Ms: number;
  /** Its longest: the server's longest stretch without reading a message. */
  loopDelayMaxMs: number;
  stamps: MoveStamp[];
}

export interface MoveTimer {
  /** A move of `call` that arrived at `arrived` (performance.now()) has been told as event `events`. */
  record(call: string, events: number, arrived: number): void;
  take(): MoveTimings;
}

/** The wall clock at a performance.now() reading, in ms: the same in every process of this computer. */
export const wallClock = (now: number = performance.now()) => performance.timeOrigin + now;

export function moveTimer(): MoveTimer {
  let times: number[] = [];
  let stamps: MoveStamp[] = [];
  const loop = monitorEventLoopDelay({ resolution: 5 });
  loop.enable();
  return {
    record(call, events, arrived) {
      const now = performance.now();
      times.push(now - arrived);
      stamps.push([call, events, wallClock(arrived), wallClock(now)]);
    },
    take() {
      const sorted = times.sort((a, b) => a - b);
      const at = (p: number) =>
        sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
      const taken: MoveTimings = {
        moves: sorted.length,
        p50Ms: at(0.5),
        p95Ms: at(0.95),
        p99Ms: at(0.99),
        maxMs: sorted.at(-1) ?? 0,
        loopDelayP95Ms: loop.count > 0 ? loop.percentile(95) / 1e6 : 0,
        loopDelayMaxMs: loop.count > 0 ? loop.max / 1e6 : 0,
        stamps,
      };
      times = [];
      stamps = [];
      loop.reset();
      return taken;
    },
  };
}
