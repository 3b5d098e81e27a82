// `npm run bench:index`: a benchmark, not a test. Builds the workspace index of a folder of dumps (default: the 2,225
// BBC articles in ../shared/corpus/bbc) with the extension's own index worker (dist/indexWorker.js), as the extension
// does for an opened folder, and prints how long the build took and the memory it cost (the process's peak RSS above
// its RSS before the worker started, sampled every 50 ms, plus the worker's own heap at the end).
import { readdirSync, statSync } from 'node:fs';
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

const began = performance.now();
const worker = new Worker(resolve('dist/indexWorker.js'), { resourceLimits: {} });
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
