// A teacher's own scenario in the browser: from a file picker, dropped on the
// page, or linked with ?scenario=URL (same origin only: nothing is fetched
// from elsewhere). Loaded by the same loader as the command line; a file that
// does not load goes to the problems screen with its line numbers. The loader
// (with its YAML parser) is fetched only when a teacher opens a file.
import type { GameStore, ScenarioEntry } from '../store/game-store.ts';

const loader = () => import('../scenario/load.ts');

export async function entryFrom(file: string, bytes: string | Uint8Array): Promise<ScenarioEntry> {
  const { loadScenario } = await loader();
  const result = loadScenario(file, bytes);
  return result.ok
    ? { file, title: result.scenario.title, scenario: result.scenario }
    : { file, title: file, problems: result.problems };
}

function failure(file: string, message: string, fix: string): ScenarioEntry {
  return {
    file,
    title: file,
    problems: [{ severity: 'error', file, line: 1, column: 1, path: '', message, fix }],
  };
}

async function readFile(file: File): Promise<ScenarioEntry> {
  const { MAX_SCENARIO_BYTES } = await loader();
  if (file.size > MAX_SCENARIO_BYTES)
    return entryFrom(file.name, new Uint8Array(MAX_SCENARIO_BYTES + 1));
  try {
    return entryFrom(file.name, new Uint8Array(await file.arrayBuffer()));
  } catch {
    return failure(
      file.name,
      'the file could not be read',
      'check the file is on this computer and try again.',
    );
  }
}

/** Opens the browser's file picker; the chosen file is added to the store. */
export function pickScenarioFile(store: GameStore): void {
  const input = document.createElement('input');
  input.type = 'file';
  input.accept = '.yaml,.yml,.json,text/yaml,application/json';
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (file) void readFile(file).then((entry) => store.getState().actions.addScenario(entry));
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
    void readFile(file).then((entry) => store.getState().actions.addScenario(entry));
  };
  window.addEventListener('dragover', over);
  window.addEventListener('drop', drop);
  return () => {
    window.removeEventListener('dragover', over);
    window.removeEventListener('drop', drop);
  };
}

/** ?scenario=URL: fetched only from this site's own origin. */
export async function loadLinkedScenario(store: GameStore, link: string): Promise<void> {
  const name = link.split('/').pop() || link;
  let url: URL;
  try {
    url = new URL(link, window.location.href);
  } catch {
    store
      .getState()
      .actions.addScenario(
        failure(
          name,
          `"${link}" is not a web address`,
          'use a link like ?scenario=scenarios/my-file.yaml',
        ),
      );
    return;
  }
  if (url.origin !== window.location.origin) {
    store
      .getState()
      .actions.addScenario(
        failure(
          name,
          'the scenario link points to another website',
          'put the file on the same site as the game, or open it with "Open a scenario file".',
        ),
      );
    return;
  }
  try {
    const response = await fetch(url, { credentials: 'same-origin' });
    if (!response.ok) {
      store
        .getState()
        .actions.addScenario(
          failure(
            name,
            `the file could not be fetched (HTTP ${response.status})`,
            'check the link and that the file is on the site.',
          ),
        );
      return;
    }
    store
      .getState()
      .actions.addScenario(await entryFrom(name, new Uint8Array(await response.arrayBuffer())));
  } catch {
    store
      .getState()
      .actions.addScenario(
        failure(
          name,
          'the file could not be fetched',
          'check the link and the network, then reload.',
        ),
      );
  }
}
