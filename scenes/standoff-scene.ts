// The base of every scene: the store to read and act on, a DOM overlay for
// the scene's controls, and a subscription to the store (each change also
// draws the canvas: it is drawn only on change); its texts go to the GPU once
// a frame at most (widgets/deferred-text.ts). Everything it makes
// is removed when the scene shuts down, so twenty games in a row do not grow.
import * as Phaser from 'phaser';
import type { StoreState, GameStore, SessionAction } from '../src/store/game-store.ts';
import { Overlay, type Rect } from '../src/ui/overlay.ts';
import { offered, sessionPress } from '../src/ui/session-buttons.ts';
import type { Button, ButtonOptions } from './widgets/button.ts';
import type { MessageKey } from '../src/messages/i18n.ts';
import { t } from '../src/messages/i18n.ts';
import { COLORS, scaledSize, textStyle } from './widgets/theme.ts';
import { addButton } from './widgets/button.ts';
import { addPanel } from './widgets/panel.ts';
import { drawApart, drawOnlyOnChange, drawOwed, drawSoon } from './draw-on-change.ts';
import { keepSpareTexts } from './widgets/spare-texts.ts';
import { destroyObjectsLater } from './destroy-later.ts';
import { deferTextUploads } from './widgets/deferred-text.ts';
import { StepsOverFrames } from './steps-over-frames.ts';

export interface SceneContext {
  store: GameStore;
  /** The element the overlays are laid in (same box as the canvas). */
  overlayHost: HTMLElement;
  reducedMotion: () => boolean;
  /** Opens the file picker for a teacher's own scenario. */
  openScenarioFile: () => void;
  /** Goes to the scenario editor page. */
  openEditor: () => void;
  /** The hand-in dialog of a finished game (name, result file, link, QR code). */
  openHandIn: () => void;
  /** The title screen's "Link for my class…" dialog (settings in a link, copied). */
  openClassLink: () => void;
  /** The full, printable debrief with the step-by-step replay, in a new tab. */
  openFullDebrief: () => void;
}

export abstract class StandoffScene extends Phaser.Scene {
  protected overlay!: Overlay;
  private unsubscribers: (() => void)[] = [];
  /**
   * The scene's drawing spread over frames (redrawnOverFrames), while the scene runs; null when it
   * has none. The browser tests read `busy()` to wait for the screen to be drawn: steps left, or
   * run and not drawn yet.
   */
  protected redraw: { busy(): boolean } | null = null;

  constructor(
    key: string,
    protected readonly ctx: SceneContext,
  ) {
    super(key);
  }

  protected get state(): StoreState {
    return this.ctx.store.getState();
  }

  protected msg(key: MessageKey, params?: Record<string, string | number>): string {
    return t(this.state.catalogue, key, params);
  }

  /** Call at the start of create(): sets up the overlay and the clean-up. */
  protected begin(name: string): void {
    this.overlay = new Overlay(this.ctx.overlayHost, name);
    // The background is the colour the renderer clears the canvas to, not the camera's: a camera's
    // background is a full-screen fill drawn every frame, the slowest thing on a software renderer.
    this.setClearColor(COLORS.background);
    // The canvas is drawn only when something changes (scenes/draw-on-change.ts): any change of the store may.
    drawOnlyOnChange(this.game);
    // A text changed several times before a frame (typed, fitted, recoloured) is copied to the GPU once.
    deferTextUploads(this);
    // A text the scene makes while it runs (a new line, a meter's note) is one made ahead, in idle time.
    keepSpareTexts(this);
    // When it stops, its objects are destroyed after the next screen is up, not in its first frame.
    destroyObjectsLater(this);
    this.unsubscribers.push(this.ctx.store.subscribe(() => drawSoon(this.game)));
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      for (const u of this.unsubscribers) u();
      this.unsubscribers = [];
      this.overlay.clear();
      this.input.keyboard?.removeAllListeners();
      this.tweens.killAll();
      this.time.removeAllEvents();
    });
  }

  /** The colour the whole canvas is cleared to before each frame (the scene's background). */
  protected setClearColor(color: number): void {
    this.game.config.backgroundColor.setTo(
      (color >> 16) & 255,
      (color >> 8) & 255,
      color & 255,
      255,
    );
  }

  /**
   * Parts of the scene's drawing that each frame runs as many of as fit in its budget, starting
   * with the frame after `start` (steps-over-frames.ts); dropped when the scene shuts down.
   * `apartFromDrawing`: the steps run in frames of their own, each drawn in the next
   * (draw-on-change.ts): the call's redraw after every move, where a step and a drawing in one
   * frame made long tasks. Without it (the ending's parts, each to be seen as soon as it is made)
   * a frame runs its steps and draws them.
   */
  protected redrawnOverFrames<T>(
    parts: readonly ((input: T) => void)[],
    { apartFromDrawing = false } = {},
  ): StepsOverFrames<T> {
    const redraw = new StepsOverFrames<T>(parts);
    const owed = () => apartFromDrawing && drawOwed(this.game);
    const run = () => {
      // A frame that draws the last one's steps runs none.
      if (!owed() && redraw.run()) drawSoon(this.game, 2);
    };
    this.events.on(Phaser.Scenes.Events.UPDATE, run);
    // Only while the scene runs: a paused scene's steps wait, and must not hold the drawing.
    const stopDrawingApart = apartFromDrawing
      ? drawApart(this.game, () => this.sys.isActive() && redraw.busy())
      : () => {};
    this.redraw = { busy: () => redraw.busy() || owed() };
    this.onShutdown(() => {
      this.events.off(Phaser.Scenes.Events.UPDATE, run);
      stopDrawingApart();
      redraw.clear();
      this.redraw = null;
    });
    return redraw;
  }

  /** Runs `fn` when the scene shuts down (with its other clean-up). */
  protected onShutdown(fn: () => void): void {
    this.unsubscribers.push(fn);
  }

  /** Runs `fn` on every store change while the scene runs. */
  protected watch(fn: (state: StoreState, previous: StoreState) => void): void {
    this.unsubscribers.push(this.ctx.store.subscribe(fn));
  }

  /** Listens to a DOM event while the scene runs. */
  protected listen<K extends keyof WindowEventMap>(
    type: K,
    fn: (e: WindowEventMap[K]) => void,
  ): void {
    window.addEventListener(type, fn);
    this.unsubscribers.push(() => window.removeEventListener(type, fn));
  }

  /**
   * A button for one of the session's actions: shown and enabled only while the session would
   * take it (the store's `can`, the machine's answer), following it as it changes.
   */
  protected sessionButton(
    action: SessionAction,
    rect: Rect,
    options: Omit<ButtonOptions, 'onActivate' | 'enabled'>,
  ): Button {
    const press = () => sessionPress(this.state.actions, action)();
    const button = addButton(this, this.overlay, rect, { ...options, onActivate: press });
    button.update(offered(this.state.can, action));
    this.watch((s, prev) => {
      if (s.can[action] !== prev.can[action]) button.update(offered(s.can, action));
    });
    return button;
  }

  protected heading(x: number, y: number, text: string, size = 28): Phaser.GameObjects.Text {
    return this.add.text(x, y, text, textStyle(size, COLORS.text, { fontStyle: 'bold' }));
  }

  protected body(
    x: number,
    y: number,
    text: string,
    width: number,
    size = 16,
    color: string = COLORS.text,
  ): Phaser.GameObjects.Text {
    return this.add.text(
      x,
      y,
      text,
      textStyle(size, color, { wordWrap: { width }, lineSpacing: 4 }),
    );
  }

  protected panel(
    x: number,
    y: number,
    width: number,
    height: number,
  ): Phaser.GameObjects.Graphics {
    return addPanel(this, { x, y, width, height });
  }

  /**
   * Blocks of text down a column at the player's text size: the type shrinks a
   * little (to three quarters of it, never below 14 px) and, when the column
   * still does not fit, it goes on over pages turned with buttons at its foot.
   */
  protected pagedColumn(
    x: number,
    y: number,
    width: number,
    height: number,
    blocks: string[],
    size = 16,
  ): void {
    // Each line of a block (its heading, each bullet) is a piece, so a page can break between them.
    const pieces = blocks.flatMap((b, k) =>
      b.split('\n').map((line, i) => ({ line, gap: i === 0 && k > 0 ? 14 : 2 })),
    );
    const made = pieces.map((p) => this.body(x, 0, p.line, width, size, COLORS.text));
    const heights = () => made.map((t, i) => t.height + (pieces[i]?.gap ?? 0));
    const total = () => heights().reduce((a, b) => a + b, 0);
    const start = scaledSize(size);
    const floor = Math.max(Math.min(size, 14), Math.round(start * 0.75));
    for (let px = start; px >= floor; px--) {
      for (const t of made) t.setFontSize(px);
      if (total() <= height) break;
    }
    // Pages, when it still does not fit: the foot of the column holds the page buttons.
    const pageHeight = total() <= height ? height : height - 48;
    const pages: Phaser.GameObjects.Text[][] = [[]];
    let used = 0;
    heights().forEach((h, i) => {
      const t = made[i];
      if (!t) return;
      const page = pages[pages.length - 1] ?? [];
      if (used + h > pageHeight && page.length > 0) {
        pages.push([t]);
        used = h;
      } else {
        page.push(t);
        used += h;
      }
    });
    pages.forEach((page) => {
      let top = y;
      for (const t of page) {
        top += pieces[made.indexOf(t)]?.gap ?? 0;
        t.setY(top);
        top += t.height;
      }
    });
    if (pages.length < 2) return;
    let current = 0;
    const buttons: { update(o: { enabled: boolean }): void }[] = [];
    const show = (n: number) => {
      current = Math.max(0, Math.min(pages.length - 1, n));
      pages.forEach((page, i) => page.forEach((t) => t.setVisible(i === current)));
      buttons[0]?.update({ enabled: current > 0 });
      buttons[1]?.update({ enabled: current < pages.length - 1 });
    };
    const foot = y + height - 40;
    buttons.push(
      addButton(
        this,
        this.overlay,
        { x, y: foot, width: 150, height: 38 },
        { label: this.msg('page.previous'), size: 15, onActivate: () => show(current - 1) },
      ),
      addButton(
        this,
        this.overlay,
        { x: x + width - 150, y: foot, width: 150, height: 38 },
        { label: this.msg('page.next'), size: 15, onActivate: () => show(current + 1) },
      ),
    );
    show(0);
  }
}
