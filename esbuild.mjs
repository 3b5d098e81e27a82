// Bundles the CLI (and the extension entries, when present) with esbuild; `--watch` rebuilds, `--production` minifies.
// compromise's lexicon goes into the bundles precomputed (precomputedLexicon).
import * as esbuild from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { isDeepStrictEqual } from 'node:util';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
// `npm run bench` measures the engine as it ships: bundled by this same configuration, not as tsx compiles the sources.
const bench = process.argv.includes('--bench');

const entries = [
  { in: 'src/cli.ts', out: 'cli', banner: '#!/usr/bin/env node' },
  { in: 'src/extension/extension.ts', out: 'extension' },
  // The banner's time is the first trace stage of the worker's bundle (src/extension/trace.ts).
  { in: 'src/extension/analysisWorker.ts', out: 'analysisWorker', banner: 'globalThis.newsLensBundleStart = performance.timeOrigin + performance.now();' },
  ...(bench ? [{ in: 'scripts/bench.ts', out: 'bench', external: ['compromise', 'compromise-dates'] }] : []),
].filter(e => existsSync(e.in));

/**
 * src/core/compromiseLexicon.ts as data: compromise's lexicon grouped by tag set (73 sets, each with its words joined by a
 * comma), and the head-word tables. Loading this takes a few milliseconds; unpacking compromise's model, which the
 * source module does, takes hundreds on this machine and puts all of compromise into the bundle.
 */
function precomputedLexicon() {
  const model = createRequire(import.meta.url)('compromise').model();
  const lexicon = model.one.lexicon;
  const groups = new Map();
  for (const [word, tags] of Object.entries(lexicon)) {
    if (word.includes(',')) throw new Error(`lexicon word with a comma: ${word}`);
    const key = JSON.stringify(tags);
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(word);
  }
  const table = [...groups].map(([tags, words]) => [JSON.parse(tags), words.join(',')]);
  const source = `const groups = ${JSON.stringify(table)};
export const LEXICON = Object.create(null);
for (const [tags, words] of groups) for (const word of words.split(',')) LEXICON[word] = tags;
export const ORG_WORDS = ${JSON.stringify(model.two.orgWords ?? {})};
export const PLACE_WORDS = ${JSON.stringify(model.two.placeWords ?? {})};
`;
  // The copy must say exactly what the model says.
  const copy = Object.create(null);
  for (const [tags, words] of table) for (const word of words.split(',')) copy[word] = tags;
  if (!isDeepStrictEqual({ ...copy }, { ...lexicon })) throw new Error('the precomputed lexicon differs from compromise\'s');
  return source;
}

let lexiconSource;
const lexiconPlugin = {
  name: 'precomputed-lexicon',
  setup(build) {
    build.onResolve({ filter: /^\.\/compromiseLexicon$/ }, args => (args.importer.endsWith('gazetteer.ts') ? { path: 'lexicon', namespace: 'precomputed' } : undefined));
    build.onLoad({ filter: /.*/, namespace: 'precomputed' }, () => ({ contents: (lexiconSource ??= precomputedLexicon()), loader: 'js' }));
  },
};

const contexts = await Promise.all(entries.map(e => esbuild.context({
  entryPoints: { [e.out]: e.in },
  bundle: true,
  format: 'cjs',
  platform: 'node',
  // Not 'node20': for node targets esbuild rewrites each regex literal with a \p{…} escape as `new RegExp(…)`, compiled
  // again at every call when the literal sits in a function. Node 20 and VS Code's runtime both run ES2022 as written.
  target: 'es2022',
  outdir: 'dist',
  external: ['vscode', ...(e.external ?? [])],
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  legalComments: 'none',
  define: { NEWS_LENS_VERSION: JSON.stringify(version) },
  logLevel: 'warning',
  plugins: [lexiconPlugin],
  banner: e.banner ? { js: e.banner } : undefined,
})));

if (watch) {
  await Promise.all(contexts.map(c => c.watch()));
} else {
  await Promise.all(contexts.map(c => c.rebuild()));
  await Promise.all(contexts.map(c => c.dispose()));
  // The extension's modules take the API as `import vscode = require('vscode')`: with `import * as vscode`, esbuild wraps
  // each module's require in its ESM interop, which copies the API's few hundred properties into a new object per
  // module while the extension host loads the bundle (about 9 of its 12 ms in a profile of the host).
  if (existsSync('dist/extension.js') && /[\w$]\(require\("vscode"\)\)/.test(readFileSync('dist/extension.js', 'utf8'))) {
    throw new Error("dist/extension.js wraps require(\"vscode\") in esbuild's ESM interop: import it as `import vscode = require('vscode')`");
  }
}
