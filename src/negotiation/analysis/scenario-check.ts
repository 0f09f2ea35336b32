// The checks a scenario needs beyond its schema and ids, which only the rules
// can answer: can every ending be reached (and by what shortest sequence), can
// every option be agreed, do the red lines leave any deal, is each side's
// walk-away value below its best deal, is there a deal both prefer to none, and
// does a seeded computer-against-computer sample ever (or always) reach each
// ending; whether a game can reach an ending whose claims it denies (with the
// shortest such game found), and whether each ending's tone for a side fits
// what that side scores in the sample. Findings carry a document path; the
// caller turns it into a line.
import type { Condition, Scenario } from '../../scenario/schema.ts';
import type { DocPath, Severity } from '../../scenario/problem.ts';
import type { GameState, LoggedMove } from '../types.ts';
import { deniedClaims, endingTone, outcomeOf } from '../endings.ts';
import { finalScore } from '../final-score.ts';
import { describeMove } from '../narrate.ts';
import { analyseDeals, type DealAnalysis } from './frontier.ts';
import {
  searchEndings,
  type Contradiction,
  type ReachabilityOptions,
  type ReachabilityResult,
} from './reachability.ts';
import { simulate } from '../simulate.ts';
import { t, type Catalogue } from '../../messages/i18n.ts';
import type { Bot } from '../bots/bot.ts';
import { checkLessons, LESSON_GAMES, type LessonCheck } from './lessons.ts';
import { sampleBotEndings } from './bot-sample.ts';
import {
  balanceFindings,
  balanceVerdict,
  sampleFigure,
  type BalanceVerdict,
} from './balance-verdict.ts';

export interface Finding {
  severity: Severity;
  path: DocPath;
  message: string;
  fix: string;
}

export interface DeepCheck {
  findings: Finding[];
  /** Ending id → shortest sequence of moves found. */
  paths: Record<string, LoggedMove[]>;
  /** Ending id → share of the sample (computer against itself and against the reference players) that reached it. */
  balance: Record<string, number>;
  /** Each lesson at each difficulty it names, with the measured scores (when players were given). */
  lessons: LessonCheck[];
  statesExplored: number;
  /** The balance verdict over the sample (absent when no sample was played). */
  verdict?: BalanceVerdict;
}

export interface DeepCheckOptions {
  sampleGames?: number;
  search?: ReachabilityOptions;
  /** The reference players: they join the balance sample and play the scenario's lessons. */
  players?: readonly Bot[];
  /** The most games each lesson player plays (fewer when the answer is clear sooner). */
  lessonGames?: number;
}

/** The seed of the checker's balance sample: the same games every time, everywhere. */
const CHECK_SEED = 'check';

export function deepCheck(
  scenario: Scenario,
  catalogue: Catalogue,
  options: DeepCheckOptions = {},
): DeepCheck {
  const analysis = analyseDeals(scenario);
  const findings = dealSpaceFindings(scenario, analysis, catalogue);
  const search = searchEndings(scenario, options.search);
  const unreached = unreachedEndings(scenario, search, catalogue);
  findings.push(...optionFindings(scenario, search, catalogue));
  const sample = analysis.deals.some((d) => d.feasible)
    ? playSample(scenario, options, search.contradictions)
    : undefined;
  const verdict = sample?.verdict;
  findings.push(...(sample?.tones.findings(catalogue) ?? []));
  findings.push(...unreachedFindings(unreached, verdict, catalogue));
  if (verdict) {
    const searched = new Set(unreached.map((u) => u.id));
    const endingAt = (f: Finding) => scenario.endings[Number(f.path[1])]?.id ?? '';
    findings.push(...balanceFindings(verdict, catalogue).filter((f) => !searched.has(endingAt(f))));
  }
  findings.push(
    ...claimFindings(scenario, sample?.contradictions ?? search.contradictions, catalogue),
  );
  const lessonGames = options.lessonGames ?? LESSON_GAMES;
  const lessons = options.players ? checkLessons(scenario, options.players, lessonGames) : [];
  findings.push(...lessonFindings(scenario, lessons, catalogue));
  const balance: Record<string, number> = {};
  for (const e of verdict?.endings ?? []) balance[e.ending] = e.share;
  return {
    findings,
    paths: search.paths,
    balance,
    lessons,
    statesExplored: search.statesExplored,
    ...(verdict ? { verdict } : {}),
  };
}

const finding = (severity: Severity, path: DocPath, message: string, fix: string): Finding => ({
  severity,
  path,
  message,
  fix,
});

/** What the deal space alone tells: issues whose every option is ruled out, options with no words, walk-aways too high, no deal both prefer to none. */
function dealSpaceFindings(
  scenario: Scenario,
  analysis: DealAnalysis,
  catalogue: Catalogue,
): Finding[] {
  const findings: Finding[] = [];
  const feasible = analysis.deals.filter((d) => d.feasible);
  // Deferring is always possible, so red lines never rule out every deal; they can rule out every option of an issue.
  scenario.issues.forEach((issue, i) => {
    if (issue.options.every((o) => isRedLine(scenario, issue.id, o.id)))
      findings.push(
        finding(
          'error',
          ['issues', i],
          t(catalogue, 'check.allRuledOut', { issue: issue.id }),
          t(catalogue, 'check.allRuledOutFix'),
        ),
      );
  });
  // Options with no words of their own are spoken as their labels ("Mexico will never accept Unilateral US strikes").
  scenario.issues.forEach((issue, i) => {
    const unsaid = issue.options.filter((o) => !o.says?.noun || !o.says.clause);
    if (unsaid.length > 0)
      findings.push(
        finding(
          'warning',
          ['issues', i, 'options'],
          t(catalogue, 'check.noSays', {
            issue: issue.id,
            options: unsaid.map((o) => o.id).join(', '),
          }),
          t(catalogue, 'check.noSaysFix'),
        ),
      );
  });
  scenario.sides.forEach((side, i) => {
    const best = Math.max(...feasible.map((d) => d.utilities[i === 0 ? 0 : 1]), -Infinity);
    if (feasible.length > 0 && side.walkAway >= best)
      findings.push(
        finding(
          'error',
          ['sides', i, 'walkAway'],
          t(catalogue, 'check.walkAwayTooHigh', {
            leader: side.leader,
            walkAway: side.walkAway,
            best: best.toFixed(0),
          }),
          t(catalogue, 'check.walkAwayTooHighFix', { best: Math.floor(best) }),
        ),
      );
  });
  if (feasible.length > 0 && !analysis.nash)
    findings.push(
      finding(
        'warning',
        ['sides'],
        t(catalogue, 'check.noMutualDeal'),
        t(catalogue, 'check.noMutualDealFix'),
      ),
    );
  return findings;
}

/** Some side's red line rules out this option of the issue. */
const isRedLine = (scenario: Scenario, issue: string, option: string) =>
  scenario.sides.some((s) => s.redLines.some((r) => r.issue === issue && r.option === option));

interface Unreached {
  id: string;
  path: DocPath;
  message: string;
  fix: string;
}

/** The endings no search reached, each with the reason it never can be, when one is plain from the file. */
function unreachedEndings(
  scenario: Scenario,
  search: ReachabilityResult,
  catalogue: Catalogue,
): Unreached[] {
  return scenario.endings.flatMap((ending, i) => {
    if (search.paths[ending.id]) return [];
    const why =
      shadowedBy(scenario, i, catalogue) ??
      (ending.when ? impossibleBecause(scenario, ending.when, catalogue) : undefined);
    return [
      {
        id: ending.id,
        path: ['endings', i, ...(ending.when ? ['when'] : [])] as DocPath,
        message: why
          ? t(catalogue, 'check.endingImpossible', { ending: ending.id, why })
          : t(catalogue, 'check.endingUnreached', {
              ending: ending.id,
              states: search.statesExplored,
            }),
        fix: why
          ? t(catalogue, 'check.endingImpossibleFix')
          : t(catalogue, 'check.endingUnreachedFix'),
      },
    ];
  });
}

/** Options no red line rules out that no searched game agreed. */
function optionFindings(
  scenario: Scenario,
  search: ReachabilityResult,
  catalogue: Catalogue,
): Finding[] {
  return scenario.issues.flatMap((issue, i) =>
    issue.options.flatMap((option, j) =>
      !isRedLine(scenario, issue.id, option.id) &&
      !search.agreedOptions.has(`${issue.id}/${option.id}`)
        ? [
            finding(
              'warning',
              ['issues', i, 'options', j],
              t(catalogue, 'check.optionNeverAgreed', { option: option.id, issue: issue.id }),
              t(catalogue, 'check.optionNeverAgreedFix'),
            ),
          ]
        : [],
    ),
  );
}

/**
 * Balance: a seeded sample of games, the computer against itself and (given the reference
 * players) against them, half and half: a computer never threatens first, so only players
 * show which endings students will meet. Its verdict, the endings' tones against the scores,
 * and the shortest game found for each ending whose claims it denies (the search's, or shorter).
 */
function playSample(
  scenario: Scenario,
  options: DeepCheckOptions,
  searched: Readonly<Record<string, Contradiction>>,
): { verdict?: BalanceVerdict; tones: ToneTally; contradictions: Record<string, Contradiction> } {
  const games = options.sampleGames ?? 300;
  const tones = new ToneTally(scenario);
  const contradictions = { ...searched };
  if (games <= 0) return { tones, contradictions };
  const players = options.players ?? [];
  const againstPlayers = players.length > 0 ? Math.floor(games / 2) : 0;
  const onGame = (game: GameState) => {
    tones.add(game);
    const id = game.result?.ending ?? '';
    const denied = deniedClaims(
      scenario,
      scenario.endings.find((e) => e.id === id)?.claims,
      outcomeOf(game),
    );
    const known = contradictions[id];
    if (denied.length > 0 && (!known || known.path.length > game.log.length))
      contradictions[id] = { path: game.log, denied };
  };
  const summary = simulate(scenario, games - againstPlayers, CHECK_SEED, onGame);
  const played = sampleBotEndings(scenario, players, againstPlayers, CHECK_SEED, onGame);
  for (const [id, n] of Object.entries(played))
    summary.endings[id] = (summary.endings[id] ?? 0) + n;
  const verdict = balanceVerdict(scenario, {
    kind: 'check',
    seed: CHECK_SEED,
    games,
    endings: summary.endings,
  });
  return { verdict, tones, contradictions };
}

/** One warning an unreached ending: the search's reason, with the sample's figure when it never met it either. */
function unreachedFindings(
  unreached: readonly Unreached[],
  verdict: BalanceVerdict | undefined,
  catalogue: Catalogue,
): Finding[] {
  return unreached.map((u) => {
    const counted = verdict?.endings.find((e) => e.ending === u.id);
    const figure =
      verdict && counted?.count === 0
        ? t(catalogue, 'balance.alsoNever', {
            figure: sampleFigure(verdict.sample, counted.count, catalogue),
          })
        : '';
    return finding('warning', u.path, `${u.message}${figure}`, u.fix);
  });
}

/** Endings a game reached although it denies their claims, with the shortest such game. */
function claimFindings(
  scenario: Scenario,
  contradictions: Readonly<Record<string, Contradiction>>,
  catalogue: Catalogue,
): Finding[] {
  return scenario.endings.flatMap((ending, i) => {
    const found = contradictions[ending.id];
    if (!found) return [];
    return [
      finding(
        'warning',
        ['endings', i, ...(ending.claims ? ['claims'] : [])],
        t(catalogue, 'check.claimDenied', {
          ending: ending.id,
          claims: found.denied.join(', '),
          count: found.path.length,
          moves: found.path
            .map((l) => describeMove(scenario, l.side, l.move, catalogue))
            .join('; '),
        }),
        t(catalogue, 'check.claimDeniedFix'),
      ),
    ];
  });
}

/** The scenario's lessons that did not hold in the games played. */
function lessonFindings(
  scenario: Scenario,
  lessons: readonly LessonCheck[],
  catalogue: Catalogue,
): Finding[] {
  return lessons
    .filter((l) => !l.holds)
    .map((l) => {
      const side = scenario.sides.find((x) => x.id === l.lesson.side);
      return finding(
        'warning',
        ['lessons', l.index],
        t(catalogue, 'check.lessonFails', {
          why: l.lesson.why,
          difficulty: l.difficulty,
          side: side?.leader ?? l.lesson.side,
          better: l.lesson.better,
          worse: l.lesson.worse,
          betterScore: l.better === undefined ? '—' : l.better.toFixed(1),
          worseScore: l.worse === undefined ? '—' : l.worse.toFixed(1),
          by: l.lesson.by,
          games: l.games,
        }),
        t(catalogue, 'check.lessonFailsFix'),
      );
    });
}

/** Games that leave a side below its walk-away value mostly: a "good" ending for it is not. */
const MOSTLY = 0.5;

/** Per ending and side, how many sampled games left the side below and above its walk-away. */
class ToneTally {
  private readonly counts = new Map<string, { games: number; below: number; above: number }>();
  constructor(private readonly scenario: Scenario) {}

  add(game: GameState): void {
    const ending = game.result?.ending ?? '';
    for (const side of this.scenario.sides) {
      const key = `${ending}\u0000${side.id}`;
      const c = this.counts.get(key) ?? { games: 0, below: 0, above: 0 };
      const score = finalScore(this.scenario, game, side.id);
      c.games++;
      if (score < side.walkAway - 1e-9) c.below++;
      if (score > side.walkAway + 1e-9) c.above++;
      this.counts.set(key, c);
    }
  }

  findings(catalogue: Catalogue): Finding[] {
    const out: Finding[] = [];
    this.scenario.endings.forEach((ending, i) => {
      for (const side of this.scenario.sides) {
        const c = this.counts.get(`${ending.id}\u0000${side.id}`);
        const tone = endingTone(ending, side.id);
        if (!c || tone === 'mixed') continue;
        const share = (tone === 'good' ? c.below : c.above) / c.games;
        if (share <= MOSTLY) continue;
        out.push({
          severity: 'warning',
          path: ['endings', i, 'tone'],
          message: t(catalogue, tone === 'good' ? 'check.toneGood' : 'check.toneBad', {
            ending: ending.id,
            side: side.id,
            share: Math.round(share * 100),
            walkAway: side.walkAway,
          }),
          fix: t(catalogue, 'check.toneFix', { side: side.id }),
        });
      }
    });
    return out;
  }
}

/** The reason an ending can never be reached when an ending before it has no condition. */
function shadowedBy(scenario: Scenario, index: number, catalogue: Catalogue): string | undefined {
  const before = scenario.endings.slice(0, index).find((e) => e.when === undefined);
  return before ? t(catalogue, 'check.why.shadowed', { ending: before.id }) : undefined;
}

/** A reason a condition can never hold, when one is plain from the file alone. */
function impossibleBecause(
  scenario: Scenario,
  c: Condition,
  catalogue: Catalogue,
): string | undefined {
  if ('all' in c) {
    for (const x of c.all) {
      const why = impossibleBecause(scenario, x, catalogue);
      if (why) return why;
    }
    return undefined;
  }
  if ('any' in c) {
    const whys = c.any.map((x) => impossibleBecause(scenario, x, catalogue));
    return whys.every((w) => w !== undefined)
      ? whys.join(`; ${t(catalogue, 'check.word.and')} `)
      : undefined;
  }
  if ('meter' in c) return impossibleRange(c, catalogue);
  if ('issue' in c) return allRedLines(scenario, c, catalogue);
  if ('agreed' in c && c.agreed.atLeast !== undefined && c.agreed.atLeast > scenario.issues.length)
    return t(catalogue, 'check.why.tooFewIssues', { count: scenario.issues.length });
  return undefined;
}

/** A meter's range it can never be in: above 100, below 0, or empty. */
function impossibleRange(
  c: { meter: string; atLeast?: number; atMost?: number },
  catalogue: Catalogue,
): string | undefined {
  if (c.atLeast !== undefined && c.atLeast > 100)
    return t(catalogue, 'check.why.neverAbove', { meter: c.meter });
  if (c.atMost !== undefined && c.atMost < 0)
    return t(catalogue, 'check.why.neverBelow', { meter: c.meter });
  if (c.atLeast !== undefined && c.atMost !== undefined && c.atLeast > c.atMost)
    return t(catalogue, 'check.why.emptyRange', {
      meter: c.meter,
      atLeast: c.atLeast,
      atMost: c.atMost,
    });
  return undefined;
}

/** An issue's options a red line rules out, every one of them. */
function allRedLines(
  scenario: Scenario,
  c: { issue: string; is: string[] },
  catalogue: Catalogue,
): string | undefined {
  const blocked = c.is.filter((o) => isRedLine(scenario, c.issue, o));
  if (blocked.length !== c.is.length) return undefined;
  return t(catalogue, 'check.why.redLine', {
    issue: c.issue,
    options: blocked.map((o) => `"${o}"`).join(` ${t(catalogue, 'check.word.or')} `),
  });
}
