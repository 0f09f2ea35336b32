// Transcript entries as words: a line of dialogue with its speaker, or a meter
// change with its cause ("+8 Pressure: threat"). Shared by the terminal game
// and the browser's transcript, in the language of the catalogue passed in.
import type { Scenario } from '../scenario/schema.ts';
import { t, type Catalogue, type MessageKey } from '../messages/i18n.ts';
import type { Cause, MeterChange, Move, SideId, TranscriptEntry } from './types.ts';
import { describeTerms, eventLine, renderUtterance, settlementLabel } from './dialogue.ts';

export interface NarratedLine {
  /** A leader's line, meter changes, or a scenario event's third voice (an aide, a news flash). */
  kind: 'line' | 'meters' | 'event';
  speaker?: string;
  text: string;
  quote?: boolean;
  source?: string;
}

export function narrate(
  scenario: Scenario,
  entry: TranscriptEntry,
  catalogue: Catalogue,
): NarratedLine {
  if (entry.kind === 'meters') {
    return {
      kind: 'meters',
      text: entry.changes.map((c) => describeMeterChange(scenario, c, catalogue)).join(' · '),
    };
  }
  if (entry.kind === 'event') {
    const event = scenario.events.find((e) => e.id === entry.event);
    return {
      kind: 'event',
      speaker: event?.speaker ?? entry.event,
      text: eventLine(scenario, entry.event, entry.clock),
    };
  }
  const line = renderUtterance(scenario, entry, catalogue);
  const speaker = scenario.sides.find((s) => s.id === entry.speaker)?.leader ?? entry.speaker;
  return {
    kind: 'line',
    speaker,
    text: line.text,
    quote: line.quote,
    ...(line.source ? { source: line.source } : {}),
  };
}

export function describeMeterChange(
  scenario: Scenario,
  change: MeterChange,
  catalogue: Catalogue,
): string {
  const meter = scenario.meters.find((m) => m.id === change.meter)?.name ?? change.meter;
  const delta = `${change.delta > 0 ? '+' : change.delta < 0 ? '−' : '±'}${wholePoints(change.delta)}`;
  return t(catalogue, 'meter.change', {
    delta,
    meter,
    cause: describeCause(scenario, change.cause, catalogue),
  });
}

/** A change in whole points for students ("+9", not "+9.3"); a change under one point shows as 1. */
export function wholePoints(delta: number): number {
  return delta === 0 ? 0 : Math.max(1, Math.round(Math.abs(delta)));
}

function describeCause(scenario: Scenario, cause: Cause, catalogue: Catalogue): string {
  switch (cause.kind) {
    case 'move':
      return t(catalogue, `cause.${cause.move}` as MessageKey);
    case 'option':
      return settlementLabel(scenario, cause.issue, cause.option, catalogue);
    case 'evidence':
      return (
        scenario.evidence.find((e) => e.id === cause.id)?.label ?? t(catalogue, 'cause.evidence')
      );
    case 'event':
      return scenario.events.find((e) => e.id === cause.id)?.speaker ?? cause.id;
    case 'clock':
      return t(catalogue, 'cause.clock');
  }
}

/** A move in words, for the checker's shortest paths: "Claudia Sheinbaum proposes …". */
export function describeMove(
  scenario: Scenario,
  side: SideId,
  move: Move,
  catalogue: Catalogue,
): string {
  const leader = scenario.sides.find((s) => s.id === side)?.leader ?? side;
  switch (move.kind) {
    case 'propose':
      return t(catalogue, 'path.propose', {
        leader,
        deal: describeTerms(scenario, move.terms, catalogue),
      });
    case 'statement':
      return t(catalogue, 'path.statement', { leader, tone: t(catalogue, `tone.${move.tone}`) });
    case 'evidence':
      return t(catalogue, 'path.evidence', {
        leader,
        evidence: scenario.evidence.find((e) => e.id === move.id)?.label ?? move.id,
      });
    case 'redLine':
      return t(catalogue, 'path.redLine', {
        leader,
        option: settlementLabel(scenario, move.issue, move.option, catalogue),
      });
    case 'defer':
      return t(catalogue, 'path.defer', {
        leader,
        issue: scenario.issues.find((i) => i.id === move.issue)?.name ?? move.issue,
      });
    default:
      return t(catalogue, `path.${move.kind}`, { leader });
  }
}
