// Every check of a scenario text in a Web Worker, so the editor stays
// responsive however long a text takes to read (a hostile file) and while
// every ending's path is searched. The same code as `npm run scenario --
// check`: load ('load': the loader's verdict), then fileReport ('check').
import { loadScenario, type LoadResult } from '../../scenario/load.ts';
import type { Problem } from '../../scenario/problem.ts';
import { fileReport, type FileReport } from './file-report.ts';
import { CATALOGUES, isLanguage } from '../../messages/catalogues.ts';
import { en } from '../../messages/en.ts';
import type { Catalogue } from '../../messages/i18n.ts';

export interface CheckRequest {
  id: number;
  /** 'load': the loader's verdict only; 'check': the deeper checks too. */
  kind: 'load' | 'check';
  file: string;
  text: string;
  /** The editor page's language: the findings come back in it. */
  language?: string;
}

export type CheckResponse =
  | { id: number; kind: 'load'; loads: boolean; problems: Problem[] }
  | { id: number; kind: 'check'; report: FileReport };

const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<CheckRequest>) => void) | null;
  postMessage(message: CheckResponse): void;
};

/** The last text loaded, so its deeper checks (asked for next) do not read it again. */
let last: { file: string; text: string; language?: string; result: LoadResult } | null = null;

function loaded(file: string, text: string, catalogue: Catalogue, language?: string): LoadResult {
  if (last?.file !== file || last.text !== text || last.language !== language)
    last = { file, text, language, result: loadScenario(file, text, catalogue) };
  return last.result;
}

scope.onmessage = (event) => {
  const { id, kind, file, text, language } = event.data;
  const catalogue = isLanguage(language) ? CATALOGUES[language] : en;
  const result = loaded(file, text, catalogue, language);
  if (kind === 'check')
    scope.postMessage({ id, kind, report: fileReport(file, result, catalogue, true) });
  else
    scope.postMessage(
      result.ok
        ? { id, kind, loads: true, problems: result.warnings }
        : { id, kind, loads: false, problems: result.problems },
    );
};
