// A student's call on the live join page, drawn from their own view only: who
// they are and their brief, the meters, the transcript, whose turn it is, a
// button for each legal move and a proposal built issue by issue from the
// choices the server lists. Draws; sends moves through `send`; keeps nothing.
import { t, type Catalogue, type MessageKey } from '../../messages/i18n.ts';
import type { Move } from '../../negotiation/types.ts';
import type { CallUpdate } from '../../net/protocol.ts';
import { el } from '../dom.ts';

type Say = (key: MessageKey, params?: Record<string, string | number>) => string;
type Send = (move: Move) => void;
type View = CallUpdate['view'];

const issueName = (view: View, id: string) => view.issues.find((i) => i.id === id)?.name ?? id;
const optionLabel = (view: View, issue: string, option: string) =>
  view.issues.find((i) => i.id === issue)?.options.find((o) => o.id === option)?.label ?? option;

function moveLabel(say: Say, view: View, m: Move): string {
  switch (m.kind) {
    case 'statement':
      return say('move.statement', { tone: say(`tone.${m.tone}`) });
    case 'evidence':
      return say('move.evidence', { label: m.id.replace(/[-_]/g, ' ') });
    case 'redLine':
      return say('move.redLine', { option: optionLabel(view, m.issue, m.option) });
    case 'defer':
      return say('move.defer', { issue: issueName(view, m.issue) });
    default:
      return say(`move.${m.kind}`);
  }
}

function moveButtons(say: Say, u: CallUpdate, send: Send): HTMLElement[] {
  return u.legal.fixed.map((m) => {
    const b = el('button', { type: 'button' }, moveLabel(say, u.view, m));
    b.addEventListener('click', () => send(m));
    return b;
  });
}

/** A select per open issue (or "leave open") and a button that proposes the package. */
function proposalControls(say: Say, u: CallUpdate, send: Send): Node[] {
  const { view, legal } = u;
  if (!legal.propose) return [];
  const selects = legal.propose.map((p) => {
    const s = el(
      'select',
      { 'aria-label': issueName(view, p.issue) },
      el('option', { value: '' }, say('join.leaveOpen')),
      ...p.choices.map((c) =>
        el(
          'option',
          { value: c },
          c === 'deferred' ? say('move.defer', { issue: '' }) : optionLabel(view, p.issue, c),
        ),
      ),
    );
    return { issue: p.issue, select: s };
  });
  const propose = el('button', { type: 'button' }, say('move.propose'));
  propose.addEventListener('click', () => {
    const terms = Object.fromEntries(
      selects.filter((s) => s.select.value !== '').map((s) => [s.issue, s.select.value]),
    );
    send({ kind: 'propose', terms });
  });
  return [
    el(
      'div',
      { class: 'live-moves' },
      ...selects.map((s) => el('label', {}, issueName(view, s.issue), ' ', s.select)),
      propose,
    ),
  ];
}

export function callView(catalogue: Catalogue, u: CallUpdate, send: Send): Node[] {
  const say: Say = (key, params) => t(catalogue, key, params);
  const { me, them } = u.view;
  const turn =
    u.legal.fixed.length > 0
      ? say('join.yourTurn')
      : u.phase === 'turns'
        ? say('join.theirTurn', { leader: them.leader })
        : '';
  return [
    el('h1', {}, say('join.youAre', { leader: me.leader, title: me.title, country: me.country })),
    el(
      'details',
      {},
      el('summary', {}, me.role),
      el('p', {}, me.brief),
      el('ul', {}, ...me.goals.map((g) => el('li', {}, g))),
    ),
    el(
      'p',
      { class: 'live-meters' },
      ...Object.entries(u.view.game.meters).map(([m, v]) =>
        el('span', {}, `${m}: ${Math.round(v)}`),
      ),
    ),
    el(
      'div',
      { class: 'live-transcript', 'aria-live': 'polite' },
      ...u.lines.map((l) => el('p', {}, l.speaker ? `${l.speaker}: ${l.text}` : l.text)),
    ),
    el('p', {}, turn),
    el('div', { class: 'live-moves' }, ...moveButtons(say, u, send)),
    ...proposalControls(say, u, send),
  ];
}
