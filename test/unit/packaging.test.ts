import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// The .vsix ships only what .vscodeignore allows: every bundle the extension loads at run time must be allowed, or
// the packaged extension fails where the development build works.
describe('packaging', () => {
  it('every bundle the extension loads from dist/ is in the .vscodeignore allowlist', () => {
    const allowed = readFileSync('.vscodeignore', 'utf8').split('\n').filter(l => l.startsWith('!')).map(l => l.slice(1).trim());
    const loaded = new Set<string>();
    for (const file of readdirSync('src/extension')) {
      const source = readFileSync(join('src/extension', file), 'utf8');
      for (const m of source.matchAll(/'dist',\s*'([\w.-]+\.js)'/g)) loaded.add(`dist/${m[1]}`);
    }
    // One worker bundle: the workspace index runs in the analysis worker, so the engine ships once.
    assert.deepEqual([...loaded].sort(), ['dist/analysisWorker.js']);
    for (const bundle of loaded) assert.ok(allowed.includes(bundle), `${bundle} is not in .vscodeignore's allowlist`);
    assert.ok(allowed.includes(JSON.parse(readFileSync('package.json', 'utf8')).main.replace(/^\.\//, '')), 'the main bundle');
  });
});
