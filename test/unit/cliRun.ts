// Runs the built CLI (dist/cli.js, from `npm run build`) as a user does, and checks what every run must respect:
// whatever goes wrong, stderr holds messages, never a stack trace.
import assert from 'node:assert/strict';
import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const cli = resolve('dist/cli.js');
if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run `npm run build` before the CLI tests');

export function assertNoStackTrace(stderr: string): void {
  assert.doesNotMatch(stderr, /^\s+at \S/m, `stack trace on stderr:\n${stderr}`);
  assert.doesNotMatch(stderr, /node:internal|Unhandled 'error' event|Error: /, `raw error on stderr:\n${stderr}`);
}

export function run(args: string[], options: { input?: string | Uint8Array; cwd?: string } = {}): SpawnSyncReturns<string> {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', maxBuffer: 1 << 28, ...options });
  assertNoStackTrace(r.stderr);
  return r;
}

/** The CLI started in the background, for tests that watch its output while it runs. */
export const start = (args: string[]) => spawn(process.execPath, [cli, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });

export function tempDir(): { dir: string; write: (name: string, content: string | Uint8Array) => string } {
  const dir = mkdtempSync(join(tmpdir(), 'news-lens-cli-'));
  return {
    dir,
    write: (name, content) => {
      const file = join(dir, name);
      writeFileSync(file, content);
      return file;
    },
  };
}

/** The lines of stderr that are messages (the progress bar aside). */
export const messages = (stderr: string) => stderr.split('\n').filter(l => l && !l.startsWith('['));

/** A dump of `paragraphs` short articles with one attributed quote each: big enough to keep a worker busy. */
export function quoteDump(paragraphs: number): string {
  const out: string[] = [];
  for (let i = 0; i < paragraphs; i++) out.push(`“We will finish part ${i} of the ferry plan,” said Mayor Elena Vasquez on Monday.\n\n`);
  return out.join('');
}
