// The scenario files shipped with the game, as raw YAML text by file name
// (bundled at build time: nothing is fetched). Every page reads them here.
import { loadScenario } from '../scenario/load.ts';
import { localiseScenario } from '../scenario/localise.ts';
import type { Scenario } from '../scenario/schema.ts';

const scenarioFiles = import.meta.glob('../../scenarios/*.yaml', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

export interface BundledFile {
  file: string;
  text: string;
}

/** Every bundled scenario file, by file name. */
export function bundledFiles(): BundledFile[] {
  return Object.entries(scenarioFiles).map(([path, text]) => ({
    file: path.split('/').pop() ?? path,
    text,
  }));
}

/**
 * The bundled scenarios that load (a broken one is shown by the game's problems
 * scene instead), in `language` where they have a translation into it.
 */
export function bundledScenarios(language?: string): Scenario[] {
  return bundledFiles().flatMap(({ file, text }) => {
    const result = loadScenario(file, text);
    if (!result.ok) return [];
    return [language ? localiseScenario(result.scenario, language) : result.scenario];
  });
}
