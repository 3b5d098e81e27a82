// The workspace index: what News Lens knows of every .txt dump in the open folders, files never opened included.
// Built in a worker thread of its own (indexWorker.ts), so the extension host never analyses a file; it lists the
// files (VS Code's file search, which applies `files.exclude`), passes their paths, and keeps the small summaries that
// come back. Kept current on save and on file changes; `newsLens.maxFileSizeMB` applies as in the editor.
import { Worker } from 'node:worker_threads';
import * as vscode from 'vscode';
import type { FileSummary } from '../core/fileSummary';
import { articleSummaries } from '../core/navigation';
import type { Analysis } from '../core/types';
import type { EchoRef, IndexFile, IndexRequest, IndexResponse } from './indexProtocol';
import { background, logError, logInfo } from './log';

const GLOB = '**/*.txt';
/** Waits this long after activation before the first build, so an opened document is analyzed first. */
const START_DELAY_MS = 1000;

export class WorkspaceIndex implements vscode.Disposable {
  private readonly files = new Map<string, FileSummary>();
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires (at most a few times a second) when summaries were added, changed or removed. */
  readonly onDidChange = this.changed.event;
  private worker: Worker | undefined;
  private readonly subscriptions: vscode.Disposable[] = [];
  private readonly pending = new Map<number, (response: IndexResponse) => void>();
  private nextId = 1;
  /** How many files the worker still has to read; the index is complete at 0. */
  private queued = 0;
  private idleWaiters: (() => void)[] = [];
  private changeTimer: NodeJS.Timeout | undefined;
  private startTimer: NodeJS.Timeout | undefined;
  private generation = 0;
  private builtIn: number | undefined;

  constructor(private readonly workerPath: string) {
    const watcher = vscode.workspace.createFileSystemWatcher(GLOB);
    this.subscriptions.push(
      this.changed,
      watcher,
      watcher.onDidCreate(uri => this.update(uri)),
      watcher.onDidChange(uri => this.update(uri)),
      watcher.onDidDelete(uri => this.remove([uri.toString()])),
      vscode.workspace.onDidSaveTextDocument(d => this.update(d.uri)),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.rebuild()),
      vscode.workspace.onDidChangeConfiguration(e => {
        if (e.affectsConfiguration('files.exclude') || e.affectsConfiguration('newsLens.maxFileSizeMB') || e.affectsConfiguration('newsLens.detectNews')) this.rebuild();
      }),
    );
    this.startTimer = setTimeout(() => this.rebuild(), START_DELAY_MS);
  }

  /** Every indexed file. */
  summaries(): readonly FileSummary[] {
    return [...this.files.values()];
  }

  summary(uri: vscode.Uri): FileSummary | undefined {
    return this.files.get(uri.toString());
  }

  /** How many files are indexed and, once a build finished, how long it took. */
  status(): { files: number; queued: number; builtInMs: number | undefined } {
    return { files: this.files.size, queued: this.queued, builtInMs: this.builtIn };
  }

  /** Resolves when every file listed so far is indexed. */
  whenIdle(): Promise<void> {
    if (this.queued === 0 && !this.startTimer) return Promise.resolve();
    return new Promise(resolve => this.idleWaiters.push(resolve));
  }

  /** Lists the dumps of the open folders again and re-reads all of them. */
  rebuild(): void {
    clearTimeout(this.startTimer);
    this.startTimer = undefined;
    const generation = ++this.generation;
    const began = performance.now();
    this.queued = Math.max(this.queued, 1);
    background('listing the workspace dumps', (async () => {
      const uris = (vscode.workspace.workspaceFolders ?? []).length > 0 ? await vscode.workspace.findFiles(GLOB) : [];
      if (generation !== this.generation) return;
      const listed = new Set(uris.map(u => u.toString()));
      const gone = [...this.files.keys()].filter(k => !listed.has(k));
      if (gone.length > 0) this.remove(gone);
      const files = uris.filter(u => u.scheme === 'file').map(fileOf);
      this.queued = files.length;
      logInfo(`workspace index: ${files.length} .txt files to read`);
      if (files.length === 0) {
        this.settleIdle();
        return;
      }
      this.send({ type: 'index', files, maxBytes: maxBytes(), detectNews: detectNews() });
      await this.whenIdle();
      if (generation === this.generation) {
        this.builtIn = performance.now() - began;
        logInfo(`workspace index: ${this.files.size} dumps indexed in ${Math.round(this.builtIn)} ms`);
      }
    })());
  }

  /** Echoes of each quote of an open document's analysis: in its other articles and in the other indexed files. */
  async echoesOf(document: vscode.TextDocument, analysis: Analysis): Promise<EchoRef[][]> {
    const articleOf = new Map<number, number>();
    for (const s of articleSummaries(analysis)) for (const q of s.quotes) articleOf.set(q.start, s.index);
    const id = this.nextId++;
    const file = vscode.workspace.asRelativePath(document.uri, false);
    const response = await this.ask(id, {
      type: 'echoes', id, uri: document.uri.toString(), file,
      quotes: analysis.quotes.map(q => ({ text: q.text, article: articleOf.get(q.start) ?? -1, line: document.positionAt(q.start).line + 1, speaker: q.speaker })),
    });
    return response.type === 'echoes' ? response.echoes : [];
  }

  /** For each quote of each file: where else it appears. */
  async alsoIn(uris: string[]): Promise<Record<string, EchoRef[][]>> {
    const id = this.nextId++;
    const response = await this.ask(id, { type: 'alsoIn', id, uris });
    return response.type === 'alsoIn' ? response.echoes : {};
  }

  private update(uri: vscode.Uri): void {
    if (uri.scheme !== 'file' || !/\.txt$/i.test(uri.path)) return;
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder) return;
    background('indexing a changed dump', (async () => {
      // Searching for the one file applies files.exclude to it as to the whole build.
      const found = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, vscode.workspace.asRelativePath(uri, false)), undefined, 1);
      if (found.length === 0) {
        this.remove([uri.toString()]);
        return;
      }
      this.queued++;
      this.send({ type: 'index', files: [fileOf(uri)], maxBytes: maxBytes(), detectNews: detectNews() });
    })());
  }

  private remove(uris: string[]): void {
    for (const uri of uris) this.files.delete(uri);
    this.send({ type: 'remove', uris });
    this.fireChanged();
  }

  private ask(id: number, request: IndexRequest): Promise<IndexResponse> {
    return new Promise(resolve => {
      this.pending.set(id, resolve);
      this.send(request);
    });
  }

  private send(request: IndexRequest): void {
    this.start().postMessage(request);
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.workerPath);
    worker.on('message', (response: IndexResponse) => this.receive(response));
    worker.on('error', error => logError('workspace index worker', error));
    worker.on('exit', code => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      if (code !== 0) logInfo(`workspace index worker exited with code ${code}`);
      for (const resolve of this.pending.values()) resolve({ type: 'echoes', id: 0, echoes: [] });
      this.pending.clear();
      this.queued = 0;
      this.settleIdle();
    });
    this.worker = worker;
    return worker;
  }

  private receive(response: IndexResponse): void {
    if (response.type === 'indexed') {
      for (const s of response.summaries) this.files.set(s.uri, s);
      for (const s of response.skipped) this.files.delete(s.uri);
      this.queued = response.queued;
      this.fireChanged();
      if (this.queued === 0) this.settleIdle();
      return;
    }
    const resolve = this.pending.get(response.id);
    this.pending.delete(response.id);
    resolve?.(response);
  }

  private settleIdle(): void {
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const w of waiters) w();
  }

  private fireChanged(): void {
    if (this.changeTimer) return;
    this.changeTimer = setTimeout(() => {
      this.changeTimer = undefined;
      this.changed.fire();
    }, 200);
  }

  dispose(): void {
    clearTimeout(this.startTimer);
    clearTimeout(this.changeTimer);
    this.settleIdle();
    for (const s of this.subscriptions) s.dispose();
    const worker = this.worker;
    this.worker = undefined;
    if (worker) background('stopping the workspace index worker', worker.terminate());
  }
}

function fileOf(uri: vscode.Uri): IndexFile {
  return { uri: uri.toString(), path: uri.fsPath, file: vscode.workspace.asRelativePath(uri, (vscode.workspace.workspaceFolders ?? []).length > 1) };
}

function detectNews(): boolean {
  return vscode.workspace.getConfiguration('newsLens').get<boolean>('detectNews', true);
}

function maxBytes(): number {
  const mb = vscode.workspace.getConfiguration('newsLens').get<number>('maxFileSizeMB', 2);
  return mb * 1024 * 1024;
}
