// The analysis worker thread: runs the engine off the extension host's main thread, one block cache per document. The
// workspace index (indexTasks.ts) runs in a second thread of this same bundle (workerData 'index'), so the extension
// ships the engine once and an opened document never waits for a file of the index.
import { parentPort, workerData } from 'node:worker_threads';
import { Analyzer, analyzeQuotesAndDates } from '../core/analyze';
import { NEWS_SAMPLE_CHARS, readsLikeNews } from '../core/newsDetection';
import type { Analysis } from '../core/types';
import { handleIndexRequest, isIndexRequest } from './indexTasks';
import { mark, tracing, type Marks } from './trace';
import { WARM_UP_DUMPS } from './warmUp';
import type { AnalyzeRequest, WorkerEarly, WorkerFault, WorkerReady, WorkerRequest, WorkerResponse, WorkerRole } from './workerProtocol';

const analyzers = new Map<string, Analyzer>();

function analyzerFor(key: string): Analyzer {
  let analyzer = analyzers.get(key);
  if (!analyzer) analyzers.set(key, (analyzer = new Analyzer()));
  return analyzer;
}

/** Moves every offset of an analysis of a slice by `delta`, so it addresses the whole document. */
function shift(a: Analysis, delta: number): Analysis {
  const span = <T extends { start: number; end: number }>(s: T): T => ({ ...s, start: s.start + delta, end: s.end + delta });
  return {
    ...a,
    entities: a.entities.map(span),
    dates: a.dates.map(d => ({
      ...span(d),
      anchor: d.anchor.span ? { ...d.anchor, span: span(d.anchor.span) } : d.anchor,
    })),
    quotes: a.quotes.map(q => ({
      ...span(q),
      ...(q.speakerSpan ? { speakerSpan: span(q.speakerSpan) } : {}),
      ...(q.cueSpan ? { cueSpan: span(q.cueSpan) } : {}),
    })),
    blocks: a.blocks.map(span),
    articles: a.articles.map(span),
  };
}

parentPort?.on('message', (request: WorkerRequest) => {
  if (isIndexRequest(request)) {
    handleIndexRequest(request, response => parentPort?.postMessage(response));
    return;
  }
  if (request.type === 'forget') {
    analyzers.delete(request.key);
    analyzers.delete(`${request.key}#window`);
    return;
  }
  if (request.fault === 'crash') {
    // Thrown outside the handler, so nothing catches it: the worker dies as it would of a bug in its event loop.
    setImmediate(() => {
      throw new Error('the analysis worker crashed on purpose (a test asked for it)');
    });
    return;
  }
  const marks: Marks = {};
  mark('workerReceived', marks);
  let response: WorkerResponse;
  try {
    if (request.fault) fail(request.fault);
    response = answer(request, marks);
  } catch (e) {
    response = { type: 'analysis', id: request.id, ok: false, error: e instanceof Error ? `${e.message}\n${e.stack ?? ''}` : String(e) };
  }
  mark('workerPosted', marks);
  parentPort?.postMessage(response);
});

/** The analysis a request asks for, or `notNews` when it asked to check that first and the text does not read like news. */
function answer(request: AnalyzeRequest, marks: Marks): WorkerResponse {
  const began = performance.now();
  if (request.detectNews && !readsLikeNews(request.text.slice(0, NEWS_SAMPLE_CHARS))) {
    mark('analyzed', marks);
    return { type: 'analysis', id: request.id, ok: true, notNews: true, marks };
  }
  const start = request.window?.start ?? 0;
  const text = request.window ? request.text.slice(start, request.window.end) : request.text;
  if (request.quotesAndDatesFirst) {
    // They take a few ms of the tens the names take: the editor paints them meanwhile.
    const early: Marks = { ...marks };
    const analysis = shift(analyzeQuotesAndDates(text, request.options), start);
    mark('analyzed', early);
    mark('workerPosted', early);
    parentPort?.postMessage({ type: 'early', id: request.id, analysis, marks: early } satisfies WorkerEarly);
  }
  // A separate analyzer for slices, so the whole-document cache keeps every block of the document.
  const analysis = request.window
    ? shift(analyzerFor(`${request.key}#window`).analyze(text, request.options), start)
    : analyzerFor(request.key).analyze(text, request.options);
  mark('analyzed', marks);
  return { type: 'analysis', id: request.id, ok: true, analysis, ms: performance.now() - began, marks };
}

/** Fails the way a test asked for (WorkerFault); 'crash' is handled before the handler's try. */
function fail(fault: WorkerFault): void {
  switch (fault) {
    case 'exception':
      throw new Error('analysis failed on purpose (a test asked for it)');
    case 'oom': {
      const hog: number[][] = [];
      for (;;) hog.push(new Array(1 << 20).fill(hog.length + 0.5));
    }
    case 'hang': {
      // Blocked without spinning a core, until the extension stops the worker for taking too long.
      const cell = new Int32Array(new SharedArrayBuffer(4));
      for (;;) Atomics.wait(cell, 0, 0);
    }
    case 'crash':
      return;
  }
}

const role = workerData as WorkerRole | undefined;

// The first line of the bundle (esbuild's banner) and now: bundle loading and the engine's set-up (the lexicon).
const bundleStart = (globalThis as { newsLensBundleStart?: number }).newsLensBundleStart;
const bootMarks: Marks = tracing && bundleStart ? { workerBundleStart: bundleStart } : {};
mark('workerReady', bootMarks);
// Each warm-up dump as a first analysis goes (the news check, the quotes and dates sent first, the whole analysis with an
// empty cache): the first before the worker says it is ready, the others between messages, so that a document opened
// meanwhile waits for one of them at most (warmUp.ts says why and what they cover).
const warmUp = (text: string) => {
  readsLikeNews(text);
  analyzeQuotesAndDates(text, {});
  new Analyzer().analyze(text, {});
};
if (role === 'index') {
  // Its first file warms it up; no one waits for it. Its priority was lowered before the bundle loaded (analysisService.ts).
  parentPort?.postMessage({ type: 'ready', marks: bootMarks } satisfies WorkerReady);
} else {
  warmUp(WARM_UP_DUMPS[0]);
  mark('workerWarm', bootMarks);
  parentPort?.postMessage({ type: 'ready', marks: bootMarks } satisfies WorkerReady);
  const moreRounds = (next: number) => {
    if (next < WARM_UP_DUMPS.length) setImmediate(() => (warmUp(WARM_UP_DUMPS[next]), moreRounds(next + 1)));
  };
  moreRounds(1);
}
