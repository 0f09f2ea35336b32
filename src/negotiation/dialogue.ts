// The words of the call: a line picked from the scenario's dialogue bank by
// situation and speaker (with the game's seeded generator, never one of the
// speaker's last three), and the text of a transcript entry rendered from the
// scenario with its placeholders filled by phrases that fit the sentence.
import type { Line, Scenario, Situation } from '../scenario/schema.ts';
import type { Rng } from './random.ts';
import type { IssueId, Settlement, SideId, Terms, Utterance } from './types.ts';
import { DEFERRED } from './types.ts';
import { otherSide } from './utility.ts';
import { t, type Catalogue, type MessageKey } from '../messages/i18n.ts';
import {
  capitalise,
  evidenceNoun,
  issueNoun,
  opensSentence,
  optionNoun,
  speakTerms,
} from './phrasing.ts';

/** The situation of a leader presenting evidence: its words come from the evidence item. */
export const EVIDENCE_SITUATION = 'evidence';

export function linesFor(
  scenario: Scenario,
  situation: Situation,
  speaker: SideId,
): readonly Line[] {
  return scenario.dialogue[situation]?.[speaker] ?? [];
}

/** A line a speaker said: its situation and its index in the bank. */
export interface SaidLine {
  situation: string;
  line: number;
}

/** How many of a speaker's last lines the next one may not repeat. */
export const NO_REPEAT = 3;

/**
 * An index into the lines for (situation, speaker), or -1 when there are none.
 * Never one of `recent` (the speaker's last lines) while the bank has another.
 * The generator is drawn once exactly when `drawFor` (the situation the move
 * had before repeats were told apart) has lines, as it always was: the words
 * may change, but the computer's later choices, drawn from the same generator,
 * do not, so saved games replay to the same moves.
 */
export function pickLine(
  scenario: Scenario,
  situation: Situation,
  speaker: SideId,
  rng: Rng,
  recent: readonly SaidLine[] = [],
  drawFor: Situation = situation,
): number {
  const draw = linesFor(scenario, drawFor, speaker).length > 0 ? rng.float() : undefined;
  const n = linesFor(scenario, situation, speaker).length;
  if (n === 0) return -1;
  const start = draw === undefined ? recent.length % n : Math.floor(draw * n);
  for (let k = 0; k < n; k++) {
    const i = (start + k) % n;
    if (!saidRecently(recent, situation, i)) return i;
  }
  return start;
}

function saidRecently(recent: readonly SaidLine[], situation: string, line: number): boolean {
  for (const r of recent) if (r.situation === situation && r.line === line) return true;
  return false;
}

export interface RenderedLine {
  speaker: SideId;
  text: string;
  /** True when these are the leader's real words, with where they were reported. */
  quote: boolean;
  source?: string;
}

/** Situations the catalogue has a line for when the scenario has none. */
const CATALOGUE_LINES: Partial<Record<string, MessageKey>> = {
  repeat: 'say.repeat',
  unmoved: 'say.unmoved',
};

export function renderUtterance(
  scenario: Scenario,
  u: Utterance,
  catalogue: Catalogue,
): RenderedLine {
  if (u.situation === EVIDENCE_SITUATION) {
    const item = scenario.evidence.find((e) => e.id === u.evidence);
    return {
      speaker: u.speaker,
      text: fill(scenario, item?.line ?? '', u, catalogue),
      quote: false,
      ...(item?.source ? { source: item.source } : {}),
    };
  }
  const line = linesFor(scenario, u.situation as Situation, u.speaker)[u.line];
  const fallback = CATALOGUE_LINES[u.situation];
  if (line === undefined && fallback !== undefined)
    return {
      speaker: u.speaker,
      text: fill(scenario, t(catalogue, fallback), u, catalogue),
      quote: false,
    };
  if (line === undefined) return { speaker: u.speaker, text: '', quote: false };
  if (typeof line === 'string')
    return { speaker: u.speaker, text: fill(scenario, line, u, catalogue), quote: false };
  return {
    speaker: u.speaker,
    text: fill(scenario, line.text, u, catalogue),
    quote: line.quote,
    ...(line.source ? { source: line.source } : {}),
  };
}

export function settlementLabel(
  scenario: Scenario,
  issue: IssueId,
  settlement: Settlement,
  catalogue: Catalogue,
): string {
  const i = scenario.issues.find((x) => x.id === issue);
  if (settlement === DEFERRED)
    return t(catalogue, 'deal.deferred', {
      issue: i?.name ?? issue,
      talks: scenario.followUpTalks ?? '',
    });
  return i?.options.find((o) => o.id === settlement)?.label ?? settlement;
}

/** "Intelligence sharing and training; More seizures…" in the scenario's issue order. */
export function describeTerms(scenario: Scenario, terms: Terms, catalogue: Catalogue): string {
  return scenario.issues
    .filter((i) => terms[i.id] !== undefined)
    .map((i) => settlementLabel(scenario, i.id, terms[i.id] ?? DEFERRED, catalogue))
    .join('; ');
}

/** "Fence height: Middle; The tree: left to …": each settlement with its issue's name (for the debrief). */
export function describeDeal(scenario: Scenario, terms: Terms, catalogue: Catalogue): string {
  return scenario.issues
    .filter((i) => terms[i.id] !== undefined)
    .map((i) => {
      const settlement = terms[i.id] ?? DEFERRED;
      const label = settlementLabel(scenario, i.id, settlement, catalogue);
      return settlement === DEFERRED ? label : `${i.name}: ${label}`;
    })
    .join('; ');
}

/** A scenario event's line, with the placeholders it may use ({minutesLeft}, {talks}) filled in. */
export function eventLine(scenario: Scenario, id: string, clock: number): string {
  const event = scenario.events.find((e) => e.id === id);
  if (!event) return '';
  const values = clockValues(scenario, clock);
  return event.line.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/** The placeholders of time: the minutes left at `clock`, and the follow-up talks. */
function clockValues(scenario: Scenario, clock: number): Record<string, string> {
  return {
    minutesLeft: String(Math.max(0, Math.ceil(scenario.callMinutes - clock / 60))),
    talks: scenario.followUpTalks ?? '',
  };
}

function fill(scenario: Scenario, text: string, u: Utterance, catalogue: Catalogue): string {
  if (!text.includes('{')) return text;
  const values: Record<string, string> = {
    ...speakerValues(scenario, u.speaker),
    ...subjectValues(scenario, u, catalogue),
    ...clockValues(scenario, u.clock),
  };
  return text.replace(/\{(\w+)\}/g, (whole, name: string, at: number) => {
    const value = values[name];
    if (value === undefined) return whole;
    return opensSentence(text.slice(0, at)) ? capitalise(value) : value;
  });
}

/** The placeholders of who speaks: the leaders and the countries of the speaker and the other side. */
function speakerValues(scenario: Scenario, speaker: SideId): Record<string, string> {
  const me = scenario.sides.find((s) => s.id === speaker);
  const other = scenario.sides.find((s) => s.id === otherSide(scenario, speaker));
  return {
    leader: me?.leader ?? '',
    otherLeader: other?.leader ?? '',
    country: me?.country ?? '',
    otherCountry: other?.country ?? '',
  };
}

/** The placeholders of what is spoken of: the issue, the option, the deal, the evidence. */
function subjectValues(
  scenario: Scenario,
  u: Utterance,
  catalogue: Catalogue,
): Record<string, string> {
  const issue = scenario.issues.find((i) => i.id === u.issue);
  return {
    issue: issue ? issueNoun(scenario, issue.id, catalogue) : '',
    option:
      u.issue !== undefined && u.option !== undefined
        ? optionNoun(scenario, u.issue, u.option, catalogue)
        : '',
    deal: u.terms ? speakTerms(scenario, u.terms, catalogue) : '',
    evidence: u.evidence !== undefined ? evidenceNoun(scenario, u.evidence) : '',
  };
}
