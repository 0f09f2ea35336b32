// Run before every unit test file. The unit tests share their worker's modules
// (isolate: false in vite.config.ts: importing XState, zod, YAML and the rules
// afresh for each of ~60 files cost more CPU than the tests themselves), so
// what one file may change for the whole process is put back when it ends:
// the text scale, stubbed globals and environment
// variables, spies and fake timers. A file that changes other process-wide
// state must put it back itself.
import { afterAll, vi } from 'vitest';
import { setTextScale } from '../scenes/widgets/theme.ts';

afterAll(() => {
  setTextScale(1);
  vi.unstubAllGlobals();
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  vi.useRealTimers();
});
