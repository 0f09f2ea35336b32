// A stopped scene's objects leave its display list as it stops (never drawn
// again, nothing left for the next start) and are all destroyed soon after, in
// idle time, not in the task that makes the next screen; then Phaser's pool
// of canvases lets go of the free ones.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type * as Phaser from 'phaser';
import { destroyObjectsLater, screensSettled } from '../../scenes/destroy-later.ts';
import { shrinkWhenIdle, type PooledCanvas } from '../../src/phaser/shrink-when-idle.ts';

type Listener = { fn: () => void; context: unknown; once: boolean };

/** A scene's events as Phaser's emitter has them: a listener is taken off by its function and context. */
function fakeEvents() {
  const listeners = new Map<string, Listener[]>();
  const add = (event: string, fn: () => void, context: unknown, once: boolean) =>
    listeners.set(event, [...(listeners.get(event) ?? []), { fn, context, once }]);
  return {
    on: (event: string, fn: () => void, context?: unknown) => add(event, fn, context, false),
    once: (event: string, fn: () => void, context?: unknown) => add(event, fn, context, true),
    off: (event: string, fn: () => void, context?: unknown) =>
      listeners.set(
        event,
        (listeners.get(event) ?? []).filter((l) => l.fn !== fn || l.context !== context),
      ),
    emit(event: string) {
      const now = listeners.get(event) ?? [];
      listeners.set(
        event,
        now.filter((l) => !l.once),
      );
      for (const l of now) l.fn.call(l.context);
    },
  };
}

/** A scene with `count` objects on its display list, whose own clean-up (added as it starts) destroys them all. */
function fakeScene(count: number, listAddsItsOwnHandler = true) {
  const destroyed: number[] = [];
  const events = fakeEvents();
  const scene = { sys: { game: {} } };
  const objects = Array.from({ length: count }, (_, i) => ({
    scene,
    destroy: () => destroyed.push(i),
  }));
  const children = {
    list: [...objects],
    shutdown() {
      for (const o of this.list) o.destroy();
      this.list.length = 0;
    },
  };
  if (listAddsItsOwnHandler) events.once('shutdown', children.shutdown, children);
  else events.once('shutdown', () => children.shutdown());
  Object.assign(scene, { events, children });
  return { scene: scene as unknown as Phaser.Scene, events, children, destroyed, sys: scene.sys };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('a stopped scene', () => {
  it('has its objects off the display list as it stops, and destroyed later, each once', async () => {
    vi.useFakeTimers();
    const { scene, events, children, destroyed } = fakeScene(50);
    destroyObjectsLater(scene);
    events.emit('shutdown');
    expect(children.list).toHaveLength(0);
    expect(destroyed).toHaveLength(0);
    await vi.runAllTimersAsync();
    expect(destroyed.sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i));
  });

  it("has an earlier screen's objects destroyed at once when the next stops before they are gone", async () => {
    vi.useFakeTimers();
    const first = fakeScene(30);
    const second = fakeScene(30);
    destroyObjectsLater(first.scene);
    destroyObjectsLater(second.scene);
    first.events.emit('shutdown');
    second.events.emit('shutdown');
    expect(first.destroyed).toHaveLength(30);
    expect(second.destroyed).toHaveLength(0);
    await vi.runAllTimersAsync();
    expect(second.destroyed).toHaveLength(30);
  });

  it('leaves alone the objects of a game destroyed before their turn came', async () => {
    vi.useFakeTimers();
    const { scene, events, destroyed, sys } = fakeScene(10);
    destroyObjectsLater(scene);
    events.emit('shutdown');
    Object.assign(sys, { game: null });
    await vi.runAllTimersAsync();
    expect(destroyed).toHaveLength(0);
  });

  it('still has them destroyed, at once, when the display list cleans up in a way it cannot take off', () => {
    const { scene, events, children, destroyed } = fakeScene(5, false);
    destroyObjectsLater(scene);
    events.emit('shutdown');
    expect(children.list).toHaveLength(0);
    expect(destroyed).toHaveLength(5);
  });

  it("has Phaser's pool let go of its free canvases once they are all destroyed, and says when it is settled", async () => {
    vi.useFakeTimers();
    const canvas = () => ({ width: 300, height: 40 }) as HTMLCanvasElement;
    const inUse: PooledCanvas = { parent: {}, canvas: canvas() };
    const freed: PooledCanvas = { parent: null, canvas: canvas() };
    const pool = [inUse, freed];
    shrinkWhenIdle(freed, pool);
    const { scene, events, destroyed } = fakeScene(40);
    destroyObjectsLater(scene);
    events.emit('shutdown');
    expect(screensSettled()).toBe(false);
    expect(pool).toHaveLength(2);
    await vi.runAllTimersAsync();
    expect(destroyed).toHaveLength(40);
    expect(pool).toEqual([inUse]);
    expect(screensSettled()).toBe(true);
  });
});
