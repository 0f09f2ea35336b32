// A scenario from data already parsed (a saved game's copy of a teacher's
// scenario, stored as JSON): the same schema and cross-reference checks as the
// loader, without the YAML parser, so the game's first load does not carry it.
import { scenarioSchema, type Scenario } from './schema.ts';
import { hasErrors } from './problem.ts';
import { crossReferenceProblems } from './check.ts';
import type { Catalogue } from '../messages/i18n.ts';

/** The scenario, or null when the data is not a valid scenario. */
export function validScenario(file: string, data: unknown, catalogue: Catalogue): Scenario | null {
  const parsed = scenarioSchema.safeParse(data, { reportInput: false });
  if (!parsed.success) return null;
  const problems = crossReferenceProblems(
    file,
    parsed.data,
    () => ({ line: 1, column: 1 }),
    catalogue,
  );
  return hasErrors(problems) ? null : parsed.data;
}
