import Papa from 'papaparse';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/negotiation/analysis/csv.ts';
import { createClassStore } from '../../src/store/class-store.ts';
import { resultFileText } from '../../src/negotiation/result.ts';
import { DEFAULT_SCENARIO, loadOrThrow } from '../helpers.ts';
import { classResults } from './random-games.ts';
import { en } from '../../src/messages/en.ts';

const SEPARATORS = [',', ';', '\t'] as const;
const TAB = '\t';

/** A cell a spreadsheet would run as a formula: = + - @ (or a tab or CR) first. */
const isFormula = (cell: string) => /^[=+\-@\t\r]/.test(cell);

/** The CSV opened as a spreadsheet in a locale whose separator is `separator`. */
const cellsAs = (csv: string, separator: string) =>
  Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { delimiter: separator, newline: '\r\n' })
    .data.flat()
    .map((cell) => cell.trimStart());

const HOSTILE = [
  'Ana;=1+1;',
  `Ana${TAB}=1+1`,
  'Ana,=1+1,',
  '=HYPERLINK("http://x")',
  '+1+cmd',
  '-1+1',
  '@SUM(A1)',
  `${TAB}=1`,
  '\r=1',
  '  =1+1',
  'Ana\n=1+1',
  'Pérez, Ana "Anita"',
  'x";=1;"',
  "x';=1",
];

describe('the gradebook CSV', () => {
  it('quotes every cell, keeps the BOM and CRLF, and keeps a formula text', () => {
    const csv = toCsv([
      ['name', 'note'],
      ['Pérez, Ana "Anita"', '=HYPERLINK("http://x")'],
      ['+1', 'line\nbreak'],
    ]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      '"name","note"',
      `"Pérez, Ana ""Anita""","'=HYPERLINK(""http://x"")"`,
      `"'+1","line\nbreak"`,
      '',
    ]);
  });

  it('never starts a cell with a formula, read with a comma, a semicolon or a tab', () => {
    const csv = toCsv([['name', 'score'], ...HOSTILE.map((name) => [name, '3'])]);
    for (const separator of SEPARATORS) {
      const cells = cellsAs(csv, separator);
      expect(cells.length, JSON.stringify(separator)).toBeGreaterThan(HOSTILE.length);
      expect(cells.filter(isFormula), JSON.stringify(separator)).toEqual([]);
    }
    // Read with its own separator, every name comes back whole, a quote before each formula sign.
    const names = Papa.parse<string[]>(csv.slice(1), { delimiter: ',', skipEmptyLines: true }).data;
    expect(names.slice(1).map((r) => r[0]?.replace(/'(?=\s*[-=+@\t\r])/g, ''))).toEqual(HOSTILE);
    expect(names.slice(1).map((r) => r[0])).toContain("Ana;'=1+1;");
  });

  it('holds for any cell text (property)', () => {
    const cell = fc.oneof(
      fc.string({
        unit: fc.constantFrom('=', '+', '-', '@', ';', ',', TAB, '\r', '\n', '"', ' ', 'a', '1'),
      }),
      fc.string(),
    );
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { maxLength: 5 }),
        (rows) => {
          const csv = toCsv(rows);
          for (const separator of SEPARATORS)
            expect(cellsAs(csv, separator).filter(isFormula)).toEqual([]);
          const back = Papa.parse<string[]>(csv.slice(1), { delimiter: ',', newline: '\r\n' }).data;
          expect(back.slice(0, rows.length).map((r) => r.length)).toEqual(
            rows.map((r) => r.length),
          );
        },
      ),
      { numRuns: 500 },
    );
  });

  it("the class page's CSV keeps its columns and names students safely", () => {
    const scenario = loadOrThrow(DEFAULT_SCENARIO);
    const results = classResults(scenario, HOSTILE.length, 3).map((r, i) => ({
      ...r,
      student: HOSTILE[i] ?? '',
    }));
    const store = createClassStore([scenario], en);
    store
      .getState()
      .actions.addInputs(results.map((r, i) => ({ source: `${i}.json`, text: resultFileText(r) })));
    expect(store.getState().rejected).toEqual([]);
    const csv = store.getState().actions.csvFile()?.text ?? '';
    expect(csv.startsWith('\uFEFF"student","scenario","side","difficulty","ending"')).toBe(true);
    for (const separator of SEPARATORS)
      expect(cellsAs(csv, separator).filter(isFormula), JSON.stringify(separator)).toEqual([]);
  });
});
