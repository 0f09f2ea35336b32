// One scenario file's whole check, as the CLI prints it and the editor shows
// it: the loader's problems, or, for a file that loads, its warnings plus the
// deeper checks (every ending reachable, with the shortest sequence of moves
// found; balance). Pure: the CLI reads the file, the editor passes its text.
// `check`, the editor and `report` all check with the same players, so their
// balance sample, and so their verdict, is the same.
import { formatPath, sortProblems, type Problem } from '../../scenario/problem.ts';
import type { LoadResult } from '../../scenario/load.ts';
import { describeMove } from '../narrate.ts';
import { deepCheck, type DeepCheck } from './scenario-check.ts';
import type { LessonCheck } from './lessons.ts';
import type { Bot } from '../bots/bot.ts';
import { verdictSentence, type BalanceVerdict } from './balance-verdict.ts';
import type { Scenario } from '../../scenario/schema.ts';
import { REFERENCE_BOTS } from '../../../bots/reference.ts';
import type { Catalogue } from '../../messages/i18n.ts';

/** The players of every check's balance sample and lessons: the reference bots. */
const CHECK_PLAYERS: readonly Bot[] = REFERENCE_BOTS;

/** The last check made, by its scenario, players and language: `check` then `report` of one file play its sample once. */
let last: { key: string; check: DeepCheck } | undefined;

/** The deeper checks exactly as `check`, the editor and `report` run them (seeded: the same every time). */
export function standardCheck(
  scenario: Scenario,
  catalogue: Catalogue,
  players = CHECK_PLAYERS,
): DeepCheck {
  const key = JSON.stringify([scenario, players.map((p) => p.name), catalogue['meta.locale']]);
  if (last?.key !== key) last = { key, check: deepCheck(scenario, catalogue, { players }) };
  return last.check;
}

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
  /** The balance verdict over the sample: the same one `report` and `simulate` word. */
  verdict?: BalanceVerdict;
  /** The verdict in one sentence, in the catalogue's language (the editor shows it as it is). */
  verdictText?: string;
}

export function fileReport(
  file: string,
  result: LoadResult,
  catalogue: Catalogue,
  deep = true,
  players: readonly Bot[] = CHECK_PLAYERS,
): FileReport {
  if (!result.ok) return { file, valid: false, problems: result.problems };
  if (!deep) return { file, valid: true, problems: result.warnings };
  const deeper = standardCheck(result.scenario, catalogue, players);
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
        log.map((l) => describeMove(result.scenario, l.side, l.move, catalogue)),
      ]),
    ),
    balance: deeper.balance,
    lessons: deeper.lessons,
    ...(deeper.verdict
      ? { verdict: deeper.verdict, verdictText: verdictSentence(deeper.verdict, catalogue) }
      : {}),
  };
}
