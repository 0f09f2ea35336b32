import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { summariseClass } from '../../src/negotiation/analysis/class-summary.ts';
import { analyseDeals } from '../../src/negotiation/analysis/frontier.ts';
import { GRADEBOOK_COLUMNS, gradebookRows } from '../../src/negotiation/analysis/gradebook.ts';
import { resultFileText } from '../../src/negotiation/result.ts';
import { createClassStore } from '../../src/store/class-store.ts';
import { en } from '../../src/messages/en.ts';
import { es } from '../../src/messages/es.ts';
import { DEFAULT_SCENARIO, loadOrThrow, tiny } from '../helpers.ts';
import { classResults } from './random-games.ts';

const scenario = loadOrThrow(DEFAULT_SCENARIO);
const small = tiny();
const column = (name: (typeof GRADEBOOK_COLUMNS)[number]) => GRADEBOOK_COLUMNS.indexOf(name);
/** The rows as objects by column name (the header dropped). */
const records = (rows: string[][]) =>
  rows.slice(1).map((r) => Object.fromEntries(GRADEBOOK_COLUMNS.map((c, i) => [c, r[i] ?? ''])));

describe('the gradebook', () => {
  const results = classResults(scenario, 4, 2);
  const summary = summariseClass(scenario, results, en);

  it('puts the score beside the walk-away value and the best the side could get', () => {
    const rows = records(gradebookRows([summary], en));
    const analysis = analyseDeals(scenario);
    expect(rows).toHaveLength(4);
    for (const row of rows) {
      const index = scenario.sides.findIndex((s) => s.id === row.side);
      const side = scenario.sides[index];
      expect(Number(row.walk_away_student)).toBe(side?.walkAway);
      const best = Math.max(
        ...analysis.deals.filter((d) => d.feasible).map((d) => d.utilities[index === 0 ? 0 : 1]),
      );
      expect(Number(row.best_possible_student)).toBeCloseTo(best, 1);
      expect(Number(row.score_percent_of_best)).toBe(
        Math.round((100 * Number(row.score_student)) / best),
      );
      expect(row.score_percent_of_best).toMatch(/^\d+$/);
    }
  });

  it('marks a blank name "(no name)" and never counts two blank names as one student', () => {
    const rows = records(
      gradebookRows(
        [
          {
            ...summary,
            students: summary.students.map((s, i) => (i < 2 ? { ...s, name: '  ' } : s)),
          },
        ],
        es,
      ),
    );
    const blank = rows.filter((r) => r.student === '(sin nombre)');
    expect(blank).toHaveLength(2);
    expect(blank.map((r) => r.several_games)).toEqual(['no', 'no']);
  });

  it('flags a student with several games, the name matched across case and spaces', () => {
    const [a, b, c, d] = summary.students;
    if (!a || !b || !c || !d) throw new Error('four students expected');
    const students = [
      { ...a, name: 'Ana Pérez' },
      { ...b, name: ' ana  pérez ' },
      { ...c, name: 'Bo' },
      { ...d, name: 'Ana Pérez' },
    ];
    const rows = records(gradebookRows([{ ...summary, students }], en));
    // Sorted by student: Ana's three games together, each flagged, her name as first typed.
    expect(rows.map((r) => [r.student, r.games_of_student, r.several_games])).toEqual([
      ['Ana Pérez', '3', 'yes'],
      ['ana  pérez', '3', 'yes'],
      ['Ana Pérez', '3', 'yes'],
      ['Bo', '1', 'no'],
    ]);
  });

  it('writes a repeated mistake once, with how many times it was made', () => {
    const [a] = summary.students;
    if (!a) throw new Error('a student expected');
    const row = { ...a, mistakes: ['dominated-offer', 'selfish-step', 'dominated-offer'] as const };
    const [written] = records(
      gradebookRows([{ ...summary, students: [{ ...row, mistakes: [...row.mistakes] }] }], en),
    );
    expect(written?.mistakes).toBe(
      `${en['mistake.dominated-offer']} (2 times); ${en['mistake.selfish-step']}`,
    );
  });
});

describe("the class page's CSV", () => {
  it('holds every result loaded, of every scenario, with a scenario column', () => {
    const store = createClassStore([scenario, small], en);
    const inputs = [
      ...classResults(scenario, 3, 5),
      ...classResults(small, 2, 6).map((r) => ({ ...r, student: 'Student 01' })),
    ].map((r, i) => ({ source: `${i}.json`, text: resultFileText(r) }));
    store.getState().actions.addInputs(inputs);
    expect(store.getState().rejected).toEqual([]);
    const file = store.getState().actions.csvFile();
    expect(file?.name).toBe('class-results-all-scenarios.csv');
    const rows = Papa.parse<string[]>((file?.text ?? '').replace(/^\uFEFF/, ''), {
      skipEmptyLines: true,
    }).data;
    expect(rows[0]).toEqual([...GRADEBOOK_COLUMNS]);
    expect(rows).toHaveLength(6);
    const scenarios = rows.slice(1).map((r) => r[column('scenario')]);
    expect(new Set(scenarios)).toEqual(new Set([scenario.id, small.id]));
    // Student 01 played both scenarios (once in each, and twice more in the small one).
    const student01 = rows.filter((r) => r[0] === 'Student 01');
    expect(student01).toHaveLength(3);
    expect(student01.map((r) => r[column('several_games')])).toEqual(['yes', 'yes', 'yes']);
    // One scenario alone: the file is named after it.
    store.getState().actions.clear();
    store.getState().actions.addInputs(inputs.slice(0, 3));
    expect(store.getState().actions.csvFile()?.name).toBe(`class-results-${scenario.id}.csv`);
  });
});
