// `scenario check FILE…`: every problem as FILE:LINE:COL: error: message, with
// its fix, root causes first; then, for a file that loads, the deeper checks
// (every ending reachable, with the shortest sequence of moves found; balance).
// Exit 1 on any error. `--json` prints everything as one JSON object.
import { formatPath, formatProblem, sortProblems, type Problem } from '../scenario/problem.ts';
import { deepCheck } from '../negotiation/analysis/scenario-check.ts';
import { describeMove } from '../negotiation/narrate.ts';
import { t } from '../messages/en.ts';
import { readScenario } from './read-scenario.ts';

export interface FileReport {
  file: string;
  valid: boolean;
  problems: Problem[];
  /** Ending id → the shortest sequence of moves found, in words. */
  endings?: Record<string, string[]>;
  /** Ending id → share of a computer-against-computer sample. */
  balance?: Record<string, number>;
}

export interface CheckReport {
  files: FileReport[];
  errors: number;
  warnings: number;
}

export function checkFiles(files: readonly string[], deep = true): CheckReport {
  const report: CheckReport = { files: [], errors: 0, warnings: 0 };
  for (const file of files) {
    const result = readScenario(file);
    let entry: FileReport;
    if (!result.ok) entry = { file, valid: false, problems: result.problems };
    else if (!deep) entry = { file, valid: true, problems: result.warnings };
    else {
      const deeper = deepCheck(result.scenario);
      const found: Problem[] = deeper.findings.map((f) => ({
        ...f,
        file,
        ...result.locate(f.path),
        path: formatPath(f.path),
      }));
      const problems = sortProblems([...result.warnings, ...found]);
      entry = {
        file,
        valid: !problems.some((p) => p.severity === 'error'),
        problems,
        endings: Object.fromEntries(
          Object.entries(deeper.paths).map(([id, log]) => [
            id,
            log.map((l) => describeMove(result.scenario, l.side, l.move)),
          ]),
        ),
        balance: deeper.balance,
      };
    }
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
  deep = true,
): number {
  const report = checkFiles(files, deep);
  if (json) out(JSON.stringify(report, null, 2));
  else {
    for (const f of report.files) {
      for (const p of f.problems) out(formatProblem(p));
      if (f.valid)
        out(
          `${f.file}: ok${f.problems.length > 0 ? ` (${f.problems.length} warning${f.problems.length === 1 ? '' : 's'})` : ''}`,
        );
      for (const [ending, moves] of Object.entries(f.endings ?? {}))
        out(`    ${t('check.reached', { ending, count: moves.length, moves: moves.join('; ') })}`);
      for (const [ending, share] of Object.entries(f.balance ?? {}))
        out(`    ${t('check.balance', { ending, share: `${Math.round(share * 100)}%` })}`);
    }
    out(
      `${report.files.length} file${report.files.length === 1 ? '' : 's'} checked: ${report.errors} error${report.errors === 1 ? '' : 's'}, ${report.warnings} warning${report.warnings === 1 ? '' : 's'}`,
    );
  }
  return report.errors > 0 ? 1 : 0;
}
