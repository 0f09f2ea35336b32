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
import { analyseDeals } from './frontier.ts';
import { searchEndings, type ReachabilityOptions } from './reachability.ts';
import { simulate } from '../simulate.ts';
import { t } from '../../messages/en.ts';
import type { Bot } from '../bots/bot.ts';
import { checkLessons, LESSON_GAMES, type LessonCheck } from './lessons.ts';
import { sampleBotEndings } from './bot-sample.ts';

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
}

export interface DeepCheckOptions {
  sampleGames?: number;
  search?: ReachabilityOptions;
  /** The reference players: they join the balance sample and play the scenario's lessons. */
  players?: readonly Bot[];
  lessonGames?: number;
}

/** An ending reached by more than this share of the sample is "almost always" reached. */
const ALMOST_ALWAYS = 0.95;

export function deepCheck(scenario: Scenario, options: DeepCheckOptions = {}): DeepCheck {
  const findings: Finding[] = [];
  const add = (severity: Severity, path: DocPath, message: string, fix: string) =>
    findings.push({ severity, path, message, fix });

  // The deal space.
  const analysis = analyseDeals(scenario);
  const feasible = analysis.deals.filter((d) => d.feasible);
  // Deferring is always possible, so red lines never rule out every deal; they can rule out every option of an issue.
  scenario.issues.forEach((issue, i) => {
    const open = issue.options.filter(
      (o) =>
        !scenario.sides.some((s) =>
          s.redLines.some((r) => r.issue === issue.id && r.option === o.id),
        ),
    );
    if (open.length === 0) {
      add(
        'error',
        ['issues', i],
        t('check.allRuledOut', { issue: issue.id }),
        t('check.allRuledOutFix'),
      );
    }
  });
  // Options with no words of their own are spoken as their labels ("Mexico will never accept Unilateral US strikes").
  scenario.issues.forEach((issue, i) => {
    const unsaid = issue.options.filter((o) => !o.says?.noun || !o.says.clause);
    if (unsaid.length > 0)
      add(
        'warning',
        ['issues', i, 'options'],
        t('check.noSays', { issue: issue.id, options: unsaid.map((o) => o.id).join(', ') }),
        t('check.noSaysFix'),
      );
  });
  scenario.sides.forEach((side, i) => {
    const best = Math.max(...feasible.map((d) => d.utilities[i === 0 ? 0 : 1]), -Infinity);
    if (feasible.length > 0 && side.walkAway >= best) {
      add(
        'error',
        ['sides', i, 'walkAway'],
        t('check.walkAwayTooHigh', {
          leader: side.leader,
          walkAway: side.walkAway,
          best: best.toFixed(0),
        }),
        t('check.walkAwayTooHighFix', { best: Math.floor(best) }),
      );
    }
  });
  if (feasible.length > 0 && !analysis.nash) {
    add('warning', ['sides'], t('check.noMutualDeal'), t('check.noMutualDealFix'));
  }

  // Reachability of endings and options.
  const search = searchEndings(scenario, options.search);
  scenario.endings.forEach((ending, i) => {
    if (search.paths[ending.id]) return;
    const why = ending.when ? impossibleBecause(scenario, ending.when) : undefined;
    add(
      'warning',
      ['endings', i, ...(ending.when ? ['when'] : [])],
      why
        ? t('check.endingImpossible', { ending: ending.id, why })
        : t('check.endingUnreached', { ending: ending.id, states: search.statesExplored }),
      why ? t('check.endingImpossibleFix') : t('check.endingUnreachedFix'),
    );
  });
  scenario.issues.forEach((issue, i) => {
    issue.options.forEach((option, j) => {
      const redLine = scenario.sides.some((s) =>
        s.redLines.some((r) => r.issue === issue.id && r.option === option.id),
      );
      if (!redLine && !search.agreedOptions.has(`${issue.id}/${option.id}`)) {
        add(
          'warning',
          ['issues', i, 'options', j],
          t('check.optionNeverAgreed', { option: option.id, issue: issue.id }),
          t('check.optionNeverAgreedFix'),
        );
      }
    });
  });

  // Balance: a seeded sample of games, the computer against itself and (given the reference
  // players) against them, half and half: a computer never threatens first, so only players
  // show which endings students will meet.
  const games = options.sampleGames ?? 300;
  const balance: Record<string, number> = {};
  const contradictions = { ...search.contradictions };
  if (games > 0 && feasible.length > 0) {
    const players = options.players ?? [];
    const againstPlayers = players.length > 0 ? Math.floor(games / 2) : 0;
    const tones = new ToneTally(scenario);
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
    const summary = simulate(scenario, games - againstPlayers, 'check', onGame);
    const played = sampleBotEndings(scenario, players, againstPlayers, 'check', onGame);
    for (const [id, n] of Object.entries(played))
      summary.endings[id] = (summary.endings[id] ?? 0) + n;
    findings.push(...tones.findings());
    const last = scenario.endings[scenario.endings.length - 1];
    scenario.endings.forEach((ending, i) => {
      const share = (summary.endings[ending.id] ?? 0) / games;
      balance[ending.id] = share;
      const isCatchAll = ending === last && ending.when === undefined;
      if (share === 0 && !isCatchAll && search.paths[ending.id]) {
        add(
          'warning',
          ['endings', i],
          t('check.endingRare', { ending: ending.id, games }),
          t('check.endingRareFix'),
        );
      } else if (share > ALMOST_ALWAYS) {
        add(
          'warning',
          ['endings', i],
          t('check.endingAlways', { ending: ending.id, share: Math.round(share * 100), games }),
          t('check.endingAlwaysFix'),
        );
      }
    });
  }
  scenario.endings.forEach((ending, i) => {
    const found = contradictions[ending.id];
    if (!found) return;
    add(
      'warning',
      ['endings', i, ...(ending.claims ? ['claims'] : [])],
      t('check.claimDenied', {
        ending: ending.id,
        claims: found.denied.join(', '),
        count: found.path.length,
        moves: found.path.map((l) => describeMove(scenario, l.side, l.move)).join('; '),
      }),
      t('check.claimDeniedFix'),
    );
  });
  const lessons = options.players
    ? checkLessons(scenario, options.players, options.lessonGames ?? LESSON_GAMES)
    : [];
  for (const l of lessons) {
    if (l.holds) continue;
    const side = scenario.sides.find((x) => x.id === l.lesson.side);
    add(
      'warning',
      ['lessons', l.index],
      t('check.lessonFails', {
        why: l.lesson.why,
        difficulty: l.difficulty,
        side: side?.leader ?? l.lesson.side,
        better: l.lesson.better,
        worse: l.lesson.worse,
        betterScore: l.better === undefined ? '—' : l.better.toFixed(1),
        worseScore: l.worse === undefined ? '—' : l.worse.toFixed(1),
        by: l.lesson.by,
        games: options.lessonGames ?? LESSON_GAMES,
      }),
      t('check.lessonFailsFix'),
    );
  }
  return { findings, paths: search.paths, balance, lessons, statesExplored: search.statesExplored };
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

  findings(): Finding[] {
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
          message: t(tone === 'good' ? 'check.toneGood' : 'check.toneBad', {
            ending: ending.id,
            side: side.id,
            share: Math.round(share * 100),
            walkAway: side.walkAway,
          }),
          fix: t('check.toneFix', { side: side.id }),
        });
      }
    });
    return out;
  }
}

/** A reason a condition can never hold, when one is plain from the file alone. */
function impossibleBecause(scenario: Scenario, c: Condition): string | undefined {
  if ('all' in c) {
    for (const x of c.all) {
      const why = impossibleBecause(scenario, x);
      if (why) return why;
    }
    return undefined;
  }
  if ('any' in c) {
    const whys = c.any.map((x) => impossibleBecause(scenario, x));
    return whys.every((w) => w !== undefined) ? whys.join(`; ${t('check.word.and')} `) : undefined;
  }
  if ('meter' in c) {
    if (c.atLeast !== undefined && c.atLeast > 100)
      return t('check.why.neverAbove', { meter: c.meter });
    if (c.atMost !== undefined && c.atMost < 0)
      return t('check.why.neverBelow', { meter: c.meter });
    if (c.atLeast !== undefined && c.atMost !== undefined && c.atLeast > c.atMost)
      return t('check.why.emptyRange', { meter: c.meter, atLeast: c.atLeast, atMost: c.atMost });
    return undefined;
  }
  if ('issue' in c) {
    const blocked = c.is.filter((o) =>
      scenario.sides.some((s) => s.redLines.some((r) => r.issue === c.issue && r.option === o)),
    );
    if (blocked.length === c.is.length)
      return t('check.why.redLine', {
        issue: c.issue,
        options: blocked.map((o) => `"${o}"`).join(` ${t('check.word.or')} `),
      });
    return undefined;
  }
  if ('agreed' in c) {
    if (c.agreed.atLeast !== undefined && c.agreed.atLeast > scenario.issues.length)
      return t('check.why.tooFewIssues', { count: scenario.issues.length });
    return undefined;
  }
  return undefined;
}
