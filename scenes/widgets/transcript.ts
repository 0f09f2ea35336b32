// The call as it happens: each line with its speaker, the newest typed out at
// a readable pace (any key or click shows it whole; at once with reduced
// motion), meter changes in small print, sounds as captions in brackets. Shows the latest lines that fit its panel; the full transcript is in
// the DOM layer's log for screen readers.
import type * as Phaser from 'phaser';
import { COLORS, textStyle } from './theme.ts';
import { markBox } from './layout-probe.ts';

export interface TranscriptLine {
  kind: 'line' | 'meters' | 'caption';
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
  destroy(): void;
}

/** Characters a second: a comfortable reading pace for 13–18 year olds. */
const CHARS_PER_SECOND = 45;

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

  const format = (l: TranscriptLine, full: boolean) => {
    if (l.kind !== 'line') return l.text;
    const body = full ? l.text : l.text.slice(0, Math.floor(typed));
    return `${l.speaker ?? ''}: “${body}”${full && l.quote ? '  ★' : ''}`;
  };

  const layout = () => {
    for (const o of objects) o.destroy();
    objects = [];
    let bottom = y + height - 12;
    for (let i = lines.length - 1; i >= 0 && bottom > y + 12; i--) {
      const l = lines[i];
      if (!l) continue;
      const style =
        l.kind === 'caption'
          ? textStyle(14, COLORS.muted, { fontStyle: 'italic', wordWrap: { width: width - 32 } })
          : l.kind === 'meters'
            ? textStyle(13, COLORS.muted, { wordWrap: { width: width - 32 } })
            : textStyle(17, l.mine ? COLORS.mineText : COLORS.text, {
                wordWrap: { width: width - 32 },
                lineSpacing: 3,
              });
      const t = scene.add.text(x + 16, 0, format(l, i !== typingIndex), style);
      bottom -= t.height + (l.kind === 'line' ? 10 : 4);
      if (bottom < y + 8) {
        t.destroy();
        break;
      }
      t.setY(bottom);
      objects.push(t);
    }
  };

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
    destroy() {
      stopTyping();
      for (const o of objects) o.destroy();
      panel.destroy();
    },
  };
}
