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
  'tone.respectful': 'Respectful',
  'tone.firm': 'Firm',
  'tone.threatening': 'Threatening',
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
  'title.name': 'STANDOFF',
  'title.tagline': 'A phone call between two presidents. You are one of them.',
  'title.scenario': 'Scenario',
  'title.side': 'You play',
  'title.difficulty': 'Difficulty',
  'title.difficulty.easy': 'Easy',
  'title.difficulty.normal': 'Normal',
  'title.difficulty.hard': 'Hard',
  'title.sound.on': 'Sound: on (M)',
  'title.sound.off': 'Sound: off (M)',
  'title.start': 'Read the briefing',
  'title.broken': '{file} has problems and cannot be played:',
  'title.sideLabel': '{leader} ({country})',
  'briefing.title': 'Briefing: {leader}, {title}',
  'briefing.context': 'The situation',
  'briefing.yours': 'Your brief (only you see this)',
  'briefing.goals': 'Your goals',
  'briefing.redLines': 'Your red lines: you will never accept',
  'briefing.theirs': 'What {leader} is known to want',
  'briefing.theirRedLines': '{leader} has said they will never accept',
  'briefing.walkAway': 'If there is no deal',
  'briefing.sources': 'Sources',
  'briefing.meters': 'What the meters measure',
  'briefing.start': 'Take the call',
  'briefing.back': 'Back',
  'call.answer': 'Answer the phone',
  'call.continue': 'Continue',
  'call.thinking': '{leader} is thinking… (click or press a key to skip)',
  'call.waiting': 'Waiting for {leader}…',
  'call.table': 'On the table',
  'call.issue': 'Issue',
  'call.settledLabel': '✓ agreed',
  'call.standingMine': '◆ your proposal',
  'call.standingTheirs': '◆ their proposal',
  'call.yourProposal': 'Your proposal',
  'call.pick': 'Pick {option} for {issue}',
  'call.leaveOut': '—',
  'call.send': 'Propose this package',
  'call.speak': 'Speak',
  'call.evidence': 'Evidence',
  'call.redLines': 'Red line: {option}',
  'call.deferTitle': 'Defer to later talks',
  'call.hangUp': 'Hang up',
  'call.timeLeft': '{minutes}:{seconds} left',
  'call.seeEnding': 'See how it ended',
  'ending.why': 'Why',
  'ending.deal': 'The deal',
  'ending.meters': 'The meters over the call',
  'ending.space': 'Your deal among every possible deal',
  'ending.spaceHelp':
    'Each dot is a possible deal: further right is better for you, higher is better for {leader}. The line joins the deals no other beats for both (the Pareto frontier). N marks the Nash point; dashed lines are each side’s walk-away value.',
  'ending.yours': 'your deal',
  'ending.nash': 'Nash point',
  'ending.standing':
    'Your deal is worth {mine} to you (walk-away {myWalk}) and {theirs} to {leader} (walk-away {theirWalk}). {frontier}',
  'ending.onFrontier': 'No other deal was better for both of you.',
  'ending.offFrontier':
    '{count} other deals were better for both of you: value was left on the table.',
  'ending.history': 'What really happened',
  'ending.again': 'Play again',
  'ending.switch': 'Switch sides',
  'ending.other': 'Another scenario',
  'live.meter': '{text}',
  'live.turn': 'Your turn.',
  'live.ended': 'The call is over: {title}.',
  'path.propose': '{leader} proposes {deal}',
  'path.accept': '{leader} accepts',
  'path.reject': '{leader} rejects',
  'path.statement': '{leader} speaks ({tone})',
  'path.evidence': '{leader} presents “{evidence}”',
  'path.redLine': '{leader} calls {option} a red line',
  'path.defer': '{leader} proposes leaving {issue} to later talks',
  'path.endCall': '{leader} hangs up',
  'check.reached': '{ending}: reached in {count} moves: {moves}',
  'check.balance': '{ending}: {share} of computer-against-computer games',
  'problems.title': '{file} cannot be played yet ({count} to fix)',
  'problems.line': 'Line {line}, column {column}: {message}\n   Fix: {fix}',
  'problems.more': '…and {count} more: fix these first, then open the file again.',
  'problems.back': 'Back to the title screen',
  'title.open': 'Open a scenario file…',
  'title.write': 'Write a scenario…',
  'editor.title': 'Standoff — scenario editor',
  'editor.startFrom': 'Start a new draft from',
  'editor.starter': 'the starter template',
  'editor.copyOf': 'a copy of “{title}”',
  'editor.choose': 'Choose…',
  'editor.open': 'Open a file…',
  'editor.download': 'Download',
  'editor.play': 'Play this scenario',
  'editor.back': 'Back to the game',
  'editor.drafts': 'Your drafts in this browser',
  'editor.draftDelete': 'Delete {name}',
  'editor.draftOpen': '{name} (changed {when})',
  'editor.checks': 'Checks',
  'editor.checking': 'Checking that every ending can be reached…',
  'editor.invalid.one': 'One problem to fix before it can be played.',
  'editor.invalid.other': '{count} problems to fix before it can be played.',
  'editor.ok': 'No problems: it can be played, and every ending can be reached.',
  'editor.okWarnings.one': 'It can be played. One warning to look at.',
  'editor.okWarnings.other': 'It can be played. {count} warnings to look at.',
  'editor.errors.one': 'One error to fix before it can be played.',
  'editor.errors.other': '{count} errors to fix before it can be played.',
  'editor.checkFailed':
    'The deeper checks could not run; the problems below are from reading the file.',
  'editor.problem': 'Line {line}: {severity}: {message}',
  'editor.problemFix': 'Fix: {fix}',
  'editor.endings': 'How each ending can be reached',
  'editor.endingPath.one': '{ending}: reached in one move',
  'editor.endingPath.other': '{ending}: reached in {count} moves',
  'editor.endingShare': '{ending}: {share} of computer-against-computer games',
  'editor.field': 'This field',
  'editor.fieldHint':
    'Put the cursor on a field to read what it is for. Ctrl+Space suggests fields and values. To leave the editor with the keyboard, press Esc then Tab.',
  'editor.saved': 'Saved in this browser at {time}.',
  'editor.saving': 'Saving…',
  'editor.saveFull':
    'This browser’s storage is full: your latest changes are not saved. Download your work to keep it.',
  'editor.saveBlocked': 'This browser does not allow saving here: download your work to keep it.',
  'editor.restored': 'Your work was restored from this browser.',
  'editor.corrupt':
    'Your saved drafts could not be read, so a new draft was started. A copy of what was saved is kept in this browser.',
  'editor.dismiss': 'OK',
  'editor.playBlocked':
    'The game could not be opened: this browser blocks storage. Download the file and open it in the game instead.',
  'editor.tooBig':
    '{file} is larger than 1 MB: a scenario file is much smaller. Check you chose the right file.',
  'editor.unreadable': '{file} could not be read.',
  'editor.label': 'Scenario file (YAML)',
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

/** Keys that come in a singular and a plural form ("….one", "….other"). */
type PluralBase = MessageKey extends infer K
  ? K extends `${infer Base}.one`
    ? Base
    : never
  : never;

/** The form of a counted message for this number ({count} is filled in). */
export function plural(
  key: PluralBase,
  count: number,
  params: Record<string, string | number> = {},
  catalogue: Catalogue = en,
  locale = 'en',
): string {
  const form = new Intl.PluralRules(locale).select(count) === 'one' ? 'one' : 'other';
  return t(`${key}.${form}` as MessageKey, { ...params, count }, catalogue);
}

export function t(
  key: MessageKey,
  params?: Record<string, string | number>,
  catalogue: Catalogue = en,
): string {
  return format(catalogue[key], params);
}
