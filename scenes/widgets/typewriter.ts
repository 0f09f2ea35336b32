// A line typed out without laying it out again at each letter. The whole line
// is laid out and drawn once; the letters typed so far are shown by cropping
// it: its text shows the rows already typed, and a second image of the same
// texture shows the row being typed, up to the last letter. Setting a text's
// words again (the way a typewriter is usually made) measures every word and
// redraws the text twenty times a second: on a slow computer most of a frame
// (issue 15). The words never move while they type, as the line has its whole
// height and wrapping from the start.
import type * as Phaser from 'phaser';

/** Where the first `shown` characters of a text end: the row being typed and its characters shown. */
export interface Reveal {
  /** The row being typed (rows before it show whole); `rows.length` when all show. */
  row: number;
  /** The characters of that row shown. */
  chars: number;
}

/**
 * The reveal of the first `shown` characters of `full`, laid out in `rows`
 * (its wrapped rows, which may drop or keep the spaces they were broken at);
 * null when the rows are not `full`'s characters in order.
 */
export function revealAt(full: string, rows: readonly string[], shown: number): Reveal | null {
  let at = 0;
  for (let row = 0; row < rows.length; row++) {
    const text = (rows[row] ?? '').trimEnd();
    const start = text === '' ? at : full.indexOf(text, at);
    if (start < 0 || full.slice(at, start).trim() !== '') return null;
    const end = start + text.length;
    if (shown < end) return { row, chars: Math.max(0, shown - start) };
    at = end;
  }
  return { row: rows.length, chars: 0 };
}

/** A text's rows as drawn: their tops and height, in the text's own units (before its resolution). */
function rowGeometry(text: Phaser.GameObjects.Text, rows: number) {
  const top = text.padding.top ?? 0;
  const bottom = text.padding.bottom ?? 0;
  const spacing = text.lineSpacing;
  const lineHeight = (text.height - top - bottom - spacing * Math.max(0, rows - 1)) / rows;
  const stroke = text.style.strokeThickness / 2;
  return {
    top: (row: number) => top + stroke + row * (lineHeight + spacing),
    height: lineHeight + spacing,
  };
}

export class Typewriter {
  /** The row being typed: an image of the typing text's texture, cropped. */
  private readonly tail: Phaser.GameObjects.Image;
  private typing: Phaser.GameObjects.Text | null = null;
  /** The typing text's words and wrapped rows (wrapping measures every word: once a line). */
  private laidOut = { words: '', rows: [] as string[] };

  constructor(scene: Phaser.Scene) {
    this.tail = scene.add.image(0, 0, '__DEFAULT').setOrigin(0, 0).setVisible(false);
  }

  /** Shows the first `shown` characters of `text` (its whole words set once); whole when its layout cannot be followed. */
  show(text: Phaser.GameObjects.Text, shown: number): void {
    if (this.typing !== text) {
      this.stop();
      this.typing = text;
    }
    if (this.laidOut.words !== text.text)
      this.laidOut = { words: text.text, rows: text.getWrappedText() };
    const rows = this.laidOut.rows;
    const reveal = revealAt(text.text, rows, shown);
    if (!reveal || reveal.row >= rows.length) {
      this.showWhole();
      return;
    }
    const resolution = text.style.resolution;
    const rowAt = rowGeometry(text, rows.length);
    const rowTop = rowAt.top(reveal.row);
    // The rows typed, whole (none yet: nothing shows).
    text.setCrop(0, 0, text.width * resolution, Math.round(rowTop * resolution));
    // The row being typed, up to the end of its last letter shown.
    text.style.syncFont(text.canvas, text.context);
    const prefix = (rows[reveal.row] ?? '').slice(0, reveal.chars);
    const width = (text.padding.left ?? 0) + text.context.measureText(prefix).width;
    const cropY = Math.round(rowTop * resolution);
    this.tail.setTexture(text.texture.key);
    this.tail.setCrop(
      0,
      cropY,
      Math.ceil(width * resolution),
      Math.ceil(rowAt.height * resolution),
    );
    // A crop is drawn at its place in the texture's pixels: the image is set back by the part a
    // resolution above 1 adds, so the row lands under the rows above it.
    this.tail.setPosition(text.x, text.y + rowTop - cropY).setVisible(true);
  }

  /** The text typing shows whole, and the row image nothing; no text types any more. */
  stop(): void {
    this.showWhole();
    this.typing = null;
    this.laidOut = { words: '', rows: [] };
  }

  private showWhole(): void {
    if (this.typing?.scene) this.typing.setCrop();
    this.tail.setVisible(false).setTexture('__DEFAULT');
  }

  destroy(): void {
    this.stop();
    this.tail.destroy();
  }
}
