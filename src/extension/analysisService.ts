// The one per-document analysis service every feature reads: results cached by document version, debounced while
// typing, cancelled when superseded or closed, computed in a worker thread (started right after activation and
// restarted after a crash), the visible part first: on a document's first analysis, and on every analysis of a big
// one; on the first, its quotes and dates a moment before its names.
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import vscode = require('vscode');
import { textLooksBinary } from '../core/decode';
import type { Analysis, AnalyzeOptions } from '../core/types';
import { background, logError, logInfo } from './log';
import { mark, sessionMarks, type Marks } from './trace';
import type { IndexRequest, IndexResponse } from './indexProtocol';
import type { AnalyzeRequest, WorkerEarly, WorkerFault, WorkerMessage, WorkerResponse, WorkerRole } from './workerProtocol';

/** Documents longer than this (UTF-16 units) get their visible part analyzed first every time, not only the first. */
const PROGRESSIVE_ABOVE = 100_000;
/** How much text (UTF-16 units) around the visible range the first pass covers, before widening to paragraphs. */
const WINDOW_MARGIN = 1500;
/** What the first pass covers when no editor shows the document yet: its top, where a new editor opens (a screen of
 * wrapped paragraphs in a large window). */
const WINDOW_TOP = 5000;
/** How far a window's edge moves at most to reach a paragraph break. */
const WINDOW_WIDEN = 3000;
/** The worker's heap limit: a document that needs more fails alone instead of taking the extension host down. */
const WORKER_HEAP_MB = 2048;
/** Schemes whose documents are VS Code's own (logs, diffs, comments), never a news dump. */
const FOREIGN_SCHEMES = new Set(['output', 'debug', 'git', 'gitfs', 'vscode-scm', 'comment', 'vscode-userdata', 'vscode-settings']);
/**
 * How the index's thread starts: it lowers its own priority (Linux: the thread's nice 19, through its id in
 * /proc/thread-self) before it loads the bundle, so that loading and compiling the engine (hundreds of ms of CPU) yield
 * to the analysis worker too, not only its reading afterwards. Elsewhere, or when not allowed, it runs as it is.
 */
const LOW_PRIORITY_START = `try {
  const tid = Number(require('node:fs').readlinkSync('/proc/thread-self').split('/').pop());
  if (Number.isInteger(tid) && tid > 0) require('node:os').setPriority(tid, 19);
} catch {}
require(process.argv[2]);`;

export interface AnalysisResult {
  version: number;
  analysis: Analysis;
  /** True while only the visible part has been analyzed. */
  partial: boolean;
  ms: number;
  /** The length of the text analyzed (UTF-16 units). */
  size: number;
  /** Trace stages of this result, from its scheduling to its arrival (only when tracing). */
  marks: Marks;
}

/** The workspace index's line to its worker thread (the analysis worker's bundle, in a thread of its own). */
export interface IndexChannel {
  /** Posts to the worker (starting it when none runs). */
  post(request: IndexRequest): void;
  onMessage(listener: (response: IndexResponse) => void): void;
  /** The worker stopped (crashed, ran out of memory, was stopped for taking too long); `restarted`: a fresh one runs. */
  onStopped(listener: (restarted: boolean) => void): void;
}

export type DocumentState =
  | { kind: 'pending'; phase: 'waiting' | 'visible' | 'whole'; size: number }
  | { kind: 'ready' }
  | { kind: 'binary' }
  | { kind: 'notNews' }
  | { kind: 'tooLarge'; sizeMB: number; limitMB: number }
  | { kind: 'error'; message: string };

interface Entry {
  document: vscode.TextDocument;
  state: DocumentState;
  result?: AnalysisResult;
  timer?: NodeJS.Timeout;
  /** Trace stages of the version waiting to be analyzed. */
  marks: Marks;
  /** The version the worker found not to read like news (state notNews). */
  notNewsVersion?: number;
  waiters: { version: number; resolve: (r: AnalysisResult | undefined) => void }[];
}

interface Job {
  request: Omit<AnalyzeRequest, 'id' | 'type'>;
  uri: string;
  version: number;
  partial: boolean;
  marks: Marks;
}

/** Where the service takes its per-document options from (the reference date). */
export type OptionsFor = (uri: vscode.Uri) => AnalyzeOptions;

export class AnalysisService implements vscode.Disposable {
  private readonly entries = new Map<string, Entry>();
  private readonly queue = new Map<string, Job>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  /** Fires when a document's state or result changed. */
  readonly onDidChange = this.changed.event;
  private readonly settled = new vscode.EventEmitter<vscode.Uri>();
  /**
   * Fires when what `analysisFor` answers for a document changed: a complete result arrived, or the document is no
   * longer analysed. Not while it is pending or partly analysed, so that what VS Code asks again on this event (code
   * lenses, folding) is not asked over and over while a document opens.
   */
  readonly onDidSettle = this.settled.event;
  private readonly forced = new Set<string>();
  private readonly confirmed = new Set<string>();
  private readonly prompted = new Set<string>();
  private readonly own = new Set<string>();
  /** Plain-text documents that read like news: they stay analyzed while edited, whatever the edit. */
  private readonly news = new Set<string>();
  private readonly worker: WorkerClient;
  /** The workspace index's own thread, at a low priority: it never holds up an opened document (measured in
   * bench:ui: a dump opened while the index read a file waited for that file, up to 650 ms, in the same thread). */
  private readonly indexWorker: WorkerClient;
  private busy = false;
  /** When the analysis worker last started or finished a job (performance.now()). */
  private lastWork = 0;
  private nextFault: WorkerFault | undefined;
  /** Documents that make the worker fail, every time, while they are open (tests only: failNextAnalysis). */
  private readonly faulty = new Map<string, WorkerFault>();
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(workerPath: string, private readonly optionsFor: OptionsFor) {
    this.worker = new WorkerClient(workerPath, 'analysis');
    this.indexWorker = new WorkerClient(workerPath, 'index');
    this.subscriptions.push(
      this.changed,
      this.settled,
      this.worker,
      this.indexWorker,
      vscode.workspace.onDidOpenTextDocument(d => this.schedule(d, 0)),
      vscode.workspace.onDidChangeTextDocument(e => {
        if (e.contentChanges.length > 0) this.schedule(e.document, this.debounceMs());
      }),
      vscode.workspace.onDidCloseTextDocument(d => this.closed(d)),
      vscode.workspace.onDidChangeConfiguration(e => {
        if (e.affectsConfiguration('newsLens.languages') || e.affectsConfiguration('newsLens.maxFileSizeMB') || e.affectsConfiguration('newsLens.detectNews')) this.refreshAll();
      }),
    );
  }

  /**
   * Starts the worker (its thread, bundle and warm-up, so that the first document does not wait for them; a document
   * analyzed before then starts it itself) and analyses the documents already open. Called right after activation:
   * `activate` only registers things.
   */
  start(): void {
    this.worker.start();
    for (const d of vscode.workspace.textDocuments) if (!this.entries.has(d.uri.toString())) this.schedule(d, 0);
  }

  /** The workspace index's line to its worker (the same engine bundle as the analyses', in a thread of its own). */
  get indexChannel(): IndexChannel {
    return this.indexWorker.index;
  }

  /**
   * Calls `then` once the analysis worker has started and has had nothing to do for `quietMs`: the visible editors are
   * painted and no one is typing. Background work (the workspace index) waits for it, so that its thread's start and
   * its reading never share the cores with a document being opened.
   */
  whenQuiet(quietMs: number, then: () => void): vscode.Disposable {
    let timer: NodeJS.Timeout | undefined;
    const check = () => {
      const quietFor = performance.now() - this.lastWork;
      const waiting = this.busy || this.queue.size > 0 || [...this.entries.values()].some(e => e.timer);
      if (this.worker.isReady && !waiting && quietFor >= quietMs) then();
      else timer = setTimeout(check, waiting || !this.worker.isReady ? quietMs : quietMs - quietFor);
    };
    timer = setTimeout(check, quietMs);
    return { dispose: () => clearTimeout(timer) };
  }

  /** Whether News Lens looks at this document at all. */
  isAnalysable(document: vscode.TextDocument): boolean {
    const key = document.uri.toString();
    if (this.forced.has(key)) return true;
    if (this.own.has(key) || FOREIGN_SCHEMES.has(document.uri.scheme)) return false;
    const languages = vscode.workspace.getConfiguration('newsLens').get<string[]>('languages', ['plaintext', 'newsdump']);
    return languages.includes(document.languageId);
  }

  /** Marks a document as News Lens's own output (Extract Quotes), which it never analyses. */
  markOwn(uri: vscode.Uri): void {
    this.own.add(uri.toString());
  }

  /** Analyzes a document whatever its language and size ("Analyze as News Dump"). */
  force(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    this.forced.add(key);
    this.confirmed.add(key);
    this.own.delete(key);
    this.schedule(document, 0);
  }

  state(uri: vscode.Uri): DocumentState | undefined {
    return this.entries.get(uri.toString())?.state;
  }

  /** The newest result delivered for the document: possibly partial, possibly of an older version. */
  latest(uri: vscode.Uri): AnalysisResult | undefined {
    return this.entries.get(uri.toString())?.result;
  }

  /**
   * The complete analysis of the document's current version, computing it now if needed; undefined when not analyzed.
   * `afterPause`: while the user types, wait for the typing pause (newsLens.debounceMs) instead of cutting it short —
   * for what VS Code asks on every edit (the outline, for the breadcrumbs) and what follows the results (the trees).
   */
  async analysisFor(document: vscode.TextDocument, token?: vscode.CancellationToken, afterPause = false): Promise<AnalysisResult | undefined> {
    if (!this.isAnalysable(document)) return undefined;
    let entry = this.entries.get(document.uri.toString());
    if (entry?.state.kind === 'notNews' && this.needsNewsCheck(document)) {
      if (entry.notNewsVersion === document.version) return undefined;
      // Edited since the worker found it not to read like news: check this version (now, unless asked to let the
      // typing pause run), and wait for the answer.
      if (!(afterPause && entry.timer)) this.schedule(document, 0);
    } else if (!entry || (entry.state.kind !== 'ready' && entry.state.kind !== 'pending')) {
      this.schedule(document, 0);
      entry = this.entries.get(document.uri.toString());
      if (!entry || (entry.state.kind !== 'pending' && entry.state.kind !== 'ready')) return undefined;
    }
    const result = entry.result;
    if (result && !result.partial && result.version === document.version) return result;
    const target = entry;
    return new Promise(resolve => {
      const cancellation = token?.onCancellationRequested(() => {
        target.waiters = target.waiters.filter(w => w !== waiter);
        resolve(undefined);
      });
      const waiter = {
        version: document.version,
        resolve: (r: AnalysisResult | undefined) => {
          cancellation?.dispose();
          resolve(r);
        },
      };
      target.waiters.push(waiter);
      if (target.timer && !afterPause) this.flush(target);
    });
  }

  /** Makes the next document analyzed fail in the worker the given way, at each analysis (the tests' test-only command). */
  failNextAnalysis(fault: WorkerFault): void {
    this.nextFault = fault;
  }

  /** Makes the workspace index's worker crash (the tests' test-only command): a fresh one must get the index back. */
  async crashIndexWorker(): Promise<void> {
    await this.indexWorker.run({ key: '', text: '', options: {}, fault: 'crash' }, 60_000).catch(() => undefined);
  }

  /** Re-analyses every open document (after a setting or the reference date changed). */
  refreshAll(): void {
    for (const d of vscode.workspace.textDocuments) this.refresh(d);
  }

  refresh(document: vscode.TextDocument): void {
    const entry = this.entries.get(document.uri.toString());
    if (entry) entry.result = undefined;
    if (!this.isAnalysable(document)) {
      if (entry) this.drop(document.uri);
      return;
    }
    this.schedule(document, 0);
  }

  /** The user agreed to analyze a document above the size limit. */
  confirm(document: vscode.TextDocument): void {
    this.confirmed.add(document.uri.toString());
    this.schedule(document, 0);
  }

  private debounceMs(): number {
    return Math.max(0, vscode.workspace.getConfiguration('newsLens').get<number>('debounceMs', 300));
  }

  private setState(entry: Entry, state: DocumentState): void {
    entry.state = state;
    this.changed.fire(entry.document.uri);
    if (state.kind !== 'pending') this.settled.fire(entry.document.uri);
  }

  private schedule(document: vscode.TextDocument, delayMs: number): void {
    if (!this.isAnalysable(document)) return;
    const key = document.uri.toString();
    let entry = this.entries.get(key);
    if (!entry) {
      entry = { document, state: { kind: 'pending', phase: 'waiting', size: 0 }, marks: {}, waiters: [] };
      this.entries.set(key, entry);
    }
    entry.document = document;
    entry.marks = {};
    mark('scheduled', entry.marks);
    clearTimeout(entry.timer);
    entry.timer = undefined;
    // A newer version supersedes whatever was queued for this document.
    this.queue.delete(key);
    this.queue.delete(`${key}#window`);

    if (textLooksBinary(document.getText(new vscode.Range(new vscode.Position(0, 0), document.positionAt(8192))))) {
      entry.result = undefined;
      this.settle(entry, undefined);
      this.setState(entry, { kind: 'binary' });
      return;
    }
    const limitMB = vscode.workspace.getConfiguration('newsLens').get<number>('maxFileSizeMB', 2);
    const sizeMB = documentSizeMB(document, limitMB);
    if (sizeMB > limitMB && !this.confirmed.has(key)) {
      entry.result = undefined;
      this.settle(entry, undefined);
      this.setState(entry, { kind: 'tooLarge', sizeMB, limitMB });
      this.askToAnalyze(document, sizeMB, limitMB);
      return;
    }
    const length = document.offsetAt(document.lineAt(document.lineCount - 1).range.end);
    const target = entry;
    // A plain-text document the worker found not to read like news stays so (no "analyzing" flicker, no event) while
    // the worker checks its new version.
    const quiet = target.state.kind === 'notNews' && this.needsNewsCheck(document);
    if (delayMs > 0) {
      if (!quiet) this.setState(target, { kind: 'pending', phase: 'waiting', size: length });
      target.timer = setTimeout(() => this.flush(target), delayMs);
      return;
    }
    // The request goes to the worker first; the listeners of the state change run while it analyses.
    if (!quiet) target.state = { kind: 'pending', phase: 'waiting', size: length };
    this.flush(target);
    if (!quiet) this.changed.fire(document.uri);
  }

  /**
   * Whether the worker must first check that the document reads like news: a plain-text one not yet found to
   * (newsLens.detectNews); `*.news.txt`, the newsdump language, other languages the user listed and "Analyze as News
   * Dump" never need it. The worker checks, off the extension host's thread, as part of the first request.
   */
  private needsNewsCheck(document: vscode.TextDocument): boolean {
    const key = document.uri.toString();
    if (this.forced.has(key) || this.news.has(key)) return false;
    if (document.languageId !== 'plaintext' || document.uri.path.endsWith('.news.txt')) return false;
    return vscode.workspace.getConfiguration('newsLens').get<boolean>('detectNews', true);
  }

  private flush(entry: Entry): void {
    clearTimeout(entry.timer);
    entry.timer = undefined;
    if (this.entries.get(entry.document.uri.toString()) !== entry || entry.document.isClosed) return;
    const text = entry.document.getText();
    mark('textRead', entry.marks);
    this.enqueue(entry, text);
  }

  private enqueue(entry: Entry, text: string): void {
    const document = entry.document;
    const key = document.uri.toString();
    const options = this.optionsFor(document.uri);
    // The visible part first when nothing is drawn yet; afterwards the drawn ranges move with the edits meanwhile.
    const window = text.length > PROGRESSIVE_ABOVE || !entry.result ? visibleWindow(document, text) : undefined;
    if (this.nextFault) this.faulty.set(key, this.nextFault);
    this.nextFault = undefined;
    const fault = this.faulty.has(key) ? { fault: this.faulty.get(key) } : {};
    const check = this.needsNewsCheck(document) ? { detectNews: true } : {};
    // Nothing drawn yet: the first job sends the quotes and dates ahead of the names (afterwards an early result would
    // take the names off the screen until the rest came).
    const first = entry.result ? {} : { quotesAndDatesFirst: true };
    if (window) {
      this.queue.set(`${key}#window`, { uri: key, version: document.version, partial: true, marks: { ...entry.marks }, request: { key, text, options, window, ...check, ...fault, ...first } });
    }
    this.queue.set(key, { uri: key, version: document.version, partial: false, marks: { ...entry.marks }, request: { key, text, options, ...check, ...fault, ...(window ? {} : first) } });
    this.pump();
  }

  private pump(): void {
    if (this.busy) return;
    // Visible parts go before whole documents: a document just opened is painted before others are completed.
    const next = [...this.queue].find(([, j]) => j.partial) ?? this.queue.entries().next().value;
    if (!next) return;
    const [queueKey, job] = next;
    this.queue.delete(queueKey);
    const entry = this.entries.get(job.uri);
    if (!entry || entry.document.version !== job.version) {
      this.pump();
      return;
    }
    this.busy = true;
    this.lastWork = performance.now();
    const timeoutMs = Math.max(1, vscode.workspace.getConfiguration('newsLens').get<number>('analysisTimeoutSeconds', 120)) * 1000;
    // Through a resolved promise, so that failing to start the worker also lands in `fail`.
    mark('posted', job.marks);
    const running = Promise.resolve().then(() => this.worker.run(job.request, timeoutMs, early => this.deliverEarly(job, early)));
    if (entry.state.kind === 'pending') this.setState(entry, { kind: 'pending', phase: job.partial ? 'visible' : 'whole', size: job.request.text.length });
    background('analysis', running.then(
      response => {
        mark('received', job.marks);
        this.deliver(job, response);
      },
      error => this.fail(job, error),
    ).finally(() => {
      this.lastWork = performance.now();
      // After a visible part, the next analysis (most often the whole document) starts after a timer: VS Code sends
      // the decorations just set from a timer of its own, and on a busy machine the worker's next analysis competes
      // with that message for a core.
      if (job.partial) {
        setTimeout(() => {
          this.busy = false;
          this.pump();
        }, 0);
      } else {
        this.busy = false;
        this.pump();
      }
    }));
  }

  private deliver(job: Job, response: WorkerResponse): void {
    const entry = this.entries.get(job.uri);
    // A result for a version that no longer exists is dropped: its offsets would be wrong.
    if (!entry || entry.document.isClosed || entry.document.version !== job.version) return;
    if (!response.ok) {
      this.fail(job, new Error(response.error));
      return;
    }
    if ('notNews' in response) {
      // The rest of this version's work is moot.
      this.queue.delete(job.uri);
      this.queue.delete(`${job.uri}#window`);
      entry.result = undefined;
      entry.notNewsVersion = job.version;
      this.settle(entry, undefined);
      if (entry.state.kind !== 'notNews') this.setState(entry, { kind: 'notNews' });
      return;
    }
    if (job.request.detectNews) {
      this.news.add(job.uri);
      const whole = this.queue.get(job.uri);
      if (whole) delete whole.request.detectNews;
    }
    if (job.partial && entry.result && entry.result.version === job.version && !entry.result.partial) return;
    entry.result = { version: job.version, analysis: response.analysis, partial: job.partial, ms: response.ms, size: job.request.text.length, marks: { ...job.marks, ...response.marks } };
    logInfo(`${job.partial ? 'visible part of ' : ''}${entry.document.uri.toString(true)} v${job.version} analyzed in ${Math.round(response.ms)} ms`);
    if (!job.partial) {
      this.setState(entry, { kind: 'ready' });
      this.settle(entry, entry.result);
    } else {
      // A document found to read like news is no longer "not news" (typed into, say) while the rest is analyzed.
      if (entry.state.kind === 'notNews') entry.state = { kind: 'pending', phase: 'whole', size: job.request.text.length };
      this.changed.fire(entry.document.uri);
    }
    mark('listenersDone', entry.result.marks);
  }

  /** A first job's quotes and dates, ahead of its names: drawn as a partial result while nothing else is. */
  private deliverEarly(job: Job, early: WorkerEarly): void {
    const entry = this.entries.get(job.uri);
    if (!entry || entry.document.isClosed || entry.document.version !== job.version || entry.result) return;
    const marks = { ...job.marks, ...early.marks };
    mark('received', marks);
    mark('early', marks);
    entry.result = { version: job.version, analysis: early.analysis, partial: true, ms: 0, size: job.request.text.length, marks };
    // As for a visible part: the worker found it to read like news.
    if (entry.state.kind === 'notNews') entry.state = { kind: 'pending', phase: job.partial ? 'visible' : 'whole', size: job.request.text.length };
    this.changed.fire(entry.document.uri);
  }

  private fail(job: Job, error: unknown): void {
    const entry = this.entries.get(job.uri);
    if (!entry || entry.document.version !== job.version) return;
    const message = error instanceof Error ? error.message : String(error);
    // A failure a test asked for is expected: it is not one of News Lens's errors.
    if (error instanceof AnalysisTimeout || job.request.fault) logInfo(`analyzing ${entry.document.uri.toString(true)}: ${message}`);
    else logError(`analyzing ${entry.document.uri.toString(true)}`, error);
    this.settle(entry, undefined);
    this.setState(entry, { kind: 'error', message: message.split('\n')[0] });
  }

  /** Answers everyone waiting for a version up to the one analyzed (or everyone, with undefined). */
  private settle(entry: Entry, result: AnalysisResult | undefined): void {
    const done = entry.waiters.filter(w => !result || w.version <= result.version);
    entry.waiters = entry.waiters.filter(w => !done.includes(w));
    for (const w of done) w.resolve(result);
  }

  private askToAnalyze(document: vscode.TextDocument, sizeMB: number, limitMB: number): void {
    const key = document.uri.toString();
    if (this.prompted.has(key)) return;
    this.prompted.add(key);
    const name = path.basename(document.uri.path) || document.uri.toString(true);
    const question = vscode.l10n.t('News Lens: {0} is {1} MB, above the {2} MB limit (newsLens.maxFileSizeMB). Analyze it anyway?', name, sizeMB.toFixed(1), limitMB);
    const analyze = vscode.l10n.t('Analyze');
    background('asking to analyze', vscode.window.showWarningMessage(question, analyze, vscode.l10n.t('Not Now')).then(answer => {
      if (answer === analyze && !document.isClosed) this.confirm(document);
    }));
  }

  /** Forgets everything about a closed document: VS Code reuses untitled URIs for new documents. */
  private closed(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    const entry = this.entries.get(key);
    if (entry && entry.document !== document) return;
    for (const set of [this.forced, this.confirmed, this.prompted, this.own, this.news]) set.delete(key);
    this.faulty.delete(key);
    this.drop(document.uri);
  }

  private drop(uri: vscode.Uri): void {
    const key = uri.toString();
    const entry = this.entries.get(key);
    if (!entry) return;
    clearTimeout(entry.timer);
    this.queue.delete(key);
    this.queue.delete(`${key}#window`);
    this.entries.delete(key);
    this.settle(entry, undefined);
    this.worker.forget(key);
    this.changed.fire(uri);
    this.settled.fire(uri);
  }

  dispose(): void {
    for (const entry of this.entries.values()) {
      clearTimeout(entry.timer);
      this.settle(entry, undefined);
    }
    this.entries.clear();
    this.queue.clear();
    for (const s of this.subscriptions) s.dispose();
  }
}

/**
 * The document's size in MB (UTF-8), exact only when it matters: a UTF-16 unit takes one to three bytes, so
 * the length alone often tells which side of the limit the document is on without copying its text.
 */
function documentSizeMB(document: vscode.TextDocument, limitMB: number): number {
  const length = document.offsetAt(document.lineAt(document.lineCount - 1).range.end);
  const mb = 1024 * 1024;
  if (length * 3 <= limitMB * mb || length > limitMB * mb) return length / mb;
  return Buffer.byteLength(document.getText(), 'utf8') / mb;
}

/**
 * What the document's editor shows (its top when no editor shows it yet) and a margin around it, widened to paragraph
 * breaks so no paragraph is cut; undefined when that is most of the document anyway. Reads a bounded part of the text.
 */
function visibleWindow(document: vscode.TextDocument, text: string): { start: number; end: number } | undefined {
  const editor = vscode.window.visibleTextEditors.find(e => e.document === document);
  const visible = editor?.visibleRanges[0];
  // WINDOW_TOP is a screenful already: no margin below it (each character of the first pass delays the first paint).
  const from = visible ? Math.max(0, document.offsetAt(visible.start) - WINDOW_MARGIN) : 0;
  const to = visible ? document.offsetAt(document.lineAt(visible.end.line).range.end) + WINDOW_MARGIN : WINDOW_TOP;
  const start = paragraphStart(text, from);
  const end = paragraphEnd(text, Math.min(text.length, to));
  return end - start >= text.length * 0.75 ? undefined : { start, end };
}

const PARAGRAPH_BREAK = /\n[ \t\r]*\n/g;

/** The start of the paragraph around `at`: after the nearest blank line before it, else of its line, at most WINDOW_WIDEN back. */
function paragraphStart(text: string, at: number): number {
  if (at === 0) return 0;
  const from = Math.max(0, at - WINDOW_WIDEN);
  const before = text.slice(from, at);
  let breakEnd = -1;
  for (const m of before.matchAll(PARAGRAPH_BREAK)) breakEnd = m.index + m[0].length;
  if (breakEnd >= 0) return from + breakEnd;
  const newline = before.lastIndexOf('\n');
  return newline >= 0 ? from + newline + 1 : from;
}

/** The end of the paragraph around `at`: the nearest blank line after it, else the end of its line, at most WINDOW_WIDEN on. */
function paragraphEnd(text: string, at: number): number {
  if (at >= text.length) return text.length;
  const after = text.slice(at, at + WINDOW_WIDEN);
  PARAGRAPH_BREAK.lastIndex = 0;
  const m = PARAGRAPH_BREAK.exec(after);
  if (m) return at + m.index;
  const newline = after.indexOf('\n');
  return newline >= 0 ? at + newline : at + after.length;
}

class AnalysisTimeout extends Error {}

/**
 * Owns a worker thread: the analyses' (started right after activation and kept warm, one request at a time) or the
 * workspace index's (started by its first message, at a low priority). A worker that crashes, runs out of memory or
 * is stopped for taking too long fails its request and is replaced at once by a fresh one (when it had started
 * properly: one that dies while loading is started again only by the next request).
 */
class WorkerClient implements vscode.Disposable {
  private worker: Worker | undefined;
  private ready = false;
  private nextId = 1;
  private pending: { id: number; resolve: (r: WorkerResponse) => void; reject: (e: unknown) => void; early?: (r: WorkerEarly) => void } | undefined;
  private disposed = false;
  private indexListener: ((response: IndexResponse) => void) | undefined;
  private stoppedListener: ((restarted: boolean) => void) | undefined;

  readonly index: IndexChannel = {
    post: request => {
      if (!this.disposed) this.start().postMessage(request);
    },
    onMessage: listener => (this.indexListener = listener),
    onStopped: listener => (this.stoppedListener = listener),
  };

  constructor(private readonly workerPath: string, private readonly role: WorkerRole) {}

  /** Whether the running worker has loaded its bundle (and, for the analyses, warmed up). */
  get isReady(): boolean {
    return this.ready;
  }

  /** Runs one request; `early` hears the layers it sends ahead of the answer (quotesAndDatesFirst). */
  run(request: Omit<AnalyzeRequest, 'id' | 'type'>, timeoutMs: number, early?: (r: WorkerEarly) => void): Promise<WorkerResponse> {
    // Running out of memory is tested against a small heap, so the test needs no gigabytes.
    if (request.fault === 'oom') this.restart(64);
    const worker = this.start();
    const id = this.nextId++;
    return new Promise<WorkerResponse>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending = undefined;
        this.restart();
        reject(new AnalysisTimeout(`analysis took longer than ${timeoutMs / 1000} s (newsLens.analysisTimeoutSeconds)`));
      }, timeoutMs);
      this.pending = {
        id,
        resolve: r => (clearTimeout(timer), resolve(r)),
        reject: e => (clearTimeout(timer), reject(e)),
        early,
      };
      worker.postMessage({ type: 'analyze', id, ...request } satisfies AnalyzeRequest);
    });
  }

  forget(key: string): void {
    this.worker?.postMessage({ type: 'forget', key });
  }

  /** The running worker, started now if there is none. */
  start(heapMb = WORKER_HEAP_MB): Worker {
    if (this.worker) return this.worker;
    const analysis = this.role === 'analysis';
    mark(analysis ? 'workerSpawn' : 'indexSpawn', sessionMarks);
    const resourceLimits = { maxOldGenerationSizeMb: heapMb };
    const worker = analysis
      ? new Worker(this.workerPath, { workerData: this.role, resourceLimits })
      : new Worker(LOW_PRIORITY_START, { eval: true, argv: [this.workerPath], workerData: this.role, resourceLimits });
    if (analysis) worker.on('online', () => mark('workerOnline', sessionMarks));
    worker.on('message', (response: WorkerMessage) => {
      if (response.type === 'ready') {
        if (this.worker === worker) this.ready = true;
        if (analysis) {
          Object.assign(sessionMarks, response.marks);
          mark('workerReadyReceived', sessionMarks);
        } else if (response.marks.workerReady) {
          sessionMarks.indexReady ??= response.marks.workerReady;
        }
      } else if (response.type === 'early') {
        if (this.pending?.id === response.id) this.pending.early?.(response);
      } else if (response.type === 'analysis') {
        if (this.pending?.id !== response.id) return;
        const p = this.pending;
        this.pending = undefined;
        p.resolve(response);
      } else {
        this.indexListener?.(response);
      }
    });
    worker.on('error', error => this.crashed(worker, error));
    worker.on('exit', code => this.crashed(worker, new Error(`analysis worker exited with code ${code}`)));
    this.worker = worker;
    this.ready = false;
    return worker;
  }

  private crashed(worker: Worker, error: Error): void {
    if (this.worker !== worker) return;
    const wasReady = this.ready;
    this.worker = undefined;
    const p = this.pending;
    this.pending = undefined;
    p?.reject(error);
    if (wasReady && !this.disposed) this.start();
    this.stoppedListener?.(this.worker !== undefined);
  }

  /** Stops the worker (whatever it is doing) and starts a fresh one. */
  private restart(heapMb?: number): void {
    this.stop();
    if (this.disposed) return;
    this.start(heapMb);
    this.stoppedListener?.(true);
  }

  private stop(): void {
    const worker = this.worker;
    this.worker = undefined;
    if (worker) background('stopping the analysis worker', worker.terminate());
  }

  dispose(): void {
    this.disposed = true;
    this.pending = undefined;
    this.stop();
  }
}
