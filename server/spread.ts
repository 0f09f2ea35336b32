// Which process creates a new room: Colyseus's own choice (the process with the
// fewest rooms in its shared stats) counting also the rooms this process asked
// for in the last moments. Colyseus writes its stats at most once a second, so
// when a class starts thirty calls at once they would all see the same counts
// and land on one process; counting the recent requests spreads them.
import { matchMaker } from '@colyseus/core';

/** Longer than Colyseus's one-second stats interval: by then the counts include these rooms. */
const RECENT_MS = 2_000;

export function spreadRooms(now: () => number = Date.now): matchMaker.SelectProcessIdCallback {
  const recent: { processId: string; at: number }[] = [];
  return async () => {
    const all = await matchMaker.stats.fetchAll();
    const time = now();
    while (recent[0] && time - recent[0].at > RECENT_MS) recent.shift();
    let best: { processId: string; load: number } | undefined;
    for (const { processId, roomCount } of all) {
      const load = roomCount + recent.filter((r) => r.processId === processId).length;
      if (!best || load < best.load) best = { processId, load };
    }
    const chosen = best?.processId ?? matchMaker.processId;
    recent.push({ processId: chosen, at: time });
    return chosen;
  };
}
