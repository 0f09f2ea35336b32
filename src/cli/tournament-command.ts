// `scenario tournament FILE [--player bot.mjs …] [--side ID|all]
// [--difficulty easy|normal|hard|all] [--games N] [--seed S] [--json]`: player
// bots against the computer (docs/bots.md). A bot file is loaded with a dynamic
// import; a file that does not load or is not a bot is a clear error naming
// the file, never a stack trace.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import type { Scenario } from '../scenario/schema.ts';
import { DIFFICULTIES, type Difficulty } from '../negotiation/types.ts';
import type { Bot } from '../negotiation/bots/bot.ts';
import { runTournament, type TournamentResult } from '../negotiation/bots/tournament.ts';
import { REFERENCE_BOTS, referenceBot } from '../../bots/reference.ts';
import { playableScenario } from './read-scenario.ts';
import type { Catalogue } from '../messages/i18n.ts';
import type * as TsxEsmApi from 'tsx/esm/api';

type TsxApi = typeof TsxEsmApi;

export interface TournamentArgs {
  file: string;
  players: readonly string[];
  side: string;
  difficulty: string;
  games: number;
  seed: string;
  json: boolean;
}

/**
 * Node's import(), as the caller can make it: the prebuilt CLI runs from a
 * script compiled with a code cache (scripts/scenario.mjs), whose own import()
 * has no loader once the cache is read back (Node 20), so its launcher lends
 * its own.
 */
export type ImportModule = (specifier: string) => Promise<unknown>;

export const nodeImport: ImportModule = (specifier) => import(specifier);

/** Errors Node gives a file it cannot import as it is: TypeScript, before Node strips types itself. */
const NEEDS_TYPESCRIPT = new Set([
  'ERR_UNKNOWN_FILE_EXTENSION',
  'ERR_UNSUPPORTED_NODE_MODULES_TYPE_STRIPPING',
]);

/**
 * A bot module by its URL: as Node imports it, or, for a TypeScript bot
 * (`.ts`, as docs/bots.md allows) that Node cannot import itself, through tsx.
 */
async function importBot(url: string, importModule: ImportModule): Promise<unknown> {
  try {
    return await importModule(url);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (!/\.[cm]?ts$/.test(url) || typeof code !== 'string' || !NEEDS_TYPESCRIPT.has(code))
      throw error;
    const { tsImport } = (await importModule('tsx/esm/api')) as TsxApi;
    return tsImport(url, import.meta.url);
  }
}

/** A module's default export; a TypeScript file read as CommonJS nests it once more ({ default: { default } }). */
function defaultExport(module: unknown): unknown {
  const outer = (module as { default?: unknown } | null)?.default;
  const inner = (outer as { default?: unknown } | null | undefined)?.default;
  const isBot = (x: unknown) => typeof (x as { decide?: unknown } | null)?.decide === 'function';
  return !isBot(outer) && isBot(inner) ? inner : outer;
}

/** Loads a bot module: its default export must be `{ name, decide }`. */
async function loadBot(
  file: string,
  importModule: ImportModule,
): Promise<{ bot: Bot } | { problem: string }> {
  let module: unknown;
  try {
    module = await importBot(pathToFileURL(resolve(file)).href, importModule);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { problem: `${file}: the bot cannot be loaded: ${message.split('\n')[0] ?? ''}` };
  }
  const bot = defaultExport(module);
  if (typeof bot !== 'object' || bot === null)
    return {
      problem: `${file}: a bot file's default export is { name, decide(view, moves, rng) }`,
    };
  const { name, decide } = bot as { name?: unknown; decide?: unknown };
  if (typeof name !== 'string' || name.trim() === '')
    return { problem: `${file}: the bot needs a name (a non-empty string)` };
  if (typeof decide !== 'function')
    return { problem: `${file}: the bot needs a decide(view, moves, rng) function` };
  return { bot: bot as Bot };
}

export async function runTournamentCommand(
  args: TournamentArgs,
  out: (line: string) => void,
  err: (line: string) => void,
  catalogue: Catalogue,
  importModule: ImportModule = nodeImport,
): Promise<number> {
  const playable = playableScenario(args.file, out, catalogue);
  if (!playable) return 1;
  const scenario = playable;
  const sideIds = scenario.sides.map((s) => s.id);
  if (args.side !== 'all' && !sideIds.includes(args.side)) {
    err(`--side is one of ${[...sideIds, 'all'].join(', ')}.`);
    return 2;
  }
  if (args.difficulty !== 'all' && !(DIFFICULTIES as readonly string[]).includes(args.difficulty)) {
    err(`--difficulty is one of ${[...DIFFICULTIES, 'all'].join(', ')}.`);
    return 2;
  }
  const players = await loadPlayers(args.players, err, importModule);
  if (players === undefined) return 1;
  const started = performance.now();
  const result = runTournament(scenario, {
    bots: players,
    sides: args.side === 'all' ? sideIds : [args.side],
    difficulties: args.difficulty === 'all' ? DIFFICULTIES : [args.difficulty as Difficulty],
    games: args.games,
    seed: args.seed,
  });
  const seconds = (performance.now() - started) / 1000;
  if (args.json) {
    // No timings here: the same seed prints the same object.
    out(
      JSON.stringify(
        { scenario: scenario.id, seed: args.seed, results: result.results, errors: result.errors },
        null,
        2,
      ),
    );
    return 0;
  }
  out(`${scenario.title}: ${args.games} games a cell against the computer (seed ${args.seed})`);
  out('');
  for (const line of tournamentTable(scenario, result)) out(line);
  out('');
  out(
    `${result.games} games in ${seconds.toFixed(1)} s: ${(result.games / Math.max(seconds, 1e-9)).toFixed(0)} games per second`,
  );
  return 0;
}

/** The bots to play (the reference bots when none is named), or undefined once a problem is said. */
async function loadPlayers(
  files: readonly string[],
  err: (line: string) => void,
  importModule: ImportModule,
): Promise<Bot[] | undefined> {
  const bots: Bot[] = [];
  for (const file of files) {
    // A reference bot's name (e.g. --player principled) plays that bot, unless a file has the name.
    const reference = existsSync(file) ? undefined : referenceBot(file);
    const result = reference ? { bot: reference } : await loadBot(file, importModule);
    if ('problem' in result) {
      err(result.problem);
      return undefined;
    }
    bots.push(result.bot);
  }
  const players = bots.length > 0 ? bots : [...REFERENCE_BOTS];
  const twice = players.find((b, i) => players.findIndex((c) => c.name === b.name) !== i);
  if (twice) {
    err(`two bots are named "${twice.name}": each needs its own name.`);
    return undefined;
  }
  return players;
}

/** The results as a plain-text table: one row per bot, side and difficulty. */
export function tournamentTable(scenario: Scenario, result: TournamentResult): string[] {
  const header = [
    'player',
    'side',
    'difficulty',
    'utility ± sd',
    'walk-away',
    'below',
    'errors',
    'endings',
  ];
  const rows = result.results.map((r) => [
    r.player,
    r.side,
    r.difficulty,
    `${r.meanUtility.toFixed(1)} ± ${r.sdUtility.toFixed(1)}`,
    String(r.walkAway),
    pct(r.belowWalkAway, r.games),
    String(r.errors),
    Object.entries(r.endings)
      .map(([id, n]) => `${id} ${pct(n, r.games)}`)
      .join(', '),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const right = new Set([3, 4, 5, 6]);
  const line = (cells: string[]) =>
    cells
      .map((c, i) =>
        i === cells.length - 1
          ? c
          : right.has(i)
            ? c.padStart(widths[i] ?? 0)
            : c.padEnd(widths[i] ?? 0),
      )
      .join('  ');
  const lines = [line(header), ...rows.map(line)];
  const errors = result.errors.map(
    (e) =>
      `error: ${e.player} as ${e.side} (${e.difficulty}, game ${e.game}): ${e.reason}${e.move === undefined ? '' : ` — move ${JSON.stringify(e.move)}`}`,
  );
  return [
    ...lines,
    '',
    "utility: the player's 0–100 value of the final deal (open issues count at its walk-away); below: share of games under the walk-away; errors: games a bot's refused move ended",
    ...(errors.length > 0 ? ['', ...errors] : []),
  ];
}

function pct(n: number, total: number): string {
  return total > 0 ? `${Math.round((100 * n) / total)}%` : '-';
}
