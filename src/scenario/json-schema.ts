// The JSON Schema (draft-7) of the scenario format, made from the zod schema so
// that editors (VS Code's YAML extension) underline mistakes as a teacher types.
import { z } from 'zod';
import { scenarioSchema } from './schema.ts';

export const SCHEMA_FILE_NAME = 'scenario.schema.json';

export function makeScenarioJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(scenarioSchema, {
    target: 'draft-7',
    io: 'input',
    unrepresentable: 'any',
    reused: 'ref',
  }) as Record<string, unknown>;
  return {
    ...schema,
    $id: 'https://standoff.example/scenario.schema.json',
    title: 'Standoff scenario',
    description: 'A scenario for Standoff, the classroom negotiation game. See docs/authoring.md.',
  };
}

export function scenarioJsonSchemaText(): string {
  return `${JSON.stringify(makeScenarioJsonSchema(), null, 2)}\n`;
}
