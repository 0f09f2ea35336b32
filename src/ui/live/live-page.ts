// The teacher's live class (live.html, served by the live-class server):
// choose the scenario and settings, open the class, show the join code and a
// QR code of the join page, pair the students (at random: an odd one plays the
// computer), start every call at once, and follow each call as it happens —
// its clock, meters, moves and ending — then take every student's result link
// to the class results page. Reads only public facts about the calls.
import './live.css';
import { t, type MessageKey } from '../../messages/i18n.ts';
import { DIFFICULTIES } from '../../negotiation/types.ts';
import { LANGUAGES, isLanguage, type Language } from '../../messages/catalogues.ts';
import { CLASS_ROOM, MSG, type CallSummary, type Dashboard } from '../../net/protocol.ts';
import { liveClient, rejoin, type Room } from '../../net/live-client.ts';
import { bundledScenarios } from '../bundled-scenarios.ts';
import { applyLanguage, pageLanguage } from '../language.ts';
import { el } from '../dom.ts';
import { qrCodeSvg } from '../qr-code.ts';
import { pairingView } from './pairing.ts';
import { liveClassResults } from './class-results.ts';
import { clockText } from '../../negotiation/clock.ts';

const say = (key: MessageKey, params?: Record<string, string | number>) =>
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

function setupForm(): void {
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
  const open = el('button', { type: 'submit' }, say('live.open'));
  const form = el(
    'form',
    {},
    field(say('live.scenario'), scenario),
    field(say('live.difficulty'), difficulty),
    field(say('live.language'), lang),
    field(say('live.roster'), roster),
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
      .then((room) => follow(client, room, isLanguage(lang.value) ? lang.value : language))
      .catch((error: unknown) => {
        open.disabled = false;
        problem.textContent = say('live.problem', {
          message: String((error as Error)?.message ?? error),
        });
      });
  });
  root.replaceChildren(el('h1', {}, say('live.title')), el('p', {}, say('live.intro')), form);
}

function follow(client: ReturnType<typeof liveClient>, room: Room, classLanguage: Language): void {
  const results = liveClassResults(bundledScenarios(classLanguage), catalogue);
  const board = el('div', { 'aria-live': 'polite' });
  const joinLink = `${location.origin}${location.pathname.replace(/live\.html$/, '')}join.html?code=${room.roomId}`;
  const qr = qrCodeSvg(joinLink, say('live.qrLabel'), 180);
  root.replaceChildren(
    el('h1', {}, say('live.title')),
    el(
      'div',
      { class: 'live-code' },
      el('p', { class: 'live-code-text' }, say('live.code', { code: room.roomId })),
      el('p', {}, say('live.joinAt', { link: joinLink })),
      ...(qr ? [qr] : []),
    ),
    board,
  );
  let key = '';
  // The class again after a lost connection: the same room, or (its process dead) resumed on another.
  const again = async () => {
    const options = { teacher: true, key };
    return client
      .joinById(room.roomId, options)
      .catch(() => client.create(CLASS_ROOM, { ...options, resume: room.roomId }));
  };
  const listen = (r: Room) => {
    r.onMessage(MSG.dashboard, (d: Dashboard) => {
      key = d.key;
      board.replaceChildren(...dashboardView(r, d, results));
    });
    r.onLeave((code) => {
      if (code === 4000) return;
      void rejoin(client, r.reconnectionToken, again).then((back) => {
        if (back) listen(back);
        else board.prepend(el('p', { class: 'live-problem', role: 'alert' }, say('join.lost')));
      });
    });
  };
  listen(room);
}

function dashboardView(
  room: Room,
  d: Dashboard,
  results: ReturnType<typeof liveClassResults>,
): Node[] {
  const name = (id: string | null) =>
    id === null ? say('live.computer') : (d.students.find((s) => s.id === id)?.name ?? '?');
  const nodes: Node[] = [el('h2', {}, say('live.students', { count: d.students.length }))];
  if (!d.started) return [...nodes, ...pairingView(room, d, name, catalogue)];
  nodes.push(callsTable(d.calls));
  const links = d.calls.flatMap((c) =>
    c.results.map((r) => `${location.origin}/debrief.html#r=${encodeURIComponent(linkOf(r, c))}`),
  );
  if (links.length > 0)
    nodes.push(
      el('p', {}, say('live.results')),
      el(
        'textarea',
        { class: 'live-links', rows: String(Math.min(12, links.length + 1)), readonly: '' },
        links.join('\n'),
      ),
    );
  const pooled = results.view(d.calls);
  if (pooled) nodes.push(pooled);
  return nodes;
}

/** The result's link parameter, as the server made it for the student. */
function linkOf(result: CallSummary['results'][number], call: CallSummary): string {
  return call.links[result.side] ?? '';
}

function callsTable(calls: CallSummary[]): HTMLElement {
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
    ).map((k) => el('th', { scope: 'col' }, say(k))),
  );
  const rows = calls.map((c) =>
    el(
      'tr',
      {},
      el(
        'td',
        {},
        Object.values(c.players)
          .map((p) => p ?? say('live.computer'))
          .join(' · '),
      ),
      el('td', {}, `${clockText(c.clock)} / ${clockText(c.seconds)}`),
      el(
        'td',
        {},
        Object.entries(c.meters)
          .map(([m, v]) => `${m} ${Math.round(v)}`)
          .join(' · '),
      ),
      el('td', {}, `${c.moves.length}${c.moves.length > 0 ? ` (${c.moves.at(-1)?.kind})` : ''}`),
      el('td', {}, c.endingTitle ?? say('live.inProgress')),
    ),
  );
  return el('table', { class: 'live-calls' }, el('thead', {}, head), el('tbody', {}, ...rows));
}

if (location.protocol === 'file:') root.replaceChildren(el('p', {}, say('live.noServer')));
else setupForm();
