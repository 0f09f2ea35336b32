import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makeFieldReference, withFreshReference } from '../../src/scenario/field-reference.ts';
import { repoPath } from '../helpers.ts';

describe('the authoring guide', () => {
  it('has a field reference up to date with the schema (if not: npm run docs)', () => {
    const guide = readFileSync(repoPath('docs/authoring.md'), 'utf8');
    expect(withFreshReference(guide), 'docs/authoring.md is stale: run `npm run docs`').toBe(guide);
  });

  it("lists every field with the schema's own words", () => {
    const reference = makeFieldReference();
    expect(reference).toContain('| `walkAway` | number 0–100 | yes | The walk-away value (0–100)');
    expect(reference).toContain('### endings (each item)');
    expect(reference).toContain('| `style` | `boulware`, `linear`, `conceder` |');
  });
});
