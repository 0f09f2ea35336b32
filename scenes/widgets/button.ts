// A button drawn on the canvas, with a real DOM button laid over it (see
// src/ui/overlay.ts) that takes clicks, taps, keys and screen readers. The
// drawing follows the DOM button's state: hover, focus, disabled, pressed.
// A scene updates its buttons on every change of the store: only what changed
// is redrawn (a text's colour set again re-renders its texture) or passed on to
// the DOM button, so a chip pressed costs a frame nothing.
import type * as Phaser from 'phaser';
import type { Overlay, Rect } from '../../src/ui/overlay.ts';
import { COLORS, fitOrCut, fitText, textStyle } from './theme.ts';
import { markBox } from './layout-probe.ts';
import { bakedLooks } from './baked.ts';

export interface ButtonOptions {
  label: string;
  onActivate: () => void;
  enabled?: boolean;
  pressed?: boolean;
  description?: string;
  /** Shows the description as a tooltip too (hover, focus, long press). */
  tooltip?: boolean;
  /** The accessible name when it differs from the drawn label. */
  name?: string;
  /** The keys that press it, for aria-keyshortcuts. */
  keys?: string;
  group?: string;
  size?: number;
  variant?: 'normal' | 'primary' | 'danger';
  /** A place in the tab order (Overlay.placeholder) for a control made after the ones it sits among. */
  at?: Node;
}

export interface Button {
  rect: Rect;
  update(o: {
    label?: string;
    enabled?: boolean;
    pressed?: boolean;
    description?: string;
    visible?: boolean;
  }): void;
  /** Gives the DOM button the keyboard focus (after a redraw, so a keyboard user keeps their place). */
  focus(): void;
  /** Presses it as a click would, when it is shown and enabled (a keyboard shortcut); true if it was. */
  activate(): boolean;
  /** True when it is shown and enabled. */
  usable(): boolean;
  /** The DOM button (to know where the focus is). */
  element: HTMLElement;
  destroy(): void;
}

type ButtonUpdate = Parameters<Button['update']>[0];

interface ButtonState {
  label: string;
  enabled: boolean;
  pressed: boolean;
  hover: boolean;
  focus: boolean;
}

function fillFor(state: ButtonState, variant: ButtonOptions['variant']): number {
  if (!state.enabled) return COLORS.buttonDisabled;
  if (variant === 'primary') return state.hover ? COLORS.primaryHover : COLORS.accent;
  if (variant === 'danger') return state.hover ? COLORS.dangerHover : COLORS.danger;
  if (state.pressed) return COLORS.buttonPressed;
  return state.hover ? COLORS.buttonHover : COLORS.button;
}

function labelColor(state: ButtonState, variant: ButtonOptions['variant']): string {
  if (!state.enabled) return COLORS.disabledText;
  return variant === 'primary' ? COLORS.onAccent : COLORS.text;
}

/** The button's shape: its fill, the pressed edge and the focus ring. */
function drawShape(g: Phaser.GameObjects.Graphics, rect: Rect, fill: number, state: ButtonState) {
  g.fillStyle(fill, 1);
  g.fillRoundedRect(rect.x, rect.y, rect.width, rect.height, 8);
  if (state.pressed) {
    g.lineStyle(2, COLORS.accent, 1);
    g.strokeRoundedRect(rect.x, rect.y, rect.width, rect.height, 8);
  }
  if (state.focus) {
    g.lineStyle(3, COLORS.focus, 1);
    g.strokeRoundedRect(rect.x - 4, rect.y - 4, rect.width + 8, rect.height + 8, 10);
  }
}

/** What the DOM button was told (pressed is unset until a button is first said to be pressed or not). */
interface Shown {
  description: string | undefined;
  visible: boolean;
  pressed: boolean | undefined;
}

/** The options of an update that differ from what the button shows (the DOM button is told only those). */
function changed(o: ButtonUpdate, state: ButtonState, shown: Shown) {
  const out: ButtonUpdate = {};
  if (o.label !== undefined && o.label !== state.label) out.label = o.label;
  if (o.enabled !== undefined && o.enabled !== state.enabled) out.enabled = o.enabled;
  if (o.pressed !== undefined && o.pressed !== shown.pressed) out.pressed = o.pressed;
  if (o.description !== undefined && o.description !== shown.description)
    out.description = o.description;
  if (o.visible !== undefined && o.visible !== shown.visible) out.visible = o.visible;
  return out;
}

function initialState(options: ButtonOptions): { state: ButtonState; shown: Shown } {
  return {
    state: {
      label: options.label,
      enabled: options.enabled ?? true,
      pressed: options.pressed ?? false,
      hover: false,
      focus: false,
    },
    shown: { description: options.description, visible: true, pressed: options.pressed },
  };
}

/** Keeps what an update changed. */
function remember(diff: ButtonUpdate, state: ButtonState, shown: Shown): void {
  if (diff.label !== undefined) state.label = diff.label;
  if (diff.enabled !== undefined) state.enabled = diff.enabled;
  if (diff.pressed !== undefined) state.pressed = shown.pressed = diff.pressed;
  if (diff.description !== undefined) shown.description = diff.description;
  if (diff.visible !== undefined) shown.visible = diff.visible;
}

/** The DOM button's options from the button's. */
function controlOptions(rect: Rect, options: ButtonOptions, enabled: boolean) {
  return {
    label: options.label,
    rect,
    enabled,
    pressed: options.pressed,
    ...(options.description ? { description: options.description } : {}),
    ...(options.tooltip ? { tooltip: true } : {}),
    ...(options.name ? { name: options.name } : {}),
    ...(options.keys ? { keys: options.keys } : {}),
    ...(options.group ? { group: options.group } : {}),
    ...(options.at ? { at: options.at } : {}),
    onActivate: options.onActivate,
  };
}

// At a larger text size a label grows as far as its button allows, never below the game's own size.
// A label too long even then (a scenario's longest names) shrinks, then is cut with "…".
function fitLabelTo(text: Phaser.GameObjects.Text, rect: Rect, size: number): void {
  const box = { width: rect.width - 8, height: rect.height - 4 };
  fitText(text, size, box);
  fitOrCut(text, size, box);
}

function addLabel(scene: Phaser.Scene, rect: Rect, label: string, size: number) {
  const text = scene.add
    .text(
      rect.x + rect.width / 2,
      rect.y + rect.height / 2,
      label,
      textStyle(size, COLORS.text, { align: 'center', wordWrap: { width: rect.width - 12 } }),
    )
    .setOrigin(0.5);
  markBox(text, rect);
  return text;
}

export function addButton(
  scene: Phaser.Scene,
  overlay: Overlay,
  rect: Rect,
  options: ButtonOptions,
): Button {
  // Each look of the shape (fill, pressed, focus) is baked once for every button of its size, and
  // kept: hovering costs no drawing, nor does the next screen's button of the same size.
  const shapes = bakedLooks(
    scene,
    { x: rect.x - 6, y: rect.y - 6, width: rect.width + 12, height: rect.height + 12 },
    'button',
  );
  const graphics = shapes.image;
  const size = options.size ?? 18;
  const text = addLabel(scene, rect, options.label, size);
  const { state, shown } = initialState(options);
  let destroyed = false;
  /** What was drawn last: the shape's key, the label drawn whole (it may be cut to fit), its colour. */
  const drawn = { shape: '', label: options.label, color: '' };
  const fitLabel = () => fitLabelTo(text, rect, size);
  const draw = () => {
    // The DOM button blurs when its scene shuts down and removes it: draw nothing then.
    if (destroyed || !text.scene || !graphics.scene) return;
    const fill = fillFor(state, options.variant);
    const shape = `${fill} ${state.pressed} ${state.focus}`;
    if (shape !== drawn.shape) shapes.show(shape, (g) => drawShape(g, rect, fill, state));
    drawn.shape = shape;
    const color = labelColor(state, options.variant);
    // A new label is drawn once, in its new colour (setColor would draw the old label first).
    if (drawn.label !== state.label) {
      text.style.color = color;
      text.setText((drawn.label = state.label));
      fitLabel();
    } else if (color !== drawn.color) text.setColor(color);
    drawn.color = color;
  };
  const control = overlay.button({
    ...controlOptions(rect, options, state.enabled),
    onFocusChange: (f) => {
      state.focus = f;
      draw();
    },
    onHoverChange: (h) => {
      state.hover = h;
      draw();
    },
  });
  const usable = () => !control.element.disabled && !control.element.hidden;
  fitLabel();
  draw();
  return {
    rect,
    update(o) {
      const diff = changed(o, state, shown);
      if (Object.keys(diff).length === 0) return;
      remember(diff, state, shown);
      if (diff.visible !== undefined) {
        graphics.setVisible(diff.visible);
        text.setVisible(diff.visible);
      }
      control.update(diff);
      draw();
    },
    focus: () => focusInPlace(control.element),
    activate() {
      if (!usable()) return false;
      control.element.click();
      return true;
    },
    usable,
    element: control.element,
    destroy() {
      destroyed = true;
      control.remove();
      graphics.destroy();
      text.destroy();
    },
  };
}

/** Focus without scrolling: the stage always fits the window (stage.css), and asking the browser to scroll made it lay the page out there and then, mid-frame. */
function focusInPlace(element: HTMLElement): void {
  element.focus({ preventScroll: true });
}
