// The bot tournament on the bundled scenarios: every reference bot, each side,
// each difficulty, N games a cell, with the table and the games per second
// (wall clock and this process's CPU time, since the machine is shared).
import { performance } from 'node:perf_hooks';
import type { Scenario } from '../src/scenario/schema.ts';
import { DIFFICULTIES } from '../src/negotiation/types.ts';
import { runTournament, type TournamentResult } from '../src/negotiation/bots/tournament.ts';
import { tournamentTable } from '../src/cli/tournament-command.ts';
import { REFERENCE_BOTS } from '../bots/reference.ts';

export interface TournamentFigures {
  scenario: string;
  games: number;
  seconds: number;
  cpuSeconds: number;
  gamesPerSecond: number;
  result: TournamentResult;
  table: string[];
}

export function benchTournament(scenario: Scenario, gamesPerCell: number): TournamentFigures {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const result = runTournament(scenario, {
    bots: REFERENCE_BOTS,
    sides: scenario.sides.map((s) => s.id),
    difficulties: DIFFICULTIES,
    games: gamesPerCell,
    seed: 1,
  });
  const used = process.cpuUsage(cpu);
  const seconds = (performance.now() - started) / 1000;
  return {
    scenario: scenario.id,
    games: result.games,
    seconds,
    cpuSeconds: (used.user + used.system) / 1e6,
    gamesPerSecond: result.games / Math.max(seconds, 1e-9),
    result,
    table: tournamentTable(scenario, result),
  };
}
