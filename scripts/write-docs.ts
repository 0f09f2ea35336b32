// Rewrites the field reference at the end of docs/authoring.md from the schema
// (npm run docs). A test fails when the committed guide is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { withFreshReference } from '../src/scenario/field-reference.ts';

const path = fileURLToPath(new URL('../docs/authoring.md', import.meta.url));
writeFileSync(path, withFreshReference(readFileSync(path, 'utf8')));
console.log(`wrote the field reference in ${path}`);
