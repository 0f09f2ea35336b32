// The player's preferences kept between visits (only these: no tracking), and
// the system settings the game follows. Blocked or full storage is not an
// error: the game runs with the defaults (remembered.ts).
import { recall, remember } from './remembered.ts';

const SOUND_KEY = 'standoff.sound';

export function loadSoundPreference(): boolean {
  return recall(SOUND_KEY) !== 'off';
}

export function saveSoundPreference(on: boolean): void {
  remember(SOUND_KEY, on ? 'on' : 'off');
}

/** Text sizes offered on the title screen, in percent of the game's own sizes. */
export const TEXT_SIZES = [100, 125, 150] as const;
export type TextSize = (typeof TEXT_SIZES)[number];
const TEXT_SIZE_KEY = 'standoff.textSize';

export function loadTextSize(): TextSize {
  const saved = Number(recall(TEXT_SIZE_KEY));
  return TEXT_SIZES.find((s) => s === saved) ?? 100;
}

export function saveTextSize(size: TextSize): void {
  remember(TEXT_SIZE_KEY, String(size));
}

/**
 * The page's answer about reduced motion, asked once of each `matchMedia` and
 * kept up to date by the query's change events: a scene reads it every frame,
 * and reading a query's answer makes the browser bring its styles up to date.
 */
let motion: { of: typeof matchMedia; reduced: boolean } | undefined;

/**
 * The one place that decides whether to spare the player motion (no typewriter,
 * no easing meters, no drifting notes, nothing that shakes): the system's
 * "reduce motion" setting, followed as it changes so a change applies at once.
 */
export function prefersReducedMotion(): boolean {
  const ask = globalThis.matchMedia as typeof matchMedia | undefined;
  if (!ask) return false;
  if (motion?.of !== ask) {
    const query = ask.call(globalThis, '(prefers-reduced-motion: reduce)');
    const kept = { of: ask, reduced: query.matches };
    query.addEventListener?.('change', (e) => (kept.reduced = e.matches));
    motion = kept;
  }
  return motion.reduced;
}

/** The text size after `current`, round the list (the title screen's one button steps through them). */
export function nextTextSize(current: number): TextSize {
  const i = TEXT_SIZES.findIndex((s) => s === current);
  return TEXT_SIZES[(i + 1) % TEXT_SIZES.length] ?? 100;
}

/** Scales a page's own text (rem) to the player's text size: the game and every other page alike. */
export function applyPageTextSize(percent: number = loadTextSize()): void {
  document.documentElement.style.fontSize = `${percent}%`;
}
