// The words of the call: a line picked from the scenario's dialogue bank by
// situation and speaker (with the game's seeded generator), and the text of a
// transcript entry rendered from the scenario with its placeholders filled.
import type { Line, Scenario, Situation } from '../scenario/schema.ts';
import type { Rng } from './random.ts';
import type { IssueId, Settlement, SideId, Terms, Utterance } from './types.ts';
import { DEFERRED } from './types.ts';
import { otherSide } from './utility.ts';
import { t } from '../messages/en.ts';

/** The situation of a leader presenting evidence: its words come from the evidence item. */
export const EVIDENCE_SITUATION = 'evidence';

export function linesFor(
  scenario: Scenario,
  situation: Situation,
  speaker: SideId,
): readonly Line[] {
  return scenario.dialogue[situation]?.[speaker] ?? [];
}

/** An index into the lines for (situation, speaker), or -1 when there are none. */
export function pickLine(
  scenario: Scenario,
  situation: Situation,
  speaker: SideId,
  rng: Rng,
): number {
  const n = linesFor(scenario, situation, speaker).length;
  return n === 0 ? -1 : rng.int(n);
}

export interface RenderedLine {
  speaker: SideId;
  text: string;
  /** True when these are the leader's real words, with where they were reported. */
  quote: boolean;
  source?: string;
}

export function renderUtterance(scenario: Scenario, u: Utterance): RenderedLine {
  if (u.situation === EVIDENCE_SITUATION) {
    const item = scenario.evidence.find((e) => e.id === u.evidence);
    return {
      speaker: u.speaker,
      text: fill(scenario, item?.line ?? '', u),
      quote: false,
      ...(item?.source ? { source: item.source } : {}),
    };
  }
  const line = linesFor(scenario, u.situation as Situation, u.speaker)[u.line];
  if (line === undefined) return { speaker: u.speaker, text: '', quote: false };
  if (typeof line === 'string')
    return { speaker: u.speaker, text: fill(scenario, line, u), quote: false };
  return {
    speaker: u.speaker,
    text: fill(scenario, line.text, u),
    quote: line.quote,
    ...(line.source ? { source: line.source } : {}),
  };
}

export function settlementLabel(
  scenario: Scenario,
  issue: IssueId,
  settlement: Settlement,
): string {
  const i = scenario.issues.find((x) => x.id === issue);
  if (settlement === DEFERRED)
    return t('deal.deferred', { issue: i?.name ?? issue, talks: scenario.followUpTalks });
  return i?.options.find((o) => o.id === settlement)?.label ?? settlement;
}

/** "Intelligence sharing and training; More seizures…" in the scenario's issue order. */
export function describeTerms(scenario: Scenario, terms: Terms): string {
  return scenario.issues
    .filter((i) => terms[i.id] !== undefined)
    .map((i) => settlementLabel(scenario, i.id, terms[i.id] ?? DEFERRED))
    .join('; ');
}

/** "Fence height: Middle; The tree: left to …": each settlement with its issue's name (for the debrief). */
export function describeDeal(scenario: Scenario, terms: Terms): string {
  return scenario.issues
    .filter((i) => terms[i.id] !== undefined)
    .map((i) => {
      const settlement = terms[i.id] ?? DEFERRED;
      const label = settlementLabel(scenario, i.id, settlement);
      return settlement === DEFERRED ? label : `${i.name}: ${label}`;
    })
    .join('; ');
}

function fill(scenario: Scenario, text: string, u: Utterance): string {
  if (!text.includes('{')) return text;
  const me = scenario.sides.find((s) => s.id === u.speaker);
  const other = scenario.sides.find((s) => s.id === otherSide(scenario, u.speaker));
  const issue = scenario.issues.find((i) => i.id === u.issue);
  const values: Record<string, string> = {
    leader: me?.leader ?? '',
    otherLeader: other?.leader ?? '',
    country: me?.country ?? '',
    otherCountry: other?.country ?? '',
    issue: issue?.name ?? '',
    option:
      u.issue !== undefined && u.option !== undefined
        ? settlementLabel(scenario, u.issue, u.option)
        : '',
    deal: u.terms ? describeTerms(scenario, u.terms) : '',
    evidence: scenario.evidence.find((e) => e.id === u.evidence)?.label ?? '',
    minutesLeft: String(Math.max(0, Math.ceil(scenario.callMinutes - u.clock / 60))),
    talks: scenario.followUpTalks,
  };
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
