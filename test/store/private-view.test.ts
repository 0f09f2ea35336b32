// A player's screen holds only what that player may see: the store's state,
// in a game as each side and in a hot seat, never holds the other side's
// brief, goals, walk-away, values, weights, style or hidden red lines, nor the
// seed, the rng or the computer's models, until the call has ended (the
// debrief reveals them). The scenario is marked: each side's secrets are
// values no screen would show by chance, so a copy of one is found anywhere.
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/scenario/schema.ts';
import { createGameStore, type StoreState } from '../../src/store/game-store.ts';
import { privateGame } from '../../src/store/private-game.ts';
import { manualScheduler, tiny } from '../helpers.ts';

const SEED = 918_273_645;

/** tiny.yaml with each side's private data marked, and a hidden red line on each side. */
function marked(): Scenario {
  const s = structuredClone(tiny());
  s.sides.forEach((side, k) => {
    const mark = (n: number) => n + 0.000_137 * (k + 1);
    side.brief = `«brief of ${side.id}»`;
    side.goals = [`«goal of ${side.id}»`];
    side.walkAwayText = `«walk-away of ${side.id}»`;
    side.walkAway = mark(side.walkAway);
    side.softensWith = { trust: mark(0.4) };
    side.redLines = [
      ...side.redLines,
      { issue: 'fence', option: k === 0 ? 'low' : 'high', public: false },
    ];
    for (const issue of s.issues) {
      issue.weights[side.id] = mark(issue.weights[side.id] ?? 1);
      for (const [i, o] of issue.options.entries())
        o.values[side.id] = mark((o.values[side.id] ?? 0) + i * 0.001);
      const deferred = issue.deferred?.values;
      if (deferred) deferred[side.id] = mark(deferred[side.id] ?? 0);
    }
  });
  return s;
}

interface Secrets {
  texts: string[];
  numbers: Set<number>;
}

function secretsOf(scenario: Scenario, side: string): Secrets {
  const s = scenario.sides.find((x) => x.id === side);
  if (!s) throw new Error(side);
  const numbers = new Set<number>([s.walkAway, ...Object.values(s.softensWith ?? {})]);
  for (const issue of scenario.issues)
    for (const n of [
      issue.weights[side],
      issue.deferred?.values?.[side],
      ...issue.options.map((o) => o.values[side]),
    ])
      if (n !== undefined) numbers.add(n);
  return { texts: [s.brief, ...s.goals, s.walkAwayText ?? '', s.style], numbers };
}

const FORBIDDEN_KEYS = new Set(['seed', 'rng', 'models', 'styles']);

/** Every private thing of `sides` found in the state (the actions and the message catalogue apart). */
function leaks(state: StoreState, sides: Secrets[]): string[] {
  const found: string[] = [];
  const seen = new Set<unknown>();
  const walk = (value: unknown, path: string): void => {
    if (typeof value === 'string') {
      for (const { texts } of sides)
        for (const t of texts) if (value.includes(t)) found.push(`${path}: "${t}"`);
    } else if (typeof value === 'number') {
      if (value === SEED) found.push(`${path}: the seed`);
      for (const { numbers } of sides) if (numbers.has(value)) found.push(`${path}: ${value}`);
    } else if (value && typeof value === 'object' && !seen.has(value)) {
      seen.add(value);
      for (const [key, v] of Object.entries(value)) {
        if (FORBIDDEN_KEYS.has(key)) found.push(`${path}.${key}`);
        walk(v, `${path}.${key}`);
      }
    }
  };
  const { actions: _actions, catalogue: _catalogue, ...rest } = state;
  walk(rest, 'state');
  // The other side's red lines are marked on the table only when known (public, or said on the call).
  const known = new Set(state.call?.view.them.knownRedLines.map((r) => `${r.issue}/${r.option}`));
  for (const row of state.call?.table ?? [])
    for (const o of row.options)
      if (o.redLine === 'theirs' && !known.has(`${row.issue}/${o.id}`))
        found.push(`table: their hidden red line ${row.issue}/${o.id}`);
  return found;
}

/** Plays a whole game through the store's actions, checking every state it passes through. */
function playChecked(side: string, players: 1 | 2): { checked: number; found: string[] } {
  const scenario = marked();
  const clock = manualScheduler();
  const store = createGameStore({
    scenarios: [{ file: 'tiny.yaml', title: scenario.title, scenario }],
    scheduler: clock.scheduler,
    seed: SEED,
  });
  const secrets = Object.fromEntries(scenario.sides.map((s) => [s.id, secretsOf(scenario, s.id)]));
  const found: string[] = [];
  let checked = 0;
  const check = (s: StoreState) => {
    if (s.ending) return; // The debrief reveals both sides after the call.
    checked++;
    const others = scenario.sides
      .filter((x) => s.screen === 'handover' || x.id !== s.setup.side)
      .map((x) => secrets[x.id] ?? { texts: [], numbers: new Set<number>() });
    found.push(...leaks(s, others));
  };
  store.subscribe(check);
  const a = store.getState().actions;
  a.setPlayers(players);
  a.selectSide(side);
  a.openBriefing();
  for (let step = 0; step < 400 && store.getState().screen !== 'ending'; step++) {
    const s = store.getState();
    if (s.screen === 'briefing') a.startCall();
    else if (s.screen === 'handover') a.takeOver();
    else if (s.thinking) clock.flush();
    else if (s.call?.phase === 'ringing') a.answer();
    else if (s.call?.phase === 'opening' || s.call?.phase === 'closing') a.proceed();
    else if (s.call?.myTurn && s.call.available.accept && step > 20) a.accept();
    else if (s.call?.myTurn && step % 3 === 0) {
      const row = s.call.table.find((r) => !r.settled);
      if (row?.options[1]) a.setDraft(row.issue, row.options[1].id);
      a.proposeDraft();
    } else if (s.call?.myTurn && step > 60) a.endCall();
    else if (s.call?.myTurn) a.speak('respectful');
    else clock.flush();
  }
  expect(store.getState().screen).toBe('ending');
  return { checked, found };
}

describe("a player's screen holds only what that player may see", () => {
  it.each([
    ['north', 1],
    ['south', 1],
    ['north', 2],
  ] as const)(
    'as %s with %i player(s): no state of the store holds the other side’s secrets',
    (side, players) => {
      const { checked, found } = playChecked(side, players);
      expect(checked).toBeGreaterThan(10);
      expect(found).toEqual([]);
    },
  );

  it('finds a secret when one is there (the check can fail)', () => {
    const scenario = marked();
    const store = createGameStore({
      scenarios: [{ file: 'tiny.yaml', title: scenario.title, scenario }],
      scheduler: manualScheduler().scheduler,
    });
    const south = secretsOf(scenario, 'south');
    const leaked = { ...store.getState(), draft: { x: scenario.sides[1]?.brief ?? '' } };
    expect(leaks(leaked, [south])).toEqual(['state.draft.x: "«brief of south»"']);
    expect(leaks({ ...store.getState(), setup: { ...store.getState().setup } }, [south])).toEqual(
      [],
    );
  });

  it('keeps a damaged save (its seed inside) beside the store, never in its state', () => {
    const scenario = marked();
    const store = createGameStore({
      scenarios: [{ file: 'tiny.yaml', title: scenario.title, scenario }],
      scheduler: manualScheduler().scheduler,
    });
    const text = JSON.stringify({ format: 'standoff-save', record: { seed: SEED } });
    store.getState().actions.setSaveStatus([], 'damaged', text);
    const { actions: _actions, catalogue: _catalogue, ...state } = store.getState();
    expect(state.saveAside).toBe(true);
    expect(JSON.stringify(state)).not.toContain(String(SEED));
    expect(privateGame(store).saveAside()).toBe(text);
    store.getState().actions.dismissSaveProblem();
    expect([store.getState().saveAside, privateGame(store).saveAside()]).toEqual([false, null]);
  });
});
