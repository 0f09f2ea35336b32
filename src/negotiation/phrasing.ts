// How options, issues and evidence are said inside a line: the scenario's own
// phrases (`says:`), or, when a file has none, a phrase made from the label
// that fits mid-sentence. A package is said as one sentence ("US forces train
// yours, Mexico dismantles more labs, and the tariff threat is suspended"),
// never as a list of button labels. Words only: no game rules here.
import type { Scenario } from '../scenario/schema.ts';
import { t, type Catalogue } from '../messages/i18n.ts';
import type { IssueId, Settlement, Terms } from './types.ts';
import { DEFERRED } from './types.ts';

/**
 * A label as it reads mid-sentence: "Intelligence and training" → "intelligence
 * and training". Left alone when its first word is an acronym ("US strikes") or
 * starts a name ("National Guard…"), or it starts with a quote.
 */
export function lowerFirst(label: string): string {
  const [first = '', second = ''] = label.split(/\s+/);
  const acronym = /^\p{Lu}.*\p{Lu}/u.test(first);
  const name = /^\p{Lu}/u.test(first) && /^\p{Lu}/u.test(second);
  if (acronym || name || !/^\p{Lu}/u.test(label)) return label;
  return label.charAt(0).toLowerCase() + label.slice(1);
}

/** "US strikes on Mexican soil": the option as a phrase for "{option}". */
export function optionNoun(
  scenario: Scenario,
  issueId: IssueId,
  settlement: Settlement,
  catalogue: Catalogue,
): string {
  const issue = scenario.issues.find((i) => i.id === issueId);
  if (settlement === DEFERRED) return deferredClause(scenario, issueId, catalogue);
  const option = issue?.options.find((o) => o.id === settlement);
  if (!option) return settlement;
  return option.says?.noun ?? lowerFirst(option.label);
}

/** "US forces train Mexico's forces": what happens under the option, for a package. */
function optionClause(
  scenario: Scenario,
  issueId: IssueId,
  settlement: Settlement,
  catalogue: Catalogue,
): string {
  if (settlement === DEFERRED) return deferredClause(scenario, issueId, catalogue);
  const option = scenario.issues
    .find((i) => i.id === issueId)
    ?.options.find((o) => o.id === settlement);
  return option?.says?.clause ?? optionNoun(scenario, issueId, settlement, catalogue);
}

/** "the tariff threat": the issue as a phrase for "{issue}". */
export function issueNoun(scenario: Scenario, issueId: IssueId, catalogue: Catalogue): string {
  const issue = scenario.issues.find((i) => i.id === issueId);
  if (!issue) return issueId;
  return issue.says?.noun ?? t(catalogue, 'say.issue', { lower: lowerFirst(issue.name) });
}

/** "your homicide figures": the evidence as a phrase for "{evidence}". */
export function evidenceNoun(scenario: Scenario, id: string): string {
  const item = scenario.evidence.find((e) => e.id === id);
  if (!item) return '';
  return item.says?.noun ?? lowerFirst(item.label);
}

/** A package as one sentence, its clauses in the scenario's issue order. */
export function speakTerms(scenario: Scenario, terms: Terms, catalogue: Catalogue): string {
  const clauses = scenario.issues
    .filter((i) => terms[i.id] !== undefined)
    .map((i) => optionClause(scenario, i.id, terms[i.id] ?? DEFERRED, catalogue));
  return joinClauses(clauses, catalogue);
}

/** "a, b, and c" in English, "a, b, y c" in Spanish (clauses with their own subjects). */
function joinClauses(clauses: readonly string[], catalogue: Catalogue): string {
  const last = clauses[clauses.length - 1];
  if (last === undefined || clauses.length === 1) return last ?? '';
  const first = clauses.slice(0, -1).join(', ');
  return t(catalogue, clauses.length === 2 ? 'say.list.two' : 'say.list.more', { first, last });
}

/** Upper-cases the first letter: for a phrase that opens a sentence. */
export function capitalise(text: string): string {
  const at = text.search(/\p{L}/u);
  if (at < 0) return text;
  return text.slice(0, at) + text.charAt(at).toUpperCase() + text.slice(at + 1);
}

/** True when text placed after `before` opens a sentence. */
export function opensSentence(before: string): boolean {
  return /(^|[.!?]\s+)[¿¡"“«'‘]?$/u.test(before);
}

function deferredClause(scenario: Scenario, issueId: IssueId, catalogue: Catalogue): string {
  return t(catalogue, 'say.deferred', {
    issue: issueNoun(scenario, issueId, catalogue),
    talks: scenario.followUpTalks ?? '',
  });
}

/**
 * How the debrief names a leader after the first mention: "she"/"he" (and
 * "her"/"him") from the side's `pronoun`, else the leader's name. Never "it".
 */
export function pronounWords(
  scenario: Scenario,
  sideId: string,
  catalogue: Catalogue,
): { they: string; them: string } {
  const side = scenario.sides.find((s) => s.id === sideId);
  const name = side?.leader ?? sideId;
  const p = side?.pronoun;
  if (p === 'she' || p === 'he')
    return {
      they: t(catalogue, `pronoun.${p}.they`),
      them: t(catalogue, `pronoun.${p}.them`),
    };
  return { they: name, them: name };
}
