// A call room: one call machine actor (src/negotiation/call-machine.ts, as
// the game runs it), two seats. Players send moves; the machine's guards
// accept or refuse them; every accepted event is stored (records.ts) before
// anyone hears of it, then each player gets only their own side's view and
// legal moves: whole on joining, then as steps (what changed: a move costs
// little to tell however long the call). The room plays the computer's side and the machine's
// "answer"/"proceed" steps itself. Created from a stored call, it replays the
// stored events first, so a call whose process died resumes where it was.
import { Room, ServerError, type Client } from '@colyseus/core';
import type { CallEvent } from '../src/negotiation/call-machine.ts';
import { playerView, sidesView } from '../src/negotiation/player-view.ts';
import { legalMoves } from '../src/negotiation/legal-moves.ts';
import { narrate, type NarratedLine } from '../src/negotiation/narrate.ts';
import { encodeEvents } from '../src/negotiation/result.ts';
import type { SideId } from '../src/negotiation/types.ts';
import { CATALOGUES } from '../src/messages/catalogues.ts';
import {
  MSG,
  type CallEnd,
  type CallPhase,
  type CallStep,
  type CallUpdate,
  type Refusal,
} from '../src/net/protocol.ts';
import { gameStep, marksOf, type StepMarks } from '../src/net/call-steps.ts';
import { classChannel, type ServerDeps } from './deps.ts';
import { canonicalMove } from './move-shape.ts';
import { callResults, callSummary, phaseOf, restoreCall, type LiveCall } from './call-state.ts';

/** The dashboard hears of a call at most this often (it is redrawn every 250 ms at most). */
const SUMMARY_MS = 250;

interface CallRoomOptions {
  callId?: unknown;
  deps: ServerDeps;
}

interface Player {
  side: SideId;
}

export class CallRoom extends Room<object, unknown, Player, Player> {
  override maxClients = 4;
  private deps!: ServerDeps;
  private live!: LiveCall;
  private lines: NarratedLine[] = [];
  private queue: Promise<void> = Promise.resolve();
  private computerPending = false;
  private ends: CallEnd[] | undefined;
  /** Where the growing lists stood at the last step told: the next step starts there. */
  private marks: StepMarks = { log: 0, transcript: 0, meterHistory: 0, lines: 0 };
  /** Each side's known red lines of the other, kept while no red line is voiced. */
  private known = new Map<SideId, { voiced: number; list: CallStep['knownRedLines'] }>();

  override async onCreate(options: CallRoomOptions): Promise<void> {
    this.deps = options.deps;
    // No synchronised state: without this, Colyseus would visit every call room 20 times a second.
    this.setPatchRate(null);
    const id = typeof options.callId === 'string' ? options.callId : '';
    this.live = await restoreCall(this.deps, id);
    const game = this.live.actor.getSnapshot().context.game;
    this.marks = marksOf(game, this.narrated().length);
    this.onMessage(MSG.move, (client, message: unknown) => {
      const received = performance.now();
      this.enqueue(() => this.onMove(client, message, received));
    });
    this.enqueue(() => this.advance());
  }

  override onAuth(_client: Client, options: unknown): Player {
    const { side, token } = (options ?? {}) as { side?: unknown; token?: unknown };
    const seats = this.live.call.seats;
    const seat = typeof side === 'string' ? seats[side] : undefined;
    if (
      !seat ||
      typeof token !== 'string' ||
      seat.token !== token ||
      !Object.hasOwn(seats, side as string)
    )
      throw new ServerError(403, 'not a seat of this call');
    return { side: side as SideId };
  }

  override onJoin(client: Client<Player, Player>): void {
    if (!client.auth) return;
    client.userData = { side: client.auth.side };
    this.sendView(client);
    this.sendEnd(client);
  }

  override async onLeave(client: Client<Player, Player>, consented: boolean): Promise<void> {
    if (consented) return;
    try {
      const back = await this.allowReconnection(client, this.deps.reconnectSeconds);
      this.sendView(back);
      this.sendEnd(back);
    } catch {
      // Not back in time: the seat is free again (the stored token still opens it).
    }
  }

  override onDispose(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.live?.actor.stop();
  }

  /** Runs one step at a time, in arrival order: a move waits for the previous one to be stored. */
  private enqueue(step: () => Promise<void> | void): void {
    this.queue = this.queue.then(step).catch((error: unknown) => {
      console.error(`call ${this.live?.call.id}:`, error);
    });
  }

  private get phase(): CallPhase {
    return phaseOf(this.live);
  }

  private async onMove(
    client: Client<Player, Player>,
    message: unknown,
    received: number,
  ): Promise<void> {
    const side = client.userData?.side;
    const move = canonicalMove(this.live.scenario, message);
    const refuse = (reason: Refusal['reason']) =>
      client.send(MSG.refused, { reason } satisfies Refusal);
    if (!side || !move) return refuse('malformed');
    const snapshot = this.live.actor.getSnapshot();
    if (this.phase === 'closing' || this.phase === 'ended') return refuse('over');
    if (this.phase !== 'turns' || snapshot.context.game.turn !== side) return refuse('notYourTurn');
    const event: CallEvent = { type: 'move', side, move };
    if (!snapshot.can(event)) return refuse('illegal');
    await this.commit(event);
    this.deps.timing?.record(performance.now() - received);
    await this.advance();
  }

  /** Stores the event, then applies it, then tells every player and the class's dashboard. */
  private async commit(event: CallEvent): Promise<void> {
    const { call, scenario, actor, events } = this.live;
    await this.deps.store.appendEvent(call.id, encodeEvents(scenario, [event]));
    actor.send(event);
    events.push(event);
    this.sendSteps();
    this.publishSummary();
  }

  /** The steps nobody chooses: answering, the greetings, the computer's turns, the goodbyes. */
  private async advance(): Promise<void> {
    for (;;) {
      const phase = this.phase;
      if (phase === 'ringing') await this.commit({ type: 'answer' });
      else if (phase === 'opening' || phase === 'closing') await this.commit({ type: 'proceed' });
      else if (phase === 'turns' && this.live.actor.getSnapshot().can({ type: 'computerMove' })) {
        if (this.deps.thinkMs > 0) return this.scheduleComputer();
        await this.commit({ type: 'computerMove' });
      } else break;
    }
    if (this.phase === 'ended') for (const client of this.clients) this.sendEnd(client);
  }

  private scheduleComputer(): void {
    if (this.computerPending) return;
    this.computerPending = true;
    this.after(this.deps.thinkMs, () => {
      this.computerPending = false;
      this.enqueue(async () => {
        if (!this.live.actor.getSnapshot().can({ type: 'computerMove' })) return;
        await this.commit({ type: 'computerMove' });
        await this.advance();
      });
    });
  }

  /** Node's timers, not the room's clock (it ticks only with a patch rate); cleared on dispose. */
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();
  private after(ms: number, run: () => void): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      run();
    }, ms);
    this.timers.add(timer);
  }

  private narrated(): NarratedLine[] {
    const transcript = this.live.actor.getSnapshot().context.game.transcript;
    const catalogue = CATALOGUES[this.live.call.language];
    for (let i = this.lines.length; i < transcript.length; i++) {
      const entry = transcript[i];
      if (entry) this.lines.push(narrate(this.live.scenario, entry, catalogue));
    }
    return this.lines;
  }

  /** Each player's step: the game's news once for all, the legal moves and known red lines by side. */
  private sendSteps(): void {
    const { scenario } = this.live;
    const game = this.live.actor.getSnapshot().context.game;
    const lines = this.narrated();
    const shared = gameStep(playerView(scenario, game, game.turn).game, this.marks);
    const news = lines.slice(this.marks.lines);
    this.marks = marksOf(game, lines.length);
    for (const client of this.clients) {
      const side = client.userData?.side;
      if (!side) continue;
      const step: CallStep = {
        phase: this.phase,
        events: this.live.events.length,
        legal: legalMoves(scenario, game, side),
        game: shared,
        knownRedLines: this.knownRedLines(side),
        lines: news,
      };
      client.send(MSG.step, step);
    }
  }

  private knownRedLines(side: SideId): CallStep['knownRedLines'] {
    const game = this.live.actor.getSnapshot().context.game;
    const kept = this.known.get(side);
    if (kept?.voiced === game.redLinesInvoked.length) return kept.list;
    const list = sidesView(this.live.scenario, game, side).them.knownRedLines;
    this.known.set(side, { voiced: game.redLinesInvoked.length, list });
    return list;
  }

  private sendView(client: Client<Player, Player>): void {
    const side = client.userData?.side;
    if (!side) return;
    const game = this.live.actor.getSnapshot().context.game;
    const { id: callId, scenario: id, language, hash } = this.live.call;
    const update: CallUpdate = {
      callId,
      scenario: { id, language, hash },
      phase: this.phase,
      view: playerView(this.live.scenario, game, side),
      legal: legalMoves(this.live.scenario, game, side),
      lines: this.narrated(),
      events: this.live.events.length,
    };
    client.send(MSG.view, update);
  }

  /** Each human side's result, worked out once the call has ended. */
  private results(): CallEnd[] {
    if (this.phase !== 'ended') return [];
    this.ends ??= callResults(this.live);
    return this.ends;
  }

  /** After the call: the player's result, the one message that may reveal the other side (in its debrief). */
  private sendEnd(client: Client<Player, Player>): void {
    const side = client.userData?.side;
    const end = this.results().find((r) => r.result.side === side);
    if (end) client.send(MSG.result, end);
  }

  private summaryAt = -Infinity;
  private summaryPending = false;

  /**
   * The call's news for its class's dashboard, at most every SUMMARY_MS (the
   * dashboard shows no more; with Redis each is a message between processes),
   * the latest state always, and the ending at once.
   */
  private publishSummary(): void {
    const wait = SUMMARY_MS - (performance.now() - this.summaryAt);
    if (this.phase !== 'ended' && wait > 0) {
      if (this.summaryPending) return;
      this.summaryPending = true;
      this.after(wait, () => {
        this.summaryPending = false;
        this.publishSummary();
      });
      return;
    }
    this.summaryAt = performance.now();
    const summary = callSummary(this.live, this.results());
    void this.presence.publish(classChannel(this.live.call.classCode), summary);
  }
}
