import { describe, expect, it } from 'vitest';
import {
  applyEffects,
  clampMeter,
  crossedThreshold,
  driftEffects,
} from '../../src/negotiation/meters.ts';
import type { MeterChange } from '../../src/negotiation/types.ts';
import { tiny } from '../helpers.ts';

describe('meters', () => {
  it('stay between 0 and 100', () => {
    expect(clampMeter(-5)).toBe(0);
    expect(clampMeter(140)).toBe(100);
    expect(clampMeter(42)).toBe(42);
  });

  it('report the change that really happened after clamping', () => {
    const changes: MeterChange[] = [];
    const next = applyEffects(
      { pressure: 95, trust: 50 },
      { pressure: 10, trust: -5 },
      { kind: 'move', move: 'threatening' },
      changes,
    );
    expect(next).toEqual({ pressure: 100, trust: 45 });
    expect(changes.map((c) => [c.meter, c.delta])).toEqual([
      ['pressure', 5],
      ['trust', -5],
    ]);
  });

  it('report nothing for a meter already at its limit', () => {
    const changes: MeterChange[] = [];
    const before = { pressure: 100 };
    expect(applyEffects(before, { pressure: 10 }, { kind: 'clock' }, changes)).toBe(before);
    expect(changes).toEqual([]);
  });

  it('drift with the clock by their per-minute rate', () => {
    expect(driftEffects(tiny(), 30)).toEqual({ pressure: 1 });
  });

  it('end the call when a threshold is crossed', () => {
    const s = tiny();
    expect(crossedThreshold(s, { pressure: 99.9, trust: 0 })).toBeUndefined();
    expect(crossedThreshold(s, { pressure: 100, trust: 50 })).toEqual({
      meter: 'pressure',
      ending: 'breakdown',
    });
  });
});
