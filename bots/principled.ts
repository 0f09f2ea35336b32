// The principled negotiator (a first version): it estimates what the other side
// wants from what it can see — its known red lines, its proposals (what it asks
// for often and holds steady on) — and trades across issues toward the Pareto
// frontier of that estimate: of the packages that meet its own aim, it offers
// the one the other side should like best. It presents its evidence early,
// stays respectful, concedes gradually (faster when the other side concedes),
// accepts an offer that meets its aim (or its own next offer), never below its
// walk-away, and says its red lines out loud when an offer crosses one.
import {
  fixed,
  myUtility,
  rankedPackages,
  say,
  theirOffer,
  theirProposals,
  timeShare,
  type Bot,
  type LegalMoves,
  type Move,
  type PlayerView,
  type Terms,
} from './helpers.ts';

/** The other side's estimated value (0–100) of each settlement, and the weight of each issue. */
interface Estimate {
  values: Record<string, Record<string, number>>;
  weights: Record<string, number>;
}

function estimate(view: PlayerView): Estimate {
  const proposals = theirProposals(view);
  const values: Estimate['values'] = {};
  const weights: Estimate['weights'] = {};
  let total = 0;
  for (const issue of view.issues) {
    const mine = view.me.values[issue.id] ?? {};
    const asked = proposals.map((p) => p[issue.id]).filter((s) => s !== undefined);
    const row: Record<string, number> = {};
    for (const o of issue.options) {
      // Prior: opposed interests. Evidence: how often they asked for it.
      const prior = 100 - (mine[o.id] ?? 50);
      const share = asked.length > 0 ? asked.filter((s) => s === o.id).length / asked.length : 0;
      const red = view.them.knownRedLines.some((r) => r.issue === issue.id && r.option === o.id);
      row[o.id] = red ? 0 : asked.length > 0 ? 0.5 * prior + 50 * share : prior;
    }
    row.deferred = 50;
    values[issue.id] = row;
    // An issue they hold steady on (the same option in most proposals) matters more to them.
    const top = Math.max(0, ...issue.options.map((o) => asked.filter((s) => s === o.id).length));
    const w = 1 + (asked.length > 1 ? top / asked.length : 0);
    weights[issue.id] = w;
    total += w;
  }
  for (const id in weights) weights[id] = (weights[id] ?? 0) / total;
  return { values, weights };
}

function theirUtility(view: PlayerView, est: Estimate, terms: Terms): number {
  let u = 0;
  for (const issue of view.issues) {
    const s = view.game.settled[issue.id] ?? terms[issue.id];
    u += (est.weights[issue.id] ?? 0) * (s === undefined ? 50 : (est.values[issue.id]?.[s] ?? 50));
  }
  return u;
}

/** How far the other side has come toward me: my utility of their latest offer over their first. */
function theirConcession(view: PlayerView): number {
  const p = theirProposals(view);
  const first = p[0];
  const last = p[p.length - 1];
  return first && last ? Math.max(0, myUtility(view, last) - myUtility(view, first)) : 0;
}

/** Against a softer computer, hold out for more and concede later. */
const CALIBRATION = {
  easy: { floorShare: 0.55, patience: 3 },
  normal: { floorShare: 0.4, patience: 2.5 },
  hard: { floorShare: 0.3, patience: 2.25 },
} as const;

/** What to hold out for now: my best package's value, conceded toward a floor as time passes and they concede. */
function aimOf(view: PlayerView, bestU: number): number {
  // How tough the other side is said to be (the difficulty the player chose) sets how much to hold out for.
  const { floorShare, patience } = CALIBRATION[view.game.settings.difficulty];
  const floor = view.me.walkAway + floorShare * Math.max(0, bestU - view.me.walkAway);
  // Gradual concession, a little faster as they concede (reciprocity).
  const pace = Math.min(1, Math.pow(timeShare(view), patience) + theirConcession(view) / 400);
  return Math.max(view.me.walkAway, bestU - (bestU - floor) * pace);
}

/** Of the packages that meet my aim, the one they should like best (ties: the better for me). */
function nextPackage(view: PlayerView, ranked: readonly Terms[], aim: number): Terms | undefined {
  const est = estimate(view);
  let next: Terms | undefined;
  let nextScore = -Infinity;
  for (let i = 0; i < ranked.length; i++) {
    const t = ranked[i];
    if (!t) continue;
    const mine = myUtility(view, t);
    if (mine < aim) continue;
    const score = theirUtility(view, est, t) + mine / 1000;
    if (score > nextScore) {
      next = t;
      nextScore = score;
    }
  }
  return next;
}

/** My answer to their offer: accept it when it meets my aim (or my next offer), or name the red line it crosses. */
function answer(
  view: PlayerView,
  moves: LegalMoves,
  offer: Terms,
  enough: number,
): Move | undefined {
  const value = myUtility(view, offer);
  if (fixed(moves, 'accept') && value >= enough && value >= view.me.walkAway)
    return { kind: 'accept' };
  return fixed(moves, 'redLine', (r) => offer[r.issue] === r.option);
}

const bot: Bot = {
  name: 'principled',
  decide(view, moves) {
    const offer = theirOffer(view);
    // Evidence early, while nothing of theirs waits for an answer.
    const evidence = fixed(moves, 'evidence');
    if (evidence && !offer) return evidence;

    const ranked = rankedPackages(view, moves);
    const best = ranked[0];
    const bestU = best ? myUtility(view, best) : view.me.walkAway;
    const aim = aimOf(view, bestU);
    const next = nextPackage(view, ranked, aim);
    const nextU = next ? myUtility(view, next) : bestU;

    const answered = offer ? answer(view, moves, offer, Math.min(nextU, aim)) : undefined;
    if (answered) return answered;
    const mineStanding = view.game.standing?.by === view.side;
    if (mineStanding || !next) return say('respectful');
    return { kind: 'propose', terms: next };
  },
};
export default bot;
