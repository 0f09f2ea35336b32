// The call as it happens: each line with its speaker, the newest typed out at
// a readable pace (any key or click shows it whole; at once with reduced
// motion), meter changes in small print, sounds as captions in brackets. Shows
// the latest lines that fit its panel, and scrolls back through the whole call
// (wheel, drag, the keys of its scroll bar); screen readers hear every line once
// in the DOM layer's log, which scrolling does not touch. The texts of the
// lines in view are kept from one drawing to the next (only the line being
// typed changes, and it keeps the height of its whole text, so nothing moves
// while it types): a frame of typing crops one text (typewriter.ts), never lays
// out or redraws one.
import type * as Phaser from 'phaser';
import { COLORS, textStyle } from './theme.ts';
import { addPanel } from './panel.ts';
import { drawSoon } from '../draw-on-change.ts';
import { Typewriter } from './typewriter.ts';

export interface TranscriptLine {
  /** A leader's line, meter changes, a sound's caption, or a scenario event (a third voice). */
  kind: 'line' | 'meters' | 'caption' | 'event';
  speaker?: string;
  text: string;
  quote?: boolean;
  source?: string;
  /** True for the player's own side. */
  mine?: boolean;
}

export interface TranscriptWidget {
  /** Replace the lines (the store's whole transcript); new ones type out. */
  set(lines: TranscriptLine[], reducedMotion: boolean): void;
  /** Show the line being typed whole. */
  finish(): void;
  /** True while a line is still being typed. */
  typing(): boolean;
  /** Scrolls by lines (negative: earlier), or to the first or the newest line. */
  scroll(step: number | 'start' | 'end'): void;
  /** Where the view is: lines hidden below it (0: the newest shows), and the number of lines. */
  position(): { back: number; total: number };
  /** Called after each scroll (to update the scroll bar for screen readers). */
  onScroll(fn: () => void): void;
  destroy(): void;
}

/** Characters a second: a comfortable reading pace for 13–18 year olds. */
const CHARS_PER_SECOND = 45;
/** How often the typed line grows (a text redrawn more often costs frames a reader cannot see). */
const TYPE_TICK_MS = 1000 / 20;
/** Game units of a drag that scroll one line. */
const DRAG_LINE = 22;

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The style of a line's text, by its kind. */
function lineStyle(l: TranscriptLine, width: number) {
  const wrap = { wordWrap: { width: width - 32 } };
  if (l.kind === 'caption') return textStyle(14, COLORS.muted, { fontStyle: 'italic', ...wrap });
  if (l.kind === 'meters') return textStyle(13, COLORS.muted, wrap);
  if (l.kind === 'event')
    return textStyle(16, COLORS.accentText, { fontStyle: 'italic', ...wrap, lineSpacing: 3 });
  return textStyle(17, l.mine ? COLORS.mineText : COLORS.text, { ...wrap, lineSpacing: 3 });
}

/** A line as shown. */
function formatLine(l: TranscriptLine): string {
  if (l.kind === 'event') return `▸ ${l.speaker ?? ''} — ${l.text}`;
  if (l.kind !== 'line') return l.text;
  return `${l.speaker ?? ''}: “${l.text}”${l.quote ? '  ★' : ''}`;
}

/** The characters of a spoken line's shown text (formatLine) out once `typed` of its words' characters are. */
function typedChars(l: TranscriptLine, typed: number): number {
  const lead = `${l.speaker ?? ''}: “`.length;
  return typed >= l.text.length ? Infinity : lead + Math.floor(typed);
}

const sameLine = (a: TranscriptLine | undefined, b: TranscriptLine | undefined) =>
  a?.kind === b?.kind && a?.text === b?.text && a?.speaker === b?.speaker && a?.mine === b?.mine;

/** A drawn line: the text object, and what it was made for (a line changed under it is redrawn). */
interface Drawn {
  line: TranscriptLine;
  text: Phaser.GameObjects.Text;
}

class Transcript implements TranscriptWidget {
  private readonly panel: Phaser.GameObjects.Graphics;
  private readonly thumb: Phaser.GameObjects.Graphics;
  private readonly typewriter: Typewriter;
  /** The texts drawn, by the index of their line. */
  private drawn = new Map<number, Drawn>();
  private lines: TranscriptLine[] = [];
  private typingIndex = -1;
  private typingSince = 0;
  private timer: Phaser.Time.TimerEvent | undefined;
  /** Lines hidden below the view: 0 shows the newest. */
  private back = 0;
  /** True when the first line is in view (nothing earlier to scroll to). */
  private atStart = true;
  private scrolled: () => void = () => {};
  private dragFrom: number | undefined;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly box: Box,
  ) {
    this.panel = addPanel(scene, box);
    // The scroll bar's track and thumb, at the panel's right edge (two flat shapes, drawn when they move).
    this.thumb = scene.add.graphics();
    this.typewriter = new Typewriter(scene);
    scene.input.on('wheel', this.onWheel);
    scene.input.on('pointerdown', this.onDown);
    scene.input.on('pointermove', this.onMove);
    scene.input.on('pointerup', this.onUp);
  }

  set(next: TranscriptLine[], reducedMotion: boolean): void {
    // The scene redraws on every change of the store (a chip pressed): the same lines change nothing.
    if (next.length === this.lines.length && next.every((l, i) => sameLine(l, this.lines[i])))
      return;
    const before = this.lines.length;
    this.lines = next;
    // A new line brings the view back to the newest (the answer is what the student waits for).
    if (next.length !== before && this.back !== 0) {
      this.back = 0;
      this.scrolled();
    }
    this.stopTyping();
    // The newest spoken line types out (a caption after it does not stop it); with reduced motion, none does.
    let last = -1;
    for (let i = next.length - 1; i >= before && last < 0; i--)
      if (next[i]?.kind === 'line') last = i;
    if (last >= 0 && !reducedMotion) this.startTyping(last);
    this.layout();
  }

  finish(): void {
    if (this.typingIndex < 0) return;
    const index = this.typingIndex;
    this.stopTyping();
    this.retype(index);
  }

  typing(): boolean {
    return this.typingIndex >= 0;
  }

  scroll(step: number | 'start' | 'end'): void {
    const before = this.back;
    const newest = Math.max(0, this.lines.length - 1);
    if (step === 'end') this.back = 0;
    else if (step === 'start') this.back = newest;
    else if (step < 0 && this.atStart) return;
    else this.back = Math.min(newest, Math.max(0, this.back - step));
    this.layout();
    // Scrolled past the first line: come back until the panel is full again.
    while (this.back > 0 && this.atStart && this.drawn.size > 0) {
      this.back--;
      this.layout();
      if (!this.atStart) {
        this.back++;
        this.layout();
        break;
      }
    }
    if (this.back !== before) this.scrolled();
  }

  position(): { back: number; total: number } {
    return { back: this.back, total: this.lines.length };
  }

  onScroll(fn: () => void): void {
    this.scrolled = fn;
  }

  destroy(): void {
    this.stopTyping();
    this.typewriter.destroy();
    this.scene.input.off('wheel', this.onWheel);
    this.scene.input.off('pointerdown', this.onDown);
    this.scene.input.off('pointermove', this.onMove);
    this.scene.input.off('pointerup', this.onUp);
    this.thumb.destroy();
    for (const d of this.drawn.values()) d.text.destroy();
    this.drawn.clear();
    this.panel.destroy();
  }

  /** Characters of the typing line shown by now: by the clock, so a slow computer types on time. */
  private typed(): number {
    return ((this.scene.time.now - this.typingSince) * CHARS_PER_SECOND) / 1000;
  }

  private startTyping(index: number): void {
    this.typingIndex = index;
    this.typingSince = this.scene.time.now;
    this.timer = this.scene.time.addEvent({
      delay: TYPE_TICK_MS,
      loop: true,
      callback: () => {
        const done = this.typed() >= (this.lines[index]?.text.length ?? 0);
        if (done) this.stopTyping();
        this.retype(index);
        drawSoon(this.scene.game, 1);
      },
    });
  }

  private stopTyping(): void {
    this.timer?.remove();
    this.timer = undefined;
    this.typingIndex = -1;
    this.typewriter.stop();
  }

  /** Shows the typed part of the line that types (when in view): it keeps its place and its whole text's height. */
  private retype(index: number): void {
    const d = this.drawn.get(index);
    if (!d || index !== this.typingIndex) return;
    this.typewriter.show(d.text, typedChars(d.line, this.typed()));
  }

  /** The text of line `i`, kept from the last drawing when it shows the same line; at its whole height. */
  private textFor(i: number, l: TranscriptLine): Phaser.GameObjects.Text {
    const kept = this.drawn.get(i);
    if (kept && sameLine(kept.line, l)) {
      kept.text.setText(formatLine(l));
      return kept.text;
    }
    kept?.text.destroy();
    const t = this.scene.add.text(this.box.x + 16, 0, formatLine(l), lineStyle(l, this.box.width));
    this.drawn.set(i, { line: l, text: t });
    return t;
  }

  private layout(): void {
    const { y, height } = this.box;
    const shown = new Set<number>();
    let bottom = y + height - 12;
    this.atStart = true;
    for (let i = Math.max(0, this.lines.length - 1 - this.back); i >= 0; i--) {
      const l = this.lines[i];
      if (!l) continue;
      if (bottom <= y + 12) {
        this.atStart = false;
        break;
      }
      const t = this.textFor(i, l);
      bottom -= t.height + (l.kind === 'line' || l.kind === 'event' ? 10 : 4);
      if (bottom < y + 8) {
        this.atStart = false;
        break;
      }
      t.setY(bottom);
      shown.add(i);
      if (i === this.typingIndex) this.retype(i);
    }
    for (const [i, d] of this.drawn)
      if (!shown.has(i)) {
        // The typing line scrolled out of view: its crop goes with it (it comes back whole, then typed on).
        if (i === this.typingIndex) this.typewriter.stop();
        d.text.destroy();
        this.drawn.delete(i);
      }
    this.drawThumb();
  }

  // Where the view is in the whole call, drawn at the panel's right edge when there is more than fits.
  private drawThumb(): void {
    const { x, y, width, height } = this.box;
    const total = this.lines.length;
    this.thumb.clear();
    if (total === 0 || (this.atStart && this.back === 0)) return;
    const shown = Math.max(1, this.drawn.size);
    const track = height - 20;
    const size = Math.max(24, (track * shown) / total);
    const end = total - this.back;
    const top = y + 10 + ((track - size) * (end - shown)) / Math.max(1, total - shown);
    this.thumb.fillStyle(COLORS.panelEdge, 1);
    this.thumb.fillRoundedRect(x + width - 12, y + 10, 6, track, 3);
    this.thumb.fillStyle(COLORS.chartAxis, 1);
    this.thumb.fillRoundedRect(x + width - 12, Math.max(y + 10, top), 6, size, 3);
  }

  // The wheel over the panel, and a finger dragged on it (down shows earlier lines, as on a phone).
  private inside(p: Phaser.Input.Pointer): boolean {
    const { x, y, width, height } = this.box;
    return p.x >= x && p.x <= x + width && p.y >= y && p.y <= y + height;
  }

  private readonly onWheel = (p: Phaser.Input.Pointer, _over: unknown, _dx: number, dy: number) => {
    if (this.inside(p) && dy !== 0) this.scroll(Math.sign(dy));
  };

  private readonly onDown = (p: Phaser.Input.Pointer) => {
    this.dragFrom = this.inside(p) ? p.y : undefined;
  };

  private readonly onMove = (p: Phaser.Input.Pointer) => {
    if (this.dragFrom === undefined || !p.isDown) return;
    const steps = Math.trunc((p.y - this.dragFrom) / DRAG_LINE);
    if (steps === 0) return;
    this.dragFrom += steps * DRAG_LINE;
    this.scroll(-steps);
  };

  private readonly onUp = () => {
    this.dragFrom = undefined;
  };
}

export function addTranscript(
  scene: Phaser.Scene,
  x: number,
  y: number,
  width: number,
  height: number,
): TranscriptWidget {
  return new Transcript(scene, { x, y, width, height });
}
