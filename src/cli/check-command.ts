// `scenario check FILE…`: every problem as FILE:LINE:COL: error: message, with
// its fix, root causes first; then, for a file that loads, the deeper checks
// (every ending reachable, with the shortest sequence of moves found; balance).
// Exit 1 on any error. `--json` prints everything as one JSON object.
import { formatProblem } from '../scenario/problem.ts';
import { fileReport, type FileReport } from '../negotiation/analysis/file-report.ts';
import { t, type Catalogue } from '../messages/i18n.ts';
import { verdictSentence } from '../negotiation/analysis/balance-verdict.ts';
import { readScenario } from './read-scenario.ts';

export interface CheckReport {
  files: FileReport[];
  errors: number;
  warnings: number;
}

export function checkFiles(
  files: readonly string[],
  catalogue: Catalogue,
  deep = true,
): CheckReport {
  const report: CheckReport = { files: [], errors: 0, warnings: 0 };
  for (const file of files) {
    const entry = fileReport(file, readScenario(file, catalogue), catalogue, deep);
    report.files.push(entry);
    for (const p of entry.problems) {
      if (p.severity === 'error') report.errors++;
      else report.warnings++;
    }
  }
  return report;
}

export function runCheck(
  files: readonly string[],
  json: boolean,
  out: (line: string) => void,
  catalogue: Catalogue,
  deep = true,
): number {
  const report = checkFiles(files, catalogue, deep);
  if (json) out(JSON.stringify(report, null, 2));
  else {
    for (const f of report.files) printFile(f, out, catalogue);
    out(
      `${report.files.length} file${report.files.length === 1 ? '' : 's'} checked: ${report.errors} error${report.errors === 1 ? '' : 's'}, ${report.warnings} warning${report.warnings === 1 ? '' : 's'}`,
    );
  }
  return report.errors > 0 ? 1 : 0;
}

function printFile(f: FileReport, out: (line: string) => void, catalogue: Catalogue): void {
  for (const p of f.problems) out(formatProblem(p));
  if (f.valid)
    out(
      `${f.file}: ok${f.problems.length > 0 ? ` (${f.problems.length} warning${f.problems.length === 1 ? '' : 's'})` : ''}`,
    );
  for (const [ending, moves] of Object.entries(f.endings ?? {}))
    out(
      `    ${t(catalogue, 'check.reached', { ending, count: moves.length, moves: moves.join('; ') })}`,
    );
  if (f.verdict) {
    for (const e of f.verdict.endings)
      out(
        `    ${t(catalogue, 'balance.row', { ending: e.ending, count: e.count, games: f.verdict.sample.games, share: `${Math.round(e.share * 100)}%` })}`,
      );
    out(`    ${verdictSentence(f.verdict, catalogue)}`);
  }
  printLessons(f, out, catalogue);
}

function printLessons(f: FileReport, out: (line: string) => void, catalogue: Catalogue): void {
  for (const l of f.lessons ?? [])
    if (l.holds)
      out(
        `    ${t(catalogue, 'check.lessonHolds', {
          difficulty: l.difficulty,
          why: l.lesson.why,
          better: l.lesson.better,
          worse: l.lesson.worse,
          betterScore: l.better?.toFixed(1) ?? '—',
          worseScore: l.worse?.toFixed(1) ?? '—',
        })}`,
      );
}
