// The call's meters as the screen draws them, and the tension they make:
// how close they are to the limits that break the call (the music follows it).
import type { Scenario } from '../scenario/schema.ts';

export interface MeterView {
  id: string;
  name: string;
  description: string;
  value: number;
  start: number;
  /** Thresholds that end the call, to draw on the bar. */
  limits: number[];
}

export function meterViews(scenario: Scenario, meters: Record<string, number>): MeterView[] {
  return scenario.meters.map((m) => ({
    id: m.id,
    name: m.name,
    description: m.description ?? '',
    value: meters[m.id] ?? m.start,
    start: m.start,
    limits: m.endsAt.flatMap((t) =>
      [t.atLeast, t.atMost].filter((x): x is number => x !== undefined),
    ),
  }));
}

/** 0–1: how close the meters are to the limits that break the call. */
export function tensionOf(scenario: Scenario, meters: Record<string, number>): number {
  let tension = 0;
  for (const m of scenario.meters) {
    const value = meters[m.id] ?? m.start;
    for (const t of m.endsAt) {
      if (t.atLeast !== undefined && t.atLeast > 0) tension = Math.max(tension, value / t.atLeast);
      if (t.atMost !== undefined && t.atMost < 100)
        tension = Math.max(tension, (100 - value) / (100 - t.atMost));
    }
  }
  return Math.min(1, tension);
}
