// The deeper checks of a scenario text in a Web Worker, so the editor stays
// responsive while every ending's path is searched. The same code as
// `npm run scenario -- check`: load, then fileReport.
import { loadScenario } from '../../scenario/load.ts';
import { fileReport, type FileReport } from './file-report.ts';

export interface CheckRequest {
  id: number;
  file: string;
  text: string;
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
  const { id, file, text } = event.data;
  scope.postMessage({ id, report: fileReport(file, loadScenario(file, text), true) });
};
