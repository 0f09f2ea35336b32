// Writes docs/scenario-format.md, the field reference, from the schema
// (npm run docs). A test fails when the committed file is stale.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { makeScenarioFormatDoc, SCENARIO_FORMAT_PATH } from '../src/scenario/field-reference.ts';

const path = fileURLToPath(new URL(`../${SCENARIO_FORMAT_PATH}`, import.meta.url));
writeFileSync(path, makeScenarioFormatDoc());
console.log(`wrote the field reference in ${path}`);
