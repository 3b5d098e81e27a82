// The workspace index: what News Lens knows of every .txt dump in the open folders, files never opened included.
// Built in a worker thread of its own at a low priority (indexTasks.ts), so the extension host never analyses a file,
// an opened document never waits for it, and the engine ships once (the same bundle); the host lists the files (VS Code's file search, which applies `files.exclude`), passes their
// paths, and keeps the small summaries that come back. Those summaries are also what a fresh worker gets back after a
// crash, with the files still to read. Kept current on save and on file changes; `newsLens.maxFileSizeMB` applies as
// in the editor. Its thread starts late: once the editor is quiet (the opened dumps painted, no typing), or at once when
// a workspace-wide feature asks (Ctrl+T, the Speakers view's workspace scope, quote echoes, Extract Quotes).
import vscode = require('vscode');
import type { FileSummary } from '../core/fileSummary';
import { articleSummaries } from '../core/navigation';
import type { Analysis } from '../core/types';
import type { AnalysisService, IndexChannel } from './analysisService';
import type { EchoRef, IndexFile, IndexRequest, IndexResponse } from './indexProtocol';
import { background, logInfo } from './log';
import { mark, sessionMarks } from './trace';

const GLOB = '**/*.txt';
/**
 * The build starts once the analysis worker has been idle this long. Measured in bench:ui: a second thread starting
 * (its bundle, its compilation) and reading while a dump opens made that dump's visible part 2-3x slower.
 */
const QUIET_MS = 5000;
/** A file being read when the worker stopped this many times is given up (it may be what stops the worker). */
const MAX_ATTEMPTS = 2;

export class WorkspaceIndex implements vscode.Disposable {
  private readonly files = new Map<string, FileSummary>();
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires (at most a few times a second) when summaries were added, changed or removed. */
  readonly onDidChange = this.changed.event;
  private readonly subscriptions: vscode.Disposable[] = [];
  private readonly pending = new Map<number, (response: IndexResponse | undefined) => void>();
  /** The files sent to the worker and not answered yet, with how many workers stopped while they waited. */
  private readonly reading = new Map<string, { file: IndexFile; attempts: number }>();
  /** The worker stopped and the one that runs now (if any) knows nothing of the index yet. */
  private workerLost = false;
  private nextId = 1;
  /** How many files the worker still has to read; the index is complete at 0. */
  private queued = 0;
  private idleWaiters: (() => void)[] = [];
  private changeTimer: NodeJS.Timeout | undefined;
  /** Whether the first build was asked for: nothing is listed, read or watched before. */
  private started = false;
  private readonly quiet: vscode.Disposable;
  private generation = 0;
  private builtIn: number | undefined;

  constructor(private readonly channel: IndexChannel, service: Pick<AnalysisService, 'whenQuiet'>) {
    channel.onMessage(response => this.receive(response));
    channel.onStopped(restarted => this.workerStopped(restarted));
    this.subscriptions.push(
      this.changed,
      vscode.workspace.onDidSaveTextDocument(d => this.started && this.update(d.uri)),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.started && this.rebuild()),
      vscode.workspace.onDidChangeConfiguration(e => {
        if (!this.started) return;
        if (e.affectsConfiguration('files.exclude') || e.affectsConfiguration('newsLens.maxFileSizeMB') || e.affectsConfiguration('newsLens.detectNews')) this.rebuild();
      }),
    );
    this.quiet = service.whenQuiet(QUIET_MS, () => this.start());
  }

  /** Every indexed file (starting the build if it has not started). */
  summaries(): readonly FileSummary[] {
    this.start();
    return [...this.files.values()];
  }

  summary(uri: vscode.Uri): FileSummary | undefined {
    this.start();
    return this.files.get(uri.toString());
  }

  /** Whether the first build started, how many files are indexed and, once a build finished, how long it took. */
  status(): { started: boolean; files: number; queued: number; builtInMs: number | undefined } {
    return { started: this.started, files: this.files.size, queued: this.queued, builtInMs: this.builtIn };
  }

  /** Resolves when every file listed so far is indexed (starting the build if it has not started). */
  whenIdle(): Promise<void> {
    this.start();
    if (this.queued === 0) return Promise.resolve();
    return new Promise(resolve => this.idleWaiters.push(resolve));
  }

  /** Starts the first build, once. */
  private start(): void {
    if (this.started) return;
    this.started = true;
    this.quiet.dispose();
    // Before the first build nothing needs updating (the build lists every file as it is then), so the files are
    // watched from here on, not from activation.
    const watcher = vscode.workspace.createFileSystemWatcher(GLOB);
    this.subscriptions.push(
      watcher,
      watcher.onDidCreate(uri => this.update(uri)),
      watcher.onDidChange(uri => this.update(uri)),
      watcher.onDidDelete(uri => this.remove([uri.toString()])),
    );
    this.rebuild();
  }

  /** Lists the dumps of the open folders again and re-reads all of them. */
  private rebuild(): void {
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
      this.read(files);
      await this.whenIdle();
      if (generation === this.generation) {
        mark('indexBuilt', sessionMarks);
        this.builtIn = performance.now() - began;
        logInfo(`workspace index: ${this.files.size} dumps indexed in ${Math.round(this.builtIn)} ms`);
      }
    })());
  }

  /** Echoes of each quote of an open document's analysis: in its other articles and in the other indexed files. */
  async echoesOf(document: vscode.TextDocument, analysis: Analysis): Promise<EchoRef[][]> {
    this.start();
    const articleOf = new Map<number, number>();
    for (const s of articleSummaries(analysis)) for (const q of s.quotes) articleOf.set(q.start, s.index);
    const id = this.nextId++;
    const file = vscode.workspace.asRelativePath(document.uri, false);
    const response = await this.ask(id, {
      type: 'echoes', id, uri: document.uri.toString(), file,
      quotes: analysis.quotes.map(q => ({ text: q.text, article: articleOf.get(q.start) ?? -1, line: document.positionAt(q.start).line + 1, speaker: q.speaker })),
    });
    return response?.type === 'echoes' ? response.echoes : [];
  }

  /** For each quote of each file: where else it appears. */
  async alsoIn(uris: string[]): Promise<Record<string, EchoRef[][]>> {
    this.start();
    const id = this.nextId++;
    const response = await this.ask(id, { type: 'alsoIn', id, uris });
    return response?.type === 'alsoIn' ? response.echoes : {};
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
      this.read([fileOf(uri)]);
    })());
  }

  private remove(uris: string[]): void {
    for (const uri of uris) {
      this.files.delete(uri);
      this.reading.delete(uri);
    }
    this.send({ type: 'remove', uris });
    this.fireChanged();
  }

  private read(files: IndexFile[]): void {
    for (const file of files) this.reading.set(file.uri, { file, attempts: 0 });
    this.send({ type: 'index', files, maxBytes: maxBytes(), detectNews: detectNews() });
  }

  private ask(id: number, request: IndexRequest): Promise<IndexResponse | undefined> {
    return new Promise(resolve => {
      this.pending.set(id, resolve);
      this.send(request);
    });
  }

  private send(request: IndexRequest): void {
    if (this.workerLost) this.restoreWorker();
    this.channel.post(request);
  }

  /**
   * The worker stopped: what it was asked goes unanswered, and what it knew of the index is gone. A fresh worker gets
   * it back at once; when none was started (the worker died while loading), the next request starts one and restores.
   */
  private workerStopped(restarted: boolean): void {
    for (const resolve of this.pending.values()) resolve(undefined);
    this.pending.clear();
    this.workerLost = true;
    if (restarted) {
      this.restoreWorker();
    } else {
      // Nothing reads until the next request: nobody waits for the index meanwhile.
      this.queued = 0;
      this.settleIdle();
    }
    // Echoes cached from the stopped worker's last answers may be empty ones: ask again.
    this.fireChanged();
  }

  /** Gives a fresh worker the summaries kept here and the files it had still to read. */
  private restoreWorker(): void {
    this.workerLost = false;
    this.channel.post({ type: 'restore', summaries: [...this.files.values()] });
    const again: IndexFile[] = [];
    for (const [uri, entry] of this.reading) {
      entry.attempts++;
      if (entry.attempts < MAX_ATTEMPTS) {
        again.push(entry.file);
      } else {
        this.reading.delete(uri);
        logInfo(`workspace index: left out ${entry.file.file}, the worker stopped twice while it was to be read`);
      }
    }
    this.queued = again.length;
    if (again.length > 0) this.channel.post({ type: 'index', files: again, maxBytes: maxBytes(), detectNews: detectNews() });
    else this.settleIdle();
  }

  private receive(response: IndexResponse): void {
    if (response.type === 'indexed') {
      for (const s of response.summaries) {
        this.files.set(s.uri, s);
        this.reading.delete(s.uri);
      }
      for (const s of response.skipped) {
        this.files.delete(s.uri);
        this.reading.delete(s.uri);
      }
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
    this.quiet.dispose();
    clearTimeout(this.changeTimer);
    this.settleIdle();
    for (const s of this.subscriptions) s.dispose();
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
