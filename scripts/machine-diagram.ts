// Writes the Mermaid diagrams of the session and call machines into
// docs/engine.md (npm run diagram). A test fails when the committed doc is stale.
import { en } from '../src/messages/en.ts';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadScenario } from '../src/scenario/load.ts';
import { createSessionMachine } from '../src/session/session-machine.ts';
import { createCallMachine } from '../src/negotiation/call-machine.ts';
import { machinesSection, withMachinesSection } from '../src/session/machine-diagram.ts';

const scenarioPath = 'scenarios/2026-01-12-sheinbaum-trump-call.yaml';
const loaded = loadScenario(
  scenarioPath,
  readFileSync(new URL(`../${scenarioPath}`, import.meta.url)),
  en,
);
if (!loaded.ok) throw new Error(`${scenarioPath} does not load`);
const section = machinesSection(
  createSessionMachine(loaded.scenario),
  createCallMachine(loaded.scenario),
);
const doc = fileURLToPath(new URL('../docs/engine.md', import.meta.url));
writeFileSync(doc, withMachinesSection(readFileSync(doc, 'utf8'), section));
console.log(`wrote the machine diagrams in ${doc}`);
