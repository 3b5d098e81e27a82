// The standard entry for extension tests (`npx vscode-test`, @vscode/test-cli): the extension-host suite of
// test/extension under @vscode/test-electron, which downloads VS Code. `npm test` does not use it: it runs the same
// suite in code-server (scripts/vscode-test/run.mjs), which needs no download. Build first: npm run build:tests.
import { defineConfig } from '@vscode/test-cli';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  label: 'extension-host',
  files: 'out/test/extension/**/*.test.js',
  workspaceFolder: path.join(here, 'test', 'fixtures'),
  version: process.env.NEWS_LENS_VSCODE_VERSION || 'stable',
  launchArgs: ['--disable-extensions'],
  mocha: {
    ui: 'tdd',
    timeout: 30000,
    // The same checks as the project's entry: no error logged, no rejection left unhandled by News Lens.
    require: [path.join(here, 'out', 'test', 'extension', 'guards.js')],
  },
});
