#!/usr/bin/env node
// `npm run bench:ui`: a benchmark in the real workbench (code-server + Chromium via Playwright), not a test. Builds
// dumps of 12 BBC articles (about 40 KB each) from ../shared/corpus/bbc into a scratch folder, opens them from Quick
// Open and times, in the page, when VS Code shows the text and when the first highlight appears in the DOM, as a
// person sees them. Each session is a fresh window (a new extension host): its first dump is "cold" (activation, the
// worker's start), the next ones "warm". The extension's trace (NEWS_LENS_TRACE_FILE, src/extension/trace.ts) gives
// the breakdown of each first paint.
//
//   npm run bench:ui [-- --sessions 5] [--warm 1] [--dev] [--json FILE] [--extension DIR] [--floor]
//   --dev benches the development build (npm run build) instead of the production one (what the .vsix ships);
//   --extension benches another build as it is (an older checkout, for a before/after in the same minutes);
//   --floor benches scripts/bench-ui/floor instead: an extension that activates on News Lens's events and sets one
//   decoration type on an editor's visible lines as soon as it shows a dump, with no analysis. Its time from the text
//   to the first highlight is VS Code's own cost, the floor under News Lens's;
//   --network also notes when the decorations frame reaches the browser's network stack (DevTools protocol), before the
//   page's main thread sees it; it costs the browser some work of its own, so it is off for the figures.
//   --renderer-trace records Chrome's trace of the page's renderer around each open (DevTools protocol, Tracing) and
//   prints what its main thread did between the decorations message and the first highlight in the DOM: tracing
//   slows the renderer, so it is off for the figures too.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import util from 'node:util';
import { launchBrowser } from './vscode-test/lib/browser.mjs';
import { startServer } from './vscode-test/lib/server.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values: opt } = util.parseArgs({
  options: {
    sessions: { type: 'string', default: '5' },
    warm: { type: 'string', default: '1' },
    dev: { type: 'boolean', default: false },
    json: { type: 'string' },
    extension: { type: 'string' },
    floor: { type: 'boolean', default: false },
    network: { type: 'boolean', default: false },
    'renderer-trace': { type: 'boolean', default: false },
  },
});
const sessions = Number(opt.sessions);
const warmPerSession = Number(opt.warm);
const corpus = path.resolve(process.env.NEWS_LENS_BBC_DIR ?? path.join(repo, '..', 'shared', 'corpus', 'bbc'));
const say = msg => console.log(`[bench:ui] ${msg}`);

/** Articles of 3 to 4 KB, in a fixed order, so that 12 make a dump of about 40 KB. */
function articles() {
  const files = [];
  for (const topic of readdirSync(corpus).sort()) {
    const dir = path.join(corpus, topic);
    if (!statSync(dir).isDirectory()) continue;
    for (const f of readdirSync(dir).sort()) {
      const file = path.join(dir, f);
      const size = statSync(file).size;
      if (f.endsWith('.txt') && size >= 3000 && size <= 4000) files.push(file);
    }
  }
  // latin1 keeps the one non-UTF-8 article readable; the rest are ASCII
  return files.map(f => readFileSync(f, 'latin1'));
}

/** Writes `count` dumps of 12 articles each (no article twice), each with a dateline under its headline. */
function writeDumps(folder, count) {
  const pool = articles();
  if (pool.length < count * 12) throw new Error(`only ${pool.length} articles of 3-4 KB under ${corpus}`);
  const names = [];
  for (let d = 0; d < count; d++) {
    const parts = pool.slice(d * 12, d * 12 + 12).map((a, i) => {
      const [title, ...body] = a.split('\n');
      return `${title}\nUpdated on: March ${String(1 + i).padStart(2, '0')}, 2005 / 7:51 AM EST / BBC\n${body.join('\n').trim()}\n`;
    });
    const name = `bench-dump-${String(d + 1).padStart(2, '0')}.txt`;
    writeFileSync(path.join(folder, name), parts.join('\n'));
    names.push(name);
  }
  return names;
}

/** The extension under test: this repository, another build of it (--extension DIR, which is not rebuilt) or the floor. */
const extensionDir = opt.floor ? path.join(repo, 'scripts', 'bench-ui', 'floor') : path.resolve(opt.extension ?? repo);
const extensionManifest = JSON.parse(readFileSync(path.join(extensionDir, 'package.json'), 'utf8'));
const extensionId = `${extensionManifest.publisher}.${extensionManifest.name}`;
// The Running Extensions editor names an extension by its display name when it has one, else by its id.
const escapeRegExp = s => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const extensionLabel = new RegExp(`^(?:${[extensionManifest.displayName, extensionId].filter(Boolean).map(escapeRegExp).join('|')})`);

function build() {
  if (opt.extension || opt.floor) {
    say(`benching ${opt.floor ? 'the floor' : 'the build'} in ${extensionDir} as it is`);
    return;
  }
  const args = opt.dev ? ['esbuild.mjs'] : ['esbuild.mjs', '--production'];
  say(`building (${opt.dev ? 'development' : 'production'})`);
  const r = spawnSync(process.execPath, args, { cwd: repo, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('build failed');
}

/**
 * Installed in every page before the workbench loads: notes, while armed, when a WebSocket message carrying the
 * extension host's `$trySetDecorations…` call reaches the page (the listener is added in the socket's constructor,
 * ahead of VS Code's own, so it runs first when the event is dispatched) and the renderer's long tasks (over 50 ms),
 * which tell whether the page's main thread was busy between that message and the first highlight drawn.
 */
function pageProbe() {
  const now = () => performance.timeOrigin + performance.now();
  const probe = { armed: false, decorationMessages: [], longTasks: [] };
  window.newsLensProbe = probe;
  const marker = Array.from('$trySetDecorations', c => c.charCodeAt(0));
  const carriesDecorations = bytes => {
    const first = marker[0];
    for (let i = bytes.indexOf(first); i >= 0 && i <= bytes.length - marker.length; i = bytes.indexOf(first, i + 1)) {
      let k = 1;
      while (k < marker.length && bytes[i + k] === marker[k]) k++;
      if (k === marker.length) return true;
    }
    return false;
  };
  const Native = window.WebSocket;
  window.WebSocket = class extends Native {
    constructor(...args) {
      super(...args);
      this.addEventListener('message', event => {
        if (!probe.armed) return;
        const at = now();
        // VS Code's browser socket takes Blobs (it reads them in order, one after another); the probe reads its own copy.
        const data = event.data instanceof Blob ? event.data.arrayBuffer() : Promise.resolve(event.data);
        data.then(buffer => {
          if (buffer instanceof ArrayBuffer && carriesDecorations(new Uint8Array(buffer))) probe.decorationMessages.push(at);
        });
      });
    }
  };
  try {
    new PerformanceObserver(list => {
      if (probe.armed) for (const e of list.getEntries()) probe.longTasks.push({ start: performance.timeOrigin + e.startTime, ms: e.duration });
    }).observe({ entryTypes: ['longtask'] });
  } catch {
    // no long-task timing in this browser: the report leaves the column out
  }
}

/**
 * Opens `name` from Quick Open and returns, in page time (ms since the epoch), when Enter was pressed, when the
 * editor first showed the dump's text, when its first highlight (a `ced-` decoration) was in the DOM, when the first
 * decorations message reached the page, and the renderer's long tasks meanwhile. Both DOM moments come from a
 * MutationObserver (its callback runs right after the mutation's task), so they are not rounded to a polling interval.
 */
async function openTimed(page, name, headline) {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input.input');
  await input.waitFor();
  await input.fill(name);
  const row = page.locator('.quick-input-widget .monaco-list-row', { hasText: name }).first();
  await row.waitFor({ timeout: 180_000 }); // the file index can take long on a loaded machine
  await page.evaluate(({ name, headline }) => {
    const now = () => performance.timeOrigin + performance.now();
    const seen = { enter: 0, text: 0, decorated: 0 };
    window.newsLensBench = seen;
    const editor = () => {
      const tab = document.querySelector('.editor-group-container.active .tabs-container .tab.active');
      if (!tab || !tab.textContent.includes(name)) return undefined;
      return document.querySelector('.editor-group-container.active .editor-container .monaco-editor');
    };
    const check = () => {
      const root = editor();
      if (!root) return;
      const t = now();
      if (!seen.text && [...root.querySelectorAll('.view-lines .view-line')].some(l => l.textContent.replace(/\u00a0/g, ' ').includes(headline))) {
        seen.text = t;
        performance.mark('newsLens:text');
      }
      if (seen.text && !seen.decorated && root.querySelector('.view-lines [class*="ced-"], .view-overlays [class*="ced-"]')) {
        seen.decorated = t;
        performance.mark('newsLens:decorated');
      }
      if (seen.text && seen.decorated) {
        observer.disconnect();
        window.newsLensProbe.armed = false;
      }
    };
    const observer = new MutationObserver(check);
    observer.observe(document.body, { childList: true, subtree: true, attributes: true, characterData: true });
    window.newsLensBenchStart = () => {
      Object.assign(window.newsLensProbe, { armed: true, decorationMessages: [], longTasks: [] });
      // A user-timing mark ties the page's clock to a renderer trace's (--renderer-trace).
      const enter = performance.mark('newsLens:enter');
      seen.enter = performance.timeOrigin + enter.startTime;
    };
  }, { name, headline });
  await page.evaluate(() => window.newsLensBenchStart());
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => window.newsLensBench.text && window.newsLensBench.decorated, null, { timeout: 60_000, polling: 100 });
  return page.evaluate(() => ({
    ...window.newsLensBench,
    decorationMessage: window.newsLensProbe.decorationMessages.reduce((a, b) => Math.min(a, b), Infinity),
    longTasks: window.newsLensProbe.longTasks,
    // the page's epoch clock against Date.now(): the trace's marks are compared with it across processes
    clockSkew: performance.timeOrigin + performance.now() - Date.now(),
  }));
}

/**
 * VS Code's own activation time for the extension under test, as its Running Extensions editor shows it ("Activation:
 * N ms", which is the module's loading plus the `activate` call; what runs after `activate` returns is not in it).
 * Undefined when the editor does not list it.
 */
async function vscodeActivationMs(page) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input.input');
  await input.waitFor();
  await input.fill('>Developer: Show Running Extensions');
  await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Show Running Extensions' }).first().waitFor({ timeout: 30_000 });
  await page.keyboard.press('Enter');
  const row = page.locator('.runtime-extensions-editor .monaco-list-row').filter({ has: page.locator('.name', { hasText: extensionLabel }) }).first();
  try {
    await row.waitFor({ timeout: 30_000 });
    const text = await row.locator('.activation-time').textContent();
    const m = /Activation:\s*(\d+)\s*ms/.exec(text ?? '');
    return m ? Number(m[1]) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Notes (wall-clock ms) when each WebSocket frame carrying `$trySetDecorations…` reaches the browser's network stack,
 * through the DevTools protocol: its timestamps are the network stack's, independent of the page's busy main thread.
 */
async function watchFrames(page) {
  const cdp = await page.context().newCDPSession(page);
  const times = [];
  let offset; // wall clock − monotonic clock, from a handshake (the protocol gives both only there)
  cdp.on('Network.webSocketWillSendHandshakeRequest', e => (offset ??= e.wallTime * 1000 - e.timestamp * 1000));
  cdp.on('Network.webSocketFrameReceived', e => {
    if (offset === undefined || e.response.opcode !== 2) return;
    if (Buffer.from(e.response.payloadData, 'base64').includes('$trySetDecorations')) times.push(e.timestamp * 1000 + offset);
  });
  await cdp.send('Network.enable');
  return times;
}

/** Chrome's trace categories for --renderer-trace: the DevTools timeline (tasks, scripts, style, layout, paint, GC). */
const RENDERER_CATEGORIES = ['disabled-by-default-v8.cpu_profiler', 'toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'disabled-by-default-devtools.timeline.frame', 'blink.user_timing', 'v8', 'v8.execute'];

/** What a trace event's self time counts as. */
function eventGroup(name) {
  if (/^(FunctionCall|EvaluateScript|TimerFire|EventDispatch|FireAnimationFrame|RunMicrotasks|V8\.Execute|v8\.run|v8\.callFunction|FireIdleCallback|XHRReadyStateChange|ProfileCall)$/.test(name)) return 'script';
  if (/compile|Compile|V8\.Parse|v8\.parse|Deserialize/.test(name)) return 'compile';
  if (/GC|gc|Scavenge|Mark/.test(name)) return 'gc';
  if (/^(UpdateLayoutTree|RecalculateStyles|ScheduleStyleRecalculation|ParseAuthorStyleSheet|InvalidateLayout)$/.test(name)) return 'style';
  if (/^(Layout|UpdateLayer|UpdateLayerTree|LayoutShift|IntersectionObserverController::computeIntersections)$/.test(name)) return 'layout';
  if (/^(Paint|PrePaint|Layerize|Commit|CompositeLayers|PaintImage|RasterTask|UpdateLayer|Decode Image)$/.test(name)) return 'paint';
  if (name === 'RunTask' || name === 'ThreadControllerImpl::RunTask') return 'task (not in a traced child)';
  return `other`;
}

/**
 * A renderer trace's events of the page's main thread (the thread of the bench's `newsLens:enter` mark), sorted, and
 * that mark's trace time (µs), which `seen.enter` (page epoch ms) stands for.
 */
function rendererThread(trace) {
  const events = trace.traceEvents ?? trace;
  const enter = events.find(e => e.name === 'newsLens:enter' && e.cat?.includes('blink.user_timing'));
  if (!enter) return undefined;
  const main = events.filter(e => e.pid === enter.pid && e.tid === enter.tid && e.ph === 'X' && typeof e.dur === 'number');
  main.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  return { enterTs: enter.ts, main, samples: profileSamples(events.filter(e => e.pid === enter.pid)) };
}

/**
 * The V8 sampling profile of the page's main isolate (ProfileChunk events): each sample's trace time (µs) and the
 * functions on its stack, leaf first, as "name file:line:column".
 */
function profileSamples(events) {
  const profile = events.find(e => e.name === 'Profile' && e.args?.data?.startTime !== undefined);
  if (!profile) return [];
  const nodes = new Map();
  const samples = [];
  let ts = profile.args.data.startTime;
  for (const e of events) {
    if (e.name !== 'ProfileChunk' || e.id !== profile.id) continue;
    const cpu = e.args?.data?.cpuProfile ?? {};
    for (const n of cpu.nodes ?? []) nodes.set(n.id, n);
    const deltas = e.args.data.timeDeltas ?? [];
    (cpu.samples ?? []).forEach((id, i) => {
      ts += deltas[i] ?? 0;
      samples.push({ ts, id });
    });
  }
  const frame = n => {
    const c = n.callFrame ?? {};
    return `${c.functionName || '(anonymous)'} ${String(c.url ?? '').split('/').pop()}:${c.lineNumber}:${c.columnNumber}`;
  };
  return samples.map(({ ts, id }) => {
    const stack = [];
    for (let n = nodes.get(id); n; n = nodes.get(n.parent)) stack.push(frame(n));
    return { ts, stack };
  });
}

/**
 * What the page's main thread did between `fromMs` and `toMs` (page epoch ms): self time per group (script, compile,
 * GC, style, layout, paint), idle time, the biggest tasks with what took their time, the scripts run
 * (function file:line:column; VS Code's bundle is minified) and the animation frames. Times in ms.
 */
function summarizeWindow({ enterTs, main, samples }, enterMs, fromMs, toMs) {
  const toTs = ms => enterTs + (ms - enterMs) * 1000;
  const from = toTs(fromMs);
  const to = toTs(toMs);
  const clip = (a, b) => Math.max(0, Math.min(b, to) - Math.max(a, from));
  const self = {};
  const tasks = [];
  const scripts = {};
  const otherNames = {};
  let frames = 0;
  // Self time: each event's duration minus its traced children's (events nest on one thread).
  const stack = [];
  const close = upTo => {
    while (stack.length && stack[stack.length - 1].end <= upTo) {
      const top = stack.pop();
      let own = clip(top.e.ts, top.end);
      for (const [a, b] of top.children) own -= clip(a, b);
      const group = eventGroup(top.e.name);
      self[group] = (self[group] ?? 0) + Math.max(0, own) / 1000;
      if (group === 'other') otherNames[top.e.name] = (otherNames[top.e.name] ?? 0) + Math.max(0, own) / 1000;
    }
  };
  for (const e of main) {
    const end = e.ts + e.dur;
    close(e.ts);
    if (end < from || e.ts > to) continue;
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push([e.ts, end]);
    const node = { e, end, children: [], parent };
    stack.push(node);
    if (!parent) tasks.push({ at: (e.ts - from) / 1000, ms: e.dur / 1000, inWindow: clip(e.ts, end) / 1000, name: e.name, parts: {} });
    else {
      const task = tasks[tasks.length - 1];
      const depth = (() => { let d = 0; for (let n = node.parent; n; n = n.parent) d++; return d; })();
      if (depth === 1 && task) task.parts[e.name] = (task.parts[e.name] ?? 0) + e.dur / 1000;
    }
    if (e.name === 'FunctionCall' || e.name === 'TimerFire' || e.name === 'FireAnimationFrame' || e.name === 'EventDispatch') {
      const d = e.args?.data ?? {};
      const where = d.url ? `${d.functionName || '(anonymous)'} ${d.url.split('/').pop()}:${d.lineNumber}:${d.columnNumber}` : d.type ? `${e.name} ${d.type}` : e.name;
      const key = `${e.name}: ${where}`;
      scripts[key] = (scripts[key] ?? 0) + clip(e.ts, end) / 1000;
    }
    if (e.name === 'FireAnimationFrame') frames++;
  }
  close(Infinity);
  // Functions by the samples they were on the stack of (inclusive) and at the top of (self), within the window.
  const inclusive = {};
  const selfFn = {};
  const inWindow = samples.filter(x => x.ts >= from && x.ts <= to);
  const sampleMs = inWindow.length > 1 ? (inWindow[inWindow.length - 1].ts - inWindow[0].ts) / 1000 / (inWindow.length - 1) : 0;
  for (const { stack } of inWindow) {
    if (stack.length) selfFn[stack[0]] = (selfFn[stack[0]] ?? 0) + sampleMs;
    for (const f of new Set(stack)) inclusive[f] = (inclusive[f] ?? 0) + sampleMs;
  }
  const top = o => Object.entries(o).sort((a, b) => b[1] - a[1]).slice(0, 25);
  const windowMs = (to - from) / 1000;
  const busy = Object.values(self).reduce((a, b) => a + b, 0);
  return {
    windowMs,
    idleMs: Math.max(0, windowMs - busy),
    self,
    frames,
    tasks: tasks.filter(t => t.inWindow >= 4).sort((a, b) => b.inWindow - a.inWindow).slice(0, 8),
    scripts: Object.entries(scripts).sort((a, b) => b[1] - a[1]).slice(0, 10),
    other: Object.entries(otherNames).sort((a, b) => b[1] - a[1]).slice(0, 6),
    profile: { inclusive: top(inclusive), self: top(selfFn) },
  };
}

function readTrace(file) {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8').split('\n').filter(Boolean).map(l => JSON.parse(l));
}

// The trace's stages in the order they happen, with what the step before each one measures.
const STAGES = [
  ['activateStart', 'extension host: activation starts'],
  ['activateEnd', 'activate()'],
  ['documentOpened', 'extension host: onDidOpenTextDocument (the floor\'s mark)'],
  ['workerSpawn', 'right after activation: the worker is spawned'],
  ['started', 'and the open documents, the active editor and the views\' context taken up (still right after activation)'],
  ['workerOnline', 'worker thread started (extension host hears \'online\')'],
  ['workerBundleStart', 'worker: Node bootstrap until the bundle\'s first line'],
  ['workerReady', 'worker: bundle load + engine set-up (lexicon)'],
  ['workerWarm', 'worker: warm-up analysis of the first built-in dump'],
  ['scheduled', 'extension host: the dump is scheduled for analysis (onDidOpenTextDocument)'],
  ['textRead', 'document text read'],
  ['posted', 'request posted to the worker'],
  ['editorVisible', 'extension host: onDidChangeVisibleTextEditors shows the dump\'s editor'],
  ['workerReceived', 'request received by the worker (waits for its start when cold)'],
  ['analyzed', 'analysis'],
  ['workerPosted', 'result posted'],
  ['received', 'result received (transfer)'],
  ['early', 'extension host: the result is the quotes and dates sent ahead of the names'],
  ['decorationsBuilt', 'decoration ranges built'],
  ['editorPaint', 'an editor shows the dump (the extension host may learn of it after the result)'],
  ['painted', 'setDecorations'],
  ['listenersDone', 'extension host: the other listeners of the new result (status bar, trees, …)'],
  ['hostTimer', 'extension host: a timer set after setDecorations runs (VS Code writes the message just before it)'],
];

const median = xs => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const fmt = n => (Number.isFinite(n) ? n.toFixed(0) : '-');
const spread = xs => `${fmt(median(xs))} (${fmt(Math.min(...xs))}–${fmt(Math.max(...xs))})`;

/** One run's figures: page times relative to the text, and the trace's stages of the first paint of the dump. */
function describeRun(kind, name, seen, trace) {
  const paints = trace.filter(r => r.uri.endsWith(`/${name}`)).sort((a, b) => a.marks.painted - b.marks.painted);
  const first = paints[0];
  const stages = {};
  if (first) {
    for (const [stage] of STAGES) {
      const at = first.marks[stage];
      // A warm dump's paint does not include the session's start (activation, the worker's start).
      if (at && (kind === 'cold' || at >= seen.enter - 1)) stages[stage] = at - seen.text;
    }
  }
  // Renderer long tasks that overlap the time from setDecorations to the first highlight drawn.
  const from = first?.marks.painted ?? seen.decorated;
  const busyMs = seen.longTasks.reduce((sum, t) => sum + Math.max(0, Math.min(t.start + t.ms, seen.decorated) - Math.max(t.start, from)), 0);
  return {
    kind, name,
    textMs: seen.text - seen.enter,
    highlightsAfterTextMs: seen.decorated - seen.text,
    messageAfterTextMs: Number.isFinite(seen.decorationMessage) ? seen.decorationMessage - seen.text : undefined,
    frameAfterTextMs: seen.decorationFrame ? seen.decorationFrame - seen.text : undefined,
    rendererBusyMs: busyMs,
    renderer: seen.renderer,
    longTasks: seen.longTasks.map(t => ({ at: t.start - seen.text, ms: t.ms })),
    clockSkewMs: { page: seen.clockSkew, host: first?.clockSkew },
    firstPaintPartial: first?.partial,
    // The workspace index's thread: spawned, bundle loaded, first build done (when before this paint's record).
    index: Object.fromEntries(['indexSpawn', 'indexReady', 'indexBuilt'].flatMap(k => (first?.marks[k] ? [[k, first.marks[k] - seen.text]] : []))),
    fullPaintAfterTextMs: paints.find(p => !p.partial) ? paints.find(p => !p.partial).marks.painted - seen.text : undefined,
    // The first paint with names: the first one is the quotes and dates alone when it has the mark `early`.
    namesPaintAfterTextMs: paints.find(p => !p.marks.early) ? paints.find(p => !p.marks.early).marks.painted - seen.text : undefined,
    firstPaintEarly: !!first?.marks.early,
    stages,
  };
}

function report(runs) {
  for (const kind of ['cold', 'warm']) {
    const rs = runs.filter(r => r.kind === kind);
    if (rs.length === 0) continue;
    console.log(`\n### ${kind} (${rs.length} runs): median (min–max), ms`);
    console.log(`| measure | ${kind} |\n| --- | --- |`);
    console.log(`| Enter → text shown | ${spread(rs.map(r => r.textMs))} |`);
    console.log(`| **text shown → first highlight in the DOM** | **${spread(rs.map(r => r.highlightsAfterTextMs))}** |`);
    const early = rs.filter(r => r.firstPaintEarly);
    if (early.length) {
      console.log(`| text shown → names set (setDecorations), after quotes and dates alone in ${early.length} of ${rs.length} runs | ${spread(early.map(r => r.namesPaintAfterTextMs).filter(x => x !== undefined))} |`);
    }
    const full = rs.map(r => r.fullPaintAfterTextMs).filter(x => x !== undefined);
    if (full.length) console.log(`| text shown → whole-document highlights set | ${spread(full)} |`);
    console.log(`\nTrace of the first paint: when each stage ended, ms relative to the text shown (negative: before it),`);
    console.log('and the time since the stage listed before it (stages in the order they happen when the worker starts with the dump):');
    console.log('| stage | ends at (median, min–max) | since the previous stage (median) |\n| --- | --- | --- |');
    let previous;
    for (const [stage, label] of STAGES) {
      const at = rs.map(r => r.stages[stage]).filter(x => x !== undefined);
      if (at.length === 0) continue;
      const took = previous ? rs.map(r => (r.stages[stage] !== undefined && r.stages[previous] !== undefined ? r.stages[stage] - r.stages[previous] : undefined)).filter(x => x !== undefined) : [];
      console.log(`| ${label} (${stage}) | ${spread(at)} | ${took.length ? fmt(median(took)) : ''} |`);
      previous = stage;
    }
    const frames = rs.filter(r => r.frameAfterTextMs !== undefined);
    if (frames.length) console.log(`| the decorations frame reaches the browser's network stack (--network) | ${spread(frames.map(r => r.frameAfterTextMs))} | ${fmt(median(frames.map(r => r.frameAfterTextMs - (r.stages.painted ?? NaN))))} |`);
    const messages = rs.filter(r => r.messageAfterTextMs !== undefined);
    if (messages.length) {
      console.log(`| the decorations message reaches the page (WebSocket) | ${spread(messages.map(r => r.messageAfterTextMs))} | ${fmt(median(messages.map(r => r.messageAfterTextMs - (r.stages.painted ?? NaN))))} |`);
      console.log(`| DOM shows the first highlight | ${spread(rs.map(r => r.highlightsAfterTextMs))} | ${fmt(median(messages.map(r => r.highlightsAfterTextMs - r.messageAfterTextMs)))} |`);
    } else {
      console.log(`| DOM shows the first highlight | ${spread(rs.map(r => r.highlightsAfterTextMs))} | ${fmt(median(rs.map(r => r.highlightsAfterTextMs - (r.stages.painted ?? NaN))))} |`);
    }
    for (const [stage, label] of [['indexSpawn', 'spawned'], ['indexReady', 'bundle loaded'], ['indexBuilt', 'first build done']]) {
      const at = rs.map(r => r.index[stage]).filter(x => x !== undefined);
      console.log(`Workspace index's thread ${label} (ms relative to the text): ${at.length ? `${spread(at)} in ${at.length} of ${rs.length} runs` : 'not before the paint in any run'}.`);
    }
    console.log(`\nRenderer long tasks (over 50 ms) between setDecorations and the first highlight: ${spread(rs.map(r => r.rendererBusyMs))} ms per run.`);
    const traced = rs.filter(r => r.renderer?.messageToHighlight);
    if (traced.length) reportRenderer(traced);
    const skews = rs.flatMap(r => (r.clockSkewMs.host === undefined ? [] : [Math.abs(r.clockSkewMs.page - r.clockSkewMs.host)]));
    if (skews.length) console.log(`Clocks: page and extension host epoch clocks differ by at most ${Math.max(...skews).toFixed(1)} ms (against Date.now()).`);
  }
}

/** --renderer-trace: the page's main thread from the text to the decorations message, and from it to the highlight. */
function reportRenderer(rs) {
  for (const [key, label] of [['textToMessage', 'text shown → decorations message'], ['messageToHighlight', 'decorations message → first highlight in the DOM']]) {
    const ws = rs.map(r => r.renderer[key]).filter(Boolean);
    const groups = [...new Set(ws.flatMap(w => Object.keys(w.self)))].sort();
    console.log(`\nRenderer main thread, ${label} (--renderer-trace; median (min–max) ms of ${ws.length} runs; tracing slows it):`);
    console.log(`| window | idle | ${groups.join(' | ')} | animation frames |\n| --- | --- | ${groups.map(() => '---').join(' | ')} | --- |`);
    console.log(`| ${spread(ws.map(w => w.windowMs))} | ${spread(ws.map(w => w.idleMs))} | ${groups.map(g => spread(ws.map(w => w.self[g] ?? 0))).join(' | ')} | ${spread(ws.map(w => w.frames))} |`);
    ws.forEach((w, i) => {
      const tasks = w.tasks.map(t => `${fmt(t.inWindow)} ms at +${fmt(t.at)} (${Object.entries(t.parts).sort((a, b) => b[1] - a[1]).slice(0, 3).map(([n, ms]) => `${n} ${fmt(ms)}`).join(', ')})`).join('; ');
      console.log(`  run ${i + 1}: ${fmt(w.windowMs)} ms, tasks: ${tasks || 'none over 4 ms'}`);
      console.log(`    scripts: ${w.scripts.slice(0, 5).map(([k, ms]) => `${k} ${fmt(ms)}`).join('; ')}`);
      console.log(`    'other' events: ${w.other.map(([k, ms]) => `${k} ${fmt(ms)}`).join('; ')}`);
      console.log(`    sampled functions, self: ${w.profile.self.slice(0, 8).map(([k, ms]) => `${k} ${fmt(ms)}`).join('; ')}`);
    });
  }
}

/** Lexicon cost outside VS Code, in a fresh Node process each: compromise's model vs the bundle's precomputed copy. */
function lexiconCost() {
  const worker = path.join(extensionDir, 'dist', 'analysisWorker.js');
  const probe = (code) => {
    const r = spawnSync(process.execPath, ['-e', code, worker], { cwd: repo, encoding: 'utf8' });
    return r.status === 0 ? Number(r.stdout.trim()) : NaN;
  };
  const compromise = probe(`const t=performance.now(); require('compromise').model(); console.log(performance.now()-t)`);
  const bundle = probe(`const t=performance.now(); require(process.argv[1]); console.log(performance.now()-t)`);
  say(`fresh Node process: require('compromise') + model() ${fmt(compromise)} ms; require(dist/analysisWorker.js) ${fmt(bundle)} ms; ` +
    `worker bundle ${fmt(statSync(worker).size / 1024)} KB`);
  return { compromiseMs: compromise, workerBundleMs: bundle };
}

async function main() {
  build();
  const runDir = mkdtempSync(path.join(tmpdir(), 'news-lens-bench-ui-'));
  const folder = path.join(runDir, 'dumps');
  mkdirSync(folder, { recursive: true });
  const names = writeDumps(folder, sessions * (1 + warmPerSession));
  const headlines = Object.fromEntries(names.map(n => [n, readFileSync(path.join(folder, n), 'latin1').split('\n')[0].trim()]));
  say(`${names.length} dumps of ${fmt(median(names.map(n => statSync(path.join(folder, n)).size / 1024)))} KB (median) in ${folder}`);
  const traceFile = path.join(runDir, 'trace.jsonl');
  const server = await startServer({ runDir: path.join(runDir, 'server'), env: { NEWS_LENS_TRACE_FILE: traceFile } });
  const browser = await launchBrowser();
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => Promise.all([browser.close().catch(() => {}), server.stop()]).finally(() => process.exit(130)));
  }
  const runs = [];
  const activations = [];
  try {
    const url = server.workbenchUrl(folder, [['extensionDevelopmentPath', server.remote(extensionDir)]]);
    let next = 0;
    for (let s = 0; s < sessions; s++) {
      const context = await browser.newContext({ viewport: { width: 1400, height: 860 } });
      await context.addInitScript(pageProbe);
      const page = await context.newPage();
      const frames = opt.network ? await watchFrames(page) : undefined;
      await page.goto(url, { timeout: 180_000 });
      await page.locator('.monaco-workbench').waitFor({ timeout: 180_000 });
      await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 180_000 });
      // Let the workbench finish starting (its own extensions, the file index) before the first dump.
      await page.waitForTimeout(3000);
      for (let d = 0; d <= warmPerSession; d++) {
        const name = names[next++];
        let seen;
        if (opt['renderer-trace']) await browser.startTracing(page, { categories: RENDERER_CATEGORIES });
        try {
          seen = await openTimed(page, name, headlines[name]);
          if (opt['renderer-trace']) {
            const parsed = rendererThread(JSON.parse((await browser.stopTracing()).toString('utf8')));
            if (parsed) {
              seen.renderer = {
                textToMessage: Number.isFinite(seen.decorationMessage) ? summarizeWindow(parsed, seen.enter, seen.text, seen.decorationMessage) : undefined,
                messageToHighlight: Number.isFinite(seen.decorationMessage) ? summarizeWindow(parsed, seen.enter, seen.decorationMessage, seen.decorated) : undefined,
              };
            }
          }
        } catch (e) {
          if (opt['renderer-trace']) await browser.stopTracing().catch(() => {});
          say(`session ${s + 1} ${name}: no measure (${String(e.message || e).split('\n')[0]})`);
          await page.keyboard.press('Escape');
          continue;
        }
        await page.waitForTimeout(1500); // the whole-document pass lands, so the next dump starts from an idle worker
        if (frames) seen.decorationFrame = frames.find(t => t >= seen.enter) ?? 0;
        const run = describeRun(d === 0 ? 'cold' : 'warm', name, seen, readTrace(traceFile));
        runs.push(run);
        say(`session ${s + 1} ${run.kind} ${name}: text after ${fmt(run.textMs)} ms, highlights ${fmt(run.highlightsAfterTextMs)} ms after the text`);
      }
      const activationMs = await vscodeActivationMs(page);
      activations.push(activationMs);
      say(`session ${s + 1}: VS Code's Running Extensions shows ${extensionId}'s activation as ${activationMs ?? '(not listed)'} ms`);
      await context.close();
    }
  } finally {
    await browser.close().catch(() => {});
    await server.stop();
  }
  report(runs);
  const listed = activations.filter(x => x !== undefined);
  console.log(`\nVS Code's own activation time (Running Extensions: module loading + the \`activate\` call) of ${extensionId}: ` +
    (listed.length ? `${spread(listed)} ms in ${listed.length} of ${activations.length} sessions.` : 'not listed in any session.'));
  const lexicon = opt.floor ? undefined : lexiconCost();
  if (opt.json) writeFileSync(opt.json, JSON.stringify({ runs, activations, lexicon }, null, 2));
  rmSync(runDir, { recursive: true, force: true });
}

main().catch(e => {
  console.error(`[bench:ui] FAILED: ${e.stack || e}`);
  process.exit(1);
});
