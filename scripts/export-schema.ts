// Writes scenarios/scenario.schema.json from the zod schema (npm run schema).
// A test fails when the committed file is stale.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SCHEMA_FILE_NAME, scenarioJsonSchemaText } from '../src/scenario/json-schema.ts';

const target = fileURLToPath(new URL(`../scenarios/${SCHEMA_FILE_NAME}`, import.meta.url));
writeFileSync(target, scenarioJsonSchemaText());
console.log(`wrote ${target}`);
