// The server's own time over each move, from its arrival in the call room to
// the step told to the players (stored first), apart from the network and the
// clients: what the load bench reports as the server's latency. Kept only
// when asked for (--timing); `take` gives the figures so far and starts afresh.
import { monitorEventLoopDelay } from 'node:perf_hooks';

export interface MoveTimings {
  moves: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
  /** The event loop's delay, p95: how long a message may wait before the server reads it. */
  loopDelayP95Ms: number;
}

export interface MoveTimer {
  record(ms: number): void;
  take(): MoveTimings;
}

export function moveTimer(): MoveTimer {
  let times: number[] = [];
  const loop = monitorEventLoopDelay({ resolution: 5 });
  loop.enable();
  return {
    record: (ms) => void times.push(ms),
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
      };
      times = [];
      loop.reset();
      return taken;
    },
  };
}
