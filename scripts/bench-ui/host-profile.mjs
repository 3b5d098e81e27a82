#!/usr/bin/env node
// A CPU profile of the extension host (V8's sampling profiler through the inspector) from the window's start to the
// first dump's paints, in the real workbench like `npm run bench:ui`: what `activate()` spent its time on, and what the
// host's thread did between the dump's opening and its first highlight. A diagnosis, not a benchmark: profiling slows
// the host, so read the proportions.
//
//   node scripts/bench-ui/host-profile.mjs [--extension DIR] [--out FILE.cpuprofile] [--interval 200]
//
// The workbench starts the extension host with `--inspect` (the page's `inspect-extensions` payload); the profile
// starts when the host answers, before the extensions activate (onStartupFinished comes seconds later). Use a
// development build (`npm run build`) for readable function names. Times weigh each sample by at most twice the
// sampling interval: a longer gap is the process waiting for a core (on a loaded machine), not its work.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import util from 'node:util';

if (typeof WebSocket === 'undefined') {
  // Node 20 has its WebSocket client behind a flag.
  const r = spawnSync(process.execPath, ['--experimental-websocket', ...process.argv.slice(1)], { stdio: 'inherit' });
  process.exit(r.status ?? 1);
}

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const { startServer } = await import('../vscode-test/lib/server.mjs');
const { launchBrowser } = await import('../vscode-test/lib/browser.mjs');
const { values: opt } = util.parseArgs({
  options: {
    extension: { type: 'string', default: repo },
    out: { type: 'string', default: path.join(tmpdir(), 'news-lens-host.cpuprofile') },
    interval: { type: 'string', default: '200' },
  },
});
const intervalUs = Number(opt.interval);
const say = msg => console.log(`[host-profile] ${msg}`);

/** One dump of 12 BBC articles of 3-4 KB, as bench:ui builds them. */
function writeDump(folder) {
  const corpus = path.resolve(process.env.NEWS_LENS_BBC_DIR ?? path.join(repo, '..', 'shared', 'corpus', 'bbc'));
  const texts = [];
  for (const topic of readdirSync(corpus).sort()) {
    if (!statSync(path.join(corpus, topic)).isDirectory()) continue;
    for (const f of readdirSync(path.join(corpus, topic)).sort()) {
      const file = path.join(corpus, topic, f);
      if (texts.length < 12 && f.endsWith('.txt') && statSync(file).size >= 3000 && statSync(file).size <= 4000) texts.push(readFileSync(file, 'latin1'));
    }
  }
  writeFileSync(path.join(folder, 'profiled-dump.txt'), texts.join('\n'));
  return texts[0].split('\n')[0].trim();
}

/** The inspector's protocol over its WebSocket: send(method, params) → result. */
async function inspector(port) {
  let targets;
  for (let i = 0; i < 600 && !targets; i++) {
    try {
      targets = await (await fetch(`http://127.0.0.1:${port}/json/list`)).json();
    } catch {
      await new Promise(r => setTimeout(r, 50));
    }
  }
  if (!targets?.length) throw new Error(`no extension host answered on the inspector port ${port}`);
  const ws = new WebSocket(targets[0].webSocketDebuggerUrl);
  await new Promise((resolve, reject) => (ws.onopen = resolve, ws.onerror = reject));
  const waiting = new Map();
  let id = 0;
  ws.onmessage = e => {
    const m = JSON.parse(e.data);
    if (waiting.has(m.id)) waiting.get(m.id)(m.result);
    waiting.delete(m.id);
  };
  return {
    send: (method, params = {}) => new Promise(resolve => {
      waiting.set(++id, resolve);
      ws.send(JSON.stringify({ id, method, params }));
    }),
    close: () => ws.close(),
  };
}

/** The profile as samples: time (µs, the profile's clock), weight (µs) and stack (leaf first). */
function samplesOf(profile) {
  const nodes = new Map(profile.nodes.map(n => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  let t = profile.startTime;
  return profile.samples.map((leaf, i) => {
    t += profile.timeDeltas[i];
    const stack = [];
    for (let n = leaf; n !== undefined; n = parent.get(n)) stack.push(nodes.get(n).callFrame);
    return { t, weight: Math.min(profile.timeDeltas[i + 1] ?? 0, 2 * intervalUs), stack };
  });
}

const label = f => `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
const ours = f => f.url.includes('/dist/extension.js');
const ms = us => (us / 1000).toFixed(1);

/** Time under News Lens's `activate`, by the function it called. */
function activation(samples) {
  const by = new Map();
  let total = 0;
  for (const s of samples) {
    const at = s.stack.findIndex(f => f.functionName === 'activate' && ours(f));
    if (at < 0) continue;
    total += s.weight;
    const key = at === 0 ? '(activate itself)' : label(s.stack[at - 1]);
    by.set(key, (by.get(key) ?? 0) + s.weight);
  }
  say(`activate(): ${ms(total)} ms of samples`);
  for (const [k, v] of [...by].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`  ${ms(v)} ms  ${k}`);
}

/** The host's busy stretches from the first sample in News Lens's `schedule` (the dump opened) on, for `windowMs`. */
function afterOpening(samples, windowMs) {
  const first = samples.find(s => s.stack.some(f => f.functionName === 'schedule' && ours(f)));
  if (!first) return say('no sample in schedule(): the dump was not seen opening');
  const from = first.t - 20_000;
  let stretch;
  const stretches = [];
  for (const s of samples) {
    if (s.t < from || s.t > from + windowMs * 1000) continue;
    if (s.stack[0].functionName === '(idle)') {
      if (stretch && s.t - stretch.end > 1000) stretches.push(stretch), (stretch = undefined);
      continue;
    }
    stretch ??= { start: s.t, end: s.t, busy: 0, parts: new Map() };
    stretch.end = s.t;
    stretch.busy += s.weight;
    const mine = s.stack.find(ours);
    // What the time was for: News Lens's innermost function, else the renderer's call the host was answering (its
    // RPC handlers are named $…) and the function the sample was in.
    const call = s.stack.findLast(f => f.functionName.startsWith('$'));
    const key = mine ? `News Lens: ${label(mine)}` : `host: ${call ? `${call.functionName} … ` : ''}${label(s.stack[0])}`;
    stretch.parts.set(key, (stretch.parts.get(key) ?? 0) + s.weight);
  }
  if (stretch) stretches.push(stretch);
  say(`the host's thread from the dump's opening (ms after it; stretches of 2 ms or more):`);
  for (const st of stretches.filter(x => x.busy >= 2000)) {
    console.log(`  +${ms(st.start - first.t)}: ${ms(st.busy)} ms busy`);
    for (const [k, v] of [...st.parts].sort((a, b) => b[1] - a[1]).slice(0, 5)) console.log(`      ${ms(v)}  ${k}`);
  }
}

async function main() {
  const runDir = mkdtempSync(path.join(tmpdir(), 'news-lens-host-profile-'));
  const folder = path.join(runDir, 'dumps');
  mkdirSync(folder);
  const headline = writeDump(folder);
  const server = await startServer({ runDir: path.join(runDir, 'server'), env: { NEWS_LENS_TRACE_FILE: path.join(runDir, 'trace.jsonl') } });
  const browser = await launchBrowser();
  const port = 20000 + Math.floor(Math.random() * 20000);
  try {
    const page = await (await browser.newContext({ viewport: { width: 1400, height: 860 } })).newPage();
    await page.goto(server.workbenchUrl(folder, [['extensionDevelopmentPath', server.remote(opt.extension)], ['inspect-extensions', String(port)]]), { timeout: 180_000 });
    const host = await inspector(port);
    await host.send('Profiler.enable');
    await host.send('Profiler.setSamplingInterval', { interval: intervalUs });
    await host.send('Profiler.start');
    await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 180_000 });
    await page.waitForTimeout(3000);
    await page.keyboard.press('Control+P');
    await page.locator('.quick-input-widget input.input').fill('profiled-dump.txt');
    await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'profiled-dump.txt' }).first().waitFor({ timeout: 180_000 });
    await page.keyboard.press('Enter');
    await page.locator('.view-lines [class*="ced-"], .view-overlays [class*="ced-"]').first().waitFor({ timeout: 60_000 });
    await page.waitForTimeout(2000); // the whole document's paint
    const { profile } = await host.send('Profiler.stop');
    host.close();
    writeFileSync(opt.out, JSON.stringify(profile));
    say(`profile of the extension host (${headline}): ${opt.out} (open it in Chrome DevTools or VS Code)`);
    const samples = samplesOf(profile);
    activation(samples);
    afterOpening(samples, 1500);
  } finally {
    await browser.close().catch(() => {});
    await server.stop();
    rmSync(runDir, { recursive: true, force: true });
  }
}

main().catch(e => {
  console.error(`[host-profile] FAILED: ${e.stack || e}`);
  process.exit(1);
});
