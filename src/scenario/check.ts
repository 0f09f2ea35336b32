// Cross-references the schema cannot see: every id a scenario refers to
// (sides, issues, options, meters, endings) exists, ids are unique, every side
// values every option, placeholders in lines are known, translations use the
// file's ids (check-translations.ts). Wrong ids get "did you mean". Deeper
// checks (reachability, balance) build on this in later work.
import type { Claims, Condition, Scenario } from './schema.ts';
import { OPTIONAL_SITUATIONS, PLACEHOLDERS, SITUATIONS } from './schema.ts';
import type { DocPath, Problem, Severity } from './problem.ts';
import { formatPath } from './problem.ts';
import type { Locate } from './locate.ts';
import { kindWord, unknownIdFix } from './suggest.ts';
import { checkTranslations } from './check-translations.ts';
import { formatProblems, type Report } from './check-format.ts';
import { t, type Catalogue } from '../messages/i18n.ts';

/** Option-like words a condition's `is:` may use besides option ids. */
const SETTLEMENT_WORDS = ['deferred', 'open'] as const;

/** What every part of the check shares: the scenario, its ids, and the ways to report and refer. */
type Context = ReturnType<typeof references> & {
  s: Scenario;
  report: Report;
  reportRoot: (severity: Severity, path: DocPath, message: string, fix: string) => void;
};

export function crossReferenceProblems(
  file: string,
  s: Scenario,
  locate: Locate,
  catalogue: Catalogue,
): Problem[] {
  const problems: Problem[] = [];
  const report: Report = (
    severity: Severity,
    path: DocPath,
    message: string,
    fix: string,
    at: 'value' | 'key' = 'value',
  ) => problems.push({ severity, file, ...locate(path, at), path: formatPath(path), message, fix });

  const reportRoot = (severity: Severity, path: DocPath, message: string, fix: string) =>
    problems.push({
      severity,
      file,
      ...locate(path),
      path: formatPath(path),
      message,
      fix,
      rootCause: true,
    });

  const c: Context = { s, report, reportRoot, ...references(s, report) };
  uniqueIds(c, catalogue);
  c.refSide(s.firstSpeaker, ['firstSpeaker'], catalogue);
  checkSides(c, catalogue);
  checkMeters(c, catalogue);
  checkIssues(c, catalogue);
  checkMovesAndEvidence(c, catalogue);
  checkDialogue(c, catalogue);
  checkEndings(c, catalogue);
  formatProblems(s, report, catalogue);
  checkTranslations(s, locate, report, catalogue);
  return problems;
}

/** The ids a scenario declares, and checks that a reference names one of them. */
function references(s: Scenario, report: Report) {
  const sideIds = s.sides.map((x) => x.id);
  const meterIds = s.meters.map((m) => m.id);
  const issueIds = s.issues.map((i) => i.id);
  const endingIds = s.endings.map((e) => e.id);

  const refSide = (id: string, path: DocPath, catalogue: Catalogue) => {
    if (!sideIds.includes(id))
      report(
        'error',
        path,
        t(catalogue, 'check.noId', { kind: kindWord('side', catalogue), id: id }),
        unknownIdFix('side', id, sideIds, catalogue),
      );
  };
  const refMeterKeys = (
    effects: Record<string, number> | undefined,
    path: DocPath,
    catalogue: Catalogue,
  ) => {
    for (const key of Object.keys(effects ?? {})) {
      if (!meterIds.includes(key))
        report(
          'error',
          [...path, key],
          t(catalogue, 'check.noId', { kind: kindWord('meter', catalogue), id: key }),
          unknownIdFix('meter', key, meterIds, catalogue),
          'key',
        );
    }
  };
  const refEnding = (id: string, path: DocPath, catalogue: Catalogue) => {
    if (!endingIds.includes(id))
      report(
        'error',
        path,
        t(catalogue, 'check.noId', { kind: kindWord('ending', catalogue), id: id }),
        unknownIdFix('ending', id, endingIds, catalogue),
      );
  };
  const perSideComplete = perSideChecker(sideIds, report);
  const needRange = rangeChecker(report);

  return {
    sideIds,
    meterIds,
    issueIds,
    endingIds,
    refSide,
    refMeterKeys,
    refEnding,
    perSideComplete,
    needRange,
  };
}

/** Checks a record keyed by side: every key a side, and (when required) every side given a value. */
function perSideChecker(sideIds: readonly string[], report: Report) {
  return (
    record: Record<string, number>,
    path: DocPath,
    what: 'check.weightMissing' | 'check.valueMissing',
    required: boolean,
    catalogue: Catalogue,
  ) => {
    for (const key of Object.keys(record)) {
      if (!sideIds.includes(key))
        report(
          'error',
          [...path, key],
          t(catalogue, 'check.noId', { kind: kindWord('side', catalogue), id: key }),
          unknownIdFix('side', key, sideIds, catalogue),
          'key',
        );
    }
    if (required) {
      for (const side of sideIds) {
        if (record[side] === undefined)
          report(
            'error',
            path,
            t(catalogue, what, { side }),
            t(catalogue, 'check.perSideMissingFix', { side }),
          );
      }
    }
  };
}

/** Checks that a condition on a number gives at least one end of its range. */
function rangeChecker(report: Report) {
  return function needRange(
    c: { atLeast?: number; atMost?: number },
    path: DocPath,
    catalogue: Catalogue,
  ): void {
    if (c.atLeast === undefined && c.atMost === undefined)
      report(
        'error',
        path,
        t(catalogue, 'check.conditionRange'),
        t(catalogue, 'check.conditionRangeFix'),
      );
  };
}

function uniqueIds(
  { s, reportRoot, sideIds, meterIds, issueIds, endingIds }: Context,
  catalogue: Catalogue,
): void {
  const unique = (
    kind: string,
    ids: readonly string[],
    pathOf: (i: number) => DocPath,
    catalogue: Catalogue,
  ) => {
    const seen = new Map<string, number>();
    ids.forEach((id, i) => {
      const first = seen.get(id);
      if (first !== undefined)
        reportRoot(
          'error',
          pathOf(i),
          t(catalogue, 'check.duplicateId', { kind: kindWord(kind, catalogue), id }),
          t(catalogue, 'check.duplicateIdFix', {
            kind: kindWord(kind, catalogue),
            id,
            n: first + 1,
          }),
        );
      else seen.set(id, i);
    });
  };
  unique('side', sideIds, (i) => ['sides', i, 'id'], catalogue);
  unique('meter', meterIds, (i) => ['meters', i, 'id'], catalogue);
  unique('issue', issueIds, (i) => ['issues', i, 'id'], catalogue);
  unique('ending', endingIds, (i) => ['endings', i, 'id'], catalogue);
  unique(
    'evidence',
    s.evidence.map((e) => e.id),
    (i) => ['evidence', i, 'id'],
    catalogue,
  );
  s.issues.forEach((issue, i) =>
    unique(
      'option',
      issue.options.map((o) => o.id),
      (j) => ['issues', i, 'options', j, 'id'],
      catalogue,
    ),
  );
}

function checkSides({ s, report, issueIds, refMeterKeys }: Context, catalogue: Catalogue): void {
  s.sides.forEach((side, i) => {
    refMeterKeys(side.softensWith, ['sides', i, 'softensWith'], catalogue);
    for (const [meter, weight] of Object.entries(side.softensWith ?? {})) {
      if (Math.abs(weight) > 1)
        report(
          'error',
          ['sides', i, 'softensWith', meter],
          t(catalogue, 'check.weightRange', { weight, meter }),
          t(catalogue, 'check.weightRangeFix'),
        );
    }
    side.redLines.forEach((red, j) => {
      const issue = s.issues.find((x) => x.id === red.issue);
      if (!issue) {
        report(
          'error',
          ['sides', i, 'redLines', j, 'issue'],
          t(catalogue, 'check.noId', { kind: kindWord('issue', catalogue), id: red.issue }),
          unknownIdFix('issue', red.issue, issueIds, catalogue),
        );
        return;
      }
      const options = issue.options.map((o) => o.id);
      if (!options.includes(red.option))
        report(
          'error',
          ['sides', i, 'redLines', j, 'option'],
          t(catalogue, 'check.noOption', { issue: issue.id, option: red.option }),
          unknownIdFix('option', red.option, options, catalogue),
        );
    });
  });
}

function checkMeters({ s, report, refEnding }: Context, catalogue: Catalogue): void {
  s.meters.forEach((meter, i) => {
    meter.endsAt.forEach((threshold, j) => {
      const path: DocPath = ['meters', i, 'endsAt', j];
      if (threshold.atLeast === undefined && threshold.atMost === undefined)
        report(
          'error',
          path,
          t(catalogue, 'check.thresholdRange'),
          t(catalogue, 'check.thresholdRangeFix'),
        );
      refEnding(threshold.ending, [...path, 'ending'], catalogue);
      if (threshold.atLeast !== undefined && meter.start >= threshold.atLeast)
        report(
          'error',
          [...path, 'atLeast'],
          t(catalogue, 'check.startsPast', { start: meter.start }),
          t(catalogue, 'check.startLowerFix', { limit: threshold.atLeast }),
        );
      if (threshold.atMost !== undefined && meter.start <= threshold.atMost)
        report(
          'error',
          [...path, 'atMost'],
          t(catalogue, 'check.startsPast', { start: meter.start }),
          t(catalogue, 'check.startHigherFix', { limit: threshold.atMost }),
        );
    });
  });
}

function checkIssues(
  { s, report, sideIds, refMeterKeys, perSideComplete }: Context,
  catalogue: Catalogue,
): void {
  s.issues.forEach((issue, i) => {
    perSideComplete(
      issue.weights,
      ['issues', i, 'weights'],
      'check.weightMissing',
      true,
      catalogue,
    );
    if (sideIds.every((side) => (issue.weights[side] ?? 0) === 0))
      report(
        'warning',
        ['issues', i, 'weights'],
        t(catalogue, 'check.noWeight', { issue: issue.id }),
        t(catalogue, 'check.noWeightFix'),
      );
    issue.options.forEach((option, j) => {
      perSideComplete(
        option.values,
        ['issues', i, 'options', j, 'values'],
        'check.valueMissing',
        true,
        catalogue,
      );
      refMeterKeys(option.effects, ['issues', i, 'options', j, 'effects'], catalogue);
    });
    if (issue.deferred) {
      perSideComplete(
        issue.deferred.values ?? {},
        ['issues', i, 'deferred', 'values'],
        'check.valueMissing',
        false,
        catalogue,
      );
      refMeterKeys(issue.deferred.effects, ['issues', i, 'deferred', 'effects'], catalogue);
    }
  });
}

function checkMovesAndEvidence(
  { s, report, refSide, refMeterKeys }: Context,
  catalogue: Catalogue,
): void {
  for (const kind of Object.keys(s.moves) as (keyof Scenario['moves'])[]) {
    refMeterKeys(s.moves[kind].effects, ['moves', kind, 'effects'], catalogue);
  }

  s.lessons.forEach((lesson, i) => refSide(lesson.side, ['lessons', i, 'side'], catalogue));
  s.evidence.forEach((item, i) => {
    refSide(item.side, ['evidence', i, 'side'], catalogue);
    refMeterKeys(item.effects, ['evidence', i, 'effects'], catalogue);
    checkPlaceholders(item.line, ['evidence', i, 'line'], report, catalogue);
  });
}

function checkDialogue({ s, report, sideIds }: Context, catalogue: Catalogue): void {
  for (const situation of SITUATIONS) {
    const bySide = s.dialogue[situation];
    for (const key of Object.keys(bySide ?? {})) {
      if (!sideIds.includes(key))
        report(
          'error',
          ['dialogue', situation, key],
          t(catalogue, 'check.noId', { kind: kindWord('side', catalogue), id: key }),
          unknownIdFix('side', key, sideIds, catalogue),
          'key',
        );
    }
    for (const side of sideIds) {
      const lines = bySide?.[side];
      if (!lines && OPTIONAL_SITUATIONS.includes(situation)) continue;
      // Without follow-up talks nobody defers, so nobody needs words for it.
      if (!lines && situation === 'defer' && s.followUpTalks === undefined) continue;
      if (!lines) {
        report(
          'warning',
          ['dialogue', situation],
          t(catalogue, 'check.noLine', { situation, side }),
          t(catalogue, 'check.noLineFix', { situation, side }),
        );
        continue;
      }
      lines.forEach((line, j) =>
        checkPlaceholders(
          typeof line === 'string' ? line : line.text,
          ['dialogue', situation, side, j],
          report,
          catalogue,
        ),
      );
    }
  }
}

function checkEndings(c: Context, catalogue: Catalogue): void {
  const { s, report, reportRoot, refSide } = c;
  const checkCondition = conditionCheck(c);
  const checkClaims = claimsCheck(c);
  s.endings.forEach((ending, i) => {
    if (ending.when) checkCondition(ending.when, ['endings', i, 'when'], catalogue);
    if (typeof ending.tone === 'object')
      for (const side of Object.keys(ending.tone))
        refSide(side, ['endings', i, 'tone', side], catalogue);
    for (const side of Object.keys(ending.score ?? {}))
      refSide(side, ['endings', i, 'score', side], catalogue);
    if (ending.claims) checkClaims(ending.claims, ['endings', i, 'claims'], catalogue);
  });
  // An ending that lost its condition takes every call that gets to it: it is the cause of
  // every ending after it never happening, so it is named first, not only those it hides.
  const open = s.endings.findIndex((e, i) => e.when === undefined && i < s.endings.length - 1);
  const hidden = s.endings.slice(open + 1).map((e) => `"${e.id}"`);
  const shadow = s.endings[open];
  if (shadow)
    reportRoot(
      'warning',
      ['endings', open],
      t(catalogue, 'check.endingWithoutWhen', { ending: shadow.id, after: hidden.join(', ') }),
      t(catalogue, 'check.endingWithoutWhenFix', { ending: shadow.id }),
    );
  const last = s.endings[s.endings.length - 1];
  if (last?.when !== undefined) {
    report(
      'warning',
      ['endings', s.endings.length - 1, 'when'],
      t(catalogue, 'check.lastEndingCondition', { ending: last.id }),
      t(catalogue, 'check.lastEndingConditionFix'),
    );
  }
}

/** Checks that a condition refers to ids the scenario has, and gives a range where one is needed. */
function conditionCheck({ s, report, meterIds, issueIds, refSide, needRange }: Context) {
  function checkCondition(c: Condition, path: DocPath, catalogue: Catalogue): void {
    if ('all' in c) c.all.forEach((x, i) => checkCondition(x, [...path, 'all', i], catalogue));
    else if ('any' in c) c.any.forEach((x, i) => checkCondition(x, [...path, 'any', i], catalogue));
    else if ('not' in c) checkCondition(c.not, [...path, 'not'], catalogue);
    else if ('meter' in c) {
      if (!meterIds.includes(c.meter))
        report(
          'error',
          [...path, 'meter'],
          t(catalogue, 'check.noId', { kind: kindWord('meter', catalogue), id: c.meter }),
          unknownIdFix('meter', c.meter, meterIds, catalogue),
        );
      needRange(c, path, catalogue);
    } else if ('issue' in c) {
      const issue = s.issues.find((x) => x.id === c.issue);
      if (!issue) {
        report(
          'error',
          [...path, 'issue'],
          t(catalogue, 'check.noId', { kind: kindWord('issue', catalogue), id: c.issue }),
          unknownIdFix('issue', c.issue, issueIds, catalogue),
        );
        return;
      }
      const allowed = [...issue.options.map((o) => o.id), ...SETTLEMENT_WORDS];
      c.is.forEach((id, i) => {
        if (!allowed.includes(id))
          report(
            'error',
            [...path, 'is', i],
            t(catalogue, 'check.noOption', { issue: issue.id, option: id }),
            unknownIdFix('option', id, allowed, catalogue),
          );
      });
    } else if ('moves' in c) {
      if (c.by !== undefined) refSide(c.by, [...path, 'by'], catalogue);
      needRange(c, path, catalogue);
    } else if ('agreed' in c) {
      needRange(c.agreed, [...path, 'agreed'], catalogue);
    }
  }
  return checkCondition;
}

/** Checks that an ending's claims refer to ids the scenario has. */
function claimsCheck({ s, report, meterIds, issueIds, needRange }: Context) {
  function checkClaims(c: Claims, path: DocPath, catalogue: Catalogue): void {
    const refIssue = (id: string, at: DocPath, catalogue: Catalogue) => {
      if (!issueIds.includes(id))
        report(
          'error',
          at,
          t(catalogue, 'check.noId', { kind: kindWord('issue', catalogue), id }),
          unknownIdFix('issue', id, issueIds, catalogue),
        );
    };
    for (const key of ['deferred', 'open'] as const)
      c[key]?.forEach((id, i) => refIssue(id, [...path, key, i], catalogue));
    if (Array.isArray(c.settled))
      c.settled.forEach((id, i) => refIssue(id, [...path, 'settled', i], catalogue));
    for (const [id, options] of Object.entries(c.deal ?? {})) {
      const issue = s.issues.find((x) => x.id === id);
      if (!issue) {
        refIssue(id, [...path, 'deal', id], catalogue);
        continue;
      }
      const allowed = [...issue.options.map((o) => o.id), ...SETTLEMENT_WORDS];
      options.forEach((option, i) => {
        if (!allowed.includes(option))
          report(
            'error',
            [...path, 'deal', id, i],
            t(catalogue, 'check.noOption', { issue: id, option }),
            unknownIdFix('option', option, allowed, catalogue),
          );
      });
    }
    for (const [meter, range] of Object.entries(c.meters ?? {})) {
      if (!meterIds.includes(meter))
        report(
          'error',
          [...path, 'meters', meter],
          t(catalogue, 'check.claimUnknownMeter', { id: meter }),
          unknownIdFix('meter', meter, meterIds, catalogue),
          'key',
        );
      needRange(range, [...path, 'meters', meter], catalogue);
    }
    if (c.agreed) needRange(c.agreed, [...path, 'agreed'], catalogue);
    c.either?.forEach((x, i) => checkClaims(x, [...path, 'either', i], catalogue));
  }
  return checkClaims;
}

function checkPlaceholders(
  text: string,
  path: DocPath,
  report: (severity: Severity, path: DocPath, message: string, fix: string) => void,
  catalogue: Catalogue,
): void {
  for (const match of text.matchAll(/\{([^{}]*)\}/g)) {
    const name = match[1] ?? '';
    if (!(PLACEHOLDERS as readonly string[]).includes(name)) {
      report(
        'error',
        path,
        t(catalogue, 'check.unknownPlaceholder', { name }),
        unknownIdFix('placeholder', name, PLACEHOLDERS, catalogue),
      );
    }
  }
}
