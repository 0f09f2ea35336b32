// The bundled scenarios as data, made at build time by scripts/bundled-scenarios-plugin.ts.
declare module 'virtual:standoff/bundled-scenarios' {
  import type { Scenario } from './schema.ts';
  import type { Problem } from './problem.ts';
  export const BUNDLED_SCENARIOS: (
    { file: string; scenario: Scenario } | { file: string; problems: Problem[] }
  )[];
}
