// `scenario play FILE --side ID`: the call in a terminal, with numbered
// choices, for a quick try without a browser. What may be done is asked of the
// machine (snapshot.can), as the browser does.
import { createInterface } from 'node:readline/promises';
import type { Readable, Writable } from 'node:stream';
import { createActor, type Actor } from 'xstate';
import type { Scenario } from '../scenario/schema.ts';
import { createCallMachine, type CallEvent } from '../negotiation/call-machine.ts';
import type { GameRecord } from '../negotiation/replay.ts';
import { checkMove, fixedMoves, problemKey } from '../negotiation/moves/index.ts';
import { narrate } from '../negotiation/narrate.ts';
import { describeTerms, settlementLabel } from '../negotiation/dialogue.ts';
import { analyseDeals } from '../negotiation/analysis/frontier.ts';
import { finalScore } from '../negotiation/final-score.ts';
import { playerView } from '../negotiation/player-view.ts';
import { otherSide, termsOf, tablesOf } from '../negotiation/utility.ts';
import {
  DEFERRED,
  type Difficulty,
  type GameState,
  type Move,
  type Settlement,
} from '../negotiation/types.ts';
import { t, type Catalogue } from '../messages/i18n.ts';
import { clockParts } from '../negotiation/clock.ts';

export interface PlayOptions {
  side: string;
  seed: number;
  difficulty: Difficulty;
  /** Called with the finished game's record (to save it as a playthrough). */
  onEnd?: (record: GameRecord, game: GameState) => void;
}

export async function runPlay(
  scenario: Scenario,
  options: PlayOptions,
  input: Readable,
  output: Writable,
  catalogue: Catalogue,
): Promise<number> {
  const print = (line = '') => output.write(`${line}\n`);
  if (!scenario.sides.some((s) => s.id === options.side)) {
    print(
      t(catalogue, 'play.unknownSide', {
        side: options.side,
        sides: scenario.sides.map((s) => s.id).join(', '),
      }),
    );
    return 2;
  }
  const { ask, close } = asker(input, output);
  const me = options.side;
  const actor = startCall(scenario, options);
  const showNew = transcriptPrinter(scenario, print, catalogue);
  const events: CallEvent[] = [];
  const settings = actor.getSnapshot().context.game.settings;
  const send = (event: CallEvent) => {
    events.push(event);
    actor.send(event);
    showNew(actor.getSnapshot().context.game);
  };

  const view = playerView(scenario, actor.getSnapshot().context.game, me);
  print(`${scenario.title} — ${view.me.leader}, ${view.me.title}`);
  print(view.me.brief);
  print();
  print(t(catalogue, 'call.ringing', { leader: view.them.leader, country: view.them.country }));
  send({ type: 'answer' });
  send({ type: 'proceed' });

  try {
    if (!(await playTurns(scenario, actor, me, send, ask, print, catalogue))) {
      print();
      actor.stop();
      return 0;
    }
    if (actor.getSnapshot().matches('closing')) send({ type: 'proceed' });
    const game = actor.getSnapshot().context.game;
    printEnding(scenario, game, me, print, catalogue);
    options.onEnd?.({ scenario: scenario.id, settings, events }, game);
    return 0;
  } finally {
    actor.stop();
    close();
  }
}

type CallActor = Actor<ReturnType<typeof createCallMachine>>;

/** Asks the player for a line: undefined when the input has ended. */
function asker(input: Readable, output: Writable) {
  const rl = createInterface({ input, output, terminal: false });
  const lines = rl[Symbol.asyncIterator]();
  const ask = async (prompt: string): Promise<string | undefined> => {
    output.write(prompt);
    const next = await lines.next();
    return next.done ? undefined : String(next.value).trim();
  };
  return { ask, close: () => rl.close() };
}

function startCall(scenario: Scenario, options: PlayOptions): CallActor {
  const me = options.side;
  const them = otherSide(scenario, me);
  const actor = createActor(createCallMachine(scenario), {
    input: {
      settings: {
        seed: options.seed,
        difficulty: options.difficulty,
        controllers: { [me]: 'human', [them]: 'computer' },
      },
    },
  });
  actor.start();
  return actor;
}

/** Prints the transcript's lines not printed yet. */
function transcriptPrinter(
  scenario: Scenario,
  print: (line?: string) => void,
  catalogue: Catalogue,
) {
  let shown = 0;
  return (game: GameState) => {
    for (; shown < game.transcript.length; shown++) {
      const entry = game.transcript[shown];
      if (!entry) continue;
      const n = narrate(scenario, entry, catalogue);
      if (n.kind === 'meters') print(`      ${n.text}`);
      else
        print(
          `${n.speaker}: “${n.text}”${n.quote && n.source ? `  ${t(catalogue, 'call.quote', { source: n.source })}` : ''}`,
        );
    }
  };
}

/** The turns of the call; false when the player left (the input ended) before its end. */
async function playTurns(
  scenario: Scenario,
  actor: CallActor,
  me: string,
  send: (event: CallEvent) => void,
  ask: (prompt: string) => Promise<string | undefined>,
  print: (line?: string) => void,
  catalogue: Catalogue,
): Promise<boolean> {
  while (actor.getSnapshot().matches('turns')) {
    const game = actor.getSnapshot().context.game;
    if (game.turn !== me) {
      send({ type: 'computerMove' });
      continue;
    }
    print();
    printStatus(scenario, game, print, catalogue);
    const event = await chooseEvent(
      scenario,
      game,
      me,
      (e) => actor.getSnapshot().can(e),
      ask,
      print,
      catalogue,
    );
    if (event === undefined) return false;
    send(event);
  }
  return true;
}

function printStatus(
  scenario: Scenario,
  game: GameState,
  print: (line?: string) => void,
  catalogue: Catalogue,
): void {
  const total = scenario.callMinutes;
  const { minutes, seconds } = clockParts(game.clock);
  const meters = scenario.meters
    .map((m) => `${m.name} ${Math.round(game.meters[m.id] ?? 0)}`)
    .join(' · ');
  print(`[${t(catalogue, 'call.clock', { minutes, seconds, total })}] ${meters}`);
  if (Object.keys(game.settled).length > 0)
    print(t(catalogue, 'call.settled', { deal: describeTerms(scenario, game.settled, catalogue) }));
  if (game.standing) {
    const by = scenario.sides.find((s) => s.id === game.standing?.by)?.leader ?? '';
    print(
      t(catalogue, 'call.standing', {
        by,
        deal: describeTerms(scenario, game.standing.terms, catalogue),
      }),
    );
  } else print(t(catalogue, 'call.nothingStanding'));
}

type Can = (event: CallEvent) => boolean;
type Ask = (prompt: string) => Promise<string | undefined>;

async function chooseEvent(
  scenario: Scenario,
  game: GameState,
  side: string,
  can: Can,
  ask: Ask,
  print: (line?: string) => void,
  catalogue: Catalogue,
): Promise<CallEvent | undefined> {
  const leader = scenario.sides.find((s) => s.id === side)?.leader ?? side;
  const moves: (Move | 'propose')[] = [
    'propose',
    ...fixedMoves(scenario, game, side).filter((move) => can({ type: 'move', side, move })),
  ];
  for (;;) {
    print(t(catalogue, 'call.yourTurn', { leader }));
    moves.forEach((m, i) => print(`  ${i + 1}. ${moveLabel(scenario, m, catalogue)}`));
    const answer = await ask(t(catalogue, 'call.choose'));
    if (answer === undefined) return undefined;
    const picked = moves[Number(answer) - 1];
    if (picked === undefined || !/^\d+$/.test(answer)) {
      print(t(catalogue, 'call.invalidChoice'));
      continue;
    }
    if (picked !== 'propose') return { type: 'move', side, move: picked };
    const terms = await buildProposal(scenario, game, ask, print, catalogue);
    if (terms === undefined) return undefined;
    if (Object.keys(terms).length === 0) {
      print(t(catalogue, 'call.emptyProposal'));
      continue;
    }
    const move: Move = { kind: 'propose', terms };
    const event: CallEvent = { type: 'move', side, move };
    if (can(event)) return event;
    const problem = checkMove(scenario, game, side, move);
    print(t(catalogue, problem ? problemKey(problem) : 'call.invalidChoice'));
  }
}

async function buildProposal(
  scenario: Scenario,
  game: GameState,
  ask: Ask,
  print: (line?: string) => void,
  catalogue: Catalogue,
): Promise<Record<string, Settlement> | undefined> {
  const terms: Record<string, Settlement> = {};
  for (const issue of scenario.issues) {
    if (game.settled[issue.id] !== undefined) continue;
    const choices: Settlement[] = [
      ...issue.options.map((o) => o.id),
      ...(scenario.followUpTalks !== undefined ? [DEFERRED] : []),
    ];
    choices.forEach((c, i) =>
      print(
        `    ${i + 1}. ${c === DEFERRED ? t(catalogue, 'call.optionDeferred', { talks: scenario.followUpTalks ?? '' }) : settlementLabel(scenario, issue.id, c, catalogue)}`,
      ),
    );
    for (;;) {
      const answer = await ask(t(catalogue, 'call.chooseOption', { issue: issue.name }));
      if (answer === undefined) return undefined;
      if (answer === '') break;
      const choice = choices[Number(answer) - 1];
      if (choice === undefined || !/^\d+$/.test(answer)) {
        print(t(catalogue, 'call.invalidChoice'));
        continue;
      }
      terms[issue.id] = choice;
      break;
    }
  }
  return terms;
}

function moveLabel(scenario: Scenario, m: Move | 'propose', catalogue: Catalogue): string {
  if (m === 'propose') return t(catalogue, 'move.propose');
  switch (m.kind) {
    case 'statement':
      return t(catalogue, 'move.statement', { tone: t(catalogue, `tone.${m.tone}`) });
    case 'evidence':
      return t(catalogue, 'move.evidence', {
        label: scenario.evidence.find((e) => e.id === m.id)?.label ?? m.id,
      });
    case 'redLine':
      return t(catalogue, 'move.redLine', {
        option: settlementLabel(scenario, m.issue, m.option, catalogue),
      });
    case 'defer':
      return t(catalogue, 'move.defer', {
        issue: scenario.issues.find((i) => i.id === m.issue)?.name ?? m.issue,
      });
    default:
      return t(catalogue, `move.${m.kind}`);
  }
}

function printEnding(
  scenario: Scenario,
  game: GameState,
  side: string,
  print: (line?: string) => void,
  catalogue: Catalogue,
): void {
  const result = game.result;
  if (!result) return;
  const ending = scenario.endings.find((e) => e.id === result.ending);
  const by = scenario.sides.find((s) => s.id === result.by)?.leader ?? '';
  print();
  print(t(catalogue, 'end.title', { title: ending?.title ?? result.ending }));
  print(t(catalogue, `end.reason.${result.reason}`, { leader: by }));
  print(
    Object.keys(game.settled).length > 0
      ? t(catalogue, 'end.deal', { deal: describeTerms(scenario, game.settled, catalogue) })
      : t(catalogue, 'end.noDeal'),
  );
  if (ending) print(ending.summary);
  const analysis = analyseDeals(scenario);
  const mine = scenario.sides[0]?.id === side ? 0 : 1;
  const nash = analysis.nash
    ? describeTerms(scenario, termsOf(tablesOf(scenario), analysis.nash.choices), catalogue)
    : '—';
  print(
    t(catalogue, 'end.utility', {
      // The score: the deal's worth plus what the ending costs (finalScore), as on the ending screen.
      mine: finalScore(scenario, game, side).toFixed(0),
      walkAway: analysis.walkAway[mine],
      nash,
    }),
  );
  print();
  print(t(catalogue, 'end.whatHappened'));
  print(scenario.debrief.whatHappened);
}
