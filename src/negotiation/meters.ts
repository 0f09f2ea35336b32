// Meters: effects applied and clamped to 0–100, the clock's drift, and the
// thresholds that end a call. Pure functions over plain records.
import type { Effects, Scenario } from '../scenario/schema.ts';
import type { Cause, MeterChange, MeterId } from './types.ts';

export function clampMeter(value: number): number {
  return value < 0 ? 0 : value > 100 ? 100 : value;
}

export function startMeters(scenario: Scenario): Record<MeterId, number> {
  const meters: Record<MeterId, number> = {};
  for (const m of scenario.meters) meters[m.id] = m.start;
  return meters;
}

/**
 * Apply effects to meters (a fresh record is returned), pushing the change that
 * really happened (after clamping) to `changes`, so "+8 pressure" is never shown
 * for a meter already at 100.
 */
export function applyEffects(
  meters: Record<MeterId, number>,
  effects: Effects | undefined,
  cause: Cause,
  changes: MeterChange[],
): Record<MeterId, number> {
  if (!effects) return meters;
  let next = meters;
  for (const meter in effects) {
    const before = next[meter];
    const delta = effects[meter];
    if (before === undefined || delta === undefined || delta === 0) continue;
    const after = clampMeter(round(before + delta));
    if (after === before) continue;
    if (next === meters) next = { ...meters };
    next[meter] = after;
    changes.push({ meter, delta: round(after - before), cause });
  }
  return next;
}

/** Each scenario's drifts by the seconds they cover: a game's moves take a few lengths of time. */
const drifts = new WeakMap<Scenario, Map<number, Effects | undefined>>();

/** The per-minute drift of meters over `seconds` of call time (the same record each time: effects are only read). */
export function driftEffects(scenario: Scenario, seconds: number): Effects | undefined {
  let bySeconds = drifts.get(scenario);
  if (!bySeconds) drifts.set(scenario, (bySeconds = new Map()));
  if (bySeconds.has(seconds)) return bySeconds.get(seconds);
  const effects = drift(scenario, seconds);
  bySeconds.set(seconds, effects);
  return effects;
}

function drift(scenario: Scenario, seconds: number): Effects | undefined {
  let effects: Effects | undefined;
  for (const m of scenario.meters) {
    if (m.perMinute === 0) continue;
    effects ??= {};
    effects[m.id] = (m.perMinute * seconds) / 60;
  }
  return effects;
}

/** The first threshold crossed, as the ending it leads to and the meter that crossed it. */
export function crossedThreshold(
  scenario: Scenario,
  meters: Record<MeterId, number>,
): { meter: MeterId; ending: string } | undefined {
  for (const m of scenario.meters) {
    const value = meters[m.id];
    if (value === undefined) continue;
    for (const t of m.endsAt) {
      if (
        (t.atLeast !== undefined && value >= t.atLeast) ||
        (t.atMost !== undefined && value <= t.atMost)
      ) {
        return { meter: m.id, ending: t.ending };
      }
    }
  }
  return undefined;
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
