// Colours, fonts and text styles shared by the scenes. Every colour the scenes
// draw with is here, so test/scenes/theme.test.ts can check each text colour
// against what it sits on (WCAG AA: 4.5:1, and 3:1 for graphics); meters never
// rely on colour alone (they carry numbers, and a ⚠ near a limit).
// Text sizes follow the player's text size setting (setTextScale).
import type * as Phaser from 'phaser';

export const COLORS = {
  background: 0x10151c,
  /** The call's room at breaking point (the background eases to it with the tension). */
  tenseRoom: 0x2a1216,
  panel: 0x1b2430,
  panelEdge: 0x2e3b4c,
  text: '#f2f2f2',
  muted: '#b8c2cc',
  accent: 0xf2b233,
  accentText: '#f2b233',
  good: 0x4caf7a,
  bad: 0xe0564b,
  button: 0x2a3a50,
  buttonHover: 0x37506e,
  buttonPressed: 0x4a6a90,
  buttonDisabled: 0x1e2732,
  /** Labels of disabled buttons: still readable, though WCAG does not ask it of them. */
  disabledText: '#8a96a3',
  primaryHover: 0xf5c55c,
  /** Labels on the accent colour (primary buttons). */
  onAccent: '#10151c',
  danger: 0xb8433a,
  /** Darker, not lighter, so the white label keeps its contrast. */
  dangerHover: 0x9e3a33,
  focus: 0xffd166,
  /** The player's own lines in the transcript. */
  mineText: '#ffe3a3',
  goodText: '#7ddc9a',
  badText: '#ff8f85',
  chart: 0x141b24,
  chartAxis: 0x9aa7b4,
  chartDot: 0x8796a5,
  limitMark: 0xffffff,
} as const;

/** The lines of the charts, one per meter (each labelled at its end as well). */
export const SERIES_COLORS = [0xf2b233, 0x6fb3ff, 0x7ddc9a, 0xff8fa3, 0xc9a2ff] as const;

export const FONT = 'system-ui, "Segoe UI", Roboto, Helvetica, Arial, sans-serif';

/** Text resolution: crisp on HiDPI screens and when the canvas is scaled up for a projector. */
function textResolution(): number {
  const dpr = typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1;
  const scale =
    typeof window === 'undefined'
      ? 1
      : Math.max(1, Math.min(window.innerWidth / 1280, window.innerHeight / 720));
  return Math.min(4, Math.max(1, dpr * scale));
}

/** WCAG's "large text": from here on text is left at its own size when the player asks for bigger text. */
const LARGE = 24;
let scale = 1;

/** The player's text size (1 = the game's own sizes), set by main.ts from the store before a scene draws. */
export function setTextScale(next: number): void {
  scale = next;
}

/**
 * A font size in pixels at the player's text size. Small and body text grow,
 * up to large-text size; headings already large stay, so the 1280×720 layout
 * still holds at the largest setting.
 */
export function scaledSize(size: number): number {
  if (size >= LARGE) return size;
  return Math.round(Math.min(size * scale, Math.max(size, LARGE)));
}

/** Smaller sizes in pixels to try, one by one, when text drawn at `size` does not fit: down to `min` px. */
export function smallerSizes(size: number, min: number): number[] {
  const sizes: number[] = [];
  for (let px = scaledSize(size) - 1; px >= min; px--) sizes.push(px);
  return sizes;
}

/** Whether drawn text fits a box (a missing side does not limit it). */
function fitsBox(text: Phaser.GameObjects.Text, box: { width?: number; height?: number }): boolean {
  return (
    (box.width === undefined || text.width <= box.width) &&
    (box.height === undefined || text.height <= box.height)
  );
}

/** Shrinks text drawn at `size` step by step until it fits `box`, never below the game's own `size`. */
export function fitText(
  text: Phaser.GameObjects.Text,
  size: number,
  box: { width?: number; height?: number },
): void {
  const fits = () => fitsBox(text, box);
  text.setFontSize(scaledSize(size));
  for (const px of smallerSizes(size, size)) {
    if (fits()) return;
    text.setFontSize(px);
  }
}

/** The smallest text the game draws, in game pixels: 9.6 CSS pixels on a 1024×600 netbook. */
export const SMALLEST_TEXT = 12;

/**
 * Shrinks text drawn at `size` until it fits `box`, down to the smallest size a
 * student can read; if it still does not fit (a scenario's longest names), cuts
 * it at a word with "…". The whole text is in the DOM layer for screen readers.
 */
export function fitOrCut(
  text: Phaser.GameObjects.Text,
  size: number,
  box: { width?: number; height?: number },
): void {
  const fits = () => fitsBox(text, box);
  if (fits()) return;
  for (const px of smallerSizes(size, Math.min(SMALLEST_TEXT, scaledSize(size)))) {
    text.setFontSize(px);
    if (fits()) return;
  }
  const whole = text.text;
  let words = whole.split(' ');
  while (!fits() && words.length > 1) {
    words = words.slice(0, -1);
    text.setText(`${words.join(' ')}…`);
  }
  // One word longer than the box: cut it letter by letter.
  let letters = text.text.length - 1;
  while (!fits() && letters > 1) {
    letters--;
    text.setText(`${whole.slice(0, letters)}…`);
  }
}

export function textStyle(
  size: number,
  color: string = COLORS.text,
  extra: Record<string, unknown> = {},
) {
  return {
    fontFamily: FONT,
    fontSize: `${scaledSize(size)}px`,
    color,
    resolution: textResolution(),
    ...extra,
  };
}
