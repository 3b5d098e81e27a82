#!/usr/bin/env node
// The project's VS Code test runner: runs the extension-host suite or the Playwright UI tests in the real VS Code.
//
//   node scripts/vscode-test/run.mjs ext-host   [--build] [--extension DIR] [--tests FILE] [--folder DIR]
//   node scripts/vscode-test/run.mjs ui         [--build] [--extension DIR] [--folder DIR] [--spec DIR] [--grep TEXT]
//                                               [--update-screenshots]
//   node scripts/vscode-test/run.mjs serve      [--extension DIR] [--folder DIR]   (keeps a workbench up; prints its URL)
//   --build builds the extension first; --extension defaults to the repo (or NEWS_LENS_EXTENSION_DIR).
//
// By default VS Code is code-server's build of it (installed by setup.sh, run on Node 24, driven by Debian's Chromium):
// it needs nothing beyond the npm registry and apt. NEWS_LENS_VSCODE=electron runs the extension-host suite under
// @vscode/test-electron instead (downloads VS Code, or uses NEWS_LENS_VSCODE_EXECUTABLE); the UI tests need code-server.
// Logs, the browser console and screenshots go to test-results/. The run fails when the suite fails, when it times
// out, or when the extension host logged an error or an unhandled rejection from News Lens.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, appendFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import util from 'node:util';
import { launchBrowser, chromiumPath } from './lib/browser.mjs';
import { findExtensionErrors } from './lib/logscan.mjs';
import { CACHE, isInstalled, startServer } from './lib/server.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..', '..');
const require = createRequire(import.meta.url);

const { values: opt, positionals } = util.parseArgs({
  allowPositionals: true,
  options: {
    extension: { type: 'string', default: process.env.NEWS_LENS_EXTENSION_DIR || repo },
    tests: { type: 'string' },
    folder: { type: 'string' },
    spec: { type: 'string', default: path.join(repo, 'test', 'ui') },
    grep: { type: 'string' },
    'update-screenshots': { type: 'boolean', default: !!process.env.NEWS_LENS_UPDATE_SCREENSHOTS },
    'no-setup': { type: 'boolean', default: !!process.env.NEWS_LENS_VSCODE_NO_SETUP },
    build: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h' },
  },
});
const mode = positionals[0];
if (opt.help || !['ext-host', 'ui', 'serve'].includes(mode)) {
  console.log(readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n').slice(1, 14).map(l => l.replace(/^\/\/ ?/, '')).join('\n'));
  process.exit(opt.help ? 0 : 2);
}

const extDir = path.resolve(opt.extension);
const backend = process.env.NEWS_LENS_VSCODE || 'code-server';
const timeoutMs = Number(process.env.NEWS_LENS_VSCODE_TIMEOUT_MS || 15 * 60_000);
const results = path.join(repo, 'test-results');
const outDir = path.join(results, 'vscode', mode);
const screenshots = path.join(results, 'screenshots');
const say = msg => console.log(`[vscode-test] ${msg}`);

// The workbench's own start-up lines and offline noise: kept in console.log, not echoed.
const WORKBENCH_CHATTER = new RegExp([
  'ENOTFOUND open-vsx\\.org', 'vsda', '^Resolv(ing|ed) connection token', '^Creating a socket', '^\\[reconnection-grace-time\\]',
  '^Updating additional builtin extensions cache', '^\\[Service Worker\\]', '^\\[AgentHost', '^\\[AccountPolicyGate\\]',
  "authentication provider 'github'",
].join('|'));

let cleanup = async () => {};
function fail(msg, code = 1) {
  console.error(`[vscode-test] FAILED: ${msg}`);
  return cleanup().finally(() => process.exit(code));
}
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => fail(`interrupted (${sig})`, 130));
const watchdog = setTimeout(() => fail(`${mode} run took longer than ${timeoutMs / 1000} s (NEWS_LENS_VSCODE_TIMEOUT_MS)`, 124), timeoutMs);
watchdog.unref();

function extensionManifest() {
  const file = path.join(extDir, 'package.json');
  if (!existsSync(file)) throw new Error(`no package.json in ${extDir} (--extension / NEWS_LENS_EXTENSION_DIR)`);
  const pkg = JSON.parse(readFileSync(file, 'utf8'));
  const main = pkg.main && path.resolve(extDir, pkg.main);
  if (main && !existsSync(main) && !existsSync(main + '.js')) {
    throw new Error(opt.build ? `npm run build did not produce ${pkg.main} in ${extDir}` : `${pkg.main} is not built; run: npm run build`);
  }
  return pkg;
}

/** --build: builds the extension under test first (npm run build, and build:tests for the extension-host suite). */
function buildExtension(pkg) {
  const scripts = ['build', ...(mode === 'ext-host' ? ['build:tests'] : [])].filter(name => pkg.scripts?.[name]);
  for (const name of scripts) {
    say(`npm run ${name} in ${path.relative(repo, extDir) || '.'}`);
    const r = spawnSync('npm', ['run', '--silent', name], { cwd: extDir, stdio: 'inherit' });
    if (r.status !== 0) throw new Error(`npm run ${name} failed in ${extDir}`);
  }
}

function ensureSetup() {
  if (opt['no-setup']) {
    if (!isInstalled()) throw new Error(`code-server is not installed in ${CACHE}; run: bash scripts/vscode-test/setup.sh`);
    return;
  }
  const r = spawnSync('bash', [path.join(here, 'setup.sh')], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error('scripts/vscode-test/setup.sh failed (see above)');
}

/** Copies what a run left behind (server output, VS Code's logs) into test-results/ and removes the scratch folder. */
function keepLogs(runDir) {
  if (!runDir || !existsSync(runDir)) return;
  for (const [from, to] of [['server.log', 'server.log'], ['ud/logs', 'logs']]) {
    const src = path.join(runDir, from);
    if (existsSync(src)) cpSync(src, path.join(outDir, to), { recursive: true });
  }
  if (process.env.NEWS_LENS_VSCODE_KEEP) say(`scratch folder kept: ${runDir}`);
  else rmSync(runDir, { recursive: true, force: true });
}

const mentionsOf = pkg => [`${pkg.publisher}.${pkg.name}`, 'news-lens', 'newslens', extDir];

/** The extension host runs lib/ext-host-entry.cjs around the project's entry (it catches unhandled rejections). */
function writeTestsEntry(runDir, tests, pkg) {
  const entry = path.join(runDir, 'ext-host-entry.js');
  writeFileSync(entry, `module.exports = require(${JSON.stringify(path.join(here, 'lib', 'ext-host-entry.cjs'))})` +
    `.wrap(${JSON.stringify(tests)}, ${JSON.stringify(mentionsOf(pkg))});\n`);
  return entry;
}

function checkExtensionLogs(pkg, extraFiles = []) {
  const errors = findExtensionErrors({
    dirs: [path.join(outDir, 'logs')],
    files: [path.join(outDir, 'server.log'), ...extraFiles],
    mentions: mentionsOf(pkg),
    extensionId: `${pkg.publisher}.${pkg.name}`,
  });
  for (const e of errors) console.error(`[vscode-test] extension error logged in ${path.relative(repo, e.file)}:\n${e.text}\n`);
  return errors.length;
}

async function withServer(pkg, fn) {
  ensureSetup();
  chromiumPath();
  const runDir = mkdtempSync(path.join(tmpdir(), 'news-lens-vscode-'));
  const server = await startServer({ runDir });
  let browser;
  cleanup = async () => {
    cleanup = async () => {};
    await browser?.close().catch(() => {});
    await server.stop();
    keepLogs(runDir);
  };
  say(`VS Code (code-server) on ${server.baseUrl}; logs in ${path.relative(repo, outDir)}/`);
  try {
    return await fn(server, async () => (browser = await launchBrowser()));
  } finally {
    await cleanup();
  }
}

async function extHost(pkg) {
  const tests = path.resolve(extDir, opt.tests || 'out/test/extension/index.js');
  if (!existsSync(tests)) {
    throw new Error(`no test entry ${tests}; ${pkg.scripts?.['build:tests'] ? 'run: npm run build:tests' : 'the extension has no build:tests script'}`);
  }
  const folder = path.resolve(opt.folder || (existsSync(path.join(extDir, 'test/fixtures')) ? path.join(extDir, 'test/fixtures') : extDir));
  if (backend === 'electron') return extHostElectron(pkg, tests, folder);
  if (backend !== 'code-server') throw new Error(`NEWS_LENS_VSCODE must be code-server or electron, not ${backend}`);
  const consoleLog = path.join(outDir, 'console.log');
  const code = await withServer(pkg, async (server, openBrowser) => {
    const browser = await openBrowser();
    const page = await (await browser.newContext()).newPage();
    let exited;
    const exit = new Promise(r => (exited = r));
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const line = util.format(...(Array.isArray(args) ? args : [args]));
      appendFileSync(consoleLog, line + '\n');
      if (!WORKBENCH_CHATTER.test(line)) console.log(line);
    });
    await page.exposeFunction('codeAutomationExit', c => exited(c));
    page.on('pageerror', e => appendFileSync(consoleLog, `[pageerror] ${e.stack || e}\n`));
    page.on('crash', () => exited('the workbench page crashed'));
    browser.on('disconnected', () => exited('Chromium exited'));
    const entry = writeTestsEntry(server.runDir, tests, pkg);
    const payload = [['extensionDevelopmentPath', server.remote(extDir)], ['extensionTestsPath', server.remote(entry)]];
    say(`extension-host suite ${path.relative(repo, tests) || tests} on folder ${folder}`);
    await page.goto(server.workbenchUrl(folder, payload), { timeout: 120_000 }); // a loaded machine can take long
    return exit;
  });
  say(`extension-host suite exit code: ${code}`);
  const logged = checkExtensionLogs(pkg, [consoleLog]);
  if (code !== 0) return fail(`extension-host suite failed (exit code ${code})`);
  if (logged) return fail(`the suite passed but News Lens logged ${logged} error(s) in the extension host (see above)`);
  say('extension-host suite passed');
}

async function extHostElectron(pkg, tests, folder) {
  const { runTests } = require(require.resolve('@vscode/test-electron', { paths: [repo, extDir] }));
  const runDir = mkdtempSync(path.join(tmpdir(), 'news-lens-vscode-'));
  const logsPath = path.join(runDir, 'ud', 'logs');
  cleanup = async () => { cleanup = async () => {}; keepLogs(runDir); };
  say(`extension-host suite under @vscode/test-electron${process.env.NEWS_LENS_VSCODE_EXECUTABLE ? ` (${process.env.NEWS_LENS_VSCODE_EXECUTABLE})` : ' (downloads VS Code)'}`);
  let code = 0;
  try {
    await runTests({
      extensionDevelopmentPath: extDir,
      extensionTestsPath: writeTestsEntry(runDir, tests, pkg),
      vscodeExecutablePath: process.env.NEWS_LENS_VSCODE_EXECUTABLE || undefined,
      version: process.env.NEWS_LENS_VSCODE_VERSION || undefined,
      launchArgs: [folder, '--disable-extensions', `--user-data-dir=${path.join(runDir, 'ud')}`,
        `--extensions-dir=${path.join(runDir, 'exts')}`, `--logsPath=${logsPath}`],
    });
  } catch (e) {
    if (e.constructor?.name !== 'TestRunFailedError') {
      await cleanup();
      throw new Error(`@vscode/test-electron could not start VS Code: ${e.message || e}. Offline, unset NEWS_LENS_VSCODE ` +
        '(code-server is the default) or set NEWS_LENS_VSCODE_EXECUTABLE to an installed VS Code');
    }
    code = e.code ?? e.signal ?? 1;
  }
  await cleanup();
  const logged = checkExtensionLogs(pkg);
  if (code !== 0) return fail(`extension-host suite failed (exit code ${code})`);
  if (logged) return fail(`the suite passed but News Lens logged ${logged} error(s) in the extension host (see above)`);
  say('extension-host suite passed');
}

async function ui(pkg) {
  if (backend !== 'code-server') say(`UI tests always drive code-server's workbench (NEWS_LENS_VSCODE=${backend} applies to ext-host only)`);
  const folder = path.resolve(opt.folder || path.join(repo, 'test', 'fixtures', 'ui'));
  const mochaModule = require(require.resolve('mocha', { paths: [repo] }));
  const Mocha = mochaModule.Mocha || mochaModule.default || mochaModule; // mocha 12 exports { Mocha, default }
  const files = listSpecs(path.resolve(opt.spec));
  if (files.length === 0) throw new Error(`no UI tests (*.test.js) in ${opt.spec}`);
  rmSync(screenshots, { recursive: true, force: true });
  mkdirSync(screenshots, { recursive: true });
  const failures = await withServer(pkg, async server => {
    // What the UI tests read (see test/ui/workbench.js).
    Object.assign(process.env, {
      NEWS_LENS_WORKBENCH_URL: server.workbenchUrl(folder, [['extensionDevelopmentPath', server.remote(extDir)]]),
      NEWS_LENS_UI_FOLDER: folder,
      NEWS_LENS_SCREENSHOTS: screenshots,
      NEWS_LENS_SERVER_LOG: server.serverLog,
      NEWS_LENS_UI_CONSOLE_LOG: path.join(outDir, 'console.log'),
      CHROMIUM: chromiumPath(),
    });
    const mocha = new Mocha({ ui: 'bdd', timeout: 90_000, reporter: 'spec', color: !!process.stdout.isTTY, grep: opt.grep, bail: false });
    files.forEach(f => mocha.addFile(f));
    await mocha.loadFilesAsync();
    say(`UI tests on folder ${folder}`);
    const n = await new Promise(r => mocha.run(r));
    await new Promise(r => setTimeout(r, 1500));
    return n;
  });
  const logged = checkExtensionLogs(pkg, [path.join(outDir, 'console.log')]);
  say(`screenshots in ${path.relative(repo, screenshots)}/`);
  if (failures) return fail(`${failures} UI test(s) failed`);
  if (logged) return fail(`the UI tests passed but News Lens logged ${logged} error(s) in the extension host (see above)`);
  if (opt['update-screenshots']) updateReadmeScreenshots();
  say('UI tests passed');
}

function listSpecs(dir) {
  const { readdirSync } = require('node:fs');
  return readdirSync(dir).filter(f => f.endsWith('.test.js')).sort().map(f => path.join(dir, f));
}

/** Copies the screenshots the README shows (listed in test/ui/readme-screenshots.json) to media/screenshots/. */
function updateReadmeScreenshots() {
  const list = JSON.parse(readFileSync(path.join(repo, 'test', 'ui', 'readme-screenshots.json'), 'utf8'));
  const dest = path.join(repo, 'media', 'screenshots');
  mkdirSync(dest, { recursive: true });
  for (const name of list) {
    const src = path.join(screenshots, name);
    if (!existsSync(src)) throw new Error(`screenshot ${name} was not taken by the UI tests`);
    cpSync(src, path.join(dest, name));
  }
  say(`copied ${list.length} screenshot(s) to media/screenshots/`);
}

async function serve(pkg) {
  const folder = path.resolve(opt.folder || path.join(repo, 'test', 'fixtures', 'ui'));
  await withServer(pkg, async server => {
    clearTimeout(watchdog);
    console.log(server.workbenchUrl(folder, [['extensionDevelopmentPath', server.remote(extDir)]]));
    say('serving until Ctrl+C');
    await new Promise(() => {});
  });
}

try {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  if (opt.build) buildExtension(JSON.parse(readFileSync(path.join(extDir, 'package.json'), 'utf8')));
  const pkg = extensionManifest();
  const started = Date.now();
  await { 'ext-host': extHost, ui, serve }[mode](pkg);
  say(`${mode} finished in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  process.exit(0);
} catch (e) {
  await fail(e.message || String(e), 1);
}
