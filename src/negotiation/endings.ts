// Which ending a finished call reaches: the scenario's conditions, evaluated
// over the final deal, meters and moves. Conditions are data; this is their
// only interpreter.
import type { CallEnd, Condition, Scenario } from '../scenario/schema.ts';
import type { GameState, Terms } from './types.ts';
import { DEFERRED } from './types.ts';

/** What a condition can see of a finished call. */
export interface Outcome {
  reason: CallEnd;
  deal: Terms;
  meters: GameState['meters'];
  counts: GameState['counts'];
}

export function holds(c: Condition, o: Outcome): boolean {
  if ('all' in c) return c.all.every((x) => holds(x, o));
  if ('any' in c) return c.any.some((x) => holds(x, o));
  if ('not' in c) return !holds(c.not, o);
  if ('meter' in c) return inRange(o.meters[c.meter] ?? 0, c);
  if ('issue' in c) return c.is.includes(o.deal[c.issue] ?? 'open');
  if ('ended' in c) return c.ended.includes(o.reason);
  if ('moves' in c) {
    let n = 0;
    for (const side in o.counts)
      if (c.by === undefined || c.by === side) n += o.counts[side]?.[c.moves] ?? 0;
    return inRange(n, c);
  }
  let agreed = 0;
  for (const id in o.deal) if (o.deal[id] !== DEFERRED) agreed++;
  return inRange(agreed, c.agreed);
}

function inRange(value: number, r: { atLeast?: number; atMost?: number }): boolean {
  return (
    (r.atLeast === undefined || value >= r.atLeast) && (r.atMost === undefined || value <= r.atMost)
  );
}

/** The first ending whose condition holds; the last ending when none does. */
export function decideEnding(scenario: Scenario, outcome: Outcome): string {
  for (const ending of scenario.endings) {
    if (ending.when === undefined || holds(ending.when, outcome)) return ending.id;
  }
  const last = scenario.endings[scenario.endings.length - 1];
  if (!last) throw new Error('a scenario has at least one ending');
  return last.id;
}
