// The DOM layer over the canvas. Every control a scene draws has a real
// <button> (or other control) laid exactly over its drawing: mouse, touch,
// keyboard and screen readers all use that one element, so focus is visible
// where the player looks, and what is enabled is set in one place. Positions
// are in the game's 1280×720 units, turned into percentages of the canvas box.
export const BASE_WIDTH = 1280;
export const BASE_HEIGHT = 720;

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

/** A layer of controls owned by one scene; `clear` removes them all at its shutdown. */
export class Overlay {
  readonly root: HTMLElement;
  private readonly controls = new Set<Control>();
  private readonly sections: HTMLElement[] = [];

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
    let description: HTMLElement | undefined;
    const apply = (o: Partial<ControlOptions>) => {
      if (o.label !== undefined) {
        element.textContent = o.label;
        element.setAttribute('aria-label', o.label);
      }
      if (o.rect) place(element, o.rect);
      if (o.enabled !== undefined) {
        element.disabled = !o.enabled;
        element.setAttribute('aria-disabled', String(!o.enabled));
      }
      if (o.pressed !== undefined) element.setAttribute('aria-pressed', String(o.pressed));
      if (o.visible !== undefined) element.hidden = !o.visible;
      if (o.group !== undefined) element.dataset.group = o.group;
      if (o.description !== undefined) {
        description ??= this.describe(element);
        description.textContent = o.description;
      }
    };
    apply({ enabled: true, ...options });
    element.addEventListener('click', () => {
      if (!element.disabled) options.onActivate();
    });
    if (options.onFocusChange) {
      const f = options.onFocusChange;
      element.addEventListener('focus', () => f(true));
      element.addEventListener('blur', () => f(false));
    }
    if (options.onHoverChange) {
      const h = options.onHoverChange;
      element.addEventListener('pointerenter', () => h(true));
      element.addEventListener('pointerleave', () => h(false));
    }
    const at = options.at;
    if (at instanceof HTMLElement && at.classList.contains('overlay-group')) at.append(element);
    else if (at?.parentNode) at.parentNode.insertBefore(element, at);
    else this.root.append(element);
    const control: Control = {
      element,
      update: apply,
      remove: () => {
        element.remove();
        description?.remove();
        this.controls.delete(control);
      },
    };
    this.controls.add(control);
    return control;
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

  clear(): void {
    for (const c of [...this.controls]) c.remove();
    for (const s of this.sections) s.remove();
    this.sections.length = 0;
    this.root.remove();
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

function place(element: HTMLElement, rect: Rect): void {
  element.style.left = `${(rect.x / BASE_WIDTH) * 100}%`;
  element.style.top = `${(rect.y / BASE_HEIGHT) * 100}%`;
  element.style.width = `${(rect.width / BASE_WIDTH) * 100}%`;
  element.style.height = `${(rect.height / BASE_HEIGHT) * 100}%`;
}
