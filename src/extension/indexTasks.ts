// The workspace index's side in its worker thread (analysisWorker.ts started as 'index', at a low priority): reads and
// analyses the dumps of the open folders off the extension host's thread, keeps what the index needs of each
// (fileSummary.ts) and every quote in an echo index. It reads one file at a time and lets its other messages (echo
// requests) in between; the documents being read or edited are analysed in the other worker, never behind a file.
import { promises as fs } from 'node:fs';
import { analyze } from '../core/analyze';
import { readsLikeNews } from '../core/newsDetection';
import { textLooksBinary } from '../core/decode';
import { summarizeFile, type FileSummary } from '../core/fileSummary';
import { EchoIndex, type EchoMatch } from '../core/quoteEchoes';
import type { EchoRef, IndexFile, IndexRequest, IndexResponse } from './indexProtocol';

/** Summaries are sent in batches: fewer messages, and the host refreshes its views less often. */
const BATCH = 100;

const summaries = new Map<string, FileSummary>();
const echoes = new EchoIndex();
/** Echo index id → the quote it stands for. */
const quoteOf = new Map<number, { summary: FileSummary; index: number }>();
const idsOf = new Map<string, number[]>();
let nextId = 1;

const queue = new Map<string, { file: IndexFile; maxBytes: number; detectNews: boolean }>();
let running = false;
/** How answers reach the host (the worker's port, given with each request). */
let post: (response: IndexResponse) => void = () => {};

function forget(uri: string): void {
  for (const id of idsOf.get(uri) ?? []) {
    echoes.remove(id);
    quoteOf.delete(id);
  }
  idsOf.delete(uri);
  summaries.delete(uri);
}

function remember(summary: FileSummary): void {
  forget(summary.uri);
  summaries.set(summary.uri, summary);
  const ids: number[] = [];
  summary.quotes.forEach((q, index) => {
    const id = nextId++;
    echoes.add(id, q.quote);
    quoteOf.set(id, { summary, index });
    ids.push(id);
  });
  idsOf.set(summary.uri, ids);
}

async function indexOne(file: IndexFile, maxBytes: number, detectNews: boolean): Promise<{ summary?: FileSummary; reason?: string }> {
  const stat = await fs.stat(file.path);
  if (!stat.isFile()) return { reason: 'not a file' };
  if (stat.size > maxBytes) return { reason: `above the size limit (${(stat.size / 1024 / 1024).toFixed(1)} MB)` };
  const text = (await fs.readFile(file.path, 'utf8')).replace(/^\uFEFF/, '');
  if (textLooksBinary(text.slice(0, 8192))) return { reason: 'binary file' };
  if (detectNews && !file.path.endsWith('.news.txt') && !readsLikeNews(text)) return { reason: 'does not read like news' };
  return { summary: summarizeFile(file.uri, file.file, text, analyze(text)) };
}

async function drain(): Promise<void> {
  if (running) return;
  running = true;
  let batch: FileSummary[] = [];
  let skipped: { uri: string; reason: string }[] = [];
  const flush = () => {
    post({ type: 'indexed', summaries: batch, skipped, queued: queue.size });
    batch = [];
    skipped = [];
  };
  while (queue.size > 0) {
    const [uri, { file, maxBytes, detectNews }] = queue.entries().next().value!;
    queue.delete(uri);
    try {
      const { summary, reason } = await indexOne(file, maxBytes, detectNews);
      if (summary) {
        remember(summary);
        batch.push(summary);
      } else {
        forget(uri);
        skipped.push({ uri, reason: reason ?? 'skipped' });
      }
    } catch (e) {
      forget(uri);
      skipped.push({ uri, reason: e instanceof Error ? e.message : String(e) });
    }
    if (batch.length + skipped.length >= BATCH) flush();
    // Lets the worker's other messages in between files: analyses first, then echo requests.
    await new Promise(resolve => setImmediate(resolve));
  }
  flush();
  running = false;
}

function ref(match: EchoMatch): EchoRef | undefined {
  const found = quoteOf.get(match.id);
  if (!found) return undefined;
  const q = found.summary.quotes[found.index];
  return { uri: found.summary.uri, file: found.summary.file, line: q.line, quote: q.quote, speaker: q.speaker, exact: match.exact, similarity: match.similarity };
}

function refs(matches: EchoMatch[]): EchoRef[] {
  return matches.map(ref).filter((r): r is EchoRef => r !== undefined);
}

const INDEX_REQUESTS = new Set<string>(['index', 'restore', 'remove', 'echoes', 'alsoIn'] satisfies IndexRequest['type'][]);

/** Whether a message to the worker is the index's. */
export function isIndexRequest(message: { type: string }): message is IndexRequest {
  return INDEX_REQUESTS.has(message.type);
}

/** Handles one of the index's messages; answers go through `answer` (the worker's port). */
export function handleIndexRequest(request: IndexRequest, answer: (response: IndexResponse) => void): void {
  post = answer;
  switch (request.type) {
    case 'index':
      for (const file of request.files) queue.set(file.uri, { file, maxBytes: request.maxBytes, detectNews: request.detectNews });
      void drain();
      return;
    case 'restore':
      // A fresh worker (the last one crashed or was stopped) takes back what the host kept of the files read so far.
      for (const summary of request.summaries) remember(summary);
      return;
    case 'remove':
      for (const uri of request.uris) {
        queue.delete(uri);
        forget(uri);
      }
      return;
    case 'echoes': {
      // The open document's own quotes, compared among themselves (other articles only) and with other files.
      const local = new EchoIndex();
      request.quotes.forEach((q, i) => local.add(i, q.text));
      const result = request.quotes.map((q, i) => {
        const here = local.query(q.text, j => j !== i && request.quotes[j].article !== q.article).map(m => {
          const other = request.quotes[m.id];
          return { uri: request.uri, file: request.file, line: other.line, quote: other.text, speaker: other.speaker, exact: m.exact, similarity: m.similarity };
        });
        const elsewhere = refs(echoes.query(q.text, id => quoteOf.get(id)?.summary.uri !== request.uri));
        return [...here, ...elsewhere];
      });
      post({ type: 'echoes', id: request.id, echoes: result });
      return;
    }
    case 'alsoIn': {
      const result: Record<string, EchoRef[][]> = {};
      for (const uri of request.uris) {
        const summary = summaries.get(uri);
        const ids = idsOf.get(uri) ?? [];
        if (!summary) continue;
        result[uri] = summary.quotes.map((q, i) => refs(echoes.query(q.quote, id => {
          const other = quoteOf.get(id);
          return id !== ids[i] && !!other && (other.summary.uri !== uri || other.summary.quoteArticles[other.index] !== summary.quoteArticles[i]);
        })));
      }
      post({ type: 'alsoIn', id: request.id, echoes: result });
      return;
    }
  }
}
