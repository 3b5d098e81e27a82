// The analysis worker thread: runs the engine off the extension host's main thread, one block cache per document.
import { parentPort } from 'node:worker_threads';
import { Analyzer } from '../core/analyze';
import type { Analysis } from '../core/types';
import type { WorkerRequest, WorkerResponse } from './workerProtocol';

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
  if (request.type === 'forget') {
    analyzers.delete(request.key);
    analyzers.delete(`${request.key}#window`);
    return;
  }
  const began = performance.now();
  let response: WorkerResponse;
  try {
    let analysis: Analysis;
    if (request.window) {
      // A separate analyzer for slices, so the whole-document cache keeps every block of the document.
      const { start, end } = request.window;
      analysis = shift(analyzerFor(`${request.key}#window`).analyze(request.text.slice(start, end), request.options), start);
    } else {
      analysis = analyzerFor(request.key).analyze(request.text, request.options);
    }
    response = { id: request.id, ok: true, analysis, ms: performance.now() - began };
  } catch (e) {
    response = { id: request.id, ok: false, error: e instanceof Error ? `${e.message}\n${e.stack ?? ''}` : String(e) };
  }
  parentPort?.postMessage(response);
});
