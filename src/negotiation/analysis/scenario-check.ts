// The checks a scenario needs beyond its schema and ids, which only the rules
// can answer: can every ending be reached (and by what shortest sequence), can
// every option be agreed, do the red lines leave any deal, is each side's
// walk-away value below its best deal, is there a deal both prefer to none, and
// does a seeded computer-against-computer sample ever (or always) reach each
// ending. Findings carry a document path; the caller turns it into a line.
import type { Condition, Scenario } from '../../scenario/schema.ts';
import type { DocPath, Severity } from '../../scenario/problem.ts';
import type { LoggedMove } from '../types.ts';
import { analyseDeals } from './frontier.ts';
import { searchEndings, type ReachabilityOptions } from './reachability.ts';
import { simulate } from '../simulate.ts';
import { t } from '../../messages/en.ts';

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
  /** Ending id → share of a computer-against-computer sample that reached it. */
  balance: Record<string, number>;
  statesExplored: number;
}

/** An ending reached by more than this share of the sample is "almost always" reached. */
const ALMOST_ALWAYS = 0.95;

export function deepCheck(
  scenario: Scenario,
  options: { sampleGames?: number; search?: ReachabilityOptions } = {},
): DeepCheck {
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

  // Balance: a seeded sample of computer-against-computer games.
  const games = options.sampleGames ?? 300;
  const balance: Record<string, number> = {};
  if (games > 0 && feasible.length > 0) {
    const summary = simulate(scenario, games, 'check');
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
  return { findings, paths: search.paths, balance, statesExplored: search.statesExplored };
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
