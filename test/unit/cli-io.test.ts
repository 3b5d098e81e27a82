// The built CLI at the edges of input and output: pipes closed early, outputs that cannot be written, FIFOs, UTF-16,
// replacement characters, size limits and a JSON output too big for one string's comfort.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { assertNoStackTrace, messages, quoteDump, run, start, tempDir } from './cliRun';

const { dir, write } = tempDir();
const dump = write('dump.txt', '“We will build it,” said Mayor Elena Vasquez.\n');

describe('cli: output errors', function () {
  this.timeout(180_000); // a hang guard for a busy machine

  it('standard output closed before the CLI writes (analyze FILE | head -1): one line on stderr, exit 74', async () => {
    const child = start(['analyze', '--json', dump]);
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', d => (stderr += d));
    const code = await new Promise(resolve => child.on('close', resolve));
    assertNoStackTrace(stderr);
    assert.equal(code, 74);
    assert.equal(stderr, 'news-lens: cannot write standard output: the reading end was closed\n');
  });

  it('--out in a missing folder is refused before any work, exit 74, for analyze and batch', () => {
    const missing = join(dir, 'missing-folder', 'x.jsonl');
    const batch = run(['batch', dir, '--out', missing]);
    assert.equal(batch.status, 74);
    assert.equal(batch.stderr, `news-lens: cannot write ${missing}: no folder ${join(dir, 'missing-folder')}\n`);
    assert.equal(existsSync(missing), false);
    const analyze = run(['analyze', dump, '--out', missing]);
    assert.equal(analyze.status, 74);
    assert.equal(messages(analyze.stderr).length, 1);
  });

  it('a write that fails midway (a full disk: /dev/full) is one line, exit 74', function () {
    if (!existsSync('/dev/full')) this.skip();
    const r = run(['analyze', '--json', dump, '--out', '/dev/full']);
    assert.equal(r.status, 74);
    assert.equal(r.stderr, 'news-lens: cannot write /dev/full: no space left on the device\n');
  });
});

describe('cli: input', function () {
  this.timeout(180_000);

  it('a FIFO is refused at once with a clear message instead of waiting for a writer', () => {
    const fifo = join(dir, 'pipe.txt');
    execFileSync('mkfifo', [fifo]);
    const r = run(['analyze', fifo]);
    assert.equal(r.status, 1);
    assert.equal(messages(r.stderr)[0], `news-lens: ${fifo}: not a regular file (a named pipe); send its content to standard input instead: news-lens … - < ${fifo}`);
  });

  it('UTF-16 LE and BE files with a byte-order mark are decoded, not called binary', () => {
    const text = '“Vamos a construirlo,” said Mayor Elena Vásquez.\n';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    for (const [name, bytes] of [['le.txt', le], ['be.txt', be]] as const) {
      const r = run(['analyze', '--json', write(name, bytes)]);
      assert.equal(r.status, 0, r.stderr);
      assert.equal(r.stderr, '');
      const quote = JSON.parse(r.stdout).quotes[0];
      assert.equal(quote.text, '“Vamos a construirlo,”');
      assert.equal(quote.speaker, 'Elena Vásquez');
      assert.equal(text.slice(quote.start, quote.end), quote.text); // offsets into the text without its mark
    }
  });

  it('a real U+FFFD in valid UTF-8 gives no warning; invalid bytes do, and the analysis goes on', () => {
    const replacement = run(['extract-quotes', '--format', 'csv', write('fffd.txt', 'Price: \uFFFD100. “Yes,” said Ana Ruiz.\n')]);
    assert.equal(replacement.status, 0);
    assert.equal(replacement.stderr, '');
    const invalid = write('latin1.txt', Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from('. “Yes,” said Ana Ruiz.\n')]));
    const r = run(['extract-quotes', '--format', 'csv', invalid]);
    assert.equal(r.status, 0);
    assert.equal(r.stderr, `${invalid}: warning: not valid UTF-8; invalid bytes shown as \uFFFD\n`);
    assert.match(r.stdout, /Ana Ruiz,said,direct,,"Yes,"/);
  });

  it('a file above the limit is refused before reading: 64 MB by default, --max-file-mb to change', () => {
    // A sparse file: 65 MB of NUL bytes that would read as binary, so the size message proves nothing was read.
    const huge = write('huge.txt', '');
    truncateSync(huge, 65 * 1024 * 1024);
    const r = run(['analyze', huge]);
    assert.equal(r.status, 1);
    assert.equal(r.stderr, `news-lens: ${huge}: not analyzed: 65.0 MB is above the limit of 64 MB (--max-file-mb)\n`);
    const small = write('small.txt', 'x'.repeat(3 * 1024));
    const limited = run(['analyze', small, '--max-file-mb=0.002']);
    assert.equal(limited.status, 1);
    assert.equal(limited.stderr, `news-lens: ${small}: not analyzed: 3.0 KB is above the limit of 0.002 MB (--max-file-mb)\n`);
    const stdin = run(['analyze', '-', '--max-file-mb', '0.002'], { input: 'x'.repeat(3 * 1024) });
    assert.equal(stdin.status, 1);
    assert.equal(stdin.stderr, 'news-lens: standard input: not analyzed: more than the limit of 0.002 MB (--max-file-mb)\n');
  });

  it('a large analysis is written as valid JSON in pieces', () => {
    const paragraphs = 12_000; // about 1 MB of text, several MB of JSON
    const file = join(dir, 'many-quotes.txt');
    writeFileSync(file, quoteDump(paragraphs));
    const r = run(['analyze', '--json', file]);
    assert.equal(r.status, 0, r.stderr);
    assert.ok(r.stdout.length > 2 << 20, `only ${r.stdout.length} characters`);
    const a = JSON.parse(r.stdout);
    assert.equal(a.quotes.length, paragraphs);
    assert.equal(a.quotes[paragraphs - 1].text, `“We will finish part ${paragraphs - 1} of the ferry plan,”`);
    assert.equal(r.stdout.at(-1), '\n');
  });
});
