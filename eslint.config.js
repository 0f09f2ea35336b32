// ESLint flat config. Besides the usual rules it enforces the import arrows of
// CONVENTIONS.md: messages ← scenario ← negotiation ← store ← scenes/ui/audio ← main.ts.
// Every layer may import src/messages; src/messages imports no other layer.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const browserOnly = ['phaser', 'howler', 'zustand', 'zustand/*'];
const browserOnlyMessage =
  'src/messages, src/scenario and src/negotiation run the same in Node, a worker and the browser: no Phaser, Howler, Zustand or DOM here.';

/** The rules of a layer that runs the same in Node and the browser: no browser libraries, no DOM, no layer above it. */
function pureLayerRules(above, message) {
  return {
    'no-restricted-imports': [
      'error',
      {
        paths: browserOnly
          .filter((p) => !p.includes('*'))
          .map((name) => ({ name, message: browserOnlyMessage })),
        patterns: [
          { group: ['zustand/*'], message: browserOnlyMessage },
          { group: above, message },
        ],
      },
    ],
    'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'navigator'],
  };
}

export default tseslint.config(
  { ignores: ['dist/**', 'dist-*/**', 'node_modules/**', 'scenarios/*.json', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      'no-restricted-exports': ['error', { restrictDefaultExports: { direct: true } }],
    },
  },
  {
    // Tool configs must export a default: that is their contract.
    files: ['*.config.js', '*.config.ts'],
    rules: { 'no-restricted-exports': 'off' },
  },
  {
    // A player bot's default export is the documented contract (docs/bots.md).
    files: ['bots/**/*.ts', 'bots/**/*.mjs', 'bots/**/*.js'],
    rules: { 'no-restricted-exports': 'off' },
  },
  {
    // Small, named pieces (issue 14): a function fits on a screen and has few paths. Tests are exempt.
    files: ['**/*.{ts,js,mjs}'],
    ignores: ['test/**'],
    rules: {
      'max-lines-per-function': ['error', { max: 80 }],
      complexity: ['error', 15],
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='padStart'][arguments.0.value=2]",
          message: 'One clock format: use clockText or clockParts from src/negotiation/clock.ts.',
        },
      ],
    },
  },
  {
    files: ['src/negotiation/clock.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['src/messages/**/*.ts'],
    rules: pureLayerRules(
      [
        '**/scenario/**',
        '**/negotiation/**',
        '**/session/**',
        '**/store/**',
        '**/ui/**',
        '**/audio/**',
        '**/cli/**',
        '**/scenes/**',
        '**/server/**',
        '**/net/**',
      ],
      'src/messages is the bottom layer: the catalogues and the functions that word them import nothing else of the game.',
    ),
  },
  {
    files: ['src/scenario/**/*.ts'],
    rules: pureLayerRules(
      ['**/negotiation/**', '**/store/**', '**/ui/**', '**/audio/**', '**/cli/**', '**/scenes/**'],
      'src/scenario imports src/messages only: the layer above the catalogues.',
    ),
  },
  {
    files: ['src/negotiation/**/*.ts'],
    rules: {
      ...pureLayerRules(
        ['**/store/**', '**/ui/**', '**/audio/**', '**/cli/**', '**/scenes/**'],
        'src/negotiation may import src/scenario only.',
      ),
      'no-restricted-properties': [
        'error',
        {
          object: 'Date',
          property: 'now',
          message: 'Time is the call clock in the machine context.',
        },
        {
          object: 'Math',
          property: 'random',
          message: 'Use the seeded generator in src/negotiation/random.ts.',
        },
      ],
    },
  },
  {
    files: ['src/session/**/*.ts'],
    rules: pureLayerRules(
      ['**/store/**', '**/ui/**', '**/audio/**', '**/cli/**', '**/scenes/**'],
      'src/session may import src/negotiation, src/scenario and src/messages only (pure).',
    ),
  },
  {
    files: ['src/store/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'phaser', message: 'The store is drawn by scenes; it does not draw.' }],
          patterns: [
            {
              group: ['**/ui/**', '**/audio/**', '**/cli/**', '**/scenes/**'],
              message: 'The store may import src/negotiation and src/scenario only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['scenes/**/*.ts', 'src/ui/**/*.ts', 'src/audio/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '**/negotiation/agent/**',
                '**/negotiation/analysis/**',
                '**/negotiation/moves*',
                '**/negotiation/meters*',
                '**/negotiation/endings*',
                '**/negotiation/utility*',
                '**/negotiation/call-machine*',
                '**/negotiation/replay*',
                '**/negotiation/simulate*',
                '**/cli/**',
              ],
              allowTypeImports: true,
              message:
                'Scenes and the DOM layer read the store and send events; they never compute a rule (ask the store).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: browserOnly
            .filter((p) => !p.includes('*'))
            .map((name) => ({ name, message: 'The CLI runs in Node.' })),
        },
      ],
    },
  },
);
