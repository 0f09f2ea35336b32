// A button drawn on the canvas, with a real DOM button laid over it (see
// src/ui/overlay.ts) that takes clicks, taps, keys and screen readers. The
// drawing follows the DOM button's state: hover, focus, disabled, pressed.
import type * as Phaser from 'phaser';
import type { Overlay, Rect } from '../../src/ui/overlay.ts';
import { COLORS, fitOrCut, fitText, textStyle } from './theme.ts';
import { markBox } from './layout-probe.ts';

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

export function addButton(
  scene: Phaser.Scene,
  overlay: Overlay,
  rect: Rect,
  options: ButtonOptions,
): Button {
  const graphics = scene.add.graphics();
  const size = options.size ?? 18;
  const text = scene.add
    .text(
      rect.x + rect.width / 2,
      rect.y + rect.height / 2,
      options.label,
      textStyle(size, COLORS.text, {
        align: 'center',
        wordWrap: { width: rect.width - 12 },
      }),
    )
    .setOrigin(0.5);
  markBox(text, rect);
  const state = {
    label: options.label,
    enabled: options.enabled ?? true,
    pressed: options.pressed ?? false,
    hover: false,
    focus: false,
  };
  const fillFor = () => {
    if (!state.enabled) return COLORS.buttonDisabled;
    if (options.variant === 'primary') return state.hover ? COLORS.primaryHover : COLORS.accent;
    if (options.variant === 'danger') return state.hover ? COLORS.dangerHover : COLORS.danger;
    if (state.pressed) return COLORS.buttonPressed;
    return state.hover ? COLORS.buttonHover : COLORS.button;
  };
  let destroyed = false;
  /** The label last drawn whole (the drawn text may be cut to fit). */
  let drawnLabel = options.label;
  // At a larger text size a label grows as far as its button allows, never below the game's own size.
  // A label too long even then (a scenario's longest names) shrinks, then is cut with "…".
  const fitLabel = () => {
    const box = { width: rect.width - 8, height: rect.height - 4 };
    fitText(text, size, box);
    fitOrCut(text, size, box);
  };
  const draw = () => {
    // The DOM button blurs when its scene shuts down and removes it: draw nothing then.
    if (destroyed || !text.scene || !graphics.scene) return;
    graphics.clear();
    graphics.fillStyle(fillFor(), 1);
    graphics.fillRoundedRect(rect.x, rect.y, rect.width, rect.height, 8);
    if (state.pressed) {
      graphics.lineStyle(2, COLORS.accent, 1);
      graphics.strokeRoundedRect(rect.x, rect.y, rect.width, rect.height, 8);
    }
    if (state.focus) {
      graphics.lineStyle(3, COLORS.focus, 1);
      graphics.strokeRoundedRect(rect.x - 4, rect.y - 4, rect.width + 8, rect.height + 8, 10);
    }
    if (drawnLabel !== state.label) {
      drawnLabel = state.label;
      text.setText(state.label);
      fitLabel();
    }
    text.setColor(
      !state.enabled
        ? COLORS.disabledText
        : options.variant === 'primary'
          ? COLORS.onAccent
          : COLORS.text,
    );
  };
  const control = overlay.button({
    label: options.label,
    rect,
    enabled: state.enabled,
    pressed: options.pressed,
    ...(options.description ? { description: options.description } : {}),
    ...(options.tooltip ? { tooltip: true } : {}),
    ...(options.name ? { name: options.name } : {}),
    ...(options.keys ? { keys: options.keys } : {}),
    ...(options.group ? { group: options.group } : {}),
    ...(options.at ? { at: options.at } : {}),
    onActivate: options.onActivate,
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
      if (o.label !== undefined) state.label = o.label;
      if (o.enabled !== undefined) state.enabled = o.enabled;
      if (o.pressed !== undefined) state.pressed = o.pressed;
      if (o.visible !== undefined) {
        graphics.setVisible(o.visible);
        text.setVisible(o.visible);
      }
      control.update(o);
      draw();
    },
    focus: () => control.element.focus(),
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
