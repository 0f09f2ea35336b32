// The checker's rules for the parts of the format teachers asked for (issue 12):
// events during the call (when each happens, on which meter, with which
// effects), deferral in a file without follow-up talks, and "agreed" counts no
// call can reach. Cross-references only, like check.ts, which calls this.
import type { Condition, Scenario } from './schema.ts';
import type { DocPath, Severity } from './problem.ts';
import { kindWord, unknownIdFix } from './suggest.ts';
import { t, type Catalogue } from '../messages/i18n.ts';

export type Report = (
  severity: Severity,
  path: DocPath,
  message: string,
  fix: string,
  at?: 'value' | 'key',
) => void;

/** The placeholders an event's line may use: it is no leader's line, so only these have a value. */
const EVENT_PLACEHOLDERS = ['minutesLeft', 'talks'];

export function formatProblems(s: Scenario, report: Report, catalogue: Catalogue): void {
  checkEvents(s, report, catalogue);
  checkDeferral(s, report, catalogue);
  s.endings.forEach((ending, i) => {
    if (ending.when) checkAgreed(s, ending.when, ['endings', i, 'when'], report, catalogue);
  });
}

function checkEvents(s: Scenario, report: Report, catalogue: Catalogue): void {
  const meterIds = s.meters.map((m) => m.id);
  const eventIds = s.events.map((e) => e.id);
  s.events.forEach((event, i) => {
    const path: DocPath = ['events', i];
    const first = eventIds.indexOf(event.id);
    if (first !== i)
      report(
        'error',
        [...path, 'id'],
        t(catalogue, 'check.duplicateId', { kind: kindWord('event', catalogue), id: event.id }),
        t(catalogue, 'check.duplicateIdFix', {
          kind: kindWord('event', catalogue),
          id: event.id,
          n: first + 1,
        }),
      );
    if (event.at === undefined && event.when === undefined)
      report(
        'error',
        path,
        t(catalogue, 'check.eventNoTrigger', { event: event.id }),
        t(catalogue, 'check.eventNoTriggerFix'),
      );
    if (event.at !== undefined && event.when !== undefined)
      report(
        'error',
        [...path, 'when'],
        t(catalogue, 'check.eventBothTriggers', { event: event.id }),
        t(catalogue, 'check.eventBothTriggersFix'),
      );
    if (event.at !== undefined && event.at >= s.callMinutes)
      report(
        'warning',
        [...path, 'at'],
        t(catalogue, 'check.eventTooLate', {
          event: event.id,
          at: event.at,
          minutes: s.callMinutes,
        }),
        t(catalogue, 'check.eventTooLateFix', { minutes: s.callMinutes }),
      );
    checkEventWhen(event, path, meterIds, report, catalogue);
    checkEventEffectsAndLine(event, path, meterIds, report, catalogue);
  });
}

type CallEvent = Scenario['events'][number];

/** An event on a meter: the meter exists, and the range can be reached. */
/** A meter id the scenario does not define: an error at `path` (its value, or its key), with the nearest id as the fix. */
function unknownMeter(
  report: Report,
  path: DocPath,
  id: string,
  meterIds: string[],
  catalogue: Catalogue,
  at: 'value' | 'key' = 'value',
): void {
  report(
    'error',
    path,
    t(catalogue, 'check.noId', { kind: kindWord('meter', catalogue), id }),
    unknownIdFix('meter', id, meterIds, catalogue),
    at,
  );
}

function checkEventWhen(
  event: CallEvent,
  path: DocPath,
  meterIds: string[],
  report: Report,
  catalogue: Catalogue,
): void {
  const when = event.when;
  if (when) {
    if (!meterIds.includes(when.meter))
      unknownMeter(report, [...path, 'when', 'meter'], when.meter, meterIds, catalogue);
    if (when.above === undefined && when.below === undefined)
      report(
        'error',
        [...path, 'when'],
        t(catalogue, 'check.eventNoRange', { event: event.id, meter: when.meter }),
        t(catalogue, 'check.eventNoRangeFix'),
      );
    const never: [keyof typeof when, number | undefined, boolean][] = [
      ['above', when.above, when.above !== undefined && when.above >= 100],
      ['below', when.below, when.below !== undefined && when.below <= 0],
    ];
    for (const [key, value, unreachable] of never)
      if (unreachable && value !== undefined)
        report(
          'warning',
          [...path, 'when', key],
          t(catalogue, 'check.eventNever', { event: event.id, meter: when.meter, value }),
          t(catalogue, 'check.eventNeverFix'),
        );
  }
}

function checkEventEffectsAndLine(
  event: CallEvent,
  path: DocPath,
  meterIds: string[],
  report: Report,
  catalogue: Catalogue,
): void {
  for (const key of Object.keys(event.effects ?? {}))
    if (!meterIds.includes(key))
      unknownMeter(report, [...path, 'effects', key], key, meterIds, catalogue, 'key');
  for (const match of event.line.matchAll(/\{([^{}]*)\}/g)) {
    const name = match[1] ?? '';
    if (!EVENT_PLACEHOLDERS.includes(name))
      report(
        'error',
        [...path, 'line'],
        t(catalogue, 'check.eventPlaceholder', { name }),
        t(catalogue, 'check.eventPlaceholderFix'),
      );
  }
}

/** Without follow-up talks, anything about leaving an issue for later can never happen. */
function checkDeferral(s: Scenario, report: Report, catalogue: Catalogue): void {
  if (s.followUpTalks !== undefined) return;
  const noTalks = (path: DocPath) =>
    report('warning', path, t(catalogue, 'check.noTalks'), t(catalogue, 'check.noTalksFix'));
  s.issues.forEach((issue, i) => {
    if (issue.deferred) noTalks(['issues', i, 'deferred']);
  });
  if (s.dialogue.defer) noTalks(['dialogue', 'defer']);
  const usesTalks = (text: string) => text.includes('{talks}');
  for (const [situation, bySide] of Object.entries(s.dialogue))
    for (const [side, lines] of Object.entries(bySide ?? {}))
      lines.forEach((line, j) => {
        if (usesTalks(typeof line === 'string' ? line : line.text))
          noTalks(['dialogue', situation, side, j]);
      });
  s.events.forEach((event, i) => {
    if (usesTalks(event.line)) noTalks(['events', i, 'line']);
  });
  s.endings.forEach((ending, i) => {
    if (ending.when) deferredIn(ending.when, ['endings', i, 'when'], noTalks);
    ending.claims?.deferred?.forEach((_, j) => noTalks(['endings', i, 'claims', 'deferred', j]));
  });
}

function deferredIn(c: Condition, path: DocPath, found: (path: DocPath) => void): void {
  if ('all' in c) c.all.forEach((x, i) => deferredIn(x, [...path, 'all', i], found));
  else if ('any' in c) c.any.forEach((x, i) => deferredIn(x, [...path, 'any', i], found));
  else if ('not' in c) deferredIn(c.not, [...path, 'not'], found);
  else if ('issue' in c)
    c.is.forEach((id, i) => {
      if (id === 'deferred') found([...path, 'is', i]);
    });
  else if ('moves' in c && c.moves === 'defer' && (c.atLeast ?? 0) > 0) found([...path, 'moves']);
}

/** "agreed: { atLeast: N }" with more issues than the scenario has is never true. */
function checkAgreed(
  s: Scenario,
  c: Condition,
  path: DocPath,
  report: Report,
  catalogue: Catalogue,
): void {
  if ('all' in c)
    c.all.forEach((x, i) => checkAgreed(s, x, [...path, 'all', i], report, catalogue));
  else if ('any' in c)
    c.any.forEach((x, i) => checkAgreed(s, x, [...path, 'any', i], report, catalogue));
  else if ('not' in c) checkAgreed(s, c.not, [...path, 'not'], report, catalogue);
  else if ('agreed' in c && c.agreed.atLeast !== undefined && c.agreed.atLeast > s.issues.length)
    report(
      'warning',
      [...path, 'agreed', 'atLeast'],
      t(catalogue, 'check.agreedTooMany', { count: c.agreed.atLeast, issues: s.issues.length }),
      t(catalogue, 'check.agreedTooManyFix', { issues: s.issues.length }),
    );
}
