import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createCallMachine } from '../../src/negotiation/call-machine.ts';
import { createSessionMachine } from '../../src/session/session-machine.ts';
import {
  machineDiagram,
  machinesSection,
  withMachinesSection,
} from '../../src/session/machine-diagram.ts';
import { DEFAULT_SCENARIO, loadOrThrow, repoPath } from '../helpers.ts';

const scenario = loadOrThrow(DEFAULT_SCENARIO);
const section = () => machinesSection(createSessionMachine(scenario), createCallMachine(scenario));

describe('the machine diagrams in docs/engine.md', () => {
  it('are the ones the machines draw now (run `npm run diagram` after changing a machine)', () => {
    const doc = readFileSync(repoPath('docs/engine.md'), 'utf8');
    expect(withMachinesSection(doc, section())).toBe(doc);
  });

  it('draw every state and every named delay, guard and child of the session', () => {
    const text = machineDiagram(createSessionMachine(scenario));
    for (const line of [
      'session_briefing --> session_handover: startCall [otherNotBriefed]',
      'session_call_thinking --> session_call_thinking: after think',
      'session_call --> session_ending: call done',
      'session_title --> session_call: resume [replayable]',
    ])
      expect(text).toContain(line);
  });

  it('replace only their own section of the document', () => {
    const doc = `# Doc\n\nText.\n`;
    const once = withMachinesSection(doc, section());
    expect(once.startsWith(doc.trimEnd())).toBe(true);
    expect(withMachinesSection(once, section())).toBe(once);
    expect(withMachinesSection(once, 'X')).not.toContain('stateDiagram-v2');
  });
});
