// Which files `batch` reads: brace expansion, and a walk whose stack does not grow with the number of files.
import assert from 'node:assert/strict';
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { collectFiles, expandBraces } from '../../src/cli/files';

describe('cli: files of a batch', function () {
  this.timeout(600_000); // a hang guard: creating 150,000 files takes a while on a busy disk

  it('expands braces as a shell does, nested ones too, and leaves a brace without a comma as written', () => {
    assert.deepEqual(expandBraces('dir/{a,b}/*.txt'), ['dir/a/*.txt', 'dir/b/*.txt']);
    assert.deepEqual(expandBraces('{x,y{1,2}}.txt'), ['x.txt', 'y1.txt', 'y2.txt']);
    assert.deepEqual(expandBraces('{a,b}{c,d}'), ['ac', 'ad', 'bc', 'bd']);
    assert.deepEqual(expandBraces('notes{1}.txt'), ['notes{1}.txt']);
    assert.deepEqual(expandBraces('open{a,b'), ['open{a,b']);
    assert.deepEqual(expandBraces('{,pre}fix'), ['fix', 'prefix']);
  });

  it('refuses braces that expand to more than 10,000 patterns, with a message', () => {
    assert.throws(() => expandBraces('{0,1,2,3,4,5,6,7,8,9}'.repeat(5)), /expand to more than 10000 patterns/);
  });

  it('walks a folder of 150,000 files and one 300 folders deep', () => {
    const root = mkdtempSync(join(tmpdir(), 'news-lens-walk-'));
    try {
      const many = join(root, 'many');
      mkdirSync(many);
      for (let i = 0; i < 150_000; i++) closeSync(openSync(join(many, `${String(i).padStart(6, '0')}.txt`), 'w'));
      let deep = join(root, 'deep');
      for (let i = 0; i < 300; i++) deep = join(deep, 'd');
      mkdirSync(deep, { recursive: true });
      closeSync(openSync(join(deep, 'bottom.txt'), 'w'));

      const { files, warnings } = collectFiles([root]);
      assert.deepEqual(warnings, []);
      assert.equal(files.length, 150_001);
      assert.equal(files[0], join(deep, 'bottom.txt'));
      assert.equal(files[1], join(many, '000000.txt'));
      assert.equal(files[150_000], join(many, '149999.txt'));
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
