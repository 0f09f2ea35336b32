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
  'deal.deferred': '{issue}: left to {talks}',
  'call.emptyProposal': 'A proposal needs at least one issue.',
  'call.invalidChoice': 'That is not one of the numbers.',
  'call.crossesRedLine': 'That proposal crosses one of your own red lines: change it.',
  'call.ringing': '☎ The phone rings: {leader} of {country} is on the line.',
  'call.quote': '(real words, reported by {source})',
  'end.title': 'The call is over: {title}',
  'end.reason.agreement': 'Both sides agreed on every issue, and the call ended.',
  'end.reason.hang-up': '{leader} ended the call.',
  'end.reason.time': 'The time ran out.',
  'end.reason.threshold': 'A meter hit its limit.',
  'end.deal': 'The deal: {deal}',
  'end.noDeal': 'No issue was settled.',
  'end.utility':
    'Worth to you: {mine} (walk-away {walkAway}). The best deal for both (Nash point): {nash}.',
  'end.whatHappened': 'What really happened',
  'strategy.limits':
    'Walking away was worth {walkAway} to {them}; at this difficulty {they} would accept nothing below {reservation}.',
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
  'debriefPage.aim': '{leader}, played by the computer, was aiming for a deal worth {aim}.',
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
  'save.offer': 'Your last game: {title}, as {leader}, saved at {time}.',
  'save.resume': 'Resume it',
  'save.discard': 'Start afresh',
  'save.problem.damaged':
    'Your saved game could not be read, so the game starts afresh (a copy is kept in this browser).',
  'save.problem.old-version':
    'Your saved game is from an older version of Standoff and cannot be resumed: the game starts afresh (a copy is kept in this browser).',
  'save.problem.scenario-changed':
    'The scenario of your saved game has changed since, so it cannot be resumed: the game starts afresh (a copy is kept in this browser).',
  'save.problem.full': 'This browser’s storage is full: your game is not being saved.',
  'save.problem.blocked': 'This browser does not allow saving: your game is not being saved.',
  'save.ok': 'OK',
  'title.name': 'STANDOFF',
  'title.heading': 'Standoff: a negotiation game',
  'title.tagline': 'A negotiation on the phone. You speak for one side.',
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
  'title.brokenLine': 'line {line}: {message}',
  'title.sideLabel': '{leader} ({country})',
  'briefing.title': 'Briefing: {leader}, {title}',
  'briefing.context': 'The situation',
  'briefing.yours': 'Your brief (only you see this)',
  'briefing.goals': 'Your goals',
  'briefing.redLines': 'Your red lines: you will never accept',
  'briefing.theirs': 'What {leader} is known to want',
  'briefing.theirRedLines': '{leader} will never accept',
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
  'call.moves': 'Your move',
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
  'caption.ring': '[The phone rings]',
  'caption.pickup': '[Click: the line opens]',
  'caption.hangup': '[Click, then the dial tone: the line is dead]',
  'caption.tension': '[Low, uneasy music]',
  'caption.tensionRises': '[The music swells: tension rises]',
  'caption.tensionEases': '[The music quietens]',
  'caption.sting-good': '[A bright, rising chord]',
  'caption.sting-mixed': '[An unresolved chord]',
  'caption.sting-bad': '[A dark, falling chord]',
  'path.propose': '{leader} proposes {deal}',
  'path.accept': '{leader} accepts',
  'path.reject': '{leader} rejects',
  'path.statement': '{leader} speaks ({tone})',
  'path.evidence': '{leader} presents “{evidence}”',
  'path.redLine': '{leader} calls {option} a red line',
  'path.defer': '{leader} proposes leaving {issue} to later talks',
  'path.endCall': '{leader} hangs up',
  'check.reached': '{ending}: reached in {count} moves: {moves}',
  'problems.title': '{file} cannot be played yet ({count} to fix)',
  'problems.line': 'Line {line}, column {column}: {message}\n   Fix: {fix}',
  'problems.whole': '{message}\n   Fix: {fix}',
  'problems.more': '…and {count} more: fix these first, then open the file again.',
  'problems.back': 'Back to the title screen',
  'title.open': 'Open a scenario file…',
  'title.write': 'Write a scenario…',
  'title.language': 'Language / Idioma: {name}',
  'title.classLink': 'Link for my class…',
  'title.players.one': 'Players: one, against the computer',
  'title.players.two': 'Players: two, on this computer',
  'handover.title': 'Pass the computer to {leader}',
  'handover.body':
    '{leader} ({country}): take the computer now. The other player should not see your screen, as you did not see theirs.',
  'handover.next.briefing': 'Next: your own private briefing.',
  'handover.next.call': 'Next: your turn in the call.',
  'handover.show': 'I am {leader}: show my screen',
  'classLink.title': 'A link for your class',
  'classLink.intro':
    'Everyone who opens this link gets the same game: {scenario}, playing {leader}, {difficulty}, in {language}, with the same dice (seed “{seed}”). Share it in your class’s usual channel.',
  'classLink.link': 'The link',
  'classLink.copy': 'Copy the link',
  'classLink.copied': 'Link copied.',
  'classLink.copyFailed': 'Copying was blocked: select the link and copy it.',
  'classLink.notBundled':
    'This scenario was opened from a file on this computer, so the link cannot carry it: put the file on the same site as the game and link it with ?scenario=its-address, or give the class the file.',
  'classLink.twoPlayers': 'Two players share each computer.',
  'classLink.close': 'Close',
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
    'This made {leader} harder to move: it pushed the meters that make {leader} dig in.',
  'grade.softened': 'This made {leader} more willing to give ground.',
  'grade.silent.statement': "It did not change {leader}'s willingness, and used call time.",
  'grade.silent.evidence': "The evidence was heard, but did not change {leader}'s willingness.",
  'grade.silent.redLine':
    'Saying a red line out loud tells {leader} where you will not go, so {leader} stops proposing it.',
  'grade.silent.defer':
    'Leaving an issue to the follow-up talks takes it off the table; in this deal it counts as its deferred value.',
  'step.opening': 'first offer',
  'step.concession': 'gave ground',
  'step.selfish': 'asked for more',
  'step.fortunate': 'better for both',
  'step.unfortunate': 'worse for both',
  'step.nice': 'better for the other side only',
  'step.silent': 'no change',
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
  'strategy.softer': 'At {clock} the meters ({meters}) made {them} readier to give ground.',
  'strategy.harder': 'At {clock} the meters ({meters}) made {them} harder to move.',
  'strategy.accepted':
    'At {clock} {they} accepted an offer worth {worth} to {them}, aiming for {aim}.',
  'strategy.rejected':
    'At {clock} {they} rejected an offer worth {worth} to {them}, aiming for {aim}.',
  'strategy.conceded':
    'At {clock} {they} gave ground: the offer {they} made fell from {from} to {to} in value to {them}, {share}% of the way through the call.',
  'strategy.hungUp':
    'At {clock} {they} hung up, aiming for {aim}, with nothing on the table near it.',
  'strategy.style.boulware':
    'Boulware: {they} held out for nearly everything until late in the call, then gave ground fast.',
  'strategy.style.linear': 'Linear: {they} gave ground steadily as the call went on.',
  'strategy.style.conceder': 'Conceder: {they} gave ground early, to make sure of a deal.',
  'play.unknownSide': 'There is no side "{side}". Use one of: {sides}.',
  'result.tooLarge': 'this is far larger than a result file: it is not one',
  'result.badJson': 'it is not a result file (the JSON is damaged)',
  'result.notResultFile': 'it is not a Standoff result file',
  'result.otherVersion':
    'it was made by another version of Standoff (result version {found}, this one reads {reads})',
  'result.damagedAt': 'the file has been changed or damaged ({path}: {problem})',
  'result.itsShape': 'its shape',
  'result.invalid': 'invalid',
  'result.notLink': 'it is not a result link',
  'result.notResultLink': 'it is not a Standoff result link (or it was cut short)',
  'result.unknownScenario':
    'it was played on a scenario this page does not have ("{id}"): add that scenario’s file (.yaml) too, or use the result file, which carries it',
  'result.linkSettings': 'the link has been changed or damaged (its settings cannot be read)',
  'result.otherScenarioVersion':
    'it was played on another version of "{title}" (the scenario file has changed since)',
  'result.damaged': 'the file has been changed or damaged ({reason})',
  'result.reason.sides': "its sides are not the scenario's",
  'result.reason.studentSide': 'the student did not play their side',
  'result.reason.impossibleMove': 'a move in it could not have been played',
  'result.badMove': 'move {n} ("{token}") is not a move of this scenario',
  'result.unfinished': 'the game in it is not finished',
  'result.outcomeMismatch':
    'the file has been changed: its moves do not lead to the ending and scores it claims',
  'load.unreadable': 'the file could not be read ({error})',
  'load.unreadableFix':
    'check the file is a scenario in YAML; if it is, please report this as a bug.',
  'load.tooBig': 'the file is too big ({size} KB; a scenario is at most {max} KB)',
  'load.tooBigFix': 'check you opened the right file: a scenario is a short text file.',
  'load.notUtf8': 'the file is not text (it is not UTF-8)',
  'load.notUtf8Fix':
    'save the file as plain text in UTF-8 (in most editors: "Save with encoding… UTF-8").',
  'load.binary': 'the file contains binary data',
  'load.binaryFix': 'open the scenario file itself (a .yaml text file), not a document or image.',
  'load.empty': 'the file is empty',
  'load.emptyFix':
    'start from a copy of a bundled scenario, or run `npm run scenario -- new FILE`.',
  'load.tooDeep': 'the file nests more than {max} levels deep',
  'load.tooDeepFix': 'a scenario never needs this much nesting: check for runaway brackets.',
  'load.aliases': 'the file uses YAML aliases (*name) too many times (more than {max})',
  'load.aliasesFix': 'write the repeated parts out instead of using &anchors and *aliases.',
  'load.type.number': 'a number',
  'load.type.string': 'text',
  'load.type.boolean': 'true or false',
  'load.type.array': 'a list',
  'load.type.object': 'a block of fields',
  'load.type.record': 'a block of "id: value" lines',
  'load.example.string': '"Sovereignty"',
  'load.example.array': 'a list, one item a line starting with "- "',
  'load.example.object': 'a block of "name: value" lines, indented under it',
  'load.example.record': 'a block of "id: number" lines, e.g. "mexico: 60"',
  'load.value.empty': 'empty',
  'load.value.text': 'the text "{text}"',
  'load.value.number': 'number {value}',
  'load.value.boolean': 'boolean {value}',
  'load.theFile': 'the file',
  'load.missing': '"{name}" is missing',
  'load.missingFix': 'add "{name}:" here, with {wanted}.',
  'load.missingFixExample': 'add "{name}:" here, with {wanted} (e.g. {example}).',
  'load.missingValueFix': 'add "{name}: {value}".',
  'load.wrongType': '"{name}" should be {wanted}, not {actual}',
  'load.wrongTypeFix': 'write {wanted} here.',
  'load.wrongTypeFixExample': 'write {wanted} here, e.g. {example}.',
  'load.tooFewItems.one': '"{name}" needs at least {count} item',
  'load.tooFewItems.other': '"{name}" needs at least {count} items',
  'load.tooFewItemsFix': 'add items to the list.',
  'load.emptyText': '"{name}" is empty',
  'load.emptyTextFix': 'write some text here, or remove the field if it is optional.',
  'load.belowMinimum': '"{name}" is {value}, below the smallest allowed value {minimum}',
  'load.belowMinimumFix': 'use a number from {minimum} up.',
  'load.tooManyItems': '"{name}" has too many items (at most {maximum})',
  'load.tooManyItemsFix': 'remove items from the list.',
  'load.tooLong': '"{name}" is too long (at most {maximum} characters)',
  'load.tooLongFix': 'shorten the text.',
  'load.aboveMaximum': '"{name}" is {value}, above the largest allowed value {maximum}',
  'load.aboveMaximumFix': 'use a number up to {maximum}.',
  'load.badFormat': '"{value}" is not a valid {name}: {detail}',
  'load.badFormatIdFix':
    'ids are lower-case letters, digits and dashes, starting with a letter, e.g. "joint-ops".',
  'load.badFormatDateFix': 'write the date as YYYY-MM-DD, e.g. 2026-01-12.',
  'load.badFormatFix': 'change the value: {detail}.',
  'load.notAllowed': '"{name}" cannot be {value}',
  'load.notAllowedFix': 'use one of: {allowed}.',
  'load.notAllowedFixGuess': 'did you mean "{guess}"? use one of: {allowed}.',
  'load.unknownField': '"{key}" is not a field here',
  'load.unknownFieldGuess': 'did you mean "{guess}"? Rename it.',
  'load.unknownFieldKnown': 'remove it; the fields allowed here are: {known}.',
  'load.unknownFieldRemove': 'remove it.',
  'load.badKey': '"{name}" has a name that is not a valid id',
  'load.badKeyFix': 'ids are lower-case letters, digits and dashes, e.g. "joint-ops".',
  'load.badElement': 'an item of "{name}" is not valid',
  'load.badElementFix': 'check the items of this list.',
  'load.otherFix': 'check this value against docs/scenario-format.md.',
  'load.unknownCondition': 'this condition has no shape the game knows',
  'load.unknownConditionFix':
    'write one of: "meter: pressure" with "atLeast:" or "atMost:"; "issue: military" with "is: [none]"; "ended: agreement"; "moves: threatening" with "atLeast:"; "agreed: {atLeast: 2}"; or "all:", "any:", "not:" around other conditions.',
  'load.unknownShape': '"{name}" is not in a shape the game knows',
  'load.unknownShapeFix':
    'write plain text in quotes, or a block with "text:" (and "quote: true" and "source:" for real words).',
  'check.kind.side': 'side',
  'check.kind.meter': 'meter',
  'check.kind.issue': 'issue',
  'check.kind.option': 'option',
  'check.kind.evidence': 'evidence',
  'check.kind.ending': 'ending',
  'check.kind.placeholder': 'placeholder',
  'check.unknownIdGuess': 'did you mean "{guess}"? Use one of the {kind} ids: {ids}.',
  'check.noIdsYet': 'this file has no {kind} yet: add one first.',
  'check.unknownId': 'use one of the {kind} ids: {ids}.',
  'check.noId': 'there is no {kind} "{id}"',
  'check.noOption': 'issue "{issue}" has no option "{option}"',
  'check.duplicateId': 'the {kind} id "{id}" is used twice',
  'check.duplicateIdFix': 'give each {kind} its own id (the first "{id}" is {kind} number {n}).',
  'check.weightMissing': 'a weight is missing for side "{side}"',
  'check.valueMissing': 'a value is missing for side "{side}"',
  'check.perSideMissingFix': 'add "{side}: <0–100>" under this field.',
  'check.weightRange': 'the weight {weight} for "{meter}" is outside -1 to 1',
  'check.weightRangeFix': 'use a number from -1 (hardens a lot) to 1 (softens a lot).',
  'check.thresholdRange': 'this threshold has neither "atLeast" nor "atMost"',
  'check.thresholdRangeFix': 'add "atLeast: 100" (ends when the meter reaches 100) or "atMost: 0".',
  'check.startsPast': 'the meter starts at {start}, already past this threshold',
  'check.startLowerFix': 'make "start" lower than {limit}.',
  'check.startHigherFix': 'make "start" higher than {limit}.',
  'check.noWeight': 'no side cares about issue "{issue}" (every weight is 0)',
  'check.noWeightFix': 'give at least one side a weight above 0, or remove the issue.',
  'check.noLine': 'no "{situation}" line for side "{side}"',
  'check.noLineFix':
    'add lines under dialogue.{situation}.{side}; until then the game shows the move without words.',
  'check.lastEndingCondition':
    'the last ending "{ending}" has a condition, so some calls may match no ending',
  'check.lastEndingConditionFix':
    'remove "when" from the last ending so it catches every other case (the game uses it when nothing else matches).',
  'check.conditionRange': 'this condition has neither "atLeast" nor "atMost"',
  'check.conditionRangeFix': 'add "atLeast: N" or "atMost: N" to say what counts.',
  'check.unknownPlaceholder': 'the placeholder {{name}} is not one the game fills in',
  'check.allRuledOut': 'the red lines rule out every option of "{issue}": it can only be deferred',
  'check.allRuledOutFix':
    'remove a red line on this issue, or add an option that neither side rules out.',
  'check.walkAwayTooHigh':
    "{leader}'s walk-away value ({walkAway}) is not below their best possible deal ({best}), so they would never agree to anything",
  'check.walkAwayTooHighFix':
    'lower "walkAway" below {best}, or raise the values of the options they want.',
  'check.noMutualDeal':
    'no deal is better than walking away for both sides, so the computer will never agree',
  'check.noMutualDealFix':
    "lower a side's walkAway, or give the options values both sides can live with.",
  'check.endingImpossible': 'the ending "{ending}" can never be reached: {why}',
  'check.endingImpossibleFix': 'change the condition so that it can hold.',
  'check.endingUnreached':
    'no game the checker tried reached the ending "{ending}" ({states} situations explored)',
  'check.endingUnreachedFix':
    'loosen its condition, or check that the endings before it do not always take its place (endings are tried in order).',
  'check.optionNeverAgreed':
    'the option "{option}" of "{issue}" was never agreed in any game the checker tried',
  'check.optionNeverAgreedFix':
    'check its values and effects: agreeing to it may always end the call at once.',
  'check.word.and': 'and',
  'check.word.or': 'or',
  'check.why.neverAbove': 'meter "{meter}" never goes above 100',
  'check.why.neverBelow': 'meter "{meter}" never goes below 0',
  'check.why.emptyRange': 'meter "{meter}" cannot be at least {atLeast} and at most {atMost}',
  'check.why.redLine': 'it needs "{issue}" to be {options}, which a side\'s red line rules out',
  'check.why.tooFewIssues': 'there are only {count} issues to agree',
  'check.language.en': 'English',
  'check.language.es': 'Spanish',
  'check.translationIntoOwn':
    'this translation is into {language}, the file\'s own language ("language: {code}"), so it is never used',
  'check.translationIntoOwnFix':
    'delete it, or change "language:" at the top if the texts of the file are not in {language}.',
  'check.translationListLonger.one':
    'the original list here has {count} item, the translation {translated}',
  'check.translationListLonger.other':
    'the original list here has {count} items, the translation {translated}',
  'check.translationListLongerFix':
    'a translated list follows the original item by item, in the same order: remove the extra items, or check that none was split in two.',
  'check.translationIdFix': 'a translation uses the ids of the file: {fix}',
  'check.translationNoOriginal':
    'the file has no {language} text here, so this translation is never shown',
  'check.translationNoOriginalFix':
    'write "{key}" in the file itself first (a translation only replaces texts that are there), or delete it here.',
  'check.translationPlaceholderFix':
    '{fix} Placeholders keep their English names in every language.',
  'check.translationDropsPlaceholder':
    'the {language} text leaves out {{name}}, which the original has',
  'check.translationDropsPlaceholderFix':
    'put {{name}} where it belongs in the sentence (spelled as in the original): the game fills it in.',
  'check.translationMissing': 'no {language} translation of "{text}" ({source}, line {line})',
  'check.translationMissingItemFix':
    'add it as item {n} of {parent}; until then the game shows it in {own}.',
  'check.translationMissingFieldFix':
    'add "{key}: …" under {parent}; until then the game shows it in {own}.',
  'check.translationMoreMissing':
    '{rest} more texts have no {language} translation ({total} in all)',
  'check.translationMoreMissingFix':
    'translate the ones listed first; each check lists the next ones. Until then the game shows them in {own}.',
  // — lessons checked in play (issue 11)
  'check.lessonFails':
    'the lesson "{why}" does not hold on {difficulty}: as {side}, {better} scored {betterScore} and {worse} {worseScore} (needs at least {by} points more; {games} games each)',
  'check.lessonFailsFix':
    "change the numbers that make it pay (the effects of moves and evidence, softensWith, the values), or change the lesson; `npm run scenario -- tournament FILE` shows every player's score.",
  'check.lessonHolds':
    'lesson on {difficulty}: {why} ({better} {betterScore} against {worse} {worseScore})',
  // — endings tell the truth, the score reads true (issues 11, 17)
  'check.claimDenied':
    'a game can reach the ending "{ending}" and contradict what it claims ({claims}), in {count} moves: {moves}',
  'check.claimDeniedFix':
    'narrow its "when" so such a game goes to another ending, or change its claims and summary so they are true of it.',
  'check.claimUnknownMeter': 'the claims name no meter "{id}"',
  'check.toneGood':
    'the ending "{ending}" is marked good for {side}, but {share}% of computer-against-computer games reaching it leave {side} below its walk-away value ({walkAway})',
  'check.toneBad':
    'the ending "{ending}" is marked bad for {side}, but {share}% of computer-against-computer games reaching it leave {side} above its walk-away value ({walkAway})',
  'check.toneFix': 'change its tone for {side} (e.g. "tone: { {side}: mixed }"), or its condition.',
  'ending.noDealStanding':
    'Nothing was agreed: you keep your walk-away value, {myWalk} ({leader}: {theirWalk}).',
  'ending.scoreLine': 'Your score: {score} of 100 (walk-away {walkAway}).',
  'ending.consequence.one': 'This ending costs you {count} point.',
  'ending.consequence.other': 'This ending costs you {count} points.',
  'ending.bonus.one': 'This ending gives you {count} point.',
  'ending.bonus.other': 'This ending gives you {count} points.',
  'ending.belowWalkAway':
    'Your deal was worth less to you than no deal at all: {score}, below your walk-away value of {walkAway}.',
  'ending.seatScore': '{leader}: {tone}, score {score} of 100 (walk-away {walkAway}).',
  'ending.tone.good': 'a good ending',
  'ending.tone.mixed': 'a mixed ending',
  'ending.tone.bad': 'a bad ending',
  // — dialogue: lines are written, not assembled (issue 17)
  'say.issue': 'the question of {lower}',
  'say.deferred': 'we leave {issue} to {talks}',
  'say.list.two': '{first} and {last}',
  'say.list.more': '{first}, and {last}',
  'say.repeat': 'My offer has not changed: {deal}.',
  'say.unmoved': 'That is the same offer as before. My answer: {deal}.',
  'check.noSays':
    'options of "{issue}" have no "says:" ({options}): the leaders will say their labels as they are',
  'check.noSaysFix':
    'give each option the words the leaders use, e.g. says: { noun: "US strikes on Mexican soil", clause: "US forces strike the cartels in Mexico" }: "noun" fits "we will never accept …", "clause" is spoken in a package.',
  // — words for students: pronouns and the glossary (issue 17)
  'pronoun.she.they': 'she',
  'pronoun.she.them': 'her',
  'pronoun.he.they': 'he',
  'pronoun.he.them': 'him',
  'glossary.title': 'Words to know',
  'glossary.ask': 'What is “{term}”?',
  'glossary.pareto.term': 'Pareto frontier',
  'glossary.pareto':
    'The Pareto frontier is the set of deals where neither side can get more without the other getting less.',
  'glossary.nash.term': 'Nash point',
  'glossary.nash':
    'The Nash point is the fairest deal on the frontier: the one where both sides gain the most over no deal, taken together.',
  'glossary.walkAway.term': 'Walk-away',
  'glossary.walkAway':
    'A walk-away value is what a side gets with no deal at all: a deal worth less is worse than hanging up.',
  'glossary.boulware.term': 'Boulware',
  'glossary.boulware':
    'A Boulware negotiator is tough: gives almost nothing until late in the call, then gives ground fast.',
  'glossary.linear.term': 'Linear',
  'glossary.linear':
    'A linear negotiator gives ground steadily, a little at every step of the call.',
  'glossary.conceder.term': 'Conceder',
  'glossary.conceder': 'A Conceder gives ground early, to make sure there is a deal.',
  // — results read defensively, long games handed in (issue 13)
  'result.notText': 'it is not a result (it holds text that cannot be written down)',
  'result.problem.type': 'the wrong kind of value',
  'result.problem.tooBig': 'too long or too large',
  'result.problem.tooSmall': 'too short or too small',
  'result.problem.value': 'a value this game does not know',
  'result.problem.format': 'not written the way it should be',
  'result.problem.unknownKey': 'a field a result does not have',
  'result.problem.text': 'text that cannot be written down',
  'handIn.noQr':
    'This game is too long for a QR code: hand in the file, or copy the link (it holds the whole game).',
  'class.cannotShow': 'one result could not be shown; the others are here',
  // — storage and hostile files (issue 13)
  'editor.notKept':
    'This browser blocks saving for this site, so your work here is not being kept. Download it before you close this page.',
  'editor.downloadNow': 'Download the draft',
  'editor.conflict':
    'This draft was changed in another tab while you changed it here. Both versions are kept: yours is now "{name}".',
  'save.problem.newer-version':
    'Your saved game is from a newer version of Standoff and cannot be resumed here: the game starts afresh (a copy is kept in this browser).',
  'save.problem.refused-moves':
    'Your saved game holds moves the rules refuse (it was changed by hand?), so it cannot be resumed: the game starts afresh (a copy is kept in this browser).',
  'save.downloadAside': 'Download it',
  'save.next': 'Other saved game',
  'load.tooManyBrackets': 'the file has more than {max} brackets [ ] and { }',
  'load.tooManyBracketsFix':
    'write lists and blocks on their own lines ("- item", "field: value") rather than in brackets.',
  'load.moreProblems.one': '{count} more problem like the ones above',
  'load.moreProblems.other': '{count} more problems like the ones above',
  'load.moreProblemsFix':
    'fix the problems listed first (they often cause the rest); each check lists the next ones.',
  // — layout and look (issue 17)
  'turn.title': 'Turn your phone sideways',
  'turn.body':
    'The call needs a wide screen: hold your phone sideways to play. The debrief and the class page work either way.',
  'call.deferredChip': 'Left to the later talks',
  'page.previous': '◀ Previous page',
  'page.next': 'Next page ▶',
  // — call screen: choosing and keyboard (issue 17)
  'call.deferChip': 'Leave for later',
  'call.deferExplain':
    'No agreement on “{issue}” now: it is left to {talks}. Choose this and propose; if they agree, the issue is off the table.',
  'call.redLineMine': 'Your red line: you can never agree to this.',
  'call.redLineTheirs': 'Their red line: they have said they will not agree to this.',
  'call.worthNone':
    'Choose options to see what a package is worth to you. No deal is worth {walkAway}.',
  'call.worthAbove': 'This package is worth {value} to you: better than no deal ({walkAway}).',
  'call.worthBelow': 'This package is worth {value} to you: worse than no deal ({walkAway}).',
  'call.worthEqual': 'This package is worth {value} to you: the same as no deal.',
  'call.transcriptScroll': 'Transcript: scroll back',
  'call.transcriptNewest': 'The newest lines',
  'call.transcriptAt': 'Scrolled back: line {at} of {total}',
  'call.keys': 'Keyboard shortcuts',
  'keys.title': 'Keyboard shortcuts',
  'keys.intro': 'On your turn, press a key to make a move. Tab and Enter work everywhere too.',
  'keys.table': 'Go to the first option on the table; then the arrow keys move between options',
  'keys.scroll': 'On the transcript’s scroll bar: read earlier lines',
  'keys.scrollKeys': '↑ ↓ PgUp PgDn',
  'keys.skip': 'Skip the other leader’s pause',
  'keys.skipKeys': 'Esc / Space',
  'keys.mute': 'Sound on or off',
  'keys.help': 'Show this list',
  'keys.close': 'Close',
  'keys.proposeKey': 'P',
  'keys.acceptKey': 'A',
  'keys.rejectKey': 'R',
  'keys.hangUpKey': 'H',
  'keys.tableKey': 'T',
  'hangUp.title': 'Hang up?',
  'hangUp.body':
    'The call ends now with only what you have already agreed, and you cannot call back.',
  'hangUp.confirm': 'Yes, hang up',
  'hangUp.cancel': 'Keep talking',
  // — checker: one balance verdict, endings without a condition (issue 12)
  'check.endingWithoutWhen':
    'the ending "{ending}" has no "when" but is not the last one, so every call that gets this far ends with it: the endings after it ({after}) can never happen',
  'check.endingWithoutWhenFix':
    'give "{ending}" back its condition (a "when:" line, e.g. when: { ended: agreement }), or move it to the end of the endings: only the last one goes without "when".',
  'check.why.shadowed': 'the ending "{ending}" before it has no "when" and takes every call first',
  'balance.figure': '{count} of {games} games: {sample}',
  'balance.sample.check':
    'the computer against itself and against the reference players, seed "{seed}"',
  'balance.sample.simulate':
    'the computer against itself across difficulties and styles, seed "{seed}"',
  'balance.sampleTitle': "the checker's {games} sample games ({sample})",
  'balance.never':
    'no sample game reached the ending "{ending}" ({figure}), so students may never see it',
  'balance.neverFix':
    'make its condition easier to meet, or the options it needs more attractive to one side; check that the endings before it do not take its calls (endings are tried in order).',
  'balance.neverCatchAll':
    'no sample game reached the last ending "{ending}" ({figure}): the endings before it took every call',
  'balance.neverCatchAllFix':
    'narrow the conditions of the endings before "{ending}" so that some calls are left for it (`npm run scenario -- simulate` shows which ending takes them).',
  'balance.always': 'almost every sample game reached the ending "{ending}" ({share}%, {figure})',
  'balance.alwaysFix': 'make the other endings easier to reach, or this one harder.',
  'balance.healthy':
    'Every ending was reached in the {games} sample games, and none almost always: the balance looks healthy.',
  'balance.unhealthy.one':
    'The balance needs a look: one ending was never, or almost always, reached in the {games} sample games.',
  'balance.unhealthy.other':
    'The balance needs a look: {count} endings were never, or almost always, reached in the {games} sample games.',
  'balance.alsoNever': ', and no sample game reached it either ({figure})',
  'balance.row': '{ending}: {count} of {games} sample games ({share})',
  // — a teacher's own scenario from the editor to the class results (issue 12)
  'result.badCopy':
    'the copy of its scenario ("{id}") that it carries is damaged or is not a scenario',
  'handIn.noQrScenario':
    'This link carries your teacher’s scenario, so it is too long for a QR code: hand in the file, or copy the link.',
  'classLink.carriesScenario':
    'The link carries your scenario itself, so it is long: students need nothing else, and their results bring it back to the class page.',
  'classLink.badCopy': 'the scenario in this link is damaged or was cut short',
  'classLink.badCopyFix':
    'copy the whole link again with “Link for my class…” (it is long: check nothing was cut off).',
  'class.scenarioHint':
    'Your own scenario? Its result files carry it. For links or files without it, add the scenario file (.yaml) here too.',
  'class.scenarioAdded': 'Scenario “{title}” added.',
  'class.scenarioRefused': 'it is not a scenario this page can read ({message})',
  'debriefPage.openScenario': 'Open the scenario file…',
  'editor.myCopy': '{title} (my copy)',
  // — gradebook CSV (issue 12)
  'gradebook.noName': '(no name)',
  'gradebook.repeated': '{mistake} ({count} times)',
  'gradebook.download.one': 'Download a CSV for the gradebook ({count} result)',
  'gradebook.download.other': 'Download a CSV for the gradebook (all {count} results loaded)',
  // — checker: a ?scenario= answer that is not a scenario (issue 12)
  'link.notAddress': '"{link}" is not a web address',
  'link.notAddressFix': 'use a link like ?scenario=scenarios/my-scenario.yaml',
  'link.otherSite': 'the scenario link points to another website',
  'link.otherSiteFix':
    'put the file on the same site as the game, or open it with "Open a scenario file".',
  'link.notFound': 'no scenario file was found at {url}: {reason}',
  'link.notFoundFix':
    'check the link: the scenario file must be on this site, and what follows ?scenario= is its path from the game, e.g. ?scenario=scenarios/my-scenario.yaml. Opened in a new tab, {url} should show the text of your scenario.',
  'link.reason.status': 'the site answered "{status}"',
  'link.reason.page': 'the site answered with a web page, not a scenario file',
  'link.reason.type': 'the site answered with a file of type "{type}", not a scenario file',
  'link.reason.empty': 'the site answered with nothing at all',
  'link.network': 'the file at {url} could not be fetched',
  'link.networkFix': 'check the link and the network, then reload.',
  'link.unreadable': 'the file could not be read',
  'link.unreadableFix': 'check the file is on this computer and try again.',
  // — the format grows: events, partial agreement, sides that are not leaders (issue 12)
  'title.taglineSides': 'A call between {a} and {b}. You speak for one of them.',
  'check.kind.event': 'event',
  'check.eventNoTrigger': 'event "{event}" does not say when it happens',
  'check.eventNoTriggerFix':
    'give it "at: 5" (a minute of the call) or "when: { meter: pressure, above: 70 }" (when a meter passes a value).',
  'check.eventBothTriggers': 'event "{event}" has both "at" and "when"',
  'check.eventBothTriggersFix':
    'keep one of them: an event happens at a minute, or when a meter passes a value.',
  'check.eventNoRange': 'event "{event}" watches "{meter}" but says neither "above" nor "below"',
  'check.eventNoRangeFix': 'add "above: 70" or "below: 30" beside "meter".',
  'check.eventTooLate':
    'event "{event}" is at minute {at}, but the call lasts {minutes} minutes: it never happens',
  'check.eventTooLateFix': 'give it a minute under {minutes}, or make the call longer.',
  'check.eventNever':
    'event "{event}" waits for "{meter}" to pass {value}, which a meter (0 to 100) never does: it never happens',
  'check.eventNeverFix': 'use a value between 1 and 99.',
  'check.eventPlaceholder': 'the placeholder "{name}" means nothing in an event’s line',
  'check.eventPlaceholderFix':
    'an event’s line may use only minutesLeft and talks in braces; write the other words out.',
  'check.noTalks':
    'this leaves an issue to follow-up talks, but the file has no "followUpTalks": nothing can be left for later in this call',
  'check.noTalksFix':
    'add a line such as "followUpTalks: the talks next month" at the top level, or remove this.',
  'check.agreedTooMany':
    'this asks for at least {count} issues agreed, but the scenario has only {issues}: it is never true',
  'check.agreedTooManyFix': 'use a number from 0 to {issues}.',
  'ending.eventsTitle': 'What happened during the call',
  'ending.eventAt': 'Minute {minute} — {speaker}: {line}',
  // — checker: YAML mistakes in plain words (issue 12)
  'yaml.tab': 'this line is indented with a tab; a scenario file is indented with spaces only',
  'yaml.tabFix': 'replace the tab with {spaces} spaces, lined up with its block: {fixed}',
  'yaml.apostrophe':
    "an apostrophe (') inside text in single quotes ends the text too early, and what follows cannot be read",
  'yaml.apostropheFix':
    "write the apostrophe twice inside single quotes (it''s), or put the text in double quotes: {fixed}",
  'yaml.colon':
    'the text has a colon followed by a space (": "), which YAML reads as the start of another field',
  'yaml.afterQuote': 'the text goes on after its closing quote, and the rest cannot be read',
  'yaml.special': 'the text starts with "{sign}", a sign YAML keeps for itself',
  'yaml.star':
    'the text starts with "*", which YAML reads as a reference to a part written elsewhere (an alias)',
  'yaml.quoteFix': 'put the text in double quotes: {fixed}',
  'yaml.quoteFixSingle': 'put the whole text in single quotes: {fixed}',
  'yaml.colonSpace': 'there is no space after the colon of the field name',
  'yaml.colonSpaceFix': 'write a space after the colon: {fixed}',
  'yaml.dashSpace': 'the "-" that starts a list item has no space after it',
  'yaml.dashSpaceFix': 'write a space after the dash: {fixed}',
  'yaml.noColon': 'the field name "{key}" has no colon after it',
  'yaml.noColonFix': 'write a colon after the field name: {fixed}',
  'yaml.backslash':
    'a backslash (\\) inside double quotes starts a special sign, and this one is not a sign YAML knows',
  'yaml.backslashFix': 'write the backslash twice (\\\\): {fixed}',
  'yaml.secondDocument':
    'a line of three dashes (---) starts a second document, and a scenario file holds one',
  'yaml.secondDocumentFix':
    'delete this line (and anything after it that is not part of the scenario).',
  'yaml.unclosedQuote': 'the text opened with {quote} on this line is never closed',
  'yaml.unclosedQuoteFix': 'close the text with {quote}: {fixed}',
  'yaml.unclosedList': 'the list opened with "[" on this line is never closed with "]"',
  'yaml.unclosedMap': 'the fields opened with "{" on this line are never closed with "}"',
  'yaml.unclosedFix': 'close it at the end of the line: {fixed}',
  'yaml.missingDash':
    'this line starts a new item of a list, but has no "- " in front, so its fields are read as part of the item above ("{key}" is already on line {first})',
  'yaml.missingDashHere': 'this line starts a new item of a list, but has no "- " in front',
  'yaml.missingDashFix': 'start the item with "- ": {fixed}',
  'yaml.duplicate': 'the field "{key}" is written twice in the same block (also on line {first})',
  'yaml.duplicateFix':
    'keep the one you want: remove line {line} or line {first}, or rename one of them if they are two different things.',
  'yaml.indent':
    'this line is not lined up with the lines of its block (it starts with {spaces} spaces)',
  'yaml.indentFix': 'indent it with {wanted} spaces, like the other lines of its block: {fixed}',
  'yaml.hash':
    'everything after " #" is a comment, so this text stops at "{kept}" and the rest is left out',
  'yaml.hashFix': 'put the text in quotes: {fixed}',
  'yaml.code.ALIAS_PROPS': 'a reference to another part (*name) cannot carry a name or tag here',
  'yaml.code.BAD_ALIAS': 'a "*" or "&" here is read as a reference to another part of the file',
  'yaml.code.BAD_DIRECTIVE': 'a line starting with "%" is read as an instruction to YAML',
  'yaml.code.BAD_DQ_ESCAPE':
    'a backslash (\\) inside double quotes starts a special sign, and this one is not a sign YAML knows',
  'yaml.code.BAD_INDENT': 'this line is not lined up with the lines of its block',
  'yaml.code.BAD_PROP_ORDER': 'the signs "&" and "!" are in the wrong place on this line',
  'yaml.code.BAD_SCALAR_START': 'the text starts with a sign YAML keeps for itself',
  'yaml.code.BLOCK_AS_IMPLICIT_KEY':
    'this line cannot be read as "name: value": a colon inside the text, or the indentation, is out of place',
  'yaml.code.BLOCK_IN_FLOW':
    'inside [ ] or { }, a colon followed by a space starts another field, and here it cannot',
  'yaml.code.DUPLICATE_KEY': 'a field is written twice in the same block',
  'yaml.code.IMPOSSIBLE': 'this line cannot be read',
  'yaml.code.KEY_OVER_1024_CHARS': 'a field name is longer than 1,024 characters',
  'yaml.code.MISSING_CHAR': 'a bracket, quote, colon or "- " is missing on this line',
  'yaml.code.MULTILINE_IMPLICIT_KEY':
    'this line cannot be read as "name: value": the name must fit on one line and end with a colon',
  'yaml.code.MULTIPLE_ANCHORS': 'this part has two names (&name)',
  'yaml.code.MULTIPLE_DOCS':
    'a line of three dashes (---) starts a second document, and a scenario file holds one',
  'yaml.code.MULTIPLE_TAGS': 'this part has two tags (!tag)',
  'yaml.code.NON_STRING_KEY': 'a field name here is a list or a block, not a word',
  'yaml.code.RESOURCE_EXHAUSTION': 'the file repeats its parts too many times to be read',
  'yaml.code.TAB_AS_INDENT':
    'this line is indented with a tab; a scenario file is indented with spaces only',
  'yaml.code.TAG_RESOLVE_FAILED': 'the text starts with "!", which YAML reads as a tag',
  'yaml.code.UNEXPECTED_TOKEN': 'something on this line is out of place',
  'yaml.code.BAD_COLLECTION_TYPE': 'a tag (!tag) here does not fit a list or a block',
  'yaml.code.unknown': 'this line cannot be read',
  'yaml.fix.special':
    'put the text in double quotes ("like this"): the signs * & ! % @ ` and | > at the start of a text need them.',
  'yaml.fix.removeLine': 'delete the line, or put the text on it in double quotes.',
  'yaml.fix.backslash': 'write each backslash twice (\\\\), or put the text in single quotes.',
  'yaml.fix.indent':
    'indent with spaces only, two for each level, lined up with the other lines of the block.',
  'yaml.fix.quotes':
    'put the text in double quotes ("like this"), above all when it has ": " or " #" in it or starts with a sign.',
  'yaml.fix.colonOrIndent':
    'put text with ": " in it in double quotes, and check that the line is lined up with the lines of its block.',
  'yaml.fix.duplicate':
    'if this line starts a new item of a list, put "- " in front of it; otherwise keep only one of the two.',
  'yaml.fix.missing':
    'check the end of the line: every [ needs its ], every { its }, every quote its closing quote, every field name its colon.',
  'yaml.fix.general':
    'compare the line with the ones around it: indentation in spaces, a colon after each field name, and double quotes around text with ": " or " #" in it.',
  // — live class (issue 16)
  'live.title': 'Run a live class',
  'live.intro':
    'Students join on their own devices with a code; you pair them, start every call at once and follow them here.',
  'live.scenario': 'Scenario',
  'live.difficulty': 'Difficulty of the computer (for a student without a partner)',
  'live.language': 'Language of the calls',
  'live.roster': 'Your students’ names, one a line (leave empty to let them type any name)',
  'live.open': 'Open the class',
  'live.code': 'Join code: {code}',
  'live.joinAt': 'Students open {link} and type the code and their name.',
  'live.qrLabel': 'QR code of the join page',
  'live.students': 'Students: {count}',
  'live.randomPairs': 'Random pairs',
  'live.startAll': 'Start every call',
  'live.pair': '{a} with {b}',
  'live.computer': 'the computer',
  'live.colPlayers': 'Players',
  'live.colClock': 'Call time',
  'live.colMeters': 'Meters',
  'live.colMoves': 'Moves',
  'live.colEnding': 'Ending',
  'live.inProgress': 'in progress',
  'live.results':
    'Every student’s result link: paste them into the class results page (class.html).',
  'live.problem': 'The server refused: {message}',
  'live.noServer': 'This page works when it is opened from a Standoff server (npm run server).',
  'join.title': 'Join a live class',
  'join.code': 'Join code',
  'join.name': 'Your name',
  'join.join': 'Join',
  'join.waiting': 'Hello, {name}. Wait for your teacher to start the calls.',
  'join.youAre': 'You are {leader}, {title} ({country}).',
  'join.yourTurn': 'Your turn.',
  'join.theirTurn': 'Waiting for {leader}…',
  'join.leaveOpen': '(leave open)',
  'join.ended': 'The call is over: {ending}.',
  'join.debrief': 'Open your debrief',
  'join.refused.notYourTurn': 'Not your turn yet.',
  'join.refused.illegal': 'That move is not possible now.',
  'join.refused.malformed': 'That move was not understood.',
  'join.refused.over': 'The call is over.',
  'join.reconnecting': 'Connection lost: reconnecting…',
  'join.lost': 'The connection is lost. Join again with the same code and name.',
  // — move problems (issue 14)
  'moveProblem.call-over': 'The call is over.',
  'moveProblem.not-your-turn': "It is the other side's turn.",
  'moveProblem.empty-proposal': 'A proposal settles at least one issue.',
  'moveProblem.unknown-issue': 'There is no such issue.',
  'moveProblem.already-settled': 'That issue is already settled.',
  'moveProblem.unknown-option': 'That issue has no such option.',
  'moveProblem.no-follow-up-talks': 'This call has no follow-up talks to leave an issue to.',
  'moveProblem.crosses-own-red-line': 'The proposal crosses one of your own red lines.',
  'moveProblem.no-proposal-to-answer': 'There is no proposal from the other side to answer.',
  'moveProblem.no-such-evidence': 'You have no such evidence.',
  'moveProblem.evidence-used': 'You have already presented this evidence.',
  'moveProblem.not-your-red-line': 'That is not one of your red lines.',
  'moveProblem.red-line-said': 'You have already said so.',
  'live.pairs': 'Pairs',
  'live.first': 'Student',
  'live.partner': 'Partner',
  'live.addPair': 'Pair them',
  'live.remove': 'Remove',
  'live.removePair': 'Remove the pair {pair}',
  // — hostile files (issue 13)
  'load.aliasExpansion':
    'the aliases (*name) up to here would repeat more than {max} parts of the file',
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
