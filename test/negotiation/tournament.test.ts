// The bot tournament: a refused move or a throw is the bot's error and is never
// played; a bot sees the player view and nothing private of the other side; a
// bot's own draws never change the computer's; the same seed gives the same table.
import { describe, expect, it } from 'vitest';
import type { Bot } from '../../src/negotiation/bots/bot.ts';
import { playBotGame, runTournament } from '../../src/negotiation/bots/tournament.ts';
import { playerScore } from '../../src/negotiation/bots/player-score.ts';
import type { PlayerView } from '../../src/negotiation/player-view.ts';
import { utility } from '../../src/negotiation/utility.ts';
import { REFERENCE_BOTS, referenceBot } from '../../bots/reference.ts';
import { isReferencePlayer } from '../../src/negotiation/bots/reference-players.ts';
import { rankedPackages } from '../../bots/helpers.ts';
import { DEFAULT_SCENARIO, loadOrThrow, tiny } from '../helpers.ts';
import { problemKey } from '../../src/negotiation/moves/index.ts';
import { t } from '../../src/messages/i18n.ts';
import { en } from '../../src/messages/en.ts';

const polite: Bot = { name: 'polite', decide: () => ({ kind: 'statement', tone: 'respectful' }) };

describe('a bot error', () => {
  it('is reported with the bot, the move and the reason, never played, and the bot hangs up', () => {
    const s = tiny();
    const bot: Bot = { name: 'bad', decide: () => ({ kind: 'evidence', id: 'nope' }) };
    const { game, errors } = playBotGame(s, bot, 'north', 'normal', 7);
    expect(errors).toEqual([
      { move: { kind: 'evidence', id: 'nope' }, reason: t(en, problemKey('no-such-evidence')) },
    ]);
    expect(game.log.some((l) => l.move.kind === 'evidence')).toBe(false);
    expect(game.result).toMatchObject({ reason: 'hang-up', by: 'north' });
    const table = runTournament(s, {
      bots: [bot],
      sides: ['north'],
      difficulties: ['easy'],
      games: 3,
      seed: 1,
    });
    expect(table.results[0]?.errors).toBe(3);
    expect(table.errors[0]).toMatchObject({
      player: 'bad',
      side: 'north',
      difficulty: 'easy',
      game: 0,
    });
  });

  it('covers a bot that throws and one that returns something that is not a move', () => {
    const s = tiny();
    const thrower: Bot = {
      name: 'thrower',
      decide: () => {
        throw new Error('oops');
      },
    };
    expect(playBotGame(s, thrower, 'north', 'normal', 1).errors[0]?.reason).toBe(
      'decide() threw: oops',
    );
    const junk = { name: 'junk', decide: () => 42 } as unknown as Bot;
    expect(playBotGame(s, junk, 'north', 'normal', 1).errors[0]?.reason).toMatch(
      /must return a move/,
    );
    const dancer = { name: 'dancer', decide: () => ({ kind: 'dance' }) } as unknown as Bot;
    expect(playBotGame(s, dancer, 'north', 'normal', 1).errors[0]?.reason).toMatch(
      /no move of kind "dance"/,
    );
  });

  it('cannot change the game by writing into what it was shown', () => {
    const s = tiny();
    const vandal: Bot = {
      name: 'vandal',
      decide: (view) => {
        (view.game.log as unknown[]).push({ side: 'south', move: { kind: 'accept' }, clock: 0 });
        return { kind: 'endCall' };
      },
    };
    const { game, errors } = playBotGame(s, vandal, 'north', 'normal', 3);
    expect(errors[0]?.reason).toMatch(/decide\(\) threw/);
    expect(game.log.every((l) => l.side === 'north' || l.move.kind !== 'accept')).toBe(true);
  });

  it('finds every entry it was shown frozen, old and new, turn after turn', () => {
    const s = loadOrThrow(DEFAULT_SCENARIO);
    let tried = 0;
    let written = 0;
    const vandal: Bot = {
      name: 'vandal',
      decide: (view) => {
        const { log, transcript, meterHistory } = view.game;
        for (const entry of [...log, ...transcript, ...meterHistory] as object[]) {
          tried++;
          try {
            (entry as { clock: number }).clock = -1;
            written++;
          } catch {
            // Frozen: the write is refused.
          }
        }
        return view.game.log.length < 12
          ? { kind: 'statement', tone: 'respectful' }
          : { kind: 'endCall' };
      },
    };
    const { game } = playBotGame(s, vandal, 'mexico', 'normal', 4);
    expect(tried).toBeGreaterThan(100);
    expect(written).toBe(0);
    expect(game.log.every((l) => l.clock >= 0)).toBe(true);
  });

  it('gets the packages ranked anew each time it asks: changing the list it got changes no later one', () => {
    const s = loadOrThrow(DEFAULT_SCENARIO);
    const lists: string[] = [];
    const shuffler: Bot = {
      name: 'shuffler',
      decide: (view, moves) => {
        const ranked = rankedPackages(view, moves);
        lists.push(JSON.stringify(ranked));
        ranked.reverse();
        ranked.length = 1;
        return { kind: 'endCall' };
      },
    };
    for (const seed of [1, 2]) playBotGame(s, shuffler, 'mexico', 'normal', seed);
    expect(lists).toHaveLength(2);
    expect(lists[1]).toBe(lists[0]);
    expect(JSON.parse(lists[0] ?? '[]').length).toBeGreaterThan(1);
  });
});

/** Every key path in an object, e.g. "them.knownRedLines.0.issue". */
function paths(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([k, v]) => [
    `${prefix}${k}`,
    ...paths(v, `${prefix}${k}.`),
  ]);
}

describe('what a bot sees', () => {
  it('is the player view without the other side’s values, walk-away, style, brief, hidden red lines, the rng or the models', () => {
    const s = loadOrThrow(DEFAULT_SCENARIO);
    const seen: PlayerView[] = [];
    const spy: Bot = {
      name: 'spy',
      decide: (view, moves) => {
        seen.push(view);
        return moves.fixed.find((m) => m.kind === 'reject') ?? { kind: 'statement', tone: 'firm' };
      },
    };
    playBotGame(s, spy, 'mexico', 'hard', 11);
    expect(seen.length).toBeGreaterThan(3);
    for (const view of seen) {
      const all = paths(view);
      for (const p of all) {
        expect(p).not.toMatch(/(^|\.)(models|rng|seed|styles|style|reservation)(\.|$)/);
        if (p.startsWith('them.'))
          expect(p).not.toMatch(
            /^them\.(brief|goals|walkAway|walkAwayText|values|weights|redLines|deferredValues)/,
          );
      }
      // The US's hidden red line (present efforts on fentanyl) shows only once voiced.
      const voiced = view.game.redLinesInvoked.some(
        (r) => r.side === 'us' && r.option === 'present-efforts',
      );
      expect(view.them.knownRedLines.some((r) => r.option === 'present-efforts')).toBe(voiced);
      expect(view.call.seconds).toBe(s.callMinutes * 60);
      expect(view.issues.map((i) => i.id)).toEqual(s.issues.map((i) => i.id));
    }
  });
});

describe('the tournament', () => {
  it('gives the same table for the same seed, and draws of a bot never move the computer', () => {
    const s = tiny();
    const options = {
      sides: ['north', 'south'],
      difficulties: ['easy', 'hard'] as const,
      games: 4,
      seed: 'x',
    };
    const bots = REFERENCE_BOTS.slice(0, 4);
    const a = runTournament(s, { ...options, bots });
    const b = runTournament(s, { ...options, bots });
    expect(a).toEqual(b);
    expect(a.results).toHaveLength(4 * 2 * 2);
    const drawing: Bot = {
      name: 'polite',
      decide: (view, moves, rng) => {
        for (let i = 0; i < 5; i++) rng.float();
        return polite.decide(view, moves, rng, { debrief: null });
      },
    };
    const plain = playBotGame(s, polite, 'south', 'normal', 5);
    const drawn = playBotGame(s, drawing, 'south', 'normal', 5);
    expect(drawn.game.log).toEqual(plain.game.log);
  });

  it('scores a game as the utility of its settled deal to the player', () => {
    const s = tiny();
    const { game } = playBotGame(s, REFERENCE_BOTS[0] ?? polite, 'north', 'easy', 2);
    expect(playerScore(s, game, 'north')).toBe(utility(s, 'north', game.settled));
  });

  it('plays every reference bot on both sides of the default scenario without an error', () => {
    const s = loadOrThrow(DEFAULT_SCENARIO);
    const t = runTournament(s, {
      bots: REFERENCE_BOTS,
      sides: ['mexico', 'us'],
      difficulties: ['normal'],
      games: 1,
      seed: 2,
    });
    expect(t.errors).toEqual([]);
    expect(t.results.every((r) => r.errors === 0 && r.games === 1)).toBe(true);
  });

  it('finds no reference player writing into its view, shown it frozen on every turn', () => {
    // Their views are not frozen in play (reference-players.ts): this is what allows it.
    // A copy of a bot is not the reference player, so its views are frozen, and a
    // write into one throws: the tournament records it as the bot's error.
    const copies = REFERENCE_BOTS.map((bot): Bot => ({ ...bot, decide: bot.decide.bind(bot) }));
    expect(REFERENCE_BOTS.every(isReferencePlayer)).toBe(true);
    expect(copies.some(isReferencePlayer)).toBe(false);
    for (const [file, sides] of [
      [DEFAULT_SCENARIO, ['mexico', 'us']],
      ['scenarios/2019-06-us-mexico-tariff-migration.yaml', ['mexico', 'us']],
    ] as const) {
      const table = runTournament(loadOrThrow(file), {
        bots: copies,
        sides: [...sides],
        difficulties: ['easy', 'hard'],
        games: 2,
        seed: 5,
      });
      expect(table.errors).toEqual([]);
    }
  });

  it('shows a bot that reads debriefs what the last game revealed', () => {
    const s = tiny();
    const memories: (number | null)[] = [];
    const staller = referenceBot('last-minute-staller');
    if (!staller) throw new Error('no staller');
    const watcher: Bot = {
      name: 'watcher',
      readsDebrief: true,
      decide: (view, moves, rng, memory) => {
        memories.push(memory.debrief?.reservation ?? null);
        return staller.decide(view, moves, rng, memory);
      },
    };
    runTournament(s, {
      bots: [watcher],
      sides: ['north'],
      difficulties: ['hard'],
      games: 2,
      seed: 1,
    });
    // The warm-up game starts with nothing; the counted games know the hard reservation (30 + 5).
    expect(memories[0]).toBeNull();
    expect(memories.at(-1)).toBe(35);
  });
});
