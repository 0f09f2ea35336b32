// A teacher's link: settings in the address (?scenario=…&side=…&difficulty=…
// &lang=…&seed=…&players=2), so every student who opens it gets the same
// game; and the dialog on the title screen that makes one from the current
// choices and copies it. A teacher's own scenario (from the editor or a file)
// rides in the link itself, as a compressed copy after the # (#s=…, never
// sent to a server): nothing to upload, and the students' results carry it on.
import type { GameStore } from '../store/game-store.ts';
import { privateGame } from '../store/private-game.ts';
import { DIFFICULTIES, type Difficulty } from '../negotiation/types.ts';
import { t, type MessageKey } from '../messages/i18n.ts';
import { el } from './dom.ts';
import { copyLink, gameDialog, openGameDialog } from './game-dialog.ts';
import { loadLinkedScenario } from './open-scenario.ts';
import { packScenario, readScenarioCopy } from '../negotiation/scenario-copy.ts';

/** A seed word a class can read aloud: "class-" and five letters or digits. */
export function newSeedWord(random: () => number = Math.random): string {
  return `class-${Math.floor(random() * 36 ** 5)
    .toString(36)
    .padStart(5, '0')}`;
}

/**
 * The link for the game as set up on the title screen; a scenario not bundled
 * with the game goes in the fragment as a copy. Null with no playable scenario.
 */
export function classLinkFor(store: GameStore, pageHref: string, seed: string): string | null {
  const state = store.getState();
  // The whole scenario, for a teacher's own (the store lists only its card).
  const entry = privateGame(store)
    .entries()
    .find((e) => e.file === state.setup.file);
  if (!entry?.scenario) return null;
  const url = new URL(pageHref);
  url.search = '';
  url.hash = '';
  const params = new URLSearchParams({
    ...(entry.bundled ? { scenario: entry.scenario.id } : {}),
    side: state.setup.side,
    difficulty: state.setup.difficulty,
    lang: state.language,
    seed,
  });
  if (state.setup.players === 2) params.set('players', '2');
  url.search = params.toString();
  if (!entry.bundled) url.hash = `s=${packScenario(entry.scenario)}`;
  return url.href;
}

/** The file name a linked copy is shown under: its id, so saved games find it again. */
const copyFile = (id: string) => `${id}.yaml`;

/** Whether the address carries a teacher's settings (a scenario, its copy, side, difficulty, players). */
export function carriesSettings(params: URLSearchParams, hash: string): boolean {
  const settings = ['scenario', 'side', 'difficulty', 'players'];
  return (
    settings.some((name) => params.has(name)) ||
    new URLSearchParams(hash.replace(/^#/, '')).has('s')
  );
}

/**
 * Applies a link's settings: the scenario it carries (#s=…), or a bundled
 * scenario by id or file name (else fetched as a file on this site), side,
 * difficulty, players.
 */
export async function applyClassLink(
  store: GameStore,
  params: URLSearchParams,
  hash: string = globalThis.location?.hash ?? '',
): Promise<void> {
  const { actions } = store.getState();
  const scenario = params.get('scenario');
  const copy = new URLSearchParams(hash.replace(/^#/, '')).get('s');
  if (copy !== null) {
    const carried = readScenarioCopy(copy, store.getState().catalogue);
    actions.addScenario(
      carried
        ? { file: copyFile(carried.id), title: carried.title, scenario: carried }
        : {
            file: 'link',
            title: 'link',
            problems: [
              {
                severity: 'error',
                file: 'link',
                line: 1,
                column: 1,
                path: '',
                message: t(store.getState().catalogue, 'classLink.badCopy'),
                fix: t(store.getState().catalogue, 'classLink.badCopyFix'),
              },
            ],
          },
    );
  } else if (scenario) {
    const bundled = store
      .getState()
      .scenarios.find((e) => e.scenario?.id === scenario || e.file === scenario);
    if (bundled) actions.selectScenario(bundled.file);
    else await loadLinkedScenario(store, scenario);
  }
  const side = params.get('side');
  if (side) actions.selectSide(side);
  const difficulty = params.get('difficulty');
  if (DIFFICULTIES.includes(difficulty as Difficulty))
    actions.selectDifficulty(difficulty as Difficulty);
  const players = params.get('players');
  if (players === '2' || players === '1') actions.setPlayers(players === '2' ? 2 : 1);
}

/** The title screen's "Link for my class…": the link, copied at once, and shown to select by hand. */
export function openClassLinkDialog(store: GameStore, host: HTMLElement): Promise<void> {
  const state = store.getState();
  const say = (key: MessageKey, params?: Record<string, string | number>) =>
    t(state.catalogue, key, params);
  const seed = newSeedWord();
  const href = classLinkFor(store, window.location.href, seed);
  const leader = state.scenario?.sides.find((s) => s.id === state.setup.side)?.leader ?? '';
  const status = el('p', { role: 'status' });
  const close = el('button', { type: 'button' }, say('classLink.close'));
  const dialog = gameDialog({ id: 'class-link', title: say('classLink.title') });
  if (href) {
    const link = el('input', { type: 'text', readonly: '', class: 'link' });
    link.value = href;
    const copy = el('button', { type: 'button', class: 'primary' }, say('classLink.copy'));
    const copyHref = () =>
      copyLink(link, status, {
        copied: say('classLink.copied'),
        failed: say('classLink.copyFailed'),
      });
    copy.addEventListener('click', copyHref);
    dialog.append(
      el(
        'p',
        {},
        say('classLink.intro', {
          scenario: state.scenario?.title ?? '',
          leader,
          difficulty: say(`title.difficulty.${state.setup.difficulty}` as MessageKey),
          language: say('meta.name'),
          seed,
        }),
        ...(state.setup.players === 2 ? [' ', say('classLink.twoPlayers')] : []),
        ...(href.includes('#s=') ? [' ', say('classLink.carriesScenario')] : []),
      ),
      el('label', {}, say('classLink.link'), link),
      el('div', { class: 'row' }, copy, close),
      status,
    );
    copyHref();
  } else
    dialog.append(el('p', {}, say('classLink.notBundled')), el('div', { class: 'row' }, close));
  return openGameDialog(dialog, host, close, [close]);
}
