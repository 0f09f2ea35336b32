// The English message catalogue: every word the game shows that does not come
// from a scenario file. Spanish (es.ts) follows the same keys. Placeholders in
// braces are filled by `format`.
export const en = {
  /** The language tag of this catalogue: plural rules, number formats, <html lang>. */
  'meta.locale': 'en',
  /** The language's own name, as its speakers write it (for the language switch). */
  'meta.name': 'English',
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
  'strategy.limits':
    'Walking away was worth {walkAway} to it; at this difficulty it would accept nothing below {reservation}.',
  'ending.tab.deal': 'The deal',
  'ending.tab.moves': 'Your moves',
  'ending.tab.strategy': 'Their strategy',
  'ending.tab.history': 'What happened',
  'ending.gap': 'Could both sides have done better?',
  'ending.path': 'the proposals, in order (◆ yours, ◇ theirs)',
  'ending.movesTitle': 'Every move, graded',
  'ending.movesPage': 'Moves {from}–{to} of {count}',
  'ending.previous': '◀ Earlier',
  'ending.next': 'Later ▶',
  'ending.noMistakes': 'No mistakes in your moves.',
  'ending.mistakes': 'Mistakes to learn from: {list}',
  'ending.strategyTitle': 'How {leader} played',
  'ending.strategyValues': 'What each option was worth to {leader} (weight of the issue)',
  'ending.strategyAims': 'What {leader} aimed for, over the call',
  'ending.strategyMoments': 'When {leader} changed course',
  'ending.noStrategy': 'Both sides were played by people: there is no computer strategy to reveal.',
  'ending.questions': 'Questions to discuss',
  'ending.handIn': 'Hand in…',
  'ending.fullDebrief': 'Full debrief and replay',
  'handIn.title': 'Hand in your result',
  'handIn.intro':
    'Your result is a small file with your moves: your teacher opens it and sees your game exactly as you played it. Nothing is sent anywhere: you hand it in yourself.',
  'handIn.name': 'Your name (as your teacher knows you)',
  'handIn.download': 'Download the result file',
  'handIn.copy': 'Copy the link',
  'handIn.copied': 'Link copied.',
  'handIn.copyFailed': 'Copying was blocked: select the link and copy it.',
  'handIn.link': 'The same result as a link',
  'handIn.qr': 'Or scan this code with your teacher’s device',
  'handIn.print': 'Open the printable debrief',
  'handIn.close': 'Close',
  'debriefPage.title': 'Debrief: {scenario}',
  'debriefPage.who': '{student} played {leader} ({difficulty}), against {otherLeader}.',
  'debriefPage.anonymous': 'A student',
  'debriefPage.unfinished': 'The game in this result is not finished.',
  'debriefPage.cannotOpen': 'This debrief cannot be opened: {message}.',
  'debriefPage.noLink':
    'There is no result in this address. Open a result file, or open a debrief from the end of a game or from the class page.',
  'debriefPage.back': 'Back to the game',
  'debriefPage.open': 'Open a result file…',
  'debriefPage.print': 'Print this debrief',
  'debriefPage.map': 'The deal map',
  'debriefPage.mapLabel':
    'Every possible deal by its worth to {leader} (across) and to {otherLeader} (up), the Pareto frontier, the Nash point, both walk-away values, the proposals made and the final deal.',
  'debriefPage.moves': 'Every move, graded',
  'debriefPage.time': 'Time',
  'debriefPage.move': 'Move',
  'debriefPage.step': 'Kind of step',
  'debriefPage.meters': 'Meters',
  'debriefPage.advice': 'What was good, or would have been better',
  'debriefPage.metersChart': 'The meters over the call',
  'debriefPage.replay': 'Replay the call',
  'debriefPage.replayHelp':
    'Step through the call move by move. See it as either leader: what they knew and wanted at that moment.',
  'debriefPage.first': '« Start',
  'debriefPage.previous': '◀ Previous move',
  'debriefPage.next': 'Next move ▶',
  'debriefPage.last': 'End »',
  'debriefPage.step.of': 'Move {n} of {count}',
  'debriefPage.start': 'The start of the call',
  'debriefPage.asLeader': 'As {leader}',
  'debriefPage.brief': 'Their brief',
  'debriefPage.goals': 'Their goals',
  'debriefPage.ownRedLines': 'Their red lines',
  'debriefPage.knownRedLines': 'Red lines of the other side they knew of',
  'debriefPage.none': 'none',
  'debriefPage.tableWorth':
    'The proposal on the table was worth {worth} to them (walk-away {walkAway}).',
  'debriefPage.noTable': 'Nothing was on the table.',
  'debriefPage.aim': 'The computer was aiming for a deal worth {aim} to it.',
  'debriefPage.settled': 'Agreed so far: {deal}',
  'debriefPage.transcript': 'The call so far',
  'class.title': 'Class results',
  'class.intro':
    'Add your students’ result files or links: each one is checked by replaying the game, and the class is pooled below. Everything happens in this browser: nothing is uploaded anywhere.',
  'class.drop': 'Drop result files here',
  'class.choose': 'or choose files…',
  'class.links': 'Or paste result links, one per line',
  'class.addLinks': 'Add the links',
  'class.clear': 'Start again',
  'class.back': 'Back to the game',
  'class.added.one': '{count} result added.',
  'class.added.other': '{count} results added.',
  'class.refused.one': '{count} refused.',
  'class.refused.other': '{count} refused.',
  'class.duplicate.one': '{count} was already here.',
  'class.duplicate.other': '{count} were already here.',
  'class.rejected': 'Not counted',
  'class.rejectedItem': '{source}: {message}',
  'class.duplicates': 'Already added (skipped): {sources}',
  'class.tooLarge': 'this file is far larger than a result file: it is not one',
  'class.unreadable': 'this file could not be read',
  'class.link': 'link {n}',
  'class.none': 'No results yet. Drop files or paste links above.',
  'class.scenario': 'Scenario',
  'class.scenarioOption': '{title} ({count})',
  'class.for.one': '{title}: {count} student',
  'class.for.other': '{title}: {count} students',
  'class.endings': 'How the calls ended',
  'class.endingsChart': 'How many calls reached each ending',
  'class.ending': 'Ending',
  'class.students': 'Students',
  'class.share': 'Share',
  'class.map': 'Every student’s deal',
  'class.mapLabel':
    'Every possible deal by its worth to {first} (across) and to {second} (up), the Pareto frontier, the Nash point, both walk-away values, and each student’s final deal: circles for students who played {first}, triangles for {second}.',
  'class.mapLegend':
    'Circles: students who played {first}. Triangles: students who played {second}. The line is the Pareto frontier; N is the Nash point.',
  'class.pareto': '{share} of the deals could not have been improved for both sides.',
  'class.averages': 'Average scores by the side played',
  'class.side': 'Side played',
  'class.own': 'Their own score',
  'class.other': 'The other side’s score',
  'class.mistakes': 'The most common mistakes',
  'class.mistakeCount': '{label}: {students} of {count} students ({occurrences} times)',
  'class.noMistakes': 'No student made any of the mistakes the grading looks for.',
  'class.everyStudent': 'Every student',
  'class.name': 'Student',
  'class.difficulty': 'Difficulty',
  'class.score': 'Score',
  'class.otherScore': 'Other side',
  'class.optimal': 'Could not be bettered for both',
  'class.studentMistakes': 'Mistakes',
  'class.yes': 'yes',
  'class.no': 'no',
  'class.debrief': 'Debrief',
  'class.debriefOf': 'Debrief of {name}',
  'class.csv': 'Download a CSV for the gradebook',
  'save.offer': 'Your last game: {title}, as {leader}, saved at {time}.',
  'save.resume': 'Resume it',
  'save.discard': 'Start afresh',
  'save.problem.damaged':
    'Your saved game could not be read, so the game starts afresh (a copy is kept in this browser).',
  'save.problem.old-version':
    'Your saved game is from an older version of Standoff and cannot be resumed: the game starts afresh.',
  'save.problem.scenario-changed':
    'The scenario of your saved game has changed since, so it cannot be resumed: the game starts afresh.',
  'save.problem.full': 'This browser’s storage is full: your game is not being saved.',
  'save.problem.blocked': 'This browser does not allow saving: your game is not being saved.',
  'save.ok': 'OK',
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
  'title.textSize': 'Text size: {size}%',
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
  'call.meterValue': '{value} of 100',
  'call.meterNearLimit': '{value} of 100, near {limit}, where the call ends',
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
  'grade.acceptedBelowWalkAway':
    'This deal is worth {mine} to you, below your walk-away of {walkAway}: ending without a deal would have been better.',
  'grade.acceptedDominated':
    'Before accepting, proposing {deal} would have left both sides better off (you +{gainMine}, {leader} +{gainTheirs}).',
  'grade.acceptedWell':
    'A sound agreement: worth {mine} to you, above your walk-away of {walkAway}.',
  'grade.dominatedOffer':
    'Proposing {deal} instead would have been better for both sides (you +{gainMine}, {leader} +{gainTheirs}): give way on what matters less to you.',
  'grade.offerBelowWalkAway':
    'This offer is worth {mine} to you, below your walk-away of {walkAway}: no deal would have been better than this one.',
  'grade.selfish':
    'Asking for more than your last offer tells {leader} your word may not hold; keep your offer, or trade one issue for another.',
  'grade.step.opening': 'An opening offer worth {mine} to you and {theirs} to {leader}.',
  'grade.step.concession':
    'A concession: it cost you {cost} and gave {leader} {gain}. Ask for something in return before the next one.',
  'grade.step.fortunate': 'Better for both sides than your last offer: a good step.',
  'grade.step.unfortunate':
    'Worse for both sides than your last offer: your last offer was better.',
  'grade.step.nice': 'Better for {leader} at no cost to you: goodwill for free.',
  'grade.step.silent': 'The same offer again: it shows firmness, but uses call time.',
  'grade.rejectedBetter':
    'This offer was worth {offered} to you, more than the deal you ended with ({final}): accepting it, or countering close to it, would have been better.',
  'grade.rejectedWell':
    'Rejecting it was reasonable: it was worth {offered} to you, no more than what you ended with ({final}).',
  'grade.hungUpOnOffer':
    'Hanging up left an offer worth {offered} to you on the table, above your walk-away of {walkAway}: accepting it would have been better.',
  'grade.hungUp': 'The call ended with a result worth {final} to you (your walk-away: {walkAway}).',
  'grade.threatHardened':
    'The threat made {leader} harder to move; a firm statement makes the point at less cost.',
  'grade.hardened':
    'This made {leader} harder to move: it pushed the meters that stiffen their position.',
  'grade.softened': 'This made {leader} more willing to give ground.',
  'grade.silent.statement': "It did not change {leader}'s willingness, and used call time.",
  'grade.silent.evidence': "The evidence was heard, but did not change {leader}'s willingness.",
  'grade.silent.redLine':
    'Saying a red line out loud tells {leader} where you will not go, so they stop proposing it.',
  'grade.silent.defer':
    'Leaving an issue to the follow-up talks takes it off the table; in this deal it counts as its deferred value.',
  'step.opening': 'opening',
  'step.concession': 'concession',
  'step.selfish': 'selfish',
  'step.fortunate': 'fortunate',
  'step.unfortunate': 'unfortunate',
  'step.nice': 'nice',
  'step.silent': 'silent',
  'mistake.dominated-offer': 'Offered a deal both sides could improve on',
  'mistake.selfish-step': 'Asked for more after giving ground',
  'mistake.offer-below-walk-away': 'Offered a deal worse than no deal',
  'mistake.accepted-dominated': 'Accepted a deal both sides could improve on',
  'mistake.accepted-below-walk-away': 'Accepted a deal worse than no deal',
  'mistake.rejected-better-offer': 'Rejected an offer better than the final result',
  'mistake.hung-up-on-offer': 'Hung up with a good offer on the table',
  'mistake.hardened-them': 'Hardened the other side (threats, provocations)',
  'debrief.gap':
    'Both sides could have gained: you +{gainMine}, {leader} +{gainTheirs}, with {deal}.',
  'debrief.onFrontier':
    'No deal would have been better for both sides: this one is on the frontier.',
  'strategy.softer': 'At {clock} the meters ({meters}) made it readier to give ground.',
  'strategy.harder': 'At {clock} the meters ({meters}) made it harder to move.',
  'strategy.accepted':
    'At {clock} it accepted: the offer was worth {worth} to it, and it was aiming for {aim}.',
  'strategy.rejected':
    'At {clock} it rejected an offer worth {worth} to it: it was aiming for {aim}.',
  'strategy.conceded':
    'At {clock} it gave ground: its offer fell from {from} to {to} in value to itself, {share}% of the way through the call.',
  'strategy.hungUp': 'At {clock} it hung up, aiming for {aim} and seeing no way to get it.',
  'strategy.style.boulware':
    'Boulware: it held out for nearly everything until late in the call, then gave ground fast.',
  'strategy.style.linear': 'Linear: it gave ground steadily as the call went on.',
  'strategy.style.conceder': 'Conceder: it gave ground early, to make sure of a deal.',
  'play.unknownSide': 'There is no side "{side}". Use one of: {sides}.',
} as const;

export type MessageKey = keyof typeof en;
export type Catalogue = Record<MessageKey, string>;

/** The catalogue the interface speaks now: English until a page chooses another. */
let active: Catalogue | null = null;

/** Makes `catalogue` the one every message without an explicit catalogue comes from. */
export function useCatalogue(catalogue: Catalogue): void {
  active = catalogue;
}

export function currentCatalogue(): Catalogue {
  return active ?? en;
}

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
  catalogue: Catalogue = currentCatalogue(),
): string {
  const form =
    new Intl.PluralRules(catalogue['meta.locale']).select(count) === 'one' ? 'one' : 'other';
  return t(`${key}.${form}` as MessageKey, { ...params, count }, catalogue);
}

export function t(
  key: MessageKey,
  params?: Record<string, string | number>,
  catalogue: Catalogue = currentCatalogue(),
): string {
  return format(catalogue[key], params);
}
