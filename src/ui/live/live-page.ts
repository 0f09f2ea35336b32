// The teacher's live class (live.html, served by the live-class server):
// choose the scenario and settings, open the class, show the join code and a
// QR code of the join page, pair the students (at random: an odd one plays the
// computer), start every call at once, and follow each call as it happens —
// its clock, meters, moves and ending — then take every student's result link
// to the class results page. Reads only public facts about the calls.
import './live.css';
import { t, type MessageKey, type Catalogue } from '../../messages/i18n.ts';
import { DIFFICULTIES } from '../../negotiation/types.ts';
import { LANGUAGES } from '../../messages/catalogues.ts';
import { CLASS_ROOM, MSG, type CallSummary, type Dashboard } from '../../net/protocol.ts';
import { liveClient, rejoin, type Room } from '../../net/live-client.ts';
import { bundledScenarios } from '../bundled-scenarios.ts';
import { applyLanguage, pageLanguage } from '../language.ts';
import { el } from '../dom.ts';
import { qrCodeSvg } from '../qr-code.ts';

const say = (key: MessageKey, catalogue: Catalogue, params?: Record<string, string | number>) =>
  t(catalogue, key, params);
const language = pageLanguage();
const catalogue = applyLanguage(language);
const root = document.getElementById('live') ?? document.body;
const scenarios = bundledScenarios(language);
const DEFAULT_SCENARIO_ID = '2026-01-12-sheinbaum-trump-call';

function field(label: string, control: HTMLElement): HTMLElement {
  return el('label', { class: 'live-field' }, el('span', {}, label), control);
}

function select(values: readonly string[], labels: (v: string) => string): HTMLSelectElement {
  return el('select', {}, ...values.map((v) => el('option', { value: v }, labels(v))));
}

function setupForm(catalogue: Catalogue): void {
  const scenario = select(
    scenarios.map((s) => s.id),
    (id) => scenarios.find((s) => s.id === id)?.title ?? id,
  );
  scenario.value = DEFAULT_SCENARIO_ID;
  const difficulty = select(DIFFICULTIES, (d) => d);
  difficulty.value = 'normal';
  const lang = select(LANGUAGES, (l) => l);
  lang.value = language;
  const roster = el('textarea', { rows: '6' });
  const problem = el('p', { class: 'live-problem', role: 'alert' });
  const open = el('button', { type: 'submit' }, say('live.open', catalogue));
  const form = el(
    'form',
    {},
    field(say('live.scenario', catalogue), scenario),
    field(say('live.difficulty', catalogue), difficulty),
    field(say('live.language', catalogue), lang),
    field(say('live.roster', catalogue), roster),
    open,
    problem,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    open.disabled = true;
    const client = liveClient(location.origin);
    client
      .create(CLASS_ROOM, {
        teacher: true,
        scenario: scenario.value,
        difficulty: difficulty.value,
        language: lang.value,
        roster: roster.value.split('\n').filter((n) => n.trim() !== ''),
      })
      .then((room) => follow(client, room, catalogue))
      .catch((error: unknown) => {
        open.disabled = false;
        problem.textContent = say('live.problem', catalogue, {
          message: String((error as Error)?.message ?? error),
        });
      });
  });
  root.replaceChildren(
    el('h1', {}, say('live.title', catalogue)),
    el('p', {}, say('live.intro', catalogue)),
    form,
  );
}

function follow(client: ReturnType<typeof liveClient>, room: Room, catalogue: Catalogue): void {
  const board = el('div', { 'aria-live': 'polite' });
  const joinLink = `${location.origin}${location.pathname.replace(/live\.html$/, '')}join.html?code=${room.roomId}`;
  const qr = qrCodeSvg(joinLink, say('live.qrLabel', catalogue), 180);
  root.replaceChildren(
    el('h1', {}, say('live.title', catalogue)),
    el(
      'div',
      { class: 'live-code' },
      el('p', { class: 'live-code-text' }, say('live.code', catalogue, { code: room.roomId })),
      el('p', {}, say('live.joinAt', catalogue, { link: joinLink })),
      ...(qr ? [qr] : []),
    ),
    board,
  );
  const listen = (r: Room, catalogue: Catalogue) => {
    r.onMessage(MSG.dashboard, (d: Dashboard) =>
      board.replaceChildren(...dashboardView(r, d, catalogue)),
    );
    r.onLeave((code) => {
      if (code === 4000) return;
      void rejoin(client, r.reconnectionToken).then((back) => {
        if (back) listen(back, catalogue);
        else
          board.prepend(
            el('p', { class: 'live-problem', role: 'alert' }, say('join.lost', catalogue)),
          );
      });
    });
  };
  listen(room, catalogue);
}

const clock = (seconds: number) =>
  `${Math.floor(seconds / 60)}:${String(Math.floor(seconds % 60)).padStart(2, '0')}`;

function dashboardView(room: Room, d: Dashboard, catalogue: Catalogue): Node[] {
  const name = (id: string | null, catalogue: Catalogue) =>
    id === null
      ? say('live.computer', catalogue)
      : (d.students.find((s) => s.id === id)?.name ?? '?');
  const random = el('button', { type: 'button' }, say('live.randomPairs', catalogue));
  random.addEventListener('click', () => room.send(MSG.pairRandom));
  const start = el('button', { type: 'button' }, say('live.startAll', catalogue));
  start.disabled = d.pairs.length === 0;
  start.addEventListener('click', () => room.send(MSG.start));
  const nodes: Node[] = [
    el('h2', {}, say('live.students', catalogue, { count: d.students.length })),
  ];
  if (!d.started) {
    nodes.push(
      el('ul', {}, ...d.students.map((s) => el('li', {}, s.name))),
      el(
        'ul',
        {},
        ...d.pairs.map((p) =>
          el(
            'li',
            {},
            say('live.pair', catalogue, { a: name(p.a, catalogue), b: name(p.b, catalogue) }),
          ),
        ),
      ),
      el('p', {}, random, ' ', start),
    );
    return nodes;
  }
  nodes.push(callsTable(d.calls, catalogue));
  const links = d.calls.flatMap((c) =>
    c.results.map((r) => `${location.origin}/debrief.html#r=${encodeURIComponent(linkOf(r, c))}`),
  );
  if (links.length > 0)
    nodes.push(
      el('p', {}, say('live.results', catalogue)),
      el(
        'textarea',
        { class: 'live-links', rows: String(Math.min(12, links.length + 1)), readonly: '' },
        links.join('\n'),
      ),
    );
  return nodes;
}

/** The result's link parameter, as the server made it for the student. */
function linkOf(result: CallSummary['results'][number], call: CallSummary): string {
  return call.links[result.side] ?? '';
}

function callsTable(calls: CallSummary[], catalogue: Catalogue): HTMLElement {
  const head = el(
    'tr',
    {},
    ...(
      [
        'live.colPlayers',
        'live.colClock',
        'live.colMeters',
        'live.colMoves',
        'live.colEnding',
      ] as const
    ).map((k) => el('th', { scope: 'col' }, say(k, catalogue))),
  );
  const rows = calls.map((c) =>
    el(
      'tr',
      {},
      el(
        'td',
        {},
        Object.values(c.players)
          .map((p) => p ?? say('live.computer', catalogue))
          .join(' · '),
      ),
      el('td', {}, `${clock(c.clock)} / ${clock(c.seconds)}`),
      el(
        'td',
        {},
        Object.entries(c.meters)
          .map(([m, v]) => `${m} ${Math.round(v)}`)
          .join(' · '),
      ),
      el('td', {}, `${c.moves.length}${c.moves.length > 0 ? ` (${c.moves.at(-1)?.kind})` : ''}`),
      el('td', {}, c.endingTitle ?? say('live.inProgress', catalogue)),
    ),
  );
  return el('table', { class: 'live-calls' }, el('thead', {}, head), el('tbody', {}, ...rows));
}

if (location.protocol === 'file:')
  root.replaceChildren(el('p', {}, say('live.noServer', catalogue)));
else setupForm(catalogue);
