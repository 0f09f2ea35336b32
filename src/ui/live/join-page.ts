// A student's page in a live class (join.html, served by the live-class
// server): join with the code and a name, wait to be paired, then play the
// call from the server's view of this student's side only — the transcript,
// the meters, their own brief, and a button for each move the server says is
// legal now (a proposal built issue by issue from its choices). At the end, a
// link to the student's own debrief. The call is played in the game's own
// scenes (remote-game.ts, fetched once the seat is taken); a plain DOM page
// (join-call-view.ts) only when this game has no copy of the call's scenario.
import './live.css';
import { t, type MessageKey } from '../../messages/i18n.ts';
import type { Move } from '../../negotiation/types.ts';
import {
  CALL_ROOM,
  MSG,
  type CallEnd,
  type CallStep,
  type CallUpdate,
  type Lobby,
  type Refusal,
  type Seat,
} from '../../net/protocol.ts';
import { liveClient, rejoin, type Room } from '../../net/live-client.ts';
import type { RemoteCall } from '../../store/remote-store.ts';
import { applyStep } from '../../net/call-steps.ts';
import { callView } from './join-call-view.ts';
import { applyLanguage, pageLanguage } from '../language.ts';
import { el } from '../dom.ts';

const say = (key: MessageKey, params?: Record<string, string | number>) =>
  t(catalogue, key, params);
const catalogue = applyLanguage(pageLanguage());
const root = document.getElementById('join') ?? document.body;
const client = liveClient(location.origin);
const status = el('p', { role: 'status', class: 'live-status' });
const problem = el('p', { role: 'alert', class: 'live-problem' });

/**
 * The teacher's list of names for the class `code`, offered as the name
 * field's choices (empty: the students type theirs). The server checks the
 * name whichever way it came.
 */
function offerNames(code: string, names: HTMLDataListElement): void {
  names.replaceChildren();
  names.dataset.code = code;
  if (!/^[A-Z2-9]{5}$/.test(code)) return;
  void fetch(new URL(`class-names?code=${code}`, location.href))
    .then((answer) => (answer.ok ? answer.json() : []))
    .then((list: unknown) => {
      // An answer for a code since changed is dropped.
      if (!Array.isArray(list) || names.dataset.code !== code) return;
      const options = list
        .filter((n) => typeof n === 'string')
        .map((n) => el('option', { value: n }));
      names.replaceChildren(...options);
    })
    .catch(() => {});
}

function joinForm(): void {
  const code = el('input', { autocomplete: 'off', maxlength: '8', required: '' });
  code.value = new URLSearchParams(location.search).get('code') ?? '';
  const names = el('datalist', { id: 'class-names' });
  const name = el('input', {
    autocomplete: 'name',
    maxlength: '40',
    required: '',
    list: 'class-names',
  });
  const codeNow = () => code.value.trim().toUpperCase();
  code.addEventListener('input', () => offerNames(codeNow(), names));
  offerNames(codeNow(), names);
  const join = el('button', { type: 'submit' }, say('join.join'));
  const form = el(
    'form',
    {},
    el('label', { class: 'live-field' }, el('span', {}, say('join.code')), code),
    el('label', { class: 'live-field' }, el('span', {}, say('join.name')), name),
    names,
    join,
    problem,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    join.disabled = true;
    const joinClass = () => client.joinById(codeNow(), { name: name.value });
    joinClass()
      .then((room) => inClass(room, joinClass))
      .catch((error: unknown) => {
        join.disabled = false;
        problem.textContent = say('live.problem', {
          message: String((error as Error)?.message ?? error),
        });
      });
  });
  root.replaceChildren(el('h1', {}, say('join.title')), form);
}

/**
 * Keeps a room's connection through drops (Colyseus reconnection, else
 * `again`: the room joined anew, on another process if its own died),
 * calling `attach` on each new connection.
 */
function keep(room: Room, attach: (room: Room) => void, again: () => Promise<Room>): void {
  attach(room);
  room.onLeave((code) => {
    if (code === 4000) return;
    status.textContent = say('join.reconnecting');
    void rejoin(client, room.reconnectionToken, again).then((back) => {
      status.textContent = '';
      if (back) keep(back, attach, again);
      else problem.textContent = say('join.lost');
    });
  });
}

function inClass(room: Room, joinClass: () => Promise<Room>): void {
  let seated = false;
  keep(
    room,
    (r) => {
      r.onMessage(MSG.lobby, (lobby: Lobby) => {
        if (!seated)
          root.replaceChildren(
            el('h1', {}, lobby.scenario),
            el('p', {}, say('join.waiting', { name: lobby.name })),
            status,
            problem,
          );
      });
      r.onMessage(MSG.seat, (seat: Seat) => {
        if (seated) return;
        seated = true;
        const joinCall = () => client.joinOrCreate(CALL_ROOM, { ...seat });
        void joinCall().then((call) => {
          keep(call, inCall, joinCall);
          void r.leave();
        });
      });
    },
    joinClass,
  );
}

/** Where a call's messages go: the game's scenes, or the plain page when the game lacks the scenario. */
type CallShown = Pick<RemoteCall, 'view' | 'step' | 'end'>;

/** The plain page's call: the transcript, meters and a button per legal move (join-call-view.ts). */
function plainCall(send: (move: Move) => void): CallShown {
  const page = el('div', {});
  root.replaceChildren(page, status, problem);
  let shown: CallUpdate | null = null;
  const show = (update: CallUpdate | null) => {
    if (!update) return;
    shown = update;
    page.replaceChildren(...callView(catalogue, update, send));
  };
  return {
    view: show,
    step: (step) => show(shown && applyStep(shown, step)),
    end: (end) => {
      const link = `debrief.html#r=${encodeURIComponent(end.link)}`;
      page.append(
        el('p', {}, say('join.ended', { ending: end.result.outcome.endingTitle })),
        el(
          'p',
          {},
          el('a', { href: link, target: '_blank', rel: 'noopener' }, say('join.debrief')),
        ),
      );
    },
  };
}

let callRoom: Room | undefined;
let shownCall: Promise<CallShown> | undefined;
/** The call's messages, handled one after another in arrival order (the game's module loads first). */
let queue: Promise<unknown> = Promise.resolve();
const inOrder = (handle: (call: CallShown) => void) => {
  queue = queue.then(async () => {
    const call = await shownCall;
    if (call) handle(call);
  });
};

/** The game's scenes for the call (fetched once the seat is taken), else the plain page. */
function showCall(update: CallUpdate): Promise<CallShown> {
  const send = (move: Move) => callRoom?.send(MSG.move, move);
  shownCall ??= import('./remote-game.ts').then((m) => {
    const leave = () => location.assign('./index.html');
    const game = m.startRemoteGame(root, update, { send, leave });
    if (!game) return plainCall(send);
    // Above the game: the connection's status and a refused move.
    document.body.append(el('div', { class: 'live-banner' }, status, problem));
    return game;
  });
  return shownCall;
}

function inCall(room: Room): void {
  callRoom = room;
  room.onMessage(MSG.view, (update: CallUpdate) => {
    problem.textContent = '';
    void showCall(update);
    inOrder((call) => call.view(update));
  });
  room.onMessage(MSG.step, (step: CallStep) => {
    problem.textContent = '';
    inOrder((call) => call.step(step));
  });
  room.onMessage(MSG.result, (end: CallEnd) => inOrder((call) => call.end(end)));
  room.onMessage(MSG.refused, (refusal: Refusal) => {
    problem.textContent = say(`join.refused.${refusal.reason}`);
  });
}

joinForm();
