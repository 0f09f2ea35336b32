// The DOM layer over the canvas. Every control a scene draws has a real
// <button> (or other control) laid exactly over its drawing: mouse, touch,
// keyboard and screen readers all use that one element, so focus is visible
// where the player looks, and what is enabled is set in one place. Positions
// are in the game's 1280×720 units, turned into percentages of the canvas box.
export const BASE_WIDTH = 1280;
export const BASE_HEIGHT = 720;

/** How long a finger rests on a control before its tooltip shows instead of pressing it. */
const LONG_PRESS_MS = 500;
/** Lines a Page Up or Page Down scrolls. */
const PAGE_LINES = 5;
/** Screen pixels of a drag that move a canvas list by one line. */
const DRAG_PX_PER_LINE = 18;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ControlOptions {
  label: string;
  rect: Rect;
  onActivate: () => void;
  enabled?: boolean;
  /** A longer description read by screen readers (aria-describedby). */
  description?: string;
  /** Also shows the description as a tooltip, on hover, focus and a long press (touch). */
  tooltip?: boolean;
  /** The accessible name, when it differs from the drawn label (a "?" drawn, "Keyboard shortcuts" named). */
  name?: string;
  /** The keys that press it (aria-keyshortcuts, e.g. "1" or "P"). */
  keys?: string;
  /** For toggles and choices: announced as pressed. */
  pressed?: boolean;
  /** False hides the control (and takes it out of the tab order). */
  visible?: boolean;
  /** Groups controls for arrow-key navigation and for tests. */
  group?: string;
  onFocusChange?: (focused: boolean) => void;
  onHoverChange?: (hovered: boolean) => void;
  /**
   * Where the control goes: inside a group (`group`), or before a placeholder
   * (`placeholder`) to keep its place in the tab order; else last.
   */
  at?: Node;
}

export interface Control {
  element: HTMLButtonElement;
  update(options: Partial<Omit<ControlOptions, 'onActivate'>>): void;
  remove(): void;
}

/**
 * A control's description element (made when it first has one), whether a long press just showed
 * its tooltip, and where it was last placed (its tooltip goes by it).
 */
interface ButtonState {
  description?: HTMLElement;
  longPressed: boolean;
  rect: Rect;
}

/** How the layer listens to its elements: every listener is removed when the layer is cleared. */
type Listen = <K extends keyof HTMLElementEventMap>(
  element: HTMLElement,
  type: K,
  listener: (e: HTMLElementEventMap[K]) => void,
  options?: AddEventListenerOptions,
) => void;

/** Tells the scene when the control gains or loses the focus, or the pointer. */
function watchFocusAndHover(element: HTMLElement, options: ControlOptions, on: Listen): void {
  const f = options.onFocusChange;
  if (f) {
    on(element, 'focus', () => f(true));
    on(element, 'blur', () => f(false));
  }
  const h = options.onHoverChange;
  if (h) {
    on(element, 'pointerenter', () => h(true));
    on(element, 'pointerleave', () => h(false));
  }
}

/** A layer of controls owned by one scene; `clear` removes them all at its shutdown. */
export class Overlay {
  readonly root: HTMLElement;
  private readonly controls = new Set<Control>();
  private readonly sections: HTMLElement[] = [];
  /** The one visible tooltip of the layer (hidden from screen readers: they hear the description). */
  private tip: HTMLElement | undefined;
  private tipFor: HTMLElement | undefined;
  /**
   * Aborted by `clear`: it removes every listener the layer put on its elements. An element
   * something else still holds (the browser's last clicked target, Phaser's pointer) then keeps
   * nothing of the scene that made it: its closures held the scene's whole screen.
   */
  private listening = new AbortController();

  /** Listens to an element of the layer until the layer is cleared (a widget's own keys, say). */
  readonly listen: Listen = (element, type, listener, options) =>
    element.addEventListener(type, listener, { ...options, signal: this.listening.signal });

  constructor(container: HTMLElement, name: string) {
    this.root = document.createElement('div');
    this.root.className = 'overlay-layer';
    this.root.setAttribute('role', 'region');
    this.root.setAttribute('aria-label', name);
    container.append(this.root);
  }

  button(options: ControlOptions): Control {
    const element = document.createElement('button');
    element.type = 'button';
    element.className = 'overlay-control';
    const state: ButtonState = { longPressed: false, rect: options.rect };
    const apply = (o: Partial<ControlOptions>) => this.applyOptions(element, options, o, state);
    apply({ enabled: true, ...options });
    this.listen(element, 'click', (e) => {
      // The release of a long press only showed the tooltip: it does not press the button.
      if (state.longPressed) {
        state.longPressed = false;
        e.preventDefault();
        return;
      }
      if (!element.disabled) options.onActivate();
    });
    if (options.tooltip) this.showTipsOf(element, state);
    watchFocusAndHover(element, options, this.listen);
    this.insert(element, options.at);
    const control: Control = {
      element,
      update: apply,
      remove: () => {
        if (this.tipFor === element) this.hideTip();
        element.remove();
        state.description?.remove();
        this.controls.delete(control);
      },
    };
    this.controls.add(control);
    return control;
  }

  /** Sets what `o` gives of a control's options on its element (`options`: those it was made with). */
  private applyOptions(
    element: HTMLButtonElement,
    options: ControlOptions,
    o: Partial<ControlOptions>,
    state: ButtonState,
  ): void {
    if (o.label !== undefined) {
      element.textContent = o.label;
      element.setAttribute('aria-label', options.name ?? o.label);
    }
    if (o.name !== undefined) element.setAttribute('aria-label', o.name);
    if (o.keys !== undefined) element.setAttribute('aria-keyshortcuts', o.keys);
    if (o.rect) {
      place(element, o.rect);
      state.rect = o.rect;
    }
    if (o.enabled !== undefined) {
      element.disabled = !o.enabled;
      element.setAttribute('aria-disabled', String(!o.enabled));
    }
    if (o.pressed !== undefined) element.setAttribute('aria-pressed', String(o.pressed));
    if (o.visible !== undefined) element.hidden = !o.visible;
    if (o.group !== undefined) element.dataset.group = o.group;
    if (o.description !== undefined) {
      state.description ??= this.describe(element);
      state.description.textContent = o.description;
      if (this.tipFor === element) this.showTip(element, o.description, state.rect);
    }
    if (o.visible === false && this.tipFor === element) this.hideTip();
  }

  /** The control's description as a tooltip: on hover (a mouse), on focus, and on a long press (touch). */
  private showTipsOf(element: HTMLButtonElement, state: ButtonState): void {
    const show = () => {
      if (state.description?.textContent)
        this.showTip(element, state.description.textContent, state.rect);
    };
    const hide = () => {
      if (this.tipFor === element) this.hideTip();
    };
    let press: ReturnType<typeof setTimeout> | undefined;
    const cancelPress = () => {
      if (press !== undefined) clearTimeout(press);
      press = undefined;
    };
    this.listen(element, 'focus', show);
    this.listen(element, 'blur', hide);
    this.listen(element, 'pointerenter', (e) => {
      if (e.pointerType === 'mouse') show();
    });
    this.listen(element, 'pointerleave', (e) => {
      cancelPress();
      if (e.pointerType === 'mouse' && document.activeElement !== element) hide();
    });
    this.listen(element, 'pointerdown', (e) => {
      state.longPressed = false;
      if (e.pointerType === 'mouse') return;
      cancelPress();
      press = setTimeout(() => {
        press = undefined;
        state.longPressed = true;
        show();
      }, LONG_PRESS_MS);
    });
    this.listen(element, 'pointerup', cancelPress);
    this.listen(element, 'pointercancel', cancelPress);
    this.listen(element, 'contextmenu', (e) => {
      if (state.longPressed) e.preventDefault();
    });
    // Escape dismisses the tooltip (WCAG 1.4.13) without moving the focus.
    this.listen(element, 'keydown', (e) => {
      if (e.key === 'Escape') hide();
    });
  }

  /** Puts a control inside a group (`at`), or before a placeholder (`at`), else last. */
  private insert(element: HTMLElement, at: Node | undefined): void {
    if (at instanceof HTMLElement && at.classList.contains('overlay-group')) at.append(element);
    else if (at?.parentNode) at.parentNode.insertBefore(element, at);
    else this.root.append(element);
  }

  /**
   * A place in the tab order for controls made later: a scene that rebuilds
   * some of its controls puts them here, so Tab still follows what the eye
   * sees instead of the order the controls were made in.
   */
  placeholder(): Node {
    const place = document.createComment('controls');
    this.root.append(place);
    return place;
  }

  /**
   * A named group of controls (role="group"): screen readers say its name on
   * entering it, and Tab goes through it before what is drawn beside it.
   */
  group(name: string): HTMLElement {
    const element = document.createElement('div');
    element.className = 'overlay-group';
    element.setAttribute('role', 'group');
    element.setAttribute('aria-label', name);
    this.root.append(element);
    this.sections.push(element);
    return element;
  }

  /** A meter screen readers can read at any time (role="meter"), laid over its drawing. */
  meter(rect: Rect, name: string): { set(value: number, text: string): void } {
    const element = document.createElement('div');
    element.className = 'overlay-text';
    element.setAttribute('role', 'meter');
    element.setAttribute('aria-label', name);
    element.setAttribute('aria-valuemin', '0');
    element.setAttribute('aria-valuemax', '100');
    place(element, rect);
    this.root.append(element);
    this.sections.push(element);
    return {
      set(value, text) {
        element.setAttribute('aria-valuenow', String(Math.round(value)));
        element.setAttribute('aria-valuetext', text);
        element.textContent = text;
      },
    };
  }

  /** A block of text over a region (a briefing, a summary) that screen readers read in order. */
  text(rect: Rect, heading: string | undefined, body: string): HTMLElement {
    const section = document.createElement('section');
    section.className = 'overlay-text';
    place(section, rect);
    if (heading) {
      const h = document.createElement('h2');
      h.textContent = heading;
      section.append(h);
    }
    for (const paragraph of body.split(/\n{2,}/)) {
      const p = document.createElement('p');
      p.textContent = paragraph;
      section.append(p);
    }
    this.root.append(section);
    this.sections.push(section);
    return section;
  }

  /**
   * A vertical scrollbar for content drawn on the canvas (the transcript):
   * focusable, moved by the arrow keys, Page Up/Down, Home and End, and by the
   * mouse wheel over it. `onScroll` gets a step in lines (negative: earlier).
   */
  scrollbar(
    rect: Rect,
    name: string,
    controls: string,
    onScroll: (step: number | 'start' | 'end') => void,
  ): { set(value: number, text: string): void; element: HTMLElement } {
    const element = document.createElement('div');
    element.className = 'overlay-control overlay-scrollbar';
    element.tabIndex = 0;
    element.setAttribute('role', 'scrollbar');
    element.setAttribute('aria-label', name);
    element.setAttribute('aria-orientation', 'vertical');
    element.setAttribute('aria-controls', controls);
    element.setAttribute('aria-valuemin', '0');
    element.setAttribute('aria-valuemax', '100');
    element.setAttribute('aria-valuenow', '100');
    place(element, rect);
    const steps: Record<string, number | 'start' | 'end'> = {
      ArrowUp: -1,
      ArrowDown: 1,
      PageUp: -PAGE_LINES,
      PageDown: PAGE_LINES,
      Home: 'start',
      End: 'end',
    };
    this.listen(element, 'keydown', (e) => {
      const step = steps[e.key];
      if (step === undefined) return;
      e.preventDefault();
      onScroll(step);
    });
    // Dragged like a scrollbar's thumb: down is later.
    let dragFrom: number | undefined;
    this.listen(element, 'pointerdown', (e) => {
      dragFrom = e.clientY;
      element.setPointerCapture(e.pointerId);
    });
    this.listen(element, 'pointermove', (e) => {
      if (dragFrom === undefined) return;
      const lines = Math.trunc((e.clientY - dragFrom) / DRAG_PX_PER_LINE);
      if (lines === 0) return;
      dragFrom += lines * DRAG_PX_PER_LINE;
      onScroll(lines);
    });
    const endDrag = () => (dragFrom = undefined);
    this.listen(element, 'pointerup', endDrag);
    this.listen(element, 'pointercancel', endDrag);
    this.listen(
      element,
      'wheel',
      (e) => {
        e.preventDefault();
        onScroll(Math.sign(e.deltaY));
      },
      { passive: false },
    );
    this.root.append(element);
    this.sections.push(element);
    return {
      element,
      set(value, text) {
        element.setAttribute('aria-valuenow', String(Math.round(value)));
        element.setAttribute('aria-valuetext', text);
      },
    };
  }

  /** A status line screen readers hear when it changes (role="status"), over its drawing. */
  status(rect: Rect): HTMLElement {
    const element = document.createElement('div');
    element.className = 'overlay-text';
    element.setAttribute('role', 'status');
    place(element, rect);
    this.root.append(element);
    this.sections.push(element);
    return element;
  }

  clear(): void {
    this.hideTip();
    this.listening.abort();
    this.listening = new AbortController();
    // Out of the page first, in one change: each control then goes from a detached layer, at no
    // cost to the page's layout (a screen of controls removed one by one held the next screen).
    this.root.remove();
    for (const c of [...this.controls]) c.remove();
    for (const s of this.sections) s.remove();
    this.sections.length = 0;
    this.tip?.remove();
    this.tip = undefined;
  }

  private showTip(element: HTMLElement, text: string, rect: Rect): void {
    if (!this.tip) {
      this.tip = document.createElement('div');
      this.tip.className = 'overlay-tooltip';
      this.tip.setAttribute('aria-hidden', 'true');
      this.root.append(this.tip);
    }
    const tip = this.tip;
    this.tipFor = element;
    tip.textContent = text;
    tip.hidden = false;
    placeTip(tip, rect);
  }

  private hideTip(): void {
    if (this.tip) this.tip.hidden = true;
    this.tipFor = undefined;
  }

  private describe(element: HTMLElement): HTMLElement {
    const d = document.createElement('span');
    d.className = 'visually-hidden';
    d.id = `desc-${Math.random().toString(36).slice(2)}`;
    element.setAttribute('aria-describedby', d.id);
    this.root.append(d);
    return d;
  }
}

/** Below this (in the layer's 720 units), a control's tooltip shows above it: there is no room below. */
const TIP_ABOVE_FROM = BASE_HEIGHT - 120;

/**
 * A tooltip by its control's rect alone, with no layout read: below the
 * control (above it near the bottom), from its left edge (its right edge on
 * the right half), never wider than the room to the layer's far side. A focus
 * moved mid-frame at a turn's start used to measure the layer, the control and
 * the tip there and then: a forced layout of 7–11 ms in that frame, with the
 * CPU throttled 4× (the frames bench's long tasks, session 19).
 */
function placeTip(tip: HTMLElement, rect: Rect): void {
  const onRight = rect.x + rect.width / 2 > BASE_WIDTH / 2;
  const edge = percentOf(onRight ? BASE_WIDTH - rect.x - rect.width : rect.x, BASE_WIDTH);
  tip.style.left = onRight ? '' : edge;
  tip.style.right = onRight ? edge : '';
  tip.style.maxWidth = `min(26rem, calc(100% - ${edge} - 4px))`;
  const below = rect.y + rect.height <= TIP_ABOVE_FROM;
  tip.style.top = below ? `calc(${percentOf(rect.y + rect.height, BASE_HEIGHT)} + 6px)` : '';
  tip.style.bottom = below ? '' : `calc(${percentOf(BASE_HEIGHT - rect.y, BASE_HEIGHT)} + 6px)`;
}

/** `v` as a share of `base`, for CSS: the layer's 1280 × 720 units in percent. */
function percentOf(v: number, base: number): string {
  return `${(v / base) * 100}%`;
}

function place(element: HTMLElement, rect: Rect): void {
  element.style.left = percentOf(rect.x, BASE_WIDTH);
  element.style.top = percentOf(rect.y, BASE_HEIGHT);
  element.style.width = percentOf(rect.width, BASE_WIDTH);
  element.style.height = percentOf(rect.height, BASE_HEIGHT);
}
