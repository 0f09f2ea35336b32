// The editor's deeper checks in a Web Worker. A check still running when a
// newer text arrives is abandoned by ending the worker and starting another:
// the search cannot be interrupted from outside, and the teacher only cares
// about the text on screen.
import type { DeepChecker } from '../../store/editor-store.ts';
import type { FileReport } from '../../negotiation/analysis/file-report.ts';
import type { CheckRequest, CheckResponse } from '../../negotiation/analysis/check-worker.ts';
import type { Catalogue } from '../../messages/i18n.ts';

/** The findings come back in `catalogue`'s language. */
export function createWorkerChecker(catalogue: Catalogue): DeepChecker {
  let worker: Worker | null = null;
  let busy: { id: number; reject: (reason: Error) => void } | null = null;
  let nextId = 0;

  const spawn = (): Worker =>
    new Worker(new URL('../../negotiation/analysis/check-worker.ts', import.meta.url), {
      type: 'module',
      name: 'scenario-check',
    });

  return {
    check(file, text) {
      if (busy && worker) {
        worker.terminate();
        worker = null;
        busy.reject(new Error('superseded'));
        busy = null;
      }
      worker ??= spawn();
      const running = worker;
      const id = ++nextId;
      return new Promise<FileReport>((resolve, reject) => {
        busy = { id, reject };
        running.onmessage = (event: MessageEvent<CheckResponse>) => {
          if (event.data.id !== id) return;
          busy = null;
          resolve(event.data.report);
        };
        running.onerror = (event) => {
          event.preventDefault();
          busy = null;
          running.terminate();
          if (worker === running) worker = null;
          reject(new Error(event.message || 'the check worker failed'));
        };
        const language = catalogue['meta.locale'];
        running.postMessage({ id, file, text, language } satisfies CheckRequest);
      });
    },
    dispose() {
      worker?.terminate();
      worker = null;
    },
  };
}
