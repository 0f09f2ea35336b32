import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { revealAt } from '../../scenes/widgets/typewriter.ts';

/** Words wrapped at `width` characters, as a text's word wrap does: rows keep or drop the space they break at. */
function wrap(full: string, width: number, keepSpace: boolean): string[] {
  const rows: string[] = [];
  for (const para of full.split('\n')) {
    let row = '';
    for (const word of para.split(' ')) {
      if (row !== '' && row.length + 1 + word.length > width) {
        rows.push(keepSpace ? `${row} ` : row);
        row = word;
      } else row = row === '' ? word : `${row} ${word}`;
    }
    rows.push(row);
  }
  return rows;
}

/** What the reveal shows: the rows before its row whole, and the start of its row. */
const shownBy = (rows: readonly string[], r: { row: number; chars: number }) =>
  [...rows.slice(0, r.row).map((x) => x.trimEnd()), (rows[r.row] ?? '').slice(0, r.chars)].join(
    ' ',
  );

describe('a line typed by cropping its drawn text', () => {
  it('shows the rows typed and the start of the row typing', () => {
    const full = 'Donald Trump: “This is what works for America: forces act together”';
    const rows = wrap(full, 30, true);
    expect(revealAt(full, rows, 0)).toEqual({ row: 0, chars: 0 });
    expect(revealAt(full, rows, 6)).toEqual({ row: 0, chars: 6 });
    const second = full.indexOf((rows[1] ?? '').trimEnd());
    expect(revealAt(full, rows, second + 3)).toEqual({ row: 1, chars: 3 });
    expect(revealAt(full, rows, full.length)).toEqual({ row: rows.length, chars: 0 });
  });

  it('shows exactly the characters typed, words broken anywhere, spaces kept or dropped at breaks', () => {
    const word = fc.stringMatching(/^[A-Za-zé“”,.!?-]{1,12}$/);
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 8, max: 60 }),
        fc.boolean(),
        fc.nat(),
        (words, width, keepSpace, n) => {
          const full = words.join(' ');
          const rows = wrap(full, width, keepSpace);
          const shown = n % (full.length + 1);
          const r = revealAt(full, rows, shown);
          expect(r).not.toBeNull();
          if (!r) return;
          const visible = shownBy(rows, r).replace(/\s+/g, ' ').trim();
          expect(visible).toBe(full.slice(0, shown).replace(/\s+/g, ' ').trim());
        },
      ),
    );
  });

  it('gives up (the line shows whole) when the rows are not the text', () => {
    expect(revealAt('one two three', ['one', 'too', 'three'], 5)).toBeNull();
    expect(revealAt('one two', ['one two', 'extra'], 9)).toBeNull();
  });
});
