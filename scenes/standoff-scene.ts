// The base of every scene: the store to read and act on, a DOM overlay for
// the scene's controls, and a subscription to the store. Everything it makes
// is removed when the scene shuts down, so twenty games in a row do not grow.
import * as Phaser from 'phaser';
import type { GameState, GameStore } from '../src/store/game-store.ts';
import { Overlay } from '../src/ui/overlay.ts';
import type { MessageKey } from '../src/messages/en.ts';
import { t } from '../src/messages/en.ts';
import { COLORS, textStyle } from './widgets/theme.ts';

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

  constructor(
    key: string,
    protected readonly ctx: SceneContext,
  ) {
    super(key);
  }

  protected get state(): GameState {
    return this.ctx.store.getState();
  }

  protected msg(key: MessageKey, params?: Record<string, string | number>): string {
    return t(key, params, this.state.catalogue);
  }

  /** Call at the start of create(): sets up the overlay and the clean-up. */
  protected begin(name: string): void {
    this.overlay = new Overlay(this.ctx.overlayHost, name);
    this.cameras.main.setBackgroundColor(COLORS.background);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      for (const u of this.unsubscribers) u();
      this.unsubscribers = [];
      this.overlay.clear();
      this.input.keyboard?.removeAllListeners();
      this.tweens.killAll();
      this.time.removeAllEvents();
    });
  }

  /** Runs `fn` on every store change while the scene runs. */
  protected watch(fn: (state: GameState, previous: GameState) => void): void {
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
    const g = this.add.graphics();
    g.fillStyle(COLORS.panel, 1);
    g.fillRoundedRect(x, y, width, height, 10);
    g.lineStyle(1, COLORS.panelEdge, 1);
    g.strokeRoundedRect(x, y, width, height, 10);
    return g;
  }
}
