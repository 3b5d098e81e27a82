// `news-lens batch` built and run as a user does: folders, globs, input order, streaming, workers that run out of
// memory or time, the size limit, and the --jsonl mode for pipelines.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { assertNoStackTrace, messages, quoteDump, run, start, tempDir } from './cliRun';

const { dir } = tempDir();
const folder = (name: string, files: Record<string, string | Uint8Array>) => {
  const root = join(dir, name);
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(join(root, file, '..'), { recursive: true });
    writeFileSync(join(root, file), content);
  }
  return root;
};
const jsonLines = (text: string) => text.trim().split('\n').map(l => JSON.parse(l));
const SMALL_A = '“Yes,” said Ana Ruiz.';
const SMALL_B = 'Plain text on Monday.';

describe('cli: batch', function () {
  this.timeout(300_000); // a hang guard: each test starts the CLI and its workers on a machine that may be busy

  it('analyses every .txt of a folder, continues past a bad file, lists it and exits 1', () => {
    const root = folder('basic', { 'a.txt': SMALL_A, 'nested/b.txt': SMALL_B, 'bad.txt': new Uint8Array([0, 1, 2, 3]), 'notes.md': 'not a dump' });
    const out = join(dir, 'basic.jsonl');
    const r = run(['batch', root, '--out', out, '--jobs', '2']);
    assert.equal(r.status, 1);
    assert.deepEqual(messages(r.stderr).slice(-3), [
      `news-lens: 2 of 3 files analyzed → ${out}`,
      'news-lens: 1 failed:',
      `  ${root}/bad.txt: not analyzed: binary file`,
    ]);
    const lines = jsonLines(readFileSync(out, 'utf8'));
    assert.deepEqual(lines.map(l => l.file.replace(root, '')), ['/a.txt', '/bad.txt', '/nested/b.txt']);
    assert.equal(lines[0].schema, 'news-lens/2');
    assert.equal(lines[0].quotes[0].speaker, 'Ana Ruiz');
    assert.deepEqual(lines[1], { file: `${root}/bad.txt`, error: `${root}/bad.txt: not analyzed: binary file` });
  });

  it('keeps input order when later files finish first', () => {
    const root = folder('order', { 'a-slow.txt': quoteDump(10_000), 'b.txt': SMALL_A, 'c.txt': SMALL_B, 'd.txt': SMALL_A });
    const r = run(['batch', root, '--out', '-', '--jobs', '2']);
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(jsonLines(r.stdout).map(l => l.file.replace(root, '')), ['/a-slow.txt', '/b.txt', '/c.txt', '/d.txt']);
  });

  it('writes each line as soon as it is ready; a file out of time fails alone and a new worker goes on', async () => {
    const root = folder('stream', { 'a.txt': SMALL_A, 'b-slow.txt': quoteDump(120_000), 'c.txt': SMALL_B });
    const child = start(['batch', root, '--jobs', '1', '--timeout', '2']);
    let stdout = '';
    let stderr = '';
    let runningAtFirstLine: boolean | undefined;
    child.stdout.on('data', d => {
      stdout += d;
      if (runningAtFirstLine === undefined && stdout.includes('\n')) runningAtFirstLine = child.exitCode === null;
    });
    child.stderr.on('data', d => (stderr += d));
    const code = await new Promise(resolve => child.on('close', resolve));
    assertNoStackTrace(stderr);
    assert.equal(runningAtFirstLine, true, 'the first line came only when the batch had ended');
    assert.equal(code, 1);
    const lines = jsonLines(stdout);
    assert.deepEqual(lines.map(l => l.file.replace(root, '')), ['/a.txt', '/b-slow.txt', '/c.txt']);
    assert.equal(lines[1].error, `${root}/b-slow.txt: timed out after 2 s (--timeout)`);
    assert.equal(lines[2].dates[0].text, 'Monday');
    assert.deepEqual(messages(stderr).slice(-2), ['news-lens: 1 failed:', `  ${root}/b-slow.txt: timed out after 2 s (--timeout)`]);
  });

  it('a worker out of memory fails its file only: the others are analyzed, the failure listed, exit 1', () => {
    // 64 MB of heap loads the engine and analyses a sentence, not 10 MB of quotes.
    const root = folder('oom', { 'a.txt': SMALL_A, 'b-huge.txt': quoteDump(120_000), 'c.txt': SMALL_B });
    const r = run(['batch', root, '--out', '-', '--jobs', '1', '--worker-memory-mb', '64']);
    assert.equal(r.status, 1);
    const reason = `${root}/b-huge.txt: out of memory (each worker may use 64 MB; --worker-memory-mb raises it)`;
    const lines = jsonLines(r.stdout);
    assert.deepEqual(lines.map(l => l.error ?? l.quotes.length), [1, reason, 0]);
    assert.deepEqual(messages(r.stderr).slice(-3), ['news-lens: 2 of 3 files analyzed → standard output', 'news-lens: 1 failed:', `  ${reason}`]);
  });

  it('--max-file-mb skips a larger file with a clear message', () => {
    const root = folder('limit', { 'a.txt': SMALL_A, 'b.txt': 'x'.repeat(3 * 1024) });
    const r = run(['batch', root, '--out', '-', '--max-file-mb', '0.002']);
    assert.equal(r.status, 1);
    const reason = `${root}/b.txt: not analyzed: 3.0 KB is above the limit of 0.002 MB (--max-file-mb)`;
    assert.deepEqual(jsonLines(r.stdout)[1], { file: `${root}/b.txt`, error: reason });
    assert.equal(messages(r.stderr).at(-1), `  ${reason}`);
  });

  it('globs with braces, ** and ?; one that matches nothing is a clear message, exit 1', () => {
    const root = folder('glob', { 'x/a.txt': SMALL_A, 'y/b.txt': SMALL_B, 'z/c.txt': SMALL_A, 'y/deep/d1.txt': SMALL_B });
    const braces = run(['batch', `${root}/{x,y}/*.txt`, '--out', '-']);
    assert.equal(braces.status, 0, braces.stderr);
    assert.deepEqual(jsonLines(braces.stdout).map(l => l.file.replace(root, '')), ['/x/a.txt', '/y/b.txt']);
    const deep = run(['batch', `${root}/**/d?.txt`, '--out', '-']);
    assert.deepEqual(jsonLines(deep.stdout).map(l => l.file.replace(root, '')), ['/y/deep/d1.txt']);
    const none = run(['batch', `${root}/{p,q}/*.txt`]);
    assert.equal(none.status, 1);
    assert.equal(none.stderr, `news-lens: no .txt files found in ${root}/{p,q}/*.txt\n`);
  });

  it('refuses - and --jsonl with folders: standard input is for --jsonl alone', () => {
    assert.match(run(['batch', '-']).stderr, /^news-lens: batch reads files; for texts on standard input use batch --jsonl\n/);
    assert.match(run(['batch', '--jsonl', dir]).stderr, /^news-lens: batch --jsonl reads standard input and takes no DIR_OR_GLOB\n/);
  });
});

describe('cli: batch --jsonl', function () {
  this.timeout(300_000);

  it('reads {"id", "text"} lines and writes {"id", …analysis} lines in input order; a bad line is an error line', () => {
    const input = [
      JSON.stringify({ id: 'first', text: quoteDump(3_000) }),
      'not json',
      JSON.stringify({ id: 7, text: SMALL_A }),
      '',
      JSON.stringify({ id: 'no-text' }),
      JSON.stringify({ id: 'long', text: 'x'.repeat(1.2 * 1024 * 1024) }),
      JSON.stringify({ text: SMALL_B }),
      JSON.stringify({ id: ['last'], text: SMALL_B }),
    ].join('\n');
    const r = run(['batch', '--jsonl', '--jobs', '2', '--max-file-mb', '1'], { input });
    assert.equal(r.status, 0, r.stderr);
    const lines = jsonLines(r.stdout);
    assert.deepEqual(lines.map(l => l.id), ['first', null, 7, 'no-text', null, null, ['last']]);
    assert.equal(lines[0].quotes.length, 3_000);
    assert.deepEqual(lines[1], { id: null, line: 2, error: 'line 2: not a JSON object' });
    assert.equal(lines[2].quotes[0].speaker, 'Ana Ruiz');
    assert.deepEqual(lines[3], { id: 'no-text', line: 5, error: 'line 5: no "text" string' });
    assert.deepEqual(lines[4], { id: null, line: 6, error: 'line 6: not analyzed: the line has 1.2 MB, above the limit of 1 MB (--max-file-mb)' });
    assert.deepEqual(lines[5], { id: null, line: 7, error: 'line 7: no "id"' });
    assert.equal(lines[6].dates[0].text, 'Monday');
    assert.deepEqual(messages(r.stderr), ['news-lens: 3 of 7 records analyzed → standard output', 'news-lens: 4 failed (error lines in the output)']);
  });
});
