// The built CLI (dist/cli.js) as a user runs it: JSON output, quote export, batch, and one clear line for bad input.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const cli = resolve('dist/cli.js');
const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
const dir = mkdtempSync(join(tmpdir(), 'news-lens-cli-'));
const write = (name: string, content: string | Uint8Array) => {
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
};

describe('cli', () => {
  const dump = write('dump.txt', '\uFEFFHarbor news\r\n\r\n“We will build it,” said Mayor Elena Vasquez.\r\n');

  it('analyze --json prints the news-lens/2 analysis with offsets into the BOM-less text', () => {
    const r = run('analyze', '--json', dump);
    assert.equal(r.status, 0, r.stderr);
    const a = JSON.parse(r.stdout);
    const text = readFileSync(dump, 'utf8').replace(/^\uFEFF/, '');
    assert.equal(a.schema, 'news-lens/2');
    assert.equal(a.quotes.length, 1);
    assert.equal(text.slice(a.quotes[0].start, a.quotes[0].end), a.quotes[0].text);
  });

  it('analyze without --json prints a readable summary', () => {
    const r = run('analyze', dump);
    assert.equal(r.status, 0);
    assert.match(r.stdout, /Speakers \(\d+\)/);
    assert.match(r.stdout, /Dates \(\d+\)/);
  });

  it('extract-quotes prints CSV, JSON and Markdown with the quote and its line', () => {
    const csv = run('extract-quotes', dump, '--format', 'csv');
    assert.equal(csv.status, 0);
    assert.match(csv.stdout.split('\r\n')[0], /^line,column,speaker,cue,kind,articleDate,quote$/);
    assert.match(csv.stdout, /We will build it,/);
    const json = JSON.parse(run('extract-quotes', dump, '--format', 'json').stdout);
    assert.equal(json[0].line, 3);
    assert.match(run('extract-quotes', dump, '--format', 'md').stdout, /^# Quotes \(1\)/);
  });

  it('missing file, directory and binary file: one line on stderr, exit 1, no stack trace', () => {
    const binary = write('image.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]));
    for (const [file, message] of [[join(dir, 'nope.txt'), /no such file/], [dir, /is a directory/], [binary, /binary file/]] as const) {
      const r = run('analyze', '--json', file);
      assert.equal(r.status, 1);
      assert.match(r.stderr, message);
      assert.equal(r.stderr.trim().split('\n').length, 1);
      assert.doesNotMatch(r.stderr, /\n\s+at /);
    }
  });

  it('usage errors exit 2', () => {
    assert.equal(run('analyze').status, 2);
    assert.equal(run('frobnicate', dump).status, 2);
    assert.equal(run('extract-quotes', dump, '--format', 'xml').status, 2);
    assert.equal(run('analyze', dump, '--reference-date', 'May 16').status, 2);
  });

  it('batch analyses every .txt, continues past a bad file, lists it and exits non-zero', () => {
    const folder = join(dir, 'batch');
    mkdirSync(join(folder, 'nested'), { recursive: true });
    writeFileSync(join(folder, 'a.txt'), '“Yes,” said Ana Ruiz.');
    writeFileSync(join(folder, 'nested', 'b.txt'), 'Plain text on Monday.');
    writeFileSync(join(folder, 'bad.txt'), new Uint8Array([0, 1, 2, 3]));
    writeFileSync(join(folder, 'notes.md'), 'not a dump');
    const out = join(dir, 'results.jsonl');
    const r = run('batch', folder, '--out', out, '--jobs', '2');
    assert.equal(r.status, 1);
    assert.match(r.stderr, /2 of 3 files analysed/);
    assert.match(r.stderr, /bad\.txt: not analysed: binary file/);
    const lines = readFileSync(out, 'utf8').trim().split('\n').map(l => JSON.parse(l));
    assert.deepEqual(lines.map(l => l.file.replace(folder, '')), ['/a.txt', '/bad.txt', '/nested/b.txt']);
    assert.equal(lines[0].schema, 'news-lens/2');
    assert.ok(lines[1].error);
  });
});
