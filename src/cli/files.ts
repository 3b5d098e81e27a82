// Which files a batch reads: a folder's .txt files at any depth, the files a glob matches (*, ?, ** and {a,b}), or a
// path as given. Folders are walked with an explicit stack, so neither depth nor file count grows the call stack.
import { readdirSync, statSync, type Dirent } from 'node:fs';
import { join, resolve } from 'node:path';
import { describeFsError, EXIT, UserError } from './errors';

export interface Collected {
  files: string[];
  /** Folders that could not be read; the batch goes on without them. */
  warnings: string[];
}

/** Files for the patterns, sorted and without duplicates. */
export function collectFiles(patterns: readonly string[]): Collected {
  const found: string[] = [];
  const warnings: string[] = [];
  for (const braced of patterns) {
    for (const pattern of expandBraces(braced)) {
      if (/[*?]/.test(pattern)) {
        const { root, depth } = globRoot(pattern);
        const re = globToRegExp(resolve(pattern));
        for (const file of walk(root, depth, warnings)) if (re.test(resolve(file))) found.push(file);
      } else if (isDirectory(pattern)) {
        for (const file of walk(pattern, Infinity, warnings)) if (/\.txt$/i.test(file)) found.push(file);
      } else {
        found.push(pattern); // a missing or unreadable file is reported by the batch as failed, with its reason
      }
    }
  }
  return { files: Array.from(new Set(found)).sort(), warnings };
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

const MAX_EXPANSIONS = 10_000;

/** `dir/{a,b}/*.txt` → `dir/a/*.txt`, `dir/b/*.txt`, as a shell expands braces (nested ones too). */
export function expandBraces(pattern: string): string[] {
  const done: string[] = [];
  const todo = [pattern];
  while (todo.length) {
    const p = todo.pop()!;
    const group = firstBraceGroup(p);
    if (!group) {
      done.push(p);
      continue;
    }
    for (const alternative of group.alternatives) todo.push(p.slice(0, group.start) + alternative + p.slice(group.end));
    if (done.length + todo.length > MAX_EXPANSIONS) {
      throw new UserError(`${pattern}: the braces expand to more than ${MAX_EXPANSIONS} patterns`, EXIT.usage);
    }
  }
  return done.reverse();
}

/** The first outermost `{…}` with a comma at its own level (a `{x}` without one stays as written, as in bash). */
function firstBraceGroup(p: string): { start: number; end: number; alternatives: string[] } | undefined {
  let depth = 0;
  let start = -1;
  let commas: number[] = [];
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === '{') {
      if (depth === 0) {
        start = i;
        commas = [];
      }
      depth++;
    } else if (c === '}' && depth > 0) {
      depth--;
      if (depth === 0 && commas.length) {
        const cuts = [start].concat(commas, [i]);
        const alternatives: string[] = [];
        for (let k = 0; k + 1 < cuts.length; k++) alternatives.push(p.slice(cuts[k] + 1, cuts[k + 1]));
        return { start, end: i + 1, alternatives };
      }
    } else if (c === ',' && depth === 1) commas.push(i);
  }
  return undefined;
}

/** The folder before the first wildcard, and how many path segments below it a match can have (∞ with `**`). */
function globRoot(pattern: string): { root: string; depth: number } {
  const firstWildcard = pattern.search(/[*?]/);
  const slash = pattern.lastIndexOf('/', firstWildcard);
  const root = slash < 0 ? '.' : pattern.slice(0, slash) || '/';
  const rest = pattern.slice(slash + 1);
  return { root, depth: rest.includes('**') ? Infinity : rest.split('/').length };
}

function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      re += '.*';
      i++;
      if (glob[i + 1] === '/') {
        re = re.slice(0, -2) + '(?:.*/)?';
        i++;
      }
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/** Regular files under root, at most maxDepth path segments below it. */
export function walk(root: string, maxDepth: number, warnings: string[]): string[] {
  const found: string[] = [];
  const stack: { dir: string; level: number }[] = [{ dir: root, level: 0 }];
  while (stack.length) {
    const { dir, level } = stack.pop()!;
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      // A glob's folder that does not exist simply matches nothing, as in a shell.
      const missingRoot = level === 0 && ['ENOENT', 'ENOTDIR'].includes((e as NodeJS.ErrnoException).code ?? '');
      if (!missingRoot) warnings.push(`${dir}: cannot read folder: ${describeFsError(e)}`);
      continue;
    }
    for (const entry of entries) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (level + 2 <= maxDepth) stack.push({ dir: full, level: level + 1 });
      } else if (entry.isFile()) found.push(full);
    }
  }
  return found;
}
