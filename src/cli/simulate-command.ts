// `scenario simulate FILE --games N --seed S [--json]`: computer against
// computer across difficulties and styles; endings, meters, games per second,
// and the balance verdict over these games (the same verdict `check` gives over
// its own sample: an ending never reached, the last one included, is a warning).
import { performance } from 'node:perf_hooks';
import { formatPath, formatProblem } from '../scenario/problem.ts';
import { simulate } from '../negotiation/simulate.ts';
import {
  balanceFindings,
  balanceVerdict,
  verdictSentence,
} from '../negotiation/analysis/balance-verdict.ts';
import { readScenario } from './read-scenario.ts';
import type { Catalogue } from '../messages/i18n.ts';

export function runSimulate(
  file: string,
  games: number,
  seed: string,
  json: boolean,
  out: (line: string) => void,
  catalogue: Catalogue,
): number {
  const loaded = readScenario(file, catalogue);
  if (!loaded.ok) {
    for (const p of loaded.problems) out(formatProblem(p));
    return 1;
  }
  const started = performance.now();
  const summary = simulate(loaded.scenario, games, seed);
  const seconds = (performance.now() - started) / 1000;
  const gamesPerSecond = seconds > 0 ? games / seconds : 0;
  const verdict = balanceVerdict(loaded.scenario, {
    kind: 'simulate',
    seed,
    games,
    endings: summary.endings,
  });
  const warnings = balanceFindings(verdict, catalogue).map((f) =>
    formatProblem({
      ...f,
      file,
      ...loaded.locate(f.path),
      path: formatPath(f.path),
    }),
  );
  if (json) {
    out(
      JSON.stringify(
        { file, seed, ...summary, seconds, gamesPerSecond, verdict, warnings },
        null,
        2,
      ),
    );
    return 0;
  }
  const titles = new Map(loaded.scenario.endings.map((e) => [e.id, e.title]));
  out(`${loaded.scenario.title}: ${games} computer-against-computer games (seed ${seed})`);
  out('');
  out('Endings');
  for (const [id, count] of Object.entries(summary.endings).sort((a, b) => b[1] - a[1])) {
    out(
      `  ${pad(`${id} (${titles.get(id) ?? '?'})`, 48)} ${pad(String(count), 7, true)}  ${pct(count, games)}`,
    );
  }
  out('');
  out('How calls ended');
  for (const [reason, count] of Object.entries(summary.reasons))
    out(`  ${pad(reason, 48)} ${pad(String(count), 7, true)}  ${pct(count, games)}`);
  out('');
  out('Final meters (min / mean / max)');
  for (const [id, m] of Object.entries(summary.meters))
    out(`  ${pad(id, 20)} ${m.min.toFixed(0)} / ${m.mean.toFixed(1)} / ${m.max.toFixed(0)}`);
  out('');
  out(
    `Mean length: ${summary.meanMoves.toFixed(1)} moves, ${summary.meanMinutes.toFixed(1)} minutes`,
  );
  out('');
  for (const w of warnings) out(w);
  out(verdictSentence(verdict, catalogue));
  out(`${gamesPerSecond.toFixed(0)} games per second (${seconds.toFixed(2)} s)`);
  return 0;
}

function pad(text: string, width: number, right = false): string {
  return right ? text.padStart(width) : text.padEnd(width);
}

function pct(n: number, total: number): string {
  return total > 0 ? `${((100 * n) / total).toFixed(1)}%` : '-';
}
