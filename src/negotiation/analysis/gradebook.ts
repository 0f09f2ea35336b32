// The gradebook's rows: every result the class page holds, of every scenario,
// pooled in one table a spreadsheet can sort (toCsv writes it safely). A score
// is only readable beside the student's walk-away value and the best their
// side could have got, so both are columns; a student who handed in several
// games is flagged (the teacher decides which counts); a blank name gets a
// row that says so; a mistake made three times is written once, with its
// count. Pure: no DOM.
import { t, type Catalogue, type MessageKey } from '../../messages/i18n.ts';
import type { ClassSummary, StudentRow } from './class-summary.ts';

export const GRADEBOOK_COLUMNS = [
  'student',
  'scenario',
  'side',
  'difficulty',
  'ending',
  'ending_title',
  'score_student',
  'walk_away_student',
  'best_possible_student',
  'score_percent_of_best',
  'score_other',
  'utility_student',
  'utility_other',
  'pareto_optimal',
  'mistakes',
  'moves',
  'games_of_student',
  'several_games',
  'scenario_title',
] as const;

const oneDecimal = (x: number) => String(Math.round(x * 10) / 10);

/** The same student across games and scenarios: the name as typed, ignoring case and extra spaces. */
const studentKey = (name: string) => name.trim().replace(/\s+/g, ' ').toLocaleLowerCase();

/** Each mistake once, in the order first made, with "(n times)" when it was made more than once. */
function mistakeList(row: Pick<StudentRow, 'mistakes'>, catalogue: Catalogue): string {
  const counts = new Map<string, number>();
  for (const m of row.mistakes) counts.set(m, (counts.get(m) ?? 0) + 1);
  return [...counts]
    .map(([m, count]) => {
      const label = t(catalogue, `mistake.${m}` as MessageKey);
      return count > 1 ? t(catalogue, 'gradebook.repeated', { mistake: label, count }) : label;
    })
    .join('; ');
}

/** The header and one row per game, for every scenario's summary given, sorted by student. */
export function gradebookRows(
  summaries: readonly ClassSummary[],
  catalogue: Catalogue,
): string[][] {
  const games = summaries.flatMap((summary) => summary.students.map((row) => ({ summary, row })));
  const perStudent = new Map<string, number>();
  for (const { row } of games) {
    const key = studentKey(row.name);
    if (key !== '') perStudent.set(key, (perStudent.get(key) ?? 0) + 1);
  }
  const noName = t(catalogue, 'gradebook.noName');
  const rows = games.map(({ summary, row }) => {
    const key = studentKey(row.name);
    // A blank name cannot be matched with another game: it counts as one.
    const count = key === '' ? 1 : (perStudent.get(key) ?? 1);
    return [
      key === '' ? noName : row.name.trim(),
      summary.scenarioId,
      row.side,
      row.difficulty,
      row.ending,
      row.endingTitle,
      oneDecimal(row.score),
      oneDecimal(row.walkAway),
      oneDecimal(row.best),
      // A whole number: a decimal point would be read as a thousands separator in some locales.
      row.best > 0 ? String(Math.round((100 * row.score) / row.best)) : '',
      oneDecimal(row.otherScore),
      oneDecimal(row.utility),
      oneDecimal(row.other),
      row.paretoOptimal ? 'yes' : 'no',
      mistakeList(row, catalogue),
      String(row.moves),
      String(count),
      count > 1 ? 'yes' : 'no',
      summary.scenarioTitle,
    ];
  });
  const byStudent = (a: string[], b: string[]) =>
    studentKey(a[0] ?? '').localeCompare(studentKey(b[0] ?? ''), catalogue['meta.locale']);
  return [[...GRADEBOOK_COLUMNS], ...rows.sort(byStudent)];
}
