// Unseen bot: mimic with one issue flipped. It proposes back the computer's
// last offer with one issue moved a single option toward itself (where that
// step gains it most), and accepts an offer at least as good as that flip.
// Before the computer has offered anything: evidence, then its best package.
// Respectful while its proposal stands.
//
// The mechanism it tries to exploit (src/negotiation/agent/): reciprocity
// credits the rise of the player's offers from the first (tactics.ts), and an
// offer one step off the computer's own is a big rise; the agent accepts a
// complete deal that meets its aim or its own next offer (acceptable in
// choose-move.ts), and one step off that offer hopes to pass as near enough.
import {
  fixed,
  myUtility,
  rankedPackages,
  say,
  theirProposals,
  valueOf,
  type Bot,
  type LegalMoves,
  type Move,
  type PlayerView,
  type Terms,
} from '../../../bots/helpers.ts';
import { acceptAtLeast, isKnownRedLine } from './opposed-interests.ts';

type OpenIssue = NonNullable<LegalMoves['propose']>[number];

/** Nothing of theirs to mimic yet: my evidence, then my best package. */
function beforeTheirOffer(view: PlayerView, moves: LegalMoves): Move {
  const best = rankedPackages(view, moves)[0];
  const evidence = fixed(moves, 'evidence');
  if (evidence) return evidence;
  if (view.game.standing?.by === view.side || !best) return say('respectful');
  return { kind: 'propose', terms: best };
}

/** Their last offer on the open issues; where it has no legal choice, my first one outside their known red lines. */
function mimic(view: PlayerView, open: OpenIssue[], theirs: Terms): Record<string, string> {
  const base: Record<string, string> = {};
  for (const { issue, choices } of open) {
    const s = theirs[issue];
    base[issue] =
      s !== undefined && choices.includes(s)
        ? s
        : (choices.find((c) => !isKnownRedLine(view, issue, c)) ?? 'deferred');
  }
  return base;
}

/** The next option up for me on the issue from `here`: the smallest gain, outside their known red lines. */
function stepUp(view: PlayerView, { issue, choices }: OpenIssue, here: number): string | undefined {
  return choices
    .filter(
      (c) => c !== 'deferred' && !isKnownRedLine(view, issue, c) && valueOf(view, issue, c) > here,
    )
    .sort((a, b) => valueOf(view, issue, a) - valueOf(view, issue, b))[0];
}

/** The mimic with the one issue flipped a step toward me where the step gains me most. */
function flip(view: PlayerView, open: OpenIssue[], base: Record<string, string>): Terms {
  let flipped = { ...base };
  let gain = 0;
  for (const o of open) {
    const here = valueOf(view, o.issue, base[o.issue]);
    const up = stepUp(view, o, here);
    if (!up) continue;
    const g = (view.me.weights[o.issue] ?? 0) * (valueOf(view, o.issue, up) - here);
    if (g > gain) {
      gain = g;
      flipped = { ...base, [o.issue]: up };
    }
  }
  return flipped;
}

export const mimicFlip: Bot = {
  name: 'mimic-flip',
  decide(view, moves) {
    const theirs = theirProposals(view).at(-1);
    const open = moves.propose ?? [];
    if (!theirs || open.length === 0) return beforeTheirOffer(view, moves);
    const terms = flip(view, open, mimic(view, open, theirs));
    const take = acceptAtLeast(view, moves, myUtility(view, terms));
    if (take) return take;
    if (view.game.standing?.by === view.side) return say('respectful');
    return { kind: 'propose', terms };
  },
};
