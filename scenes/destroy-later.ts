// A stopped screen's pictures and words destroyed after the next screen is
// up. Phaser destroys a scene's game objects as it stops, in the same task
// that makes the next screen: on a slow computer the call's texts, images and
// drawings took a tenth of the ending's first frame. Here, once the scene
// stops, its objects leave the display list (never drawn again; its timers
// and tweens are stopped with it) and are destroyed in idle time, a few at a
// time, within two seconds even on a busy page. Then Phaser's pool of canvases
// lets go of the free ones (src/phaser/shrink-when-idle.ts says why).
import type * as Phaser from 'phaser';
import { inIdleTime } from '../src/ui/idle.ts';
import { canvasesWaiting, letGoOfFreeCanvases } from '../src/phaser/shrink-when-idle.ts';
import { SCENE_SHUTDOWN } from './phaser-events.ts';

/** Objects destroyed in one idle task (a few milliseconds on a slow computer). */
const PER_TASK = 16;

/** Phaser's display list, with its own clean-up (which destroys every object at once). */
type DisplayList = Phaser.Scene['children'] & { shutdown(): void };

/**
 * The last stopped screen's objects not destroyed yet. A screen stopped before
 * they are gone destroys them first, at once: however fast screens follow each
 * other (a hot-seat game replayed turn by turn), one screen's wait at most.
 */
let waiting: Phaser.GameObjects.GameObject[] = [];
/** Screens stopped so far: the clean-up of the last one goes on until done, that of one before stops. */
let stops = 0;
/** Whether the last stopped screen's clean-up has run to its end. */
let cleanedUp = true;

/** Destroys the next `count` objects waiting (those of a game itself destroyed since went with it). */
function destroyWaiting(count: number): void {
  for (const object of waiting.splice(0, count)) if (object.scene?.sys?.game) object.destroy(true);
}

/**
 * Whether the screens left are cleaned up: their objects destroyed, the free
 * canvases let go and those freed since shrunk (the memory bench measures then).
 */
export function screensSettled(): boolean {
  return cleanedUp && canvasesWaiting() === 0;
}

/** Call when the scene starts (its create): when it stops, its objects are destroyed in idle time. */
export function destroyObjectsLater(scene: Phaser.Scene): void {
  const list = scene.children as DisplayList;
  // The display list's handler, added as the scene started, would destroy them now. Should
  // Phaser add it otherwise, it stays and runs first, and nothing is left to put off here.
  scene.events.off(SCENE_SHUTDOWN, list.shutdown, list);
  scene.events.once(SCENE_SHUTDOWN, () => {
    destroyWaiting(waiting.length);
    waiting = list.list.splice(0);
    list.shutdown();
    const stop = ++stops;
    cleanedUp = false;
    const tasks = Array.from(
      { length: Math.ceil(waiting.length / PER_TASK) },
      () => () => destroyWaiting(PER_TASK),
    );
    tasks.push(() => {
      letGoOfFreeCanvases();
      cleanedUp = true;
    });
    inIdleTime(tasks, () => stop === stops);
  });
}
