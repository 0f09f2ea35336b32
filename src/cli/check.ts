// `scenario check FILE…`: every problem as FILE:LINE:COL: error: message, with
// its fix; exit 1 on any error. `--json` prints the problems as one JSON object.
import { formatProblem, type Problem } from '../scenario/problem.ts';
import { readScenario } from './read-scenario.ts';

export interface CheckReport {
  files: { file: string; valid: boolean; problems: Problem[] }[];
  errors: number;
  warnings: number;
}

export function checkFiles(files: readonly string[]): CheckReport {
  const report: CheckReport = { files: [], errors: 0, warnings: 0 };
  for (const file of files) {
    const result = readScenario(file);
    const problems = result.ok ? result.warnings : result.problems;
    report.files.push({ file, valid: result.ok, problems });
    for (const p of problems) {
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
): number {
  const report = checkFiles(files);
  if (json) out(JSON.stringify(report, null, 2));
  else {
    for (const f of report.files) {
      for (const p of f.problems) out(formatProblem(p));
      if (f.valid)
        out(
          `${f.file}: ok${f.problems.length > 0 ? ` (${f.problems.length} warning${f.problems.length === 1 ? '' : 's'})` : ''}`,
        );
    }
    out(
      `${report.files.length} file${report.files.length === 1 ? '' : 's'} checked: ${report.errors} error${report.errors === 1 ? '' : 's'}, ${report.warnings} warning${report.warnings === 1 ? '' : 's'}`,
    );
  }
  return report.errors > 0 ? 1 : 0;
}
