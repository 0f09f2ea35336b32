// `npm run lint` runs this after ESLint (issue 14, "small, named pieces"). It fails when
//   - a module exports a name that no other module imports (a dead export: drop the export, or the code), or
//   - two modules of the game (src/, scenes/, server/) have the same file name, or
//   - a union of string literals holds every value of one of the schema's lists: written by hand
//     beside the schema's (derive it from src/scenario/schema.ts: Style, Tone, CallEnd, …).
// It reads every file's syntax only (no type checker), so it takes about a second.
// Usage: tsx scripts/check-modules.ts [--verbose] (--verbose lists what is allowed for now).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, normalize } from 'node:path';
import ts from 'typescript';

/** Modules whose exports are used from outside the module graph this script sees. */
const ENTRY_PATTERNS: readonly RegExp[] = [
  /^test\//, // tests may use any export
  /^bots\//, // reference bots: the public bot interface (docs/bots.md)
  /^bench\/[^/]+\.ts$/, // bench/run.ts imports each bench through a bundle whose path it computes
  /\.config\.[jt]s$/, // tool configs
  /^src\/phaser\/entry\.js$/, // stands for the package 'phaser' in the build (scripts/phaser-entry-plugin.ts)
];

/**
 * The file format's vocabulary: the schema's types and the lists its unions are made of are the one
 * source other modules derive their types from (CONVENTIONS.md), so they stay exported unused.
 */
const VOCABULARY = /^src\/scenario\/schema\.ts#(?![a-z]\w*Schema$)/;

/** Exports used from outside the module graph: "path#name" → who uses it. */
const USED_FROM_OUTSIDE: ReadonlyMap<string, string> = new Map([
  ['src/cli/main.ts#run', 'scripts/scenario.mjs, through an esbuild bundle'],
]);

/** Exports that no module imports yet (issue 14): none left; the list stays so the check's shape does not change. */
const DEAD_EXPORTS_FOR_NOW: readonly string[] = [];

/** Module names still used twice (issue 14): none left; the list stays so the check's shape does not change. */
const NAME_CLASHES_FOR_NOW: readonly string[] = [];

/** Unions written by hand beside the schema's lists (issue 14): none left; the list stays so the check's shape does not change. */
const UNIONS_FOR_NOW: readonly string[] = [];

/** File names that are the entry point of a program: one per program, so the same name is fine. */
const ENTRY_NAMES = new Set(['main.ts']);
const GAME_FOLDERS = ['src/', 'scenes/', 'server/'];

interface ModuleInfo {
  /** Names this module exports from its own declarations. */
  readonly own: Set<string>;
  /** Exported types and interfaces the module uses itself (in a signature): part of its interface, not dead. */
  readonly typesUsedInFile: Set<string>;
  /** Names re-exported from another module: exported name → [module, name there]. */
  readonly reexports: Map<string, readonly [string, string]>;
  /** Modules re-exported whole (`export * from`). */
  readonly stars: string[];
  /** Uses of other modules' exports: [module, name], or [module, '*'] for all of them. */
  readonly uses: (readonly [string, string])[];
}

const SOURCE = /\.(ts|mts|js|mjs)$/;
const DECLARATION = /\.d\.m?ts$/;

function sourceFiles(): string[] {
  const listed = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
    encoding: 'utf8',
  });
  // A file in a merge conflict is listed once per stage: once is enough.
  return [...new Set(listed.split('\n'))]
    .filter((f) => SOURCE.test(f) && !DECLARATION.test(f) && existsSync(f))
    .filter((f) => !f.startsWith('node_modules/') && !f.startsWith('dist'));
}

/** The project file a relative specifier names, or undefined (a package, or a file outside the list). */
function resolve(from: string, specifier: string, known: ReadonlySet<string>): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const bare = specifier.replace(/\?.*$/, '');
  const path = normalize(join(dirname(from), bare));
  const candidates = [path, path.replace(/\.js$/, '.ts'), `${path}.ts`, join(path, 'index.ts')];
  return candidates.find((c) => known.has(c));
}

function hasExportKeyword(node: ts.Node): boolean {
  const modifiers = ts.canHaveModifiers(node) ? ts.getModifiers(node) : undefined;
  return modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword) ?? false;
}

function hasDefaultKeyword(node: ts.Node): boolean {
  const modifiers = ts.canHaveModifiers(node) ? ts.getModifiers(node) : undefined;
  return modifiers?.some((m) => m.kind === ts.SyntaxKind.DefaultKeyword) ?? false;
}

/** The names a top-level `export <declaration>` introduces. */
function declaredNames(node: ts.Statement): string[] {
  if (ts.isVariableStatement(node)) {
    return node.declarationList.declarations.flatMap((d) => bindingNames(d.name));
  }
  const named = node as ts.Statement & { name?: ts.Node };
  return named.name !== undefined && ts.isIdentifier(named.name) ? [named.name.text] : [];
}

function bindingNames(name: ts.BindingName): string[] {
  if (ts.isIdentifier(name)) return [name.text];
  return name.elements.flatMap((e) => (ts.isOmittedExpression(e) ? [] : bindingNames(e.name)));
}

/** The names taken from a dynamic `import(...)`: `const { a, b } = await import(...)`, else all. */
function dynamicImportNames(call: ts.CallExpression): string[] {
  let node: ts.Node = call.parent;
  while (
    ts.isAwaitExpression(node) ||
    ts.isParenthesizedExpression(node) ||
    ts.isAsExpression(node)
  )
    node = node.parent;
  if (ts.isVariableDeclaration(node) && ts.isObjectBindingPattern(node.name)) {
    return node.name.elements.map((e) => {
      const key = e.propertyName ?? e.name;
      return ts.isIdentifier(key) ? key.text : '*';
    });
  }
  return ['*'];
}

function readStatement(
  file: string,
  node: ts.Statement,
  info: ModuleInfo,
  known: ReadonlySet<string>,
  types: Set<string>,
) {
  const target = (spec: ts.Expression | undefined) =>
    spec !== undefined && ts.isStringLiteral(spec) ? resolve(file, spec.text, known) : undefined;
  if (ts.isImportDeclaration(node)) {
    readImport(node, info, target(node.moduleSpecifier));
  } else if (ts.isExportDeclaration(node)) {
    readExportDeclaration(node, info, target(node.moduleSpecifier));
  } else if (ts.isExportAssignment(node)) {
    info.own.add('default');
  } else if (hasExportKeyword(node)) {
    for (const name of hasDefaultKeyword(node) ? ['default'] : declaredNames(node))
      info.own.add(name);
    if (ts.isTypeAliasDeclaration(node) || ts.isInterfaceDeclaration(node))
      types.add(node.name.text);
  }
}

function readImport(node: ts.ImportDeclaration, info: ModuleInfo, from: string | undefined) {
  const clause = node.importClause;
  if (from === undefined || clause === undefined) return;
  if (clause.name !== undefined) info.uses.push([from, 'default']);
  const bindings = clause.namedBindings;
  if (bindings !== undefined && ts.isNamespaceImport(bindings)) info.uses.push([from, '*']);
  if (bindings !== undefined && ts.isNamedImports(bindings)) {
    for (const e of bindings.elements) info.uses.push([from, (e.propertyName ?? e.name).text]);
  }
}

function readExportDeclaration(
  node: ts.ExportDeclaration,
  info: ModuleInfo,
  from: string | undefined,
) {
  const clause = node.exportClause;
  if (node.moduleSpecifier !== undefined && from === undefined) return;
  if (clause === undefined) {
    if (from !== undefined) info.stars.push(from);
  } else if (ts.isNamespaceExport(clause)) {
    info.own.add(clause.name.text);
    if (from !== undefined) info.uses.push([from, '*']);
  } else {
    for (const e of clause.elements) {
      const local = (e.propertyName ?? e.name).text;
      if (from === undefined) info.own.add(e.name.text);
      else info.reexports.set(e.name.text, [from, local]);
    }
  }
}

/** Dynamic imports and `import('…').Name` types, anywhere in the file. */
function readExpressions(
  file: string,
  source: ts.SourceFile,
  info: ModuleInfo,
  known: ReadonlySet<string>,
) {
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const spec = node.arguments[0];
      const from =
        spec !== undefined && ts.isStringLiteral(spec)
          ? resolve(file, spec.text, known)
          : undefined;
      if (from !== undefined)
        for (const name of dynamicImportNames(node)) info.uses.push([from, name]);
    } else if (ts.isImportTypeNode(node)) {
      const arg = node.argument;
      const spec =
        ts.isLiteralTypeNode(arg) && ts.isStringLiteral(arg.literal) ? arg.literal.text : '';
      const from = resolve(file, spec, known);
      const name =
        node.qualifier !== undefined && ts.isIdentifier(node.qualifier) ? node.qualifier.text : '*';
      if (from !== undefined) info.uses.push([from, name]);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
}

function identifierCounts(source: ts.SourceFile): Map<string, number> {
  const counts = new Map<string, number>();
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node)) counts.set(node.text, (counts.get(node.text) ?? 0) + 1);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return counts;
}

function readModule(file: string, known: ReadonlySet<string>): ModuleInfo {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const info: ModuleInfo = {
    own: new Set(),
    typesUsedInFile: new Set(),
    reexports: new Map(),
    stars: [],
    uses: [],
  };
  const types = new Set<string>();
  for (const statement of source.statements) readStatement(file, statement, info, known, types);
  readExpressions(file, source, info, known);
  const mentions = identifierCounts(source);
  for (const type of types) if ((mentions.get(type) ?? 0) > 1) info.typesUsedInFile.add(type);
  return info;
}

/** Every [module, name] pair that is used, following re-exports to the module that declares the name. */
function usedExports(modules: ReadonlyMap<string, ModuleInfo>): Set<string> {
  const used = new Set<string>();
  const use = (file: string, name: string, seen: Set<string>): void => {
    const key = `${file}#${name}`;
    const info = modules.get(file);
    if (info === undefined || seen.has(key)) return;
    seen.add(key);
    if (name === '*') {
      for (const own of info.own) used.add(`${file}#${own}`);
      for (const [exported, [from, local]] of info.reexports) {
        used.add(`${file}#${exported}`);
        use(from, local, seen);
      }
      for (const star of info.stars) use(star, '*', seen);
      return;
    }
    used.add(key);
    const reexport = info.reexports.get(name);
    if (reexport !== undefined) use(reexport[0], reexport[1], seen);
    else if (!info.own.has(name)) for (const star of info.stars) use(star, name, seen);
  };
  for (const [file, info] of modules) {
    if (ENTRY_PATTERNS.some((p) => p.test(file))) use(file, '*', new Set());
    for (const [from, name] of info.uses) use(from, name, new Set());
  }
  return used;
}

function deadExports(files: readonly string[]): string[] {
  const known = new Set(files);
  const modules = new Map(files.map((f) => [f, readModule(f, known)] as const));
  const used = usedExports(modules);
  const dead: string[] = [];
  for (const [file, info] of modules) {
    const names = [...info.own, ...info.reexports.keys()].filter(
      (n) => n !== 'default' && !info.typesUsedInFile.has(n),
    );
    for (const name of names) {
      const key = `${file}#${name}`;
      if (!used.has(key) && !USED_FROM_OUTSIDE.has(key) && !VOCABULARY.test(key)) dead.push(key);
    }
  }
  return dead.sort();
}

/** Groups of game modules that share a file name, as "name: path path …". */
function nameClashes(files: readonly string[]): string[] {
  const byName = new Map<string, string[]>();
  for (const file of files) {
    if (!GAME_FOLDERS.some((folder) => file.startsWith(folder))) continue;
    const name = basename(file);
    if (ENTRY_NAMES.has(name)) continue;
    byName.set(name, [...(byName.get(name) ?? []), file]);
  }
  return [...byName]
    .filter(([, paths]) => paths.length > 1)
    .map(([name, paths]) => `${name}: ${paths.sort().join(' ')}`)
    .sort();
}

function report(
  title: string,
  found: readonly string[],
  allowed: readonly string[],
  fix: string,
): boolean {
  const failing = found.filter((f) => !allowed.includes(f));
  const waiting = found.filter((f) => allowed.includes(f));
  const gone = allowed.filter((a) => !found.includes(a));
  for (const f of failing) console.error(`${title}: ${f}`);
  if (failing.length > 0) console.error(`  → ${fix}`);
  if (waiting.length > 0) console.log(`${title}, allowed for now (issue 14): ${waiting.length}`);
  if (process.argv.includes('--verbose')) for (const w of waiting) console.log(`  ${w}`);
  for (const g of gone)
    console.error(`${title}: ${g} is fixed; remove it from the list in scripts/check-modules.ts`);
  return failing.length === 0 && gone.length === 0;
}

const SCHEMA = 'src/scenario/schema.ts';
/** The schema's files: schema.ts and the lists it takes from a module without Zod (issue 15). */
const SCHEMA_FILES = [SCHEMA, 'src/scenario/dialogue-vocabulary.ts'];

/** The schema's lists a union is made of (`export const STYLES = [...] as const`): name → values. */
function schemaLists(): Map<string, string[]> {
  const lists = new Map<string, string[]>();
  const statements = SCHEMA_FILES.flatMap(
    (file) =>
      ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest).statements,
  );
  for (const statement of statements) {
    if (!ts.isVariableStatement(statement) || !hasExportKeyword(statement)) continue;
    for (const d of statement.declarationList.declarations) {
      let init = d.initializer;
      while (init !== undefined && (ts.isAsExpression(init) || ts.isSatisfiesExpression(init)))
        init = init.expression;
      if (!ts.isIdentifier(d.name) || init === undefined || !ts.isArrayLiteralExpression(init))
        continue;
      const values = init.elements.filter(ts.isStringLiteral).map((e) => e.text);
      if (values.length === init.elements.length) lists.set(d.name.text, values);
    }
  }
  return lists;
}

/**
 * Unions of string literals written by hand that hold every value of one of the schema's lists
 * ('boulware' | 'linear' | 'conceder'): "path:line: LIST", to derive from schema.ts instead.
 */
function handWrittenUnions(files: readonly string[]): string[] {
  const lists = [...schemaLists()].filter(([, values]) => values.length > 1);
  const found: string[] = [];
  for (const file of files) {
    if (SCHEMA_FILES.includes(file) || !/\.(ts|mts)$/.test(file) || file.startsWith('test/'))
      continue;
    const source = ts.createSourceFile(
      file,
      readFileSync(file, 'utf8'),
      ts.ScriptTarget.Latest,
      true,
    );
    const visit = (node: ts.Node): void => {
      if (ts.isUnionTypeNode(node)) {
        const literals = node.types.flatMap((t) =>
          ts.isLiteralTypeNode(t) && ts.isStringLiteral(t.literal) ? [t.literal.text] : [],
        );
        const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
        for (const [name, values] of lists)
          if (values.every((v) => literals.includes(v))) found.push(`${file}:${line}: ${name}`);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found.sort();
}

const files = sourceFiles();
const exportsOk = report(
  'dead export',
  deadExports(files),
  DEAD_EXPORTS_FOR_NOW,
  'nothing imports these names: remove the export (or the code)',
);
const namesOk = report(
  'same module name',
  nameClashes(files),
  NAME_CLASHES_FOR_NOW,
  'rename one module so each name says what it holds',
);
const unionsOk = report(
  'union written beside the schema',
  handWrittenUnions(files).map((f) => f.replace(/:\d+:/, ':')),
  UNIONS_FOR_NOW,
  "derive the type from the schema's list (e.g. Style, Tone from src/scenario/schema.ts)",
);
if (!exportsOk || !namesOk || !unionsOk) process.exitCode = 1;
