// The English message catalogue: every word the game shows that does not come
// from a scenario file. Spanish (es.ts) follows the same keys. Placeholders in
// braces are filled by `format`.
export const en = {
  'side.human': 'you',
  'side.computer': 'computer',
  'move.propose': 'Propose a package',
  'move.accept': 'Accept their proposal',
  'move.reject': 'Reject their proposal',
  'move.statement': 'Speak ({tone})',
  'move.evidence': 'Present evidence: {label}',
  'move.redLine': 'Invoke a red line: {option}',
  'move.defer': 'Defer to the follow-up talks: {issue}',
  'move.endCall': 'End the call',
  'tone.respectful': 'respectful',
  'tone.firm': 'firm',
  'tone.threatening': 'threatening',
  'cause.propose': 'proposal',
  'cause.accept': 'agreement',
  'cause.reject': 'rejection',
  'cause.respectful': 'respect',
  'cause.firm': 'firm words',
  'cause.threatening': 'threat',
  'cause.evidence': 'evidence',
  'cause.redLine': 'red line',
  'cause.defer': 'deferral',
  'cause.clock': 'the clock',
  'meter.change': '{delta} {meter}: {cause}',
  'call.clock': '{minutes}:{seconds} of {total}:00',
  'call.standing': 'On the table ({by}): {deal}',
  'call.nothingStanding': 'Nothing is on the table.',
  'call.settled': 'Settled: {deal}',
  'call.yourTurn': 'Your turn, {leader}. What do you do?',
  'call.theirTurn': '{leader} is thinking…',
  'call.choose': 'Choose a number: ',
  'call.chooseOption': '{issue} — choose an option (Enter to leave it out): ',
  'call.optionDeferred': 'leave to {talks}',
  'call.emptyProposal': 'A proposal needs at least one issue.',
  'call.invalidChoice': 'That is not one of the numbers.',
  'call.crossesRedLine': 'That proposal crosses one of your own red lines: change it.',
  'call.ringing': '☎ The phone rings: {leader} of {country} is on the line.',
  'call.quote': '(real words, reported by {source})',
  'end.title': 'The call is over: {title}',
  'end.reason.agreement': 'Every issue was settled.',
  'end.reason.hang-up': '{leader} ended the call.',
  'end.reason.time': 'The time ran out.',
  'end.reason.threshold': 'A meter hit its limit.',
  'end.deal': 'The deal: {deal}',
  'end.noDeal': 'No issue was settled.',
  'end.utility':
    'Worth to you: {mine} (walk-away {walkAway}). The best deal for both (Nash point): {nash}.',
  'end.whatHappened': 'What really happened',
  'play.unknownSide': 'There is no side "{side}". Use one of: {sides}.',
} as const;

export type MessageKey = keyof typeof en;
export type Catalogue = Record<MessageKey, string>;

/** Fills {name} placeholders; an unknown name stays as written so a mistake shows. */
export function format(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    params[name] === undefined ? whole : String(params[name]),
  );
}

export function t(
  key: MessageKey,
  params?: Record<string, string | number>,
  catalogue: Catalogue = en,
): string {
  return format(catalogue[key], params);
}
