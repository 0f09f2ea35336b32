// Reads a scenario file from disk into the loader; a missing or unreadable
// file is a problem like any other, never a stack trace.
import { readFileSync, statSync } from 'node:fs';
import { loadScenario, MAX_SCENARIO_BYTES, type LoadResult } from '../scenario/load.ts';
import { t, type Catalogue, type MessageParams } from '../messages/i18n.ts';
import type { Scenario } from '../scenario/schema.ts';
import { formatProblem } from '../scenario/problem.ts';

/** The scenario a command plays or reports on; undefined after printing why the file does not load. */
export function playableScenario(
  file: string,
  out: (line: string) => void,
  catalogue: Catalogue,
): Scenario | undefined {
  const loaded = readScenario(file, catalogue);
  if (loaded.ok) return loaded.scenario;
  for (const p of loaded.problems) out(formatProblem(p));
  return undefined;
}

export function readScenario(file: string, catalogue: Catalogue): LoadResult {
  const failed = (key: FileProblem, params?: MessageParams): LoadResult => ({
    ok: false,
    problems: [
      {
        severity: 'error',
        file,
        line: 1,
        column: 1,
        path: '',
        message: t(catalogue, `cli.file.${key}`, params),
        fix: t(catalogue, `cli.file.${key}Fix`),
      },
    ],
  });
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) return failed('folder');
    if (stat.size > MAX_SCENARIO_BYTES)
      return loadScenario(
        file,
        new Uint8Array(stat.size > MAX_SCENARIO_BYTES * 2 ? MAX_SCENARIO_BYTES + 1 : stat.size),
        catalogue,
      );
    return loadScenario(file, readFileSync(file), catalogue);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return failed('missing');
    if (code === 'EACCES') return failed('denied');
    return failed('unreadable', { code: code ?? String(error) });
  }
}

/** The ways a scenario file cannot be read, each with its message and fix in the catalogue (`cli.file.…`). */
type FileProblem = 'folder' | 'missing' | 'denied' | 'unreadable';
