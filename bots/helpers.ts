// Shared by the reference bots: what a player can work out from their own
// screen (the player view) and the legal moves — their own utility of a deal,
// every package they may propose, the moves of one kind. Nothing here sees the
// other side's private data: it is all computed from `view` and `moves`.
import type { PlayerView } from '../src/negotiation/player-view.ts';
import type { LegalMoves } from '../src/negotiation/legal-moves.ts';
import type { Move, Settlement, Terms } from '../src/negotiation/types.ts';
import type { Tone } from '../src/scenario/schema.ts';
import type { StrategyReveal } from '../src/negotiation/analysis/debrief.ts';

export type { Bot, BotMemory } from '../src/negotiation/bots/bot.ts';
export type { PlayerView, LegalMoves, Move, Terms };

/** My value of one settlement of an issue (an open issue: my walk-away). */
export function valueOf(view: PlayerView, issue: string, s: Settlement | undefined): number {
  if (s === undefined) return view.me.walkAway;
  if (s === 'deferred') return view.me.deferredValues[issue] ?? view.me.walkAway;
  return view.me.values[issue]?.[s] ?? 0;
}

/** My utility (0–100) of the settled deal plus `terms`; open issues count at my walk-away. */
export function myUtility(view: PlayerView, terms: Terms): number {
  let u = 0;
  // Indexed, not for…of: this runs for every package every turn of a check's sample, mostly
  // before V8 optimises it, where each step of an iterator is an object made.
  const { issues } = view;
  for (let i = 0; i < issues.length; i++) {
    const id = issues[i]?.id ?? '';
    const s = view.game.settled[id] ?? terms[id];
    u += (view.me.weights[id] ?? 0) * valueOf(view, id, s);
  }
  return u;
}

/** Every complete package over the open issues that `moves` allows (empty when none). */
export function packages(moves: LegalMoves): Terms[] {
  let all: Record<string, Settlement>[] = [{}];
  for (const { issue, choices } of moves.propose ?? []) {
    const next: Record<string, Settlement>[] = [];
    for (const partial of all) for (const c of choices) next.push({ ...partial, [issue]: c });
    all = next;
  }
  return moves.propose ? all : [];
}

/**
 * The packages I may propose, best for me first (ties keep the scenario's
 * order), leaving out those with a red line the other side has made known:
 * it would never accept them.
 */
export function rankedPackages(view: PlayerView, moves: LegalMoves): Terms[] {
  // Ranked once for each side's values (the views of a scenario's side share them) and each
  // set of choices, known red lines and settled issues: most turns of a game ask again.
  let bySituation = rankings.get(view.me);
  if (!bySituation) rankings.set(view.me, (bySituation = new Map()));
  const situation = JSON.stringify([moves.propose, view.them.knownRedLines, view.game.settled]);
  let ranked = bySituation.get(situation);
  if (!ranked) {
    ranked = packages(moves)
      .filter((t) => !view.them.knownRedLines.some((r) => t[r.issue] === r.option))
      .map((terms) => ({ terms: Object.freeze(terms), u: myUtility(view, terms) }))
      .sort((a, b) => b.u - a.u)
      .map((p) => p.terms);
    bySituation.set(situation, ranked);
  }
  return [...ranked];
}

/** rankedPackages' rankings, by a side's own values and then by the situation. */
const rankings = new WeakMap<PlayerView['me'], Map<string, Terms[]>>();

/** The other side's proposal waiting for my answer, if there is one. */
export function theirOffer(view: PlayerView): Terms | undefined {
  const standing = view.game.standing;
  return standing && standing.by !== view.side ? standing.terms : undefined;
}

/** The first legal fixed move of a kind (and matching `where`), if any. */
export function fixed<K extends Move['kind']>(
  moves: LegalMoves,
  kind: K,
  where: (m: Extract<Move, { kind: K }>) => boolean = () => true,
): Extract<Move, { kind: K }> | undefined {
  return moves.fixed.find(
    (m): m is Extract<Move, { kind: K }> =>
      m.kind === kind && where(m as Extract<Move, { kind: K }>),
  );
}

/** Share of the call gone (0 at the start, 1 at the end). */
export function timeShare(view: PlayerView): number {
  return Math.min(1, view.game.clock / Math.max(1, view.call.seconds));
}

/** Seconds left on the call. */
export function remaining(view: PlayerView): number {
  return view.call.seconds - view.game.clock;
}

/** The other side's proposals so far, oldest first. */
export function theirProposals(view: PlayerView): Terms[] {
  return view.game.log
    .filter((l) => l.side !== view.side && l.move.kind === 'propose')
    .map((l) => (l.move.kind === 'propose' ? l.move.terms : {}));
}

/** The last move the other side made, if any. */
export function theirLastMove(view: PlayerView): Move | undefined {
  for (let i = view.game.log.length - 1; i >= 0; i--) {
    const entry = view.game.log[i];
    if (entry && entry.side !== view.side) return entry.move;
  }
  return undefined;
}

/** A statement in a tone: always legal on my turn. */
export const say = (tone: Tone): Move => ({
  kind: 'statement',
  tone,
});

/**
 * A plain negotiator that every tone bot shares, so they differ only in how
 * they talk: it aims from its best deal down toward its walk-away as the call
 * runs, accepts an offer that meets its aim, and otherwise proposes the
 * package nearest its aim, talking in `tone` every other turn.
 */
export function plainNegotiator(
  view: PlayerView,
  moves: LegalMoves,
  talk: () => Move,
  floorShare = 0.25,
  /** Talk every other turn even with their offer waiting (a threatener answers offers with threats). */
  insistent = false,
): Move {
  const ranked = rankedPackages(view, moves);
  const best = ranked[0];
  const bestU = best ? myUtility(view, best) : view.me.walkAway;
  const floor = view.me.walkAway + floorShare * Math.max(0, bestU - view.me.walkAway);
  const aim = bestU - (bestU - floor) * timeShare(view);
  const offer = theirOffer(view);
  if (offer && fixed(moves, 'accept') && myUtility(view, offer) >= aim) return { kind: 'accept' };
  const mine = view.game.log.filter((l) => l.side === view.side).length;
  if (mine % 2 === 1 && (!offer || insistent)) return talk();
  // The package nearest above my aim: the most I concede now.
  let pick = best;
  for (let i = 0; i < ranked.length; i++) {
    const terms = ranked[i];
    if (terms && myUtility(view, terms) >= aim) pick = terms;
  }
  return pick ? { kind: 'propose', terms: pick } : talk();
}

/** The computer's utility of the settled deal plus `terms`, as a debrief revealed its values. */
export function revealedUtility(view: PlayerView, reveal: StrategyReveal, terms: Terms): number {
  let u = 0;
  view.issues.forEach((issue, i) => {
    const shown = reveal.values[i];
    const s = view.game.settled[issue.id] ?? terms[issue.id];
    const k = issue.options.findIndex((o) => o.id === s);
    const value = k >= 0 ? (shown?.options[k]?.value ?? 0) : reveal.walkAway;
    u += ((shown?.weight ?? 0) / 100) * value;
  });
  return u;
}
