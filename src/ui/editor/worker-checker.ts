// Every check of the editor's text in a Web Worker (the loader's verdict and
// the deeper checks): typing never waits for one. One request runs at a time.
// A newer request waits for a quick load still running (the worker stays
// warm), and takes the place of any request waiting before it; a deeper check
// or a load running long (a hostile text) is abandoned by ending the worker
// and starting another: it cannot be interrupted from outside, and the
// teacher only cares about the text on screen.
import type { LoadVerdict, ScenarioChecker } from '../../store/editor-store.ts';
import type { FileReport } from '../../negotiation/analysis/file-report.ts';
import type { CheckRequest, CheckResponse } from '../../negotiation/analysis/check-worker.ts';
import type { Catalogue } from '../../messages/i18n.ts';

/** A load running longer than this is abandoned for a newer request rather than waited for, in ms. */
const PATIENCE_MS = 500;

interface Request {
  kind: CheckRequest['kind'];
  file: string;
  text: string;
  resolve: (answer: CheckResponse) => void;
  reject: (reason: Error) => void;
}

/** The findings come back in `catalogue`'s language. */
export function createWorkerChecker(catalogue: Catalogue): ScenarioChecker {
  let worker: Worker | null = null;
  let running: (Request & { id: number; since: number }) | null = null;
  let waiting: Request | null = null;
  let nextId = 0;

  const spawn = (): Worker => {
    const w = new Worker(new URL('../../negotiation/analysis/check-worker.ts', import.meta.url), {
      type: 'module',
      name: 'scenario-check',
    });
    w.onmessage = (event: MessageEvent<CheckResponse>) => {
      if (!running || event.data.id !== running.id) return;
      const done = running;
      running = null;
      done.resolve(event.data);
      sendWaiting();
    };
    w.onerror = (event) => {
      event.preventDefault();
      w.terminate();
      if (worker === w) worker = null;
      const failed = running;
      running = null;
      failed?.reject(new Error(event.message || 'the check worker failed'));
      sendWaiting();
    };
    return w;
  };
  const send = (request: Request) => {
    worker ??= spawn();
    running = { ...request, id: ++nextId, since: performance.now() };
    const language = catalogue['meta.locale'];
    const { kind, file, text } = request;
    worker.postMessage({ id: running.id, kind, file, text, language } satisfies CheckRequest);
  };
  const sendWaiting = () => {
    const next = waiting;
    waiting = null;
    if (next) send(next);
  };
  /** Ends the worker, what it was doing and what was waiting. */
  const abandon = () => {
    waiting?.reject(new Error('superseded'));
    waiting = null;
    worker?.terminate();
    worker = null;
    running?.reject(new Error('superseded'));
    running = null;
  };

  const ask = (kind: CheckRequest['kind'], file: string, text: string) =>
    new Promise<CheckResponse>((resolve, reject) => {
      const request: Request = { kind, file, text, resolve, reject };
      waiting?.reject(new Error('superseded'));
      waiting = null;
      if (!running) return send(request);
      const quick = running.kind === 'load' && performance.now() - running.since < PATIENCE_MS;
      if (quick) {
        waiting = request;
        return;
      }
      abandon();
      send(request);
    });

  return {
    async load(file, text): Promise<LoadVerdict> {
      const answer = await ask('load', file, text);
      if (answer.kind !== 'load') throw new Error('the check worker answered another request');
      return { loads: answer.loads, problems: answer.problems };
    },
    async check(file, text): Promise<FileReport> {
      const answer = await ask('check', file, text);
      if (answer.kind !== 'check') throw new Error('the check worker answered another request');
      return answer.report;
    },
    dispose: abandon,
  };
}
