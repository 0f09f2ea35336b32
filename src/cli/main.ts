// `npm run scenario -- <command>`: the scenario tools for teachers and
// developers. Commands: check, simulate, play. Exit codes: 0 fine, 1 problems
// found, 2 wrong usage.
import { en } from '../messages/en.ts';
import { parseArgs } from 'node:util';
import { runCheck } from './check-command.ts';
import { runSimulate } from './simulate-command.ts';
import { runPlay } from './play.ts';
import { playableScenario } from './read-scenario.ts';
import { runNew, runRecord, runTest, savePlaythrough } from './authoring.ts';
import { runReport } from './report.ts';
import { nodeImport, runTournamentCommand, type ImportModule } from './tournament-command.ts';
import { DIFFICULTIES, type Difficulty } from '../negotiation/types.ts';
import { seedFrom } from '../negotiation/random.ts';

const USAGE = `Usage: npm run scenario -- <command> [options]

Commands:
  check FILE…                      check scenario files; prints FILE:LINE:COL: error: message
        [--json]                   print the problems, the endings' shortest paths and balance as JSON
        [--quick]                  the file alone: skip the reachability search and balance sample
  simulate FILE                    computer against computer, across difficulties and styles
        [--games N] [--seed S]     how many games (default 1000) and the seed (default 1)
        [--json]                   print one JSON object (games, gamesPerSecond, endings, …)
  play FILE --side ID              play the call in this terminal as side ID (e.g. mexico, us)
        [--seed S] [--difficulty easy|normal|hard]
        [--record NAME]            save the game as a playthrough in FILE.playthroughs/
  new FILE                         write a commented starter scenario to FILE, ready to edit
  test FILE                        replay FILE.playthroughs/*.json: fail when an ending or meter changed
        [--update]                 accept the new endings and meters as the expected ones
  record FILE                      save playthroughs: the shortest path to each ending, and computer games
  report FILE [--out PATH]         write a one-page HTML report for the teacher (default FILE.report.html)
  tournament FILE                  player bots against the computer (docs/bots.md); a table of scores
        [--player BOT.mjs …]       the bots to play (default: the reference bots in bots/)
        [--side ID|all] [--difficulty easy|normal|hard|all] (default: all)
        [--games N] [--seed S]     games a cell (default 100) and the seed (default 1)
        [--json]                   print one JSON object { results: [...] }
`;

/** The command line speaks English: this catalogue is passed to every command. */
const catalogue = en;

const OPTIONS = {
  json: { type: 'boolean', default: false },
  quick: { type: 'boolean', default: false },
  games: { type: 'string' },
  seed: { type: 'string' },
  side: { type: 'string' },
  difficulty: { type: 'string' },
  player: { type: 'string', multiple: true },
  help: { type: 'boolean', short: 'h', default: false },
  record: { type: 'string' },
  out: { type: 'string' },
  update: { type: 'boolean', default: false },
} as const;

const parse = (args: readonly string[]) =>
  parseArgs({ args: [...args], allowPositionals: true, options: OPTIONS });

/** One command's arguments, and the ways it writes its output or its usage. */
interface Invocation {
  readonly positionals: string[];
  readonly values: ReturnType<typeof parse>['values'];
  readonly out: (line: string) => void;
  readonly usage: (message?: string) => number;
  /** How a player's bot file is imported (see ImportModule). */
  readonly importModule: ImportModule;
}

type Command = (c: Invocation) => number | Promise<number>;

/** A command that takes one FILE, and says `missing` without it. */
const onFile =
  (missing: string, run: (file: string, c: Invocation) => number | Promise<number>): Command =>
  (c) => {
    const file = c.positionals[0];
    return file ? run(file, c) : c.usage(missing);
  };

const COMMANDS: Readonly<Record<string, Command>> = {
  check: ({ positionals, values, out, usage }) =>
    positionals.length === 0
      ? usage('check needs at least one FILE.')
      : runCheck(positionals, values.json, out, catalogue, !values.quick),
  simulate: onFile('simulate needs a FILE.', (file, { values, out, usage }) => {
    const games = Number(values.games ?? '1000');
    if (!Number.isInteger(games) || games < 1 || games > 10_000_000)
      return usage('--games is a whole number from 1 up.');
    return runSimulate(file, games, values.seed ?? '1', values.json, out, catalogue);
  }),
  play: onFile('play needs a FILE.', playCommand),
  new: onFile('new needs a FILE to write, e.g. scenarios/my-scenario.yaml.', (file, { out }) =>
    runNew(file, out),
  ),
  test: onFile('test needs a FILE.', (file, { values, out }) =>
    runTest(file, values.update, out, catalogue),
  ),
  report: onFile('report needs a FILE.', (file, { values, out }) =>
    runReport(file, values.out, out, catalogue),
  ),
  record: onFile('record needs a FILE.', (file, { out }) => runRecord(file, out, catalogue)),
  tournament: onFile('tournament needs a FILE.', tournamentCommand),
};

export async function main(
  argv: readonly string[],
  importModule: ImportModule = nodeImport,
): Promise<number> {
  const [command, ...rest] = argv;
  const out = (line: string) => process.stdout.write(`${line}\n`);
  const usage = (message?: string) => {
    if (message) process.stderr.write(`${message}\n\n`);
    process.stderr.write(USAGE);
    return 2;
  };
  let parsed;
  try {
    parsed = parse(rest);
  } catch (error) {
    return usage(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help || command === undefined || command === 'help') return usage();
  const chosen = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (chosen === undefined) return usage(`Unknown command "${command}".`);
  return chosen({ positionals, values, out, usage, importModule });
}

function playCommand(file: string, { values, out, usage }: Invocation): number | Promise<number> {
  if (!values.side) return usage('play needs --side ID (e.g. --side mexico).');
  const difficulty = values.difficulty ?? 'normal';
  if (!(DIFFICULTIES as readonly string[]).includes(difficulty))
    return usage(`--difficulty is one of ${DIFFICULTIES.join(', ')}.`);
  const playable = playableScenario(file, out, catalogue);
  if (!playable) return 1;
  // The CLI is the one place a fresh seed may come from the wall clock.
  const seed = seedFrom(values.seed ?? String(Date.now()));
  const name = values.record;
  return runPlay(
    playable,
    {
      side: values.side,
      seed,
      difficulty: difficulty as Difficulty,
      ...(name
        ? {
            onEnd: (record, game) =>
              out(
                `saved ${savePlaythrough(file, { name, ...record, expected: { ending: game.result?.ending ?? '', meters: game.meters } })}`,
              ),
          }
        : {}),
    },
    process.stdin,
    process.stdout,
    catalogue,
  );
}

function tournamentCommand(
  file: string,
  { values, out, usage, importModule }: Invocation,
): Promise<number> | number {
  const games = Number(values.games ?? '100');
  if (!Number.isInteger(games) || games < 1 || games > 1_000_000)
    return usage('--games is a whole number from 1 up.');
  return runTournamentCommand(
    {
      file,
      players: values.player ?? [],
      side: values.side ?? 'all',
      difficulty: values.difficulty ?? 'all',
      games,
      seed: values.seed ?? '1',
      json: values.json,
    },
    out,
    (line) => process.stderr.write(`${line}\n`),
    catalogue,
    importModule,
  );
}

/**
 * Runs the command line as a process: the exit code from main(), a stack only
 * for a bug (exit 70), and a quiet exit 0 when the reader of the output goes
 * away (`… check FILE | head -1`: EPIPE), as Unix tools do.
 */
export function run(argv: readonly string[], importModule: ImportModule = nodeImport): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  main(argv, importModule).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(
        `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
      process.exitCode = 70;
    },
  );
}

const isEntry =
  process.argv[1] !== undefined &&
  import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/').split('/').pop() ?? '');
if (isEntry) run(process.argv.slice(2));
