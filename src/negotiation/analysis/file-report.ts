// One scenario file's whole check, as the CLI prints it and the editor shows
// it: the loader's problems, or, for a file that loads, its warnings plus the
// deeper checks (every ending reachable, with the shortest sequence of moves
// found; balance). Pure: the CLI reads the file, the editor passes its text.
import { formatPath, sortProblems, type Problem } from '../../scenario/problem.ts';
import type { LoadResult } from '../../scenario/load.ts';
import { describeMove } from '../narrate.ts';
import { deepCheck } from './scenario-check.ts';

export interface FileReport {
  file: string;
  valid: boolean;
  problems: Problem[];
  /** Ending id → the shortest sequence of moves found, in words. */
  endings?: Record<string, string[]>;
  /** Ending id → share of a computer-against-computer sample. */
  balance?: Record<string, number>;
}

export function fileReport(file: string, result: LoadResult, deep = true): FileReport {
  if (!result.ok) return { file, valid: false, problems: result.problems };
  if (!deep) return { file, valid: true, problems: result.warnings };
  const deeper = deepCheck(result.scenario);
  const found: Problem[] = deeper.findings.map((f) => ({
    ...f,
    file,
    ...result.locate(f.path),
    path: formatPath(f.path),
  }));
  const problems = sortProblems([...result.warnings, ...found]);
  return {
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
