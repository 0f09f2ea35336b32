// Reads a scenario file from disk into the loader; a missing or unreadable
// file is a problem like any other, never a stack trace.
import { readFileSync, statSync } from 'node:fs';
import { loadScenario, MAX_SCENARIO_BYTES, type LoadResult } from '../scenario/load.ts';
import type { Catalogue } from '../messages/i18n.ts';
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
  try {
    const stat = statSync(file);
    if (stat.isDirectory())
      return failed(file, 'this is a folder, not a scenario file', 'name a .yaml file inside it.');
    if (stat.size > MAX_SCENARIO_BYTES)
      return loadScenario(
        file,
        new Uint8Array(stat.size > MAX_SCENARIO_BYTES * 2 ? MAX_SCENARIO_BYTES + 1 : stat.size),
        catalogue,
      );
    return loadScenario(file, readFileSync(file), catalogue);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT')
      return failed(
        file,
        'there is no such file',
        'check the name and the folder (e.g. scenarios/2026-01-12-sheinbaum-trump-call.yaml).',
      );
    if (code === 'EACCES')
      return failed(
        file,
        'the file cannot be opened (no permission)',
        "check the file's permissions.",
      );
    return failed(
      file,
      `the file cannot be read (${code ?? String(error)})`,
      'check the file exists and is a text file.',
    );
  }
}

function failed(file: string, message: string, fix: string): LoadResult {
  return {
    ok: false,
    problems: [{ severity: 'error', file, line: 1, column: 1, path: '', message, fix }],
  };
}
