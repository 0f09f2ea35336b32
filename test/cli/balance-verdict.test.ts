// One balance verdict everywhere: `check`, `report`, `simulate` and the editor
// say the same about a scenario whose last (catch-all) ending no game reaches.
// Each assertion fails if its tool says "healthy", or stays silent, alone.
import { describe, expect, it } from 'vitest';
import { checkFiles } from '../../src/cli/check-command.ts';
import { makeReport } from '../../src/cli/report.ts';
import { runSimulate } from '../../src/cli/simulate-command.ts';
import { createInlineChecker } from '../../src/store/editor-store.ts';
import { readFileSync } from 'node:fs';
import { loadOrThrow, repoPath } from '../helpers.ts';
import { en } from '../../src/messages/en.ts';

const FILE = 'test/fixtures/balance/catch-all-never.yaml';
const NEVER = /no sample game reached the last ending "nothing" \(0 of (\d+) games/;

describe('the balance verdict of a scenario whose catch-all ending is never reached', () => {
  it('is a warning with its figure in check, the editor, report and simulate alike', async () => {
    const check = checkFiles([repoPath(FILE)], en).files[0];
    expect(check?.problems.map((p) => p.message)).toContainEqual(expect.stringMatching(NEVER));
    expect(check?.verdict?.healthy).toBe(false);
    expect(check?.verdictText).not.toMatch(/healthy/);

    const editor = await createInlineChecker(en).check(
      'mine.yaml',
      readFileSync(repoPath(FILE), 'utf8'),
    );
    expect(editor.problems.map((p) => p.message)).toContainEqual(expect.stringMatching(NEVER));
    expect(editor.verdictText).toBe(check?.verdictText);
    expect(editor.verdict?.endings).toEqual(check?.verdict?.endings);

    const html = makeReport(loadOrThrow(FILE), 'mine.yaml', en, 1);
    expect(html.replaceAll('&quot;', '"')).toMatch(NEVER);
    expect(html).not.toMatch(/looks healthy/);

    const lines: string[] = [];
    expect(runSimulate(repoPath(FILE), 27, '1', false, (l) => lines.push(l), en)).toBe(0);
    const out = lines.join('\n');
    expect(out).toMatch(/no sample game reached the last ending "nothing" \(0 of 27 games/);
    expect(out).not.toMatch(/healthy/);
  });
});
