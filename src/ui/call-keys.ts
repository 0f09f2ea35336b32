// The call screen's keys, as plain functions the scene uses: which shortcut a
// key press is, and where the arrow keys move among the table's options. They
// only name controls; each control still enables itself from the machine's
// answer (a shortcut presses its button, which does nothing when disabled).

/** What a key press asks for on the call screen, or undefined when it is not a shortcut. */
export type CallKey =
  | { kind: 'number'; index: number }
  | { kind: 'propose' | 'accept' | 'reject' | 'hangUp' | 'table' | 'help' };

/** The localised letters (one character each, from the catalogue). */
export interface CallLetters {
  propose: string;
  accept: string;
  reject: string;
  hangUp: string;
  table: string;
}

export function callKey(
  e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>,
  letters: CallLetters,
): CallKey | undefined {
  if (e.ctrlKey || e.metaKey || e.altKey) return undefined;
  if (e.key === '?') return { kind: 'help' };
  if (/^[1-9]$/.test(e.key)) return { kind: 'number', index: Number(e.key) - 1 };
  const key = e.key.toLocaleUpperCase();
  for (const kind of ['propose', 'accept', 'reject', 'hangUp', 'table'] as const)
    if (key === letters[kind].toLocaleUpperCase()) return { kind };
  return undefined;
}

/**
 * Where an arrow key goes from option `col` of row `row`, among rows of
 * options that can each be used or not: left and right within the row, up and
 * down to the nearest row with a usable option (the same column, or the
 * nearest one). Undefined when there is nowhere to go.
 */
export function arrowTarget(
  usable: boolean[][],
  row: number,
  col: number,
  key: string,
): { row: number; col: number } | undefined {
  const cells = usable[row] ?? [];
  if (key === 'ArrowLeft' || key === 'ArrowRight') {
    const dir = key === 'ArrowLeft' ? -1 : 1;
    for (let c = col + dir; c >= 0 && c < cells.length; c += dir)
      if (cells[c]) return { row, col: c };
    return undefined;
  }
  if (key !== 'ArrowUp' && key !== 'ArrowDown') return undefined;
  const dir = key === 'ArrowUp' ? -1 : 1;
  for (let r = row + dir; r >= 0 && r < usable.length; r += dir) {
    const line = usable[r] ?? [];
    let best: number | undefined;
    line.forEach((ok, c) => {
      if (ok && (best === undefined || Math.abs(c - col) < Math.abs(best - col))) best = c;
    });
    if (best !== undefined) return { row: r, col: best };
  }
  return undefined;
}
