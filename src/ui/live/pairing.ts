// The teacher's pairing controls on the live page, before the calls start:
// pick a student and a partner (another student, or the computer), or let the
// room draw random pairs (an odd student plays the computer); remove a pair;
// then start every call. The server checks every pair (server/class-room.ts).
import { t, type MessageKey, type Catalogue } from '../../messages/i18n.ts';
import { MSG, type Dashboard, type Pairing } from '../../net/protocol.ts';
import type { Room } from '../../net/live-client.ts';
import { el } from '../dom.ts';

const say = (key: MessageKey, catalogue: Catalogue, params?: Record<string, string | number>) =>
  t(catalogue, key, params);
/** The partner select's value for "the computer". */
const COMPUTER = '';

function pairList(
  room: Room,
  d: Dashboard,
  name: (id: string | null) => string,
  catalogue: Catalogue,
): HTMLElement {
  const items = d.pairs.map((p, i) => {
    const label = say('live.pair', catalogue, { a: name(p.a), b: name(p.b) });
    const remove = el(
      'button',
      { type: 'button', 'aria-label': say('live.removePair', catalogue, { pair: label }) },
      say('live.remove', catalogue),
    );
    remove.addEventListener('click', () =>
      room.send(MSG.pair, { pairs: d.pairs.filter((_, j) => j !== i) } satisfies Pairing),
    );
    return el('li', {}, el('span', { class: 'live-pair' }, label), ' ', remove);
  });
  return el('ul', { class: 'live-pairs' }, ...items);
}

/** Two selects of the students not yet paired, and a button that adds their pair. */
function pairPicker(room: Room, d: Dashboard, catalogue: Catalogue): HTMLElement | null {
  const paired = new Set(d.pairs.flatMap((p) => (p.b === null ? [p.a] : [p.a, p.b])));
  const free = d.students.filter((s) => !paired.has(s.id) && s.callId === null);
  if (free.length === 0) return null;
  const options = () => free.map((s) => el('option', { value: s.id }, s.name));
  const first = el('select', { 'aria-label': say('live.first', catalogue) }, ...options());
  const partner = el(
    'select',
    { 'aria-label': say('live.partner', catalogue) },
    ...options(),
    el('option', { value: COMPUTER }, say('live.computer', catalogue)),
  );
  partner.selectedIndex = free.length > 1 ? 1 : free.length;
  const add = el('button', { type: 'button' }, say('live.addPair', catalogue));
  add.addEventListener('click', () => {
    const b = partner.value === COMPUTER || partner.value === first.value ? null : partner.value;
    room.send(MSG.pair, { pairs: [...d.pairs, { a: first.value, b }] } satisfies Pairing);
  });
  return el(
    'p',
    { class: 'live-picker' },
    el('label', {}, say('live.first', catalogue), ' ', first),
    ' ',
    el('label', {}, say('live.partner', catalogue), ' ', partner),
    ' ',
    add,
  );
}

/** The students, the pairs so far, the picker, and the buttons for random pairs and starting. */
export function pairingView(
  room: Room,
  d: Dashboard,
  name: (id: string | null) => string,
  catalogue: Catalogue,
): Node[] {
  const random = el('button', { type: 'button' }, say('live.randomPairs', catalogue));
  random.addEventListener('click', () => room.send(MSG.pairRandom));
  const start = el('button', { type: 'button', class: 'primary' }, say('live.startAll', catalogue));
  start.disabled = d.pairs.length === 0;
  start.addEventListener('click', () => room.send(MSG.start));
  const picker = pairPicker(room, d, catalogue);
  return [
    el('ul', {}, ...d.students.map((s) => el('li', {}, s.name))),
    el('h2', {}, say('live.pairs', catalogue)),
    pairList(room, d, name, catalogue),
    ...(picker ? [picker] : []),
    el('p', {}, random, ' ', start),
  ];
}
