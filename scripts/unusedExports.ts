/**
 * Lists every export in src/, workbench/ and scripts/ that no other module imports, and exits
 * non-zero when there is any (`npm test` runs it after the lint). Run: `npx tsx scripts/unusedExports.ts`.
 *
 * - An import from test/ does not count: an export only tests use is unused (test what the product
 *   uses, or remove the code). bench/ and every product file count.
 * - A re-export counts as a use only when the re-export is itself used, so an unused barrel entry
 *   and its unused original are both listed.
 * - Entry points are roots: everything src/server/main.ts exports (and so what it re-exports), and
 *   the files that are run or bundled directly (ENTRY_FILES, the page entries).
 * - `import type`, `import * as`, `typeof import('…')` count as uses too (a namespace import uses
 *   every export of its module).
 * - An export whose doc comment says `@forTests` is one tests need: a test-facing API of the
 *   workbench (the emulator's spies and options), or a limit a test asserts against. It passes while
 *   a test imports it.
 * - scripts/unusedExports.allow lists deliberate exceptions, one `<path> <export>  # why` a line; an
 *   entry that is no longer needed is reported too, so the list stays short and true.
 *
 * The TypeScript compiler API parses each file and resolves specifiers with the tsconfig's module
 * resolution; no type check is needed, so it runs in a few seconds.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';

const root = resolve(import.meta.dirname, '..');
/** Where exports are checked. */
const CHECKED = ['src', 'workbench', 'scripts'];
/** Where imports are read from (test/'s imports do not count; they are named in the report). */
const SOURCES = ['src', 'workbench', 'scripts', 'bench', 'test'];
/** Files run or bundled by path (package.json scripts, esbuild entry points): their exports are roots. */
const ENTRY_FILES = [
  'src/server/main.ts', // the build gives each export a top-level forwarder
  'src/ui/formPage.tsx', // bundled once per form layout by scripts/build.ts
  'workbench/start.ts', // npm start
  'workbench/page/main.ts', // bundled by workbench/server/pageBundle.ts
  'workbench/demo/cli.ts',
  'scripts/build.ts', // npm run build
  'scripts/unusedExports.ts',
  'bench/run.ts', // npm run bench
];
const PAGE_ENTRY = /^src\/ui\/pages\/[^/]+\/index\.tsx$/;
const ALLOW_FILE = 'scripts/unusedExports.allow';

/** Where one exported name comes from. */
type ExportSource = (
  | { kind: 'local' }
  | { kind: 'reexport'; from: string; name: string }
  | { kind: 'namespace'; from: string }
) & { line: number; forTests: boolean };

interface ModuleFacts {
  exports: Map<string, ExportSource>;
  /** `export * from` targets. */
  stars: string[];
  /** What this file imports: [module, name], name '*' for a whole namespace. */
  imports: [string, string][];
}

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

function compilerOptions(): ts.CompilerOptions {
  const config = ts.readConfigFile(join(root, 'tsconfig.json'), ts.sys.readFile);
  return ts.parseJsonConfigFileContent(config.config, ts.sys, root).options;
}

const options = compilerOptions();

/** The repository path a specifier resolves to, or undefined for packages and non-code files. */
function resolveSpecifier(specifier: string, from: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const resolved = ts.resolveModuleName(specifier, join(root, from), options, ts.sys).resolvedModule;
  if (!resolved || resolved.isExternalLibraryImport) return undefined;
  return relative(root, resolved.resolvedFileName);
}

function hasExportModifier(node: ts.Node): boolean {
  return (
    ts.canHaveModifiers(node) &&
    (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword)
  );
}

function isDefaultExport(node: ts.Node): boolean {
  return (
    ts.canHaveModifiers(node) &&
    (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.DefaultKeyword)
  );
}

/** Whether the declaration's doc comment carries `@forTests` (exported so tests can reach it). */
function taggedForTests(node: ts.Node): boolean {
  const nodes = ts.isVariableStatement(node) ? [node, ...node.declarationList.declarations] : [node];
  return nodes.some((n) => ts.getJSDocTags(n).some((tag) => tag.tagName.text === 'forTests'));
}

function declaredNames(statement: ts.Statement): string[] {
  if (ts.isVariableStatement(statement)) {
    return statement.declarationList.declarations.flatMap((d) =>
      ts.isIdentifier(d.name) ? [d.name.text] : [],
    );
  }
  if (
    ts.isFunctionDeclaration(statement) ||
    ts.isClassDeclaration(statement) ||
    ts.isInterfaceDeclaration(statement) ||
    ts.isTypeAliasDeclaration(statement) ||
    ts.isEnumDeclaration(statement) ||
    ts.isModuleDeclaration(statement)
  ) {
    if (isDefaultExport(statement)) return ['default'];
    return statement.name && ts.isIdentifier(statement.name) ? [statement.name.text] : [];
  }
  return [];
}

function readModule(path: string): ModuleFacts {
  const text = readFileSync(join(root, path), 'utf8');
  const kind = path.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.ES2022, true, kind);
  const lineOf = (node: ts.Node) => source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
  const at = (node: ts.Node) => ({ line: lineOf(node), forTests: taggedForTests(node) });
  const facts: ModuleFacts = { exports: new Map(), stars: [], imports: [] };
  /** Local names bound by imports: name → [module, imported name]. */
  const importedAs = new Map<string, [string, string]>();

  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
      const from = resolveSpecifier(statement.moduleSpecifier.text, path);
      const clause = statement.importClause;
      if (!from || !clause) continue;
      if (clause.name) {
        facts.imports.push([from, 'default']);
        importedAs.set(clause.name.text, [from, 'default']);
      }
      const bindings = clause.namedBindings;
      if (bindings && ts.isNamespaceImport(bindings)) facts.imports.push([from, '*']);
      if (bindings && ts.isNamedImports(bindings)) {
        for (const element of bindings.elements) {
          const name = (element.propertyName ?? element.name).text;
          facts.imports.push([from, name]);
          importedAs.set(element.name.text, [from, name]);
        }
      }
    } else if (ts.isExportDeclaration(statement)) {
      const specifier = statement.moduleSpecifier;
      const from =
        specifier && ts.isStringLiteral(specifier) ? resolveSpecifier(specifier.text, path) : undefined;
      const clause = statement.exportClause;
      if (specifier && !from) continue;
      if (!clause) {
        if (from) facts.stars.push(from);
      } else if (ts.isNamespaceExport(clause)) {
        if (from) facts.exports.set(clause.name.text, { kind: 'namespace', from, ...at(statement) });
      } else {
        for (const element of clause.elements) {
          const local = (element.propertyName ?? element.name).text;
          const origin = from ? ([from, local] as [string, string]) : importedAs.get(local);
          facts.exports.set(
            element.name.text,
            origin
              ? { kind: 'reexport', from: origin[0], name: origin[1], ...at(statement) }
              : { kind: 'local', ...at(statement) },
          );
        }
      }
    } else if (ts.isExportAssignment(statement)) {
      facts.exports.set('default', { kind: 'local', ...at(statement) });
    } else if (hasExportModifier(statement)) {
      for (const name of declaredNames(statement))
        facts.exports.set(name, { kind: 'local', ...at(statement) });
    }
  }

  // `typeof import('./x').Name` and `import('./x')` anywhere in the file.
  const visit = (node: ts.Node): void => {
    if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      const literal = node.argument.literal;
      const from = ts.isStringLiteral(literal) ? resolveSpecifier(literal.text, path) : undefined;
      if (from) {
        const qualifier = node.qualifier;
        const first = qualifier && (ts.isIdentifier(qualifier) ? qualifier : leftmost(qualifier));
        facts.imports.push([from, first ? first.text : '*']);
      }
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteralLike(node.arguments[0])
    ) {
      const from = resolveSpecifier(node.arguments[0].text, path);
      if (from) facts.imports.push([from, '*']);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return facts;
}

function leftmost(name: ts.QualifiedName): ts.Identifier {
  let left: ts.EntityName = name;
  while (ts.isQualifiedName(left)) left = left.left;
  return left;
}

interface Finding {
  path: string;
  name: string;
  line: number;
  /** The test files that import it (which do not count as uses). */
  tests: string[];
}

/**
 * Every (path, export) reached from `starts`, following re-exports, namespaces and `export *`.
 * Keys are "<path> <name>".
 */
function reachable(modules: Map<string, ModuleFacts>, starts: Iterable<[string, string]>): Set<string> {
  const seen = new Set<string>();
  const todo: [string, string][] = [];
  const mark = (path: string, name: string) => {
    const key = `${path} ${name}`;
    if (seen.has(key)) return;
    seen.add(key);
    todo.push([path, name]);
  };
  for (const [path, name] of starts) mark(path, name);
  for (let next = todo.pop(); next; next = todo.pop()) {
    const [path, name] = next;
    const facts = modules.get(path);
    if (!facts) continue;
    if (name === '*') {
      for (const exported of facts.exports.keys()) mark(path, exported);
      for (const star of facts.stars) mark(star, '*');
      continue;
    }
    const source = facts.exports.get(name);
    if (source?.kind === 'reexport') mark(source.from, source.name);
    else if (source?.kind === 'namespace') mark(source.from, '*');
    else if (!source) for (const star of facts.stars) mark(star, name);
  }
  return seen;
}

function readAllowList(): Map<string, string> {
  const allowed = new Map<string, string>();
  let text = '';
  try {
    text = readFileSync(join(root, ALLOW_FILE), 'utf8');
  } catch {
    return allowed;
  }
  for (const raw of text.split('\n')) {
    const [entry = '', ...why] = raw.split('#');
    const [path, name] = entry.trim().split(/\s+/);
    if (!path) continue;
    if (!name || why.join('#').trim() === '')
      throw new Error(`${ALLOW_FILE}: "${raw.trim()}" needs "<path> <export>  # why"`);
    allowed.set(`${path} ${name}`, why.join('#').trim());
  }
  return allowed;
}

/** Every unused export, and every allowlist entry that no longer names one. */
function findUnusedExports(): { unused: Finding[]; staleAllowed: string[] } {
  const files = SOURCES.flatMap(sourceFiles);
  const modules = new Map(files.map((path) => [path, readModule(path)]));
  const isEntry = (path: string) => ENTRY_FILES.includes(path) || PAGE_ENTRY.test(path);
  const isTest = (path: string) => path.startsWith('test/');

  const roots: [string, string][] = [];
  for (const [path, facts] of modules) {
    if (isEntry(path)) for (const name of facts.exports.keys()) roots.push([path, name]);
    if (!isTest(path)) roots.push(...facts.imports);
  }
  const usedByTest = new Map<string, string[]>();
  for (const [path, facts] of modules) {
    if (!isTest(path)) continue;
    for (const key of reachable(modules, facts.imports))
      usedByTest.set(key, [...(usedByTest.get(key) ?? []), path]);
  }
  // A `@forTests` export a test imports is a root too, so what it re-exports counts as used.
  for (const [path, facts] of modules) {
    for (const [name, source] of facts.exports) {
      if (source.forTests && usedByTest.has(`${path} ${name}`)) roots.push([path, name]);
    }
  }
  const used = reachable(modules, roots);

  const allowed = readAllowList();
  const unused: Finding[] = [];
  const staleAllowed = new Set(allowed.keys());
  for (const [path, facts] of modules) {
    if (!CHECKED.some((dir) => path.startsWith(`${dir}/`)) || isEntry(path)) continue;
    for (const [name, source] of facts.exports) {
      const key = `${path} ${name}`;
      if (used.has(key)) continue;
      const tests = usedByTest.get(key) ?? [];
      if (allowed.has(key)) staleAllowed.delete(key);
      else unused.push({ path, name, line: source.line, tests });
    }
  }
  return { unused, staleAllowed: [...staleAllowed] };
}

{
  const { unused, staleAllowed } = findUnusedExports();
  for (const f of unused) {
    const tests = f.tests.length ? `  (only tests: ${f.tests.join(', ')})` : '';
    console.log(`${f.path}:${f.line}  ${f.name}${tests}`);
  }
  for (const entry of staleAllowed)
    console.log(`${ALLOW_FILE}: "${entry}" is imported now or gone; remove it`);
  if (unused.length > 0 || staleAllowed.length > 0) {
    console.error(
      `\n${unused.length} export(s) nothing imports (imports from test/ do not count). Remove the export, ` +
        `or the code, or list a deliberate exception in ${ALLOW_FILE}.`,
    );
    process.exit(1);
  }
  console.log('unused exports: none');
}
