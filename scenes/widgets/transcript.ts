// The call as it happens: each line with its speaker, the newest typed out at
// a readable pace (any key or click shows it whole; at once with reduced
// motion), meter changes in small print, sounds as captions in brackets. Shows
// the latest lines that fit its panel, and scrolls back through the whole call
// (wheel, drag, the keys of its scroll bar); screen readers hear every line once
// in the DOM layer's log, which scrolling does not touch.
import type * as Phaser from 'phaser';
import { COLORS, textStyle } from './theme.ts';
import { markBox } from './layout-probe.ts';

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
/** Game units of a drag that scroll one line. */
const DRAG_LINE = 22;

export function addTranscript(
  scene: Phaser.Scene,
  x: number,
  y: number,
  width: number,
  height: number,
): TranscriptWidget {
  const panel = scene.add.graphics();
  panel.fillStyle(COLORS.panel, 1);
  panel.fillRoundedRect(x, y, width, height, 10);
  panel.lineStyle(1, COLORS.panelEdge, 1);
  panel.strokeRoundedRect(x, y, width, height, 10);
  markBox(panel, { x, y, width, height });
  let objects: Phaser.GameObjects.Text[] = [];
  let lines: TranscriptLine[] = [];
  let typed = Infinity;
  let typingIndex = -1;
  let timer: Phaser.Time.TimerEvent | undefined;
  /** Lines hidden below the view: 0 shows the newest. */
  let back = 0;
  /** True when the first line is in view (nothing earlier to scroll to). */
  let atStart = true;
  let scrolled: () => void = () => {};
  const thumb = scene.add.graphics();

  const format = (l: TranscriptLine, full: boolean) => {
    if (l.kind === 'event') return `▸ ${l.speaker ?? ''} — ${l.text}`;
    if (l.kind !== 'line') return l.text;
    const body = full ? l.text : l.text.slice(0, Math.floor(typed));
    return `${l.speaker ?? ''}: “${body}”${full && l.quote ? '  ★' : ''}`;
  };

  const layout = () => {
    for (const o of objects) o.destroy();
    objects = [];
    let bottom = y + height - 12;
    atStart = true;
    const last = Math.max(0, lines.length - 1 - back);
    for (let i = last; i >= 0; i--) {
      if (bottom <= y + 12) {
        atStart = false;
        break;
      }
      const l = lines[i];
      if (!l) continue;
      const style =
        l.kind === 'caption'
          ? textStyle(14, COLORS.muted, { fontStyle: 'italic', wordWrap: { width: width - 32 } })
          : l.kind === 'meters'
            ? textStyle(13, COLORS.muted, { wordWrap: { width: width - 32 } })
            : l.kind === 'event'
              ? textStyle(16, COLORS.accentText, {
                  fontStyle: 'italic',
                  wordWrap: { width: width - 32 },
                  lineSpacing: 3,
                })
              : textStyle(17, l.mine ? COLORS.mineText : COLORS.text, {
                  wordWrap: { width: width - 32 },
                  lineSpacing: 3,
                });
      const t = scene.add.text(x + 16, 0, format(l, i !== typingIndex), style);
      bottom -= t.height + (l.kind === 'line' || l.kind === 'event' ? 10 : 4);
      if (bottom < y + 8) {
        t.destroy();
        atStart = false;
        break;
      }
      t.setY(bottom);
      objects.push(t);
    }
    drawThumb();
  };

  // Where the view is in the whole call, drawn at the panel's right edge when there is more than fits.
  const drawThumb = () => {
    thumb.clear();
    const total = lines.length;
    if (total === 0 || (atStart && back === 0)) return;
    const shown = Math.max(1, objects.length);
    const track = height - 20;
    const size = Math.max(24, (track * shown) / total);
    const end = total - back;
    const top = y + 10 + ((track - size) * (end - shown)) / Math.max(1, total - shown);
    thumb.fillStyle(COLORS.panelEdge, 1);
    thumb.fillRoundedRect(x + width - 12, y + 10, 6, track, 3);
    thumb.fillStyle(COLORS.chartAxis, 1);
    thumb.fillRoundedRect(x + width - 12, Math.max(y + 10, top), 6, size, 3);
  };

  const scrollBy = (step: number | 'start' | 'end') => {
    const before = back;
    if (step === 'end') back = 0;
    else if (step === 'start') back = Math.max(0, lines.length - 1);
    else if (step < 0 && atStart) return;
    else back = Math.min(Math.max(0, lines.length - 1), Math.max(0, back - step));
    layout();
    // Scrolled past the first line: come back until the panel is full again.
    while (back > 0 && atStart && objects.length > 0) {
      back--;
      layout();
      if (!atStart) {
        back++;
        layout();
        break;
      }
    }
    if (back !== before) scrolled();
  };

  // The wheel over the panel, and a finger dragged on it (down shows earlier lines, as on a phone).
  const inside = (p: Phaser.Input.Pointer) =>
    p.x >= x && p.x <= x + width && p.y >= y && p.y <= y + height;
  let dragFrom: number | undefined;
  const onWheel = (p: Phaser.Input.Pointer, _over: unknown, _dx: number, dy: number) => {
    if (inside(p) && dy !== 0) scrollBy(Math.sign(dy));
  };
  const onDown = (p: Phaser.Input.Pointer) => {
    dragFrom = inside(p) ? p.y : undefined;
  };
  const onMove = (p: Phaser.Input.Pointer) => {
    if (dragFrom === undefined || !p.isDown) return;
    const steps = Math.trunc((p.y - dragFrom) / DRAG_LINE);
    if (steps === 0) return;
    dragFrom += steps * DRAG_LINE;
    scrollBy(-steps);
  };
  const onUp = () => (dragFrom = undefined);
  scene.input.on('wheel', onWheel);
  scene.input.on('pointerdown', onDown);
  scene.input.on('pointermove', onMove);
  scene.input.on('pointerup', onUp);

  const stopTyping = () => {
    timer?.remove();
    timer = undefined;
    typingIndex = -1;
    typed = Infinity;
  };

  return {
    set(next, reducedMotion) {
      const before = lines.length;
      lines = next;
      // A new line brings the view back to the newest (the answer is what the student waits for).
      if (next.length !== before && back !== 0) {
        back = 0;
        scrolled();
      }
      stopTyping();
      // The newest spoken line types out (a caption after it does not stop it); with reduced motion, none does.
      let last = -1;
      for (let i = next.length - 1; i >= before && last < 0; i--)
        if (next[i]?.kind === 'line') last = i;
      if (last >= 0 && !reducedMotion) {
        const line = next[last];
        typingIndex = last;
        typed = 0;
        timer = scene.time.addEvent({
          delay: 1000 / 30,
          loop: true,
          callback: () => {
            typed += CHARS_PER_SECOND / 30;
            if (typed >= (line?.text.length ?? 0)) stopTyping();
            layout();
          },
        });
      }
      layout();
    },
    finish() {
      if (typingIndex < 0) return;
      stopTyping();
      layout();
    },
    typing: () => typingIndex >= 0,
    scroll: scrollBy,
    position: () => ({ back, total: lines.length }),
    onScroll(fn) {
      scrolled = fn;
    },
    destroy() {
      stopTyping();
      scene.input.off('wheel', onWheel);
      scene.input.off('pointerdown', onDown);
      scene.input.off('pointermove', onMove);
      scene.input.off('pointerup', onUp);
      thumb.destroy();
      for (const o of objects) o.destroy();
      panel.destroy();
    },
  };
}
