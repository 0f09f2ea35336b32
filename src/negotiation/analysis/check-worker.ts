// The deeper checks of a scenario text in a Web Worker, so the editor stays
// responsive while every ending's path is searched. The same code as
// `npm run scenario -- check`: load, then fileReport.
import { loadScenario } from '../../scenario/load.ts';
import { fileReport, type FileReport } from './file-report.ts';
import { CATALOGUES, isLanguage } from '../../messages/catalogues.ts';
import { en } from '../../messages/en.ts';

export interface CheckRequest {
  id: number;
  file: string;
  text: string;
  /** The editor page's language: the findings come back in it. */
  language?: string;
}

export interface CheckResponse {
  id: number;
  report: FileReport;
}

const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<CheckRequest>) => void) | null;
  postMessage(message: CheckResponse): void;
};

scope.onmessage = (event) => {
  const { id, file, text, language } = event.data;
  const catalogue = isLanguage(language) ? CATALOGUES[language] : en;
  scope.postMessage({
    id,
    report: fileReport(file, loadScenario(file, text, catalogue), catalogue, true),
  });
};
