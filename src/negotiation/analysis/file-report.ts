// One scenario file's whole check, as the CLI prints it and the editor shows
// it: the loader's problems, or, for a file that loads, its warnings plus the
// deeper checks (every ending reachable, with the shortest sequence of moves
// found; balance). Pure: the CLI reads the file, the editor passes its text.
import { formatPath, sortProblems, type Problem } from '../../scenario/problem.ts';
import type { LoadResult } from '../../scenario/load.ts';
import { describeMove } from '../narrate.ts';
import { deepCheck } from './scenario-check.ts';
import type { LessonCheck } from './lessons.ts';
import type { Bot } from '../bots/bot.ts';

export interface FileReport {
  file: string;
  valid: boolean;
  problems: Problem[];
  /** Ending id → the shortest sequence of moves found, in words. */
  endings?: Record<string, string[]>;
  /** Ending id → share of the sample (the computer against itself and against the reference players). */
  balance?: Record<string, number>;
  /** The scenario's lessons as measured in play (when reference players were given). */
  lessons?: LessonCheck[];
}

export function fileReport(
  file: string,
  result: LoadResult,
  deep = true,
  players?: readonly Bot[],
): FileReport {
  if (!result.ok) return { file, valid: false, problems: result.problems };
  if (!deep) return { file, valid: true, problems: result.warnings };
  const deeper = deepCheck(result.scenario, players ? { players } : {});
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
    lessons: deeper.lessons,
  };
}
