/**
 * The emulator's modules import one another without cycles (type-only imports aside, since they
 * vanish at run time). A cycle is what made importing rangeFormat.ts first fail: FakeRange extends
 * FormattedRange, and a class's `extends` runs while its module loads, so a base class in a cycle
 * with its subclass may not exist yet. Handles that refer to each other go through handles.ts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const DIRS = ['workbench/emulator', 'workbench/runtime'];

interface ModuleInfo {
  /** Repository-relative paths of the modules this one imports for values. */
  imports: string[];
  /** Each class declared here that extends an imported binding: [class, base, base's module]. */
  extendsImported: [string, string, string][];
}

function resolveSpecifier(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = resolve(repo, dirname(from), specifier);
  const file = [`${base}.ts`, `${base}/index.ts`, base].find((f) => f.endsWith('.ts') && existsSync(f));
  return file && relative(repo, file);
}

function isTypeOnly(node: ts.ImportDeclaration | ts.ExportDeclaration): boolean {
  if (ts.isExportDeclaration(node)) {
    if (node.isTypeOnly) return true;
    const clause = node.exportClause;
    return !!clause && ts.isNamedExports(clause) && clause.elements.every((e) => e.isTypeOnly);
  }
  const clause = node.importClause;
  if (!clause) return false; // a side-effect import runs the module
  if (clause.isTypeOnly) return true;
  const named = clause.namedBindings;
  return !clause.name && !!named && ts.isNamedImports(named) && named.elements.every((e) => e.isTypeOnly);
}

function readModule(path: string): ModuleInfo {
  const source = ts.createSourceFile(path, readFileSync(resolve(repo, path), 'utf8'), ts.ScriptTarget.ES2022);
  const imports: string[] = [];
  const bindingFrom = new Map<string, string>();
  const extendsImported: [string, string, string][] = [];
  for (const statement of source.statements) {
    if (
      (ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) &&
      statement.moduleSpecifier &&
      ts.isStringLiteral(statement.moduleSpecifier)
    ) {
      const target = resolveSpecifier(path, statement.moduleSpecifier.text);
      if (!target) continue;
      if (!isTypeOnly(statement)) imports.push(target);
      const named = ts.isImportDeclaration(statement) ? statement.importClause?.namedBindings : undefined;
      if (named && ts.isNamedImports(named)) {
        for (const e of named.elements) bindingFrom.set(e.name.text, target);
      }
    }
  }
  for (const statement of source.statements) {
    if (!ts.isClassDeclaration(statement)) continue;
    for (const clause of statement.heritageClauses ?? []) {
      if (clause.token !== ts.SyntaxKind.ExtendsKeyword) continue;
      for (const type of clause.types) {
        const base = type.expression.getText(source);
        const from = bindingFrom.get(base);
        if (from) extendsImported.push([statement.name?.text ?? '(anonymous)', base, from]);
      }
    }
  }
  return { imports, extendsImported };
}

const graph = new Map<string, ModuleInfo>(
  DIRS.flatMap((dir) =>
    readdirSync(resolve(repo, dir))
      .filter((name) => name.endsWith('.ts'))
      .map((name): [string, ModuleInfo] => [`${dir}/${name}`, readModule(`${dir}/${name}`)]),
  ),
);

/** Every import cycle, as the path around it (one per strongly connected group, Tarjan's). */
function cycles(): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    for (const w of graph.get(v)?.imports ?? []) {
      if (!graph.has(w)) continue;
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) ?? 0, low.get(w) ?? 0));
      } else if (stack.includes(w)) low.set(v, Math.min(low.get(v) ?? 0, index.get(w) ?? 0));
    }
    if (low.get(v) !== index.get(v)) return;
    const group: string[] = [];
    for (let w = stack.pop(); w !== undefined; w = w === v ? undefined : stack.pop()) group.push(w);
    if (group.length > 1 || graph.get(v)?.imports.includes(v)) found.push(group.sort());
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

/** Whether `from` reaches `to` by value imports. */
function reaches(from: string, to: string): boolean {
  const seen = new Set<string>();
  const todo = [from];
  for (let v = todo.pop(); v !== undefined; v = todo.pop()) {
    if (v === to) return true;
    if (seen.has(v)) continue;
    seen.add(v);
    todo.push(...(graph.get(v)?.imports ?? []));
  }
  return false;
}

describe('the emulator import graph', () => {
  it('is read from the sources (range.ts imports rangeFormat.ts; FakeRange extends FormattedRange)', () => {
    expect(graph.get('workbench/emulator/range.ts')?.imports).toContain('workbench/emulator/rangeFormat.ts');
    expect(graph.get('workbench/emulator/range.ts')?.extendsImported).toContainEqual([
      'FakeRange',
      'FormattedRange',
      'workbench/emulator/rangeFormat.ts',
    ]);
    expect(graph.get('workbench/emulator/context.ts')?.imports).not.toContain(
      'workbench/emulator/handles.ts',
    );
  });

  it('has no import cycles', () => {
    expect(cycles()).toEqual([]);
  });

  it('imports every base class from a module that does not import its subclass back', () => {
    const offending = [...graph].flatMap(([path, info]) =>
      info.extendsImported
        .filter(([, , from]) => reaches(from, path))
        .map(([cls, base, from]) => `${path}: ${cls} extends ${base}, but ${from} imports ${path}`),
    );
    expect(offending).toEqual([]);
  });
});
