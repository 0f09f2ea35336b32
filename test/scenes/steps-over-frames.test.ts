import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { StepsOverFrames } from '../../scenes/steps-over-frames.ts';

/** Steps that note what they ran with; a clock each step moves on by its cost. */
function rig(costs: readonly number[], budget = 8) {
  let now = 0;
  const ran: { step: number; input: number }[] = [];
  const steps = costs.map((cost, step) => (input: number) => {
    ran.push({ step, input });
    now += cost;
  });
  return { steps: new StepsOverFrames(steps, () => now, budget), ran, tick: () => (now += 16) };
}

describe('a redraw spread over frames', () => {
  it('runs as many steps a frame as fit in the budget, at least one, in order', () => {
    const { steps, ran } = rig([3, 3, 20, 1, 1]);
    steps.start(1);
    expect(steps.run()).toBe(true);
    expect(ran.map((r) => r.step)).toEqual([0, 1, 2]); // 3 + 3 < 8: one more, which overruns
    expect(steps.run()).toBe(true);
    expect(ran.map((r) => r.step)).toEqual([0, 1, 2, 3, 4]);
    expect(steps.busy()).toBe(false);
    expect(steps.run()).toBe(false);
  });

  it('runs a step that alone overruns the budget, one a frame', () => {
    const { steps, ran } = rig([30, 30, 30]);
    steps.start(1);
    for (let frame = 1; frame <= 3; frame++) {
      steps.run();
      expect(ran).toHaveLength(frame);
    }
  });

  it('finishes every step left at once for the first drawing', () => {
    const { steps, ran } = rig([30, 30, 30]);
    steps.start(7);
    steps.finish();
    expect(ran).toEqual([0, 1, 2].map((step) => ({ step, input: 7 })));
  });

  it('ends with every step run on the newest input, whatever changes come between frames', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 1, maxLength: 8 }),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 40 }),
        (costs, frames) => {
          const { steps, ran } = rig(costs);
          let input = 0;
          steps.start(input);
          for (const change of frames) {
            if (change) steps.start(++input);
            const before = ran.length;
            const busy = steps.busy();
            steps.run();
            // A busy frame runs at least one step and never one step twice.
            const now = ran.slice(before).map((r) => r.step);
            if (busy) expect(now.length).toBeGreaterThan(0);
            expect(new Set(now).size).toBe(now.length);
          }
          // Frames with no change: within as many frames as steps, all is drawn from the newest input.
          for (let i = 0; i < costs.length && steps.busy(); i++) steps.run();
          expect(steps.busy()).toBe(false);
          for (let step = 0; step < costs.length; step++)
            expect(ran.filter((r) => r.step === step).at(-1)?.input).toBe(input);
        },
      ),
    );
  });

  it('a step that starts them all again does not run forever in one frame', () => {
    let now = 0;
    const box: { steps?: StepsOverFrames<number> } = {};
    const steps = new StepsOverFrames<number>(
      [() => box.steps?.start(1), () => (now += 0)],
      () => now,
    );
    box.steps = steps;
    steps.start(0);
    steps.run();
    steps.finish();
    expect(steps.busy()).toBe(true);
  });
});

describe('what a redraw holds', () => {
  it('lets its input go once every step has run, and when cleared', () => {
    const seen: (object | null)[] = [];
    const steps = new StepsOverFrames<object>([(x) => seen.push(x), (x) => seen.push(x)], () => 0);
    const view = { secret: 'one player’s own view' };
    steps.start(view);
    steps.finish();
    expect(seen).toEqual([view, view]);
    expect(JSON.stringify(steps)).not.toContain('secret');
    steps.start(view);
    steps.run();
    steps.clear();
    expect(steps.busy()).toBe(false);
    expect(JSON.stringify(steps)).not.toContain('secret');
  });
});
