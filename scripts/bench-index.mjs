// `npm run bench:index`: a benchmark, not a test. Builds the workspace index of a folder of dumps (default: the 2,225
// BBC articles in ../shared/corpus/bbc) in the extension's own analysis worker (dist/analysisWorker.js), as the
// extension does for an opened folder, and prints how long the build took, the memory it cost (the process's peak RSS
// above its RSS before the worker started, sampled every 50 ms), the longest stall of the calling thread (the
// extension host's, in the extension), and how long the analysis of an open document waits while the index is built:
// every 250 ms during the build it asks for one, as the editor would for a document being edited.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

const folder = resolve(process.argv[2] ?? process.env.NEWS_LENS_BBC_DIR ?? '../shared/corpus/bbc');

function txtFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...txtFiles(full));
    else if (/\.txt$/i.test(name)) out.push(full);
  }
  return out;
}

const files = txtFiles(folder).map(p => ({ uri: pathToFileURL(p).toString(), path: p, file: relative(folder, p) }));
const rssBefore = process.memoryUsage().rss;
let peak = rssBefore;
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
let eventLoopLag = 0;
let last = performance.now();
const lagProbe = setInterval(() => {
  const now = performance.now();
  eventLoopLag = Math.max(eventLoopLag, now - last - 20);
  last = now;
}, 20);

const worker = new Worker(resolve('dist/analysisWorker.js'), { resourceLimits: { maxOldGenerationSizeMb: 2048 } });
// As in the extension, the worker is started (and warmed up) before the index is asked for.
await new Promise(done => worker.on('message', m => m.type === 'ready' && done()));
const rssReady = process.memoryUsage().rss;
const began = performance.now();
// The document being edited: the first dump of the folder, its text changed a little each time (a new version).
const edited = readFileSync(files[0].path, 'utf8');
const waits = [];
let nextId = 1;
const answered = new Map();
worker.on('message', m => {
  if (m.type === 'analysis') answered.get(m.id)?.(m);
});
const editing = setInterval(() => {
  const id = nextId++;
  const sent = performance.now();
  const wait = { ms: undefined };
  wait.promise = new Promise(done => answered.set(id, m => {
    wait.ms = performance.now() - sent;
    wait.analysisMs = m.ms;
    done();
  }));
  waits.push(wait);
  worker.postMessage({ type: 'analyze', id, key: 'edited', text: `${edited}\nEdit ${id}.`, options: {} });
}, 250);
let indexed = 0;
let skipped = 0;
let quotes = 0;
let entities = 0;
await new Promise((done, fail) => {
  worker.on('error', fail);
  worker.on('message', m => {
    if (m.type !== 'indexed') return;
    indexed += m.summaries.length;
    skipped += m.skipped.length;
    for (const s of m.summaries) {
      quotes += s.quotes.length;
      entities += s.entities.length;
    }
    if (m.queued === 0 && indexed + skipped >= files.length) done();
  });
  worker.postMessage({ type: 'index', files, maxBytes: 2 * 1024 * 1024, detectNews: true });
});
const builtMs = performance.now() - began;
clearInterval(editing);
await Promise.all(waits.filter(w => w.promise).map(w => w.promise));
// Echoes of every quote of every file, as Extract Quotes from Folder asks for them.
const echoBegan = performance.now();
const echoes = await new Promise(done => {
  worker.on('message', m => m.type === 'alsoIn' && done(m.echoes));
  worker.postMessage({ type: 'alsoIn', id: 1, uris: files.map(f => f.uri) });
});
const echoMs = performance.now() - echoBegan;
const linked = Object.values(echoes).flat().filter(list => list.length > 0).length;
clearInterval(sampler);
clearInterval(lagProbe);
peak = Math.max(peak, process.memoryUsage().rss);
await worker.terminate();

const mb = n => (n / 1024 / 1024).toFixed(0);
console.log(`folder: ${folder}`);
console.log(`files: ${files.length} (${indexed} indexed, ${skipped} skipped); ${quotes} quotes, ${entities} entities`);
console.log(`index built in ${(builtMs / 1000).toFixed(1)} s; echoes of every quote in ${(echoMs / 1000).toFixed(1)} s (${linked} quotes echoed elsewhere)`);
console.log(`memory: peak RSS ${mb(peak)} MB, ${mb(peak - rssBefore)} MB above the process before the index`);
console.log(`longest stall of the calling thread: ${eventLoopLag.toFixed(0)} ms`);
const ms = waits.map(w => w.ms).sort((a, b) => a - b);
const own = waits.map(w => w.analysisMs).sort((a, b) => a - b);
const pick = (list, q) => list[Math.min(list.length - 1, Math.floor(q * list.length))].toFixed(0);
console.log(`analyses of an edited document during the build: ${ms.length}; answered in median ${pick(ms, 0.5)} ms, 95th percentile ${pick(ms, 0.95)} ms, max ${pick(ms, 1)} ms (the analysis itself: median ${pick(own, 0.5)} ms)`);
console.log(`memory above the warmed-up worker: peak ${mb(peak - rssReady)} MB`);
