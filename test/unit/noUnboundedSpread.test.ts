// Keeps `src/` free of the two ways a big input overflows the stack: a spread argument (`f(...arr)`,
// `push(...arr)`, `Math.max(...arr)` pass every element on the stack) and a function that calls itself (its depth
// grows with what it walks). Every file under src/ is parsed with the TypeScript compiler; the few cases whose size
// is bounded by construction are listed below with the reason.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/** `file:function` → why its spread or recursion cannot grow with the input. */
const ALLOWED: Record<string, string> = {
  'src/extension/log.ts:guard': 'forwards the arguments of one call of the wrapped function: as many as its parameters',
  'src/core/names.ts:typeSequence': 'recurses once per title inside one capitalised sequence, which is at most 9 tokens long',
  'src/core/attribution/phrases.ts:subjectBefore': 'reads an apposition inside an apposition at most MAX_APPOSITION_DEPTH (2) levels deep',
  'src/extension/analysisService.ts:pump': 'skips stale jobs by calling itself, at most twice per open document (the queue holds a whole-text and a visible-window job per document)',
};

export interface Finding { file: string; fn: string; line: number; what: string }

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap(e => {
    const full = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full); // (a test, over the repository's own few folders)
    return /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts') ? [full] : [];
  });
}

interface Scope {
  /** The function's name, and whether the name is a binding its body can call (`f()`) or a member (`this.f()`). */
  name?: string;
  binding?: 'value' | 'member';
  /** An arrow function sees the `this` of the function around it. */
  arrow: boolean;
  /** Names declared by its parameters, which hide an outer function of the same name. */
  params: Set<string>;
  /** A callback handed to a scheduler (`.then`, `setTimeout`) runs later, on a fresh stack: no recursion through it. */
  fresh: boolean;
}

const SCHEDULERS = new Set(['then', 'catch', 'finally', 'setTimeout', 'setImmediate', 'setInterval', 'queueMicrotask', 'on', 'once', 'addEventListener']);

const isFunction = (n: ts.Node): n is ts.FunctionLikeDeclaration =>
  ts.isFunctionDeclaration(n) || ts.isMethodDeclaration(n) || ts.isFunctionExpression(n) || ts.isArrowFunction(n) || ts.isConstructorDeclaration(n) ||
  ts.isGetAccessor(n) || ts.isSetAccessor(n);

function bindingNames(name: ts.BindingName, into: Set<string>): void {
  if (ts.isIdentifier(name)) into.add(name.text);
  else for (const e of name.elements) if (!ts.isOmittedExpression(e)) bindingNames(e.name, into); // (a test: destructuring is shallow)
}

function scopeOf(node: ts.FunctionLikeDeclaration): Scope {
  const params = new Set<string>();
  for (const p of node.parameters) bindingNames(p.name, params);
  const parent = node.parent;
  const calledBy = parent && ts.isCallExpression(parent) && parent.arguments.includes(node as ts.Expression)
    ? (ts.isPropertyAccessExpression(parent.expression) ? parent.expression.name.text : ts.isIdentifier(parent.expression) ? parent.expression.text : '') : '';
  const scope: Scope = { arrow: ts.isArrowFunction(node), params, fresh: SCHEDULERS.has(calledBy) };
  if ((ts.isFunctionDeclaration(node) || ts.isFunctionExpression(node)) && node.name) Object.assign(scope, { name: node.name.text, binding: 'value' });
  else if ((ts.isMethodDeclaration(node) || ts.isGetAccessor(node) || ts.isSetAccessor(node)) && ts.isIdentifier(node.name)) Object.assign(scope, { name: node.name.text, binding: 'member' });
  else if (ts.isConstructorDeclaration(node)) scope.name = 'constructor';
  else if (parent && ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name)) Object.assign(scope, { name: parent.name.text, binding: 'value' });
  else if (parent && ts.isPropertyDeclaration(parent) && ts.isIdentifier(parent.name)) Object.assign(scope, { name: parent.name.text, binding: 'member' });
  else if (parent && ts.isPropertyAssignment(parent)) scope.name = parent.name.getText();
  return scope;
}

/** Does this call, made inside `stack` (innermost last), call one of the functions it is inside? */
function callsItself(call: ts.CallExpression, stack: Scope[]): string | undefined {
  const e = call.expression;
  if (ts.isIdentifier(e)) {
    for (let i = stack.length - 1; i >= 0; i--) {
      const s = stack[i];
      if (s.binding === 'value' && s.name === e.text) return e.text;
      if (s.params.has(e.text) || s.fresh) return undefined;
    }
  } else if (ts.isPropertyAccessExpression(e) && e.expression.kind === ts.SyntaxKind.ThisKeyword) {
    for (let i = stack.length - 1; i >= 0; i--) {
      const s = stack[i];
      if (s.fresh) return undefined;
      if (s.arrow) continue;
      return s.binding === 'member' && s.name === e.name.text ? e.name.text : undefined;
    }
  }
  return undefined;
}

export function findViolations(file: string, source: string): Finding[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: Finding[] = [];
  const stack: Scope[] = [];
  const report = (node: ts.Node, what: string) => {
    const named = [...stack].reverse().find(s => s.name);
    found.push({ file, fn: named?.name ?? '(top level)', line: sf.getLineAndCharacterOfPosition(node.getStart()).line + 1, what });
  };
  const visit = (node: ts.Node): void => {
    if ((ts.isCallExpression(node) || ts.isNewExpression(node)) && node.arguments?.some(ts.isSpreadElement)) {
      report(node, `spread argument in \`${node.getText().slice(0, 60)}\``);
    }
    if (ts.isCallExpression(node)) {
      const callee = callsItself(node, stack);
      if (callee) report(node, `recursive call of \`${callee}\``);
    }
    const fn = isFunction(node);
    if (fn) stack.push(scopeOf(node));
    ts.forEachChild(node, visit);
    if (fn) stack.pop();
  };
  visit(sf);
  return found;
}

describe('no recursion or spread argument that grows with the input', () => {
  it('src/ has none outside the documented allowlist', () => {
    const files = sourceFiles('src');
    assert.ok(files.length > 20, 'the source files were found');
    const violations = files.flatMap(f => findViolations(relative('.', f), readFileSync(f, 'utf8')))
      .filter(v => !ALLOWED[`${v.file}:${v.fn}`]);
    assert.deepEqual(violations.map(v => `${v.file}:${v.line} in ${v.fn}: ${v.what}`), []);
  });

  it('every allowlisted function still exists and still needs its entry', () => {
    const files = sourceFiles('src');
    const all = files.flatMap(f => findViolations(relative('.', f), readFileSync(f, 'utf8')));
    for (const key of Object.keys(ALLOWED)) assert.ok(all.some(v => `${v.file}:${v.fn}` === key), `stale allowlist entry ${key}`);
  });

  it('finds spread arguments, self-calls through nested closures and method self-calls', () => {
    const code = `
      function a(xs: number[]) { return Math.max(...xs); }
      const b = (out: number[], xs: number[]) => { out.push(...xs); };
      function walk(n: { kids: unknown[] }) { n.kids.forEach(k => walk(k as never)); }
      class C { m(x: number): number { return x ? this.m(x - 1) : 0; } }
      const ok = [...[1, 2], 3];
      function fine(xs: number[]) { return xs.reduce((m, x) => Math.max(m, x), 0); }
      const later = () => { setTimeout(() => later(), 10); };
      function shadowed(resolve: () => void) { return { resolve: () => resolve() }; }
      class D { run() { return new Promise(resolve => { const w = { resolve: (x: unknown) => resolve(x) }; w.resolve(1); }); } }
    `;
    const found = findViolations('x.ts', code).map(v => `${v.fn}:${v.what.split(' ')[0]}`);
    assert.deepEqual(found, ['a:spread', 'b:spread', 'walk:recursive', 'm:recursive']);
  });
});
