// The gradebook CSV, written by papaparse (a library made for CSV) rather
// than by hand: every cell quoted, so a separator inside a name (`,` `;` or a
// tab, whichever the spreadsheet's locale splits on) never starts a new cell
// where the file is read with its own separator; a cell that a spreadsheet
// would read as a formula (= + - @, a tab or a carriage return first, even
// after spaces) made text by a leading quote; and the same for any formula
// sign that follows a separator or a line break inside a cell, so a file
// opened with another locale's separator starts no formula either (scores are
// never negative, so no number is touched). A byte-order mark first, so
// spreadsheet programs read accents right. Pure: no DOM, runs in Node too.
import Papa from 'papaparse';

/** What a spreadsheet would take for a formula. */
const FORMULA = /^\s*[=+\-@\t\r]/;
/** A formula sign after a separator of some locale (or a line break) inside a cell. */
const INNER_FORMULA = /([,;\t\r\n]\s*)(?=[=+\-@])/g;

export function toCsv(rows: readonly (readonly string[])[]): string {
  const text = Papa.unparse(
    rows.map((r) => r.map((cell) => cell.replace(INNER_FORMULA, "$1'"))),
    { quotes: true, escapeFormulae: FORMULA, newline: '\r\n', header: false },
  );
  return `\uFEFF${text}\r\n`;
}
