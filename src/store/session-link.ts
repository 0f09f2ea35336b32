// The store's line to the running session. The session part (XState, the
// machines, the computer player, the debrief) is the heaviest JavaScript of the
// game and the title screen needs none of it, so the page fetches it after the
// title is usable: until it is connected, the link queues what the store asks
// of the session (starting it on a scenario, the players' events) and answers
// the store's questions as the session would on its title screen. Connected,
// it replays the queue in order (each item once), then passes straight through.
import type { Terms } from '../negotiation/types.ts';
import type { Scenario } from '../scenario/schema.ts';
import type { SessionEvent } from '../session/session-types.ts';
import type { DraftWorth } from './call-view.ts';
import type { HandIn, StoreState } from './game-types.ts';

/** What the store asks of the running session. */
export interface SessionPort {
  /** Starts a session on the scenario (the one before stopped); with null, stops it. */
  start(scenario: Scenario | null): void;
  /** Sends an event to the session (the machine refuses what it does not accept). */
  send(event: SessionEvent): void;
  /** True while the session shows the title screen. */
  onTitle(): boolean;
  /** Whether the session would take the event now (its snapshot's can()). */
  can(event: SessionEvent): boolean;
  canPropose(terms: Terms): boolean;
  /** Sends a draft the call may take as the player's move (a proposal, or a deferral of one issue). */
  proposeDraft(draft: Terms): void;
  /** What a draft proposal is worth to the viewing side; null outside a call. */
  draftWorth(draft: StoreState['draft']): DraftWorth | null;
  /** The finished game as a result to hand in; null before the call ends. */
  resultFor(student: string): HandIn | null;
  stop(): void;
}

export interface SessionLink extends SessionPort {
  /** True when a session was started on a scenario (and not stopped since). */
  running(): boolean;
  /** The session part arrived: what was queued is applied to it in order, then everything goes to it. */
  connect(port: SessionPort): void;
}

type Queued = { start: Scenario | null } | { send: SessionEvent };

/** The events that leave the session on its title screen. */
const TITLE_EVENTS: ReadonlySet<SessionEvent['type']> = new Set([
  'selectSide',
  'selectDifficulty',
  'setPlayers',
]);

/** The events the session takes on its title screen besides those (what the queue may hold for it). */
const TITLE_TAKES: ReadonlySet<SessionEvent['type']> = new Set([
  ...TITLE_EVENTS,
  'openBriefing',
  'startCall',
  'resume',
  'replay',
]);

const apply = (port: SessionPort, item: Queued) =>
  'start' in item ? port.start(item.start) : port.send(item.send);

/** A link that queues until connect(); `stopped` once the page let the store go. */
export function sessionLink(): SessionLink {
  const link = { queue: [] as Queued[], port: null as SessionPort | null, running: false };
  const stopped = { value: false };
  const pass = (item: Queued) => {
    if (stopped.value) return;
    if (link.port) apply(link.port, item);
    else link.queue.push(item);
  };
  /** The queued events since the last start, as the session would have them. */
  const sinceStart = () => {
    const starts = link.queue.map((q) => 'start' in q);
    const last = starts.lastIndexOf(true);
    return link.queue.slice(last + 1).flatMap((q) => ('send' in q ? [q.send] : []));
  };
  const onTitle = () =>
    link.port?.onTitle() ?? (!link.running || sinceStart().every((e) => TITLE_EVENTS.has(e.type)));
  return {
    start(scenario) {
      link.running = scenario !== null;
      pass({ start: scenario });
    },
    send: (event) => pass({ send: event }),
    running: () => link.running,
    onTitle,
    can: (event) =>
      link.port?.can(event) ?? (link.running && onTitle() && TITLE_TAKES.has(event.type)),
    canPropose: (terms) => link.port?.canPropose(terms) ?? false,
    proposeDraft: (draft) => link.port?.proposeDraft(draft),
    draftWorth: (draft) => link.port?.draftWorth(draft) ?? null,
    resultFor: (student) => link.port?.resultFor(student) ?? null,
    stop() {
      stopped.value = true;
      link.queue = [];
      link.port?.stop();
    },
    connect(port) {
      if (stopped.value) return port.stop();
      // Items queued while the queue is replayed (a subscriber's reaction) go after it, in order.
      for (let item = link.queue.shift(); item; item = link.queue.shift()) apply(port, item);
      link.port = port;
    },
  };
}
