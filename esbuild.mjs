// Bundles the CLI (and the extension entries, when present) with esbuild; `--watch` rebuilds, `--production` minifies.
import * as esbuild from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const entries = [
  { in: 'src/cli.ts', out: 'cli', banner: '#!/usr/bin/env node' },
  { in: 'src/extension/extension.ts', out: 'extension' },
  { in: 'src/extension/analysisWorker.ts', out: 'analysisWorker' },
  { in: 'src/extension/indexWorker.ts', out: 'indexWorker' },
].filter(e => existsSync(e.in));

const contexts = await Promise.all(entries.map(e => esbuild.context({
  entryPoints: { [e.out]: e.in },
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  outdir: 'dist',
  external: ['vscode'],
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  legalComments: 'none',
  define: { NEWS_LENS_VERSION: JSON.stringify(version) },
  logLevel: 'warning',
  banner: e.banner ? { js: e.banner } : undefined,
})));

if (watch) {
  await Promise.all(contexts.map(c => c.watch()));
} else {
  await Promise.all(contexts.map(c => c.rebuild()));
  await Promise.all(contexts.map(c => c.dispose()));
}
