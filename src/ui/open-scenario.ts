// A teacher's own scenario in the browser: from a file picker, dropped on the
// page, or linked with ?scenario=URL (same origin only: nothing is fetched
// from elsewhere). Loaded by the same loader as the command line; a file that
// does not load goes to the problems screen with its line numbers. The loader
// (with its YAML parser) is fetched only when a teacher opens a file.
import type { GameStore, ScenarioEntry } from '../store/game-store.ts';
import { t, type Catalogue } from '../messages/i18n.ts';

const loader = () => import('../scenario/load.ts');

export async function entryFrom(
  file: string,
  bytes: string | Uint8Array,
  catalogue: Catalogue,
): Promise<ScenarioEntry> {
  const { loadScenario } = await loader();
  const result = loadScenario(file, bytes, catalogue);
  return result.ok
    ? { file, title: result.scenario.title, scenario: result.scenario }
    : { file, title: file, problems: result.problems };
}

function failure(file: string, message: string, fix: string): ScenarioEntry {
  return {
    file,
    title: file,
    problems: [
      { severity: 'error', file, line: 1, column: 1, path: '', message, fix, wholeFile: true },
    ],
  };
}

async function readFile(file: File, catalogue: Catalogue): Promise<ScenarioEntry> {
  const { MAX_SCENARIO_BYTES } = await loader();
  if (file.size > MAX_SCENARIO_BYTES)
    return entryFrom(file.name, new Uint8Array(MAX_SCENARIO_BYTES + 1), catalogue);
  try {
    return entryFrom(file.name, new Uint8Array(await file.arrayBuffer()), catalogue);
  } catch {
    return failure(file.name, t(catalogue, 'link.unreadable'), t(catalogue, 'link.unreadableFix'));
  }
}

/** Opens the browser's file picker; the chosen file is added to the store. */
export function pickScenarioFile(store: GameStore): void {
  const input = document.createElement('input');
  input.type = 'file';
  input.accept = '.yaml,.yml,.json,text/yaml,application/json';
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (file)
      void readFile(file, store.getState().catalogue).then((entry) =>
        store.getState().actions.addScenario(entry),
      );
  });
  input.click();
}

/** A scenario file dropped anywhere on the page is opened. */
export function installDropTarget(store: GameStore): () => void {
  const over = (e: DragEvent) => {
    if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
  };
  const drop = (e: DragEvent) => {
    const file = e.dataTransfer?.files[0];
    if (!file) return;
    e.preventDefault();
    void readFile(file, store.getState().catalogue).then((entry) =>
      store.getState().actions.addScenario(entry),
    );
  };
  window.addEventListener('dragover', over);
  window.addEventListener('drop', drop);
  return () => {
    window.removeEventListener('dragover', over);
    window.removeEventListener('drop', drop);
  };
}

/** What `fetchLinkedScenario` needs from the page: its fetch and its own address. */
export interface LinkContext {
  fetch: (url: URL, init: RequestInit) => Promise<Response>;
  here: string;
}

/** Media that cannot be a scenario file whatever their name: a page, a picture, a sound… */
const NOT_A_SCENARIO =
  /^(text\/html|application\/xhtml|image\/|audio\/|video\/|font\/|application\/(pdf|zip))/i;

/** ?scenario=URL, fetched only from this site's own origin; an answer that is not a scenario says so. */
export async function fetchLinkedScenario(
  link: string,
  page: LinkContext,
  catalogue: Catalogue,
): Promise<ScenarioEntry> {
  const name = link.split('/').pop() || link;
  let url: URL;
  try {
    url = new URL(link, page.here);
  } catch {
    return failure(
      name,
      t(catalogue, 'link.notAddress', { link }),
      t(catalogue, 'link.notAddressFix'),
    );
  }
  if (url.origin !== new URL(page.here).origin)
    return failure(name, t(catalogue, 'link.otherSite'), t(catalogue, 'link.otherSiteFix'));
  const notFound = (reason: string) =>
    failure(
      name,
      t(catalogue, 'link.notFound', { url: url.href, reason }),
      t(catalogue, 'link.notFoundFix', { url: url.href }),
    );
  let response: Response;
  let bytes: Uint8Array;
  try {
    response = await page.fetch(url, { credentials: 'same-origin' });
    // A static host answers a missing file with its 404 page, or with the game's own page.
    if (!response.ok)
      return notFound(
        t(catalogue, 'link.reason.status', {
          status: `${response.status} ${response.statusText}`.trim(),
        }),
      );
    bytes = new Uint8Array(await response.arrayBuffer());
  } catch {
    return failure(
      name,
      t(catalogue, 'link.network', { url: url.href }),
      t(catalogue, 'link.networkFix'),
    );
  }
  const type = (response.headers.get('content-type') ?? '').split(';')[0]?.trim() ?? '';
  if (/html/i.test(type) || looksLikePage(bytes)) return notFound(t(catalogue, 'link.reason.page'));
  if (NOT_A_SCENARIO.test(type)) return notFound(t(catalogue, 'link.reason.type', { type }));
  if (new TextDecoder().decode(bytes.subarray(0, 4096)).trim() === '' && bytes.length < 4096)
    return notFound(t(catalogue, 'link.reason.empty'));
  return entryFrom(name, bytes, catalogue);
}

/** A web page, whatever the server called it: a scenario never starts with "<". */
function looksLikePage(bytes: Uint8Array): boolean {
  const head = new TextDecoder()
    .decode(bytes.subarray(0, 512))
    .replace(/^\uFEFF/, '')
    .trimStart();
  return head.startsWith('<');
}

/** ?scenario=URL: fetched only from this site's own origin. */
export async function loadLinkedScenario(store: GameStore, link: string): Promise<void> {
  const entry = await fetchLinkedScenario(
    link,
    {
      fetch: (url, init) => fetch(url, init),
      here: window.location.href,
    },
    store.getState().catalogue,
  );
  store.getState().actions.addScenario(entry);
}
