// News Lens in VS Code: wires the analysis service to every editor feature. `activate` only registers things; right
// after it, the worker thread starts (the engine loads there while VS Code goes on) and the open documents are analyzed.
import * as path from 'node:path';
import vscode = require('vscode');
import type { Analysis } from '../core/types';
import { ActiveDocument } from './activeDocument';
import { AnalysisService } from './analysisService';
import { ArticleLensProvider, SHOW_ARTICLE_SPEAKERS } from './codeLens';
import { NewsDefinitionProvider } from './definition';
import { NewsDocumentHighlightProvider } from './documentHighlights';
import { extractQuotesFromFolder } from './extractFromFolder';
import { NewsFoldingRangeProvider } from './folding';
import { QuoteEchoHoverProvider } from './quoteEchoHover';
import { NewsReferenceProvider } from './references';
import { SpeakersView, type SpeakersViewNode } from './speakersView';
import { WorkspaceIndex } from './workspaceIndex';
import { NewsWorkspaceSymbolProvider } from './workspaceSymbols';
import { CATEGORIES, Decorations, type Category } from './decorations';
import { EntitiesTreeProvider, type EntityNode } from './entitiesTree';
import { citation, extractQuotes } from './extractQuotes';
import { NewsHoverProvider } from './hover';
import { guard, initLog, loggedErrors, logError, logInfo, showLog, type LoggedError } from './log';
import { NewsOutlineProvider } from './outline';
import { askReferenceDate, ReferenceDates } from './referenceDate';
import { SpeakersTreeProvider, type SpeakerNode } from './speakersTree';
import { StatusBar, type StatusText } from './statusBar';
import { mark, sessionMarks } from './trace';
import type { WorkerFault } from './workerProtocol';

/**
 * What `activate` returns (`vscode.extensions.getExtension('news-lens.news-lens').exports`), for other extensions
 * and the extension-host tests:
 * - `analysisFor(uri)`: the complete analysis of the open document's current version (waits for it), or undefined
 *   when the document is not open or not analyzed (binary, above the size limit, another language mode).
 * - `speakersTree`, `entitiesTree`: the sidebar's tree data providers (they follow the active editor).
 * - `status()`: the status-bar item's text (without icon) and tooltip (Markdown source); empty when hidden.
 * - `decorated(uri)`: how many ranges of each highlight category are drawn for the document, or undefined.
 * - `loggedErrors()`: every error News Lens logged in this session.
 * - `logFolder`: the extension's log folder (`context.logUri`); the extension host's own log sits beside it.
 * - `activationMs`: how long `activate` took.
 * - `speakersView`: what the Speakers view shows (the document's speakers, one article's, or the workspace's).
 * - `workspaceIndex`: the index of the workspace's dumps (`whenIdle()`, `summaries()`, `status()`).
 */
export interface NewsLensApi {
  analysisFor(uri: vscode.Uri): Promise<Analysis | undefined>;
  speakersTree: vscode.TreeDataProvider<SpeakerNode>;
  entitiesTree: vscode.TreeDataProvider<EntityNode>;
  status(): StatusText;
  decorated(uri: vscode.Uri): Record<Category, number> | undefined;
  loggedErrors(): readonly LoggedError[];
  logFolder: vscode.Uri;
  activationMs: number;
  speakersView: SpeakersView;
  workspaceIndex: Pick<WorkspaceIndex, 'whenIdle' | 'summaries' | 'status'>;
}

export function activate(context: vscode.ExtensionContext): NewsLensApi {
  const began = performance.now();
  // CPU time as well as wall time: on a loaded machine the thread waits for a core, and that wait is not ours.
  const cpuBefore = process.cpuUsage();
  mark('activateStart', sessionMarks);
  initLog(context);
  const referenceDates = new ReferenceDates(context);
  const service = new AnalysisService(path.join(context.extensionPath, 'dist', 'analysisWorker.js'), uri => referenceDates.options(uri));
  // Decorations first: they hear of a new result before the status bar and the trees, so nothing delays the paint.
  const decorations = new Decorations(service);
  const active = new ActiveDocument(service);
  const statusBar = new StatusBar(service, active, decorations, referenceDates);
  const speakersTree = new SpeakersTreeProvider(service, active);
  const entitiesTree = new EntitiesTreeProvider(service, active);
  // Registered for every document so "Analyze as News Dump" works in any language mode; they answer only for
  // documents the service analyses.
  const everyDocument: vscode.DocumentSelector = { scheme: '*' };
  const hover = new NewsHoverProvider(service);
  const outline = new NewsOutlineProvider(service);
  const workspaceIndex = new WorkspaceIndex(service.indexChannel, service);
  const speakersView = new SpeakersView(speakersTree, service, active, workspaceIndex);
  const definition = new NewsDefinitionProvider(service);
  const references = new NewsReferenceProvider(service);
  const highlights = new NewsDocumentHighlightProvider(service);
  const folding = new NewsFoldingRangeProvider(service);
  const lenses = new ArticleLensProvider(service);
  const echoHover = new QuoteEchoHoverProvider(service, workspaceIndex);
  const workspaceSymbols = new NewsWorkspaceSymbolProvider(workspaceIndex);

  const activeDocument = (): vscode.TextDocument | undefined => {
    const editor = vscode.window.activeTextEditor;
    return editor && service.isAnalysable(editor.document) ? editor.document : active.document;
  };

  context.subscriptions.push(
    service,
    active,
    decorations,
    statusBar,
    speakersTree,
    entitiesTree,
    workspaceIndex,
    speakersView,
    lenses,
    echoHover,
    vscode.window.createTreeView<SpeakersViewNode>('newsLens.speakers', { treeDataProvider: speakersView, showCollapseAll: true }),
    vscode.window.createTreeView('newsLens.entities', { treeDataProvider: entitiesTree, showCollapseAll: true }),
    vscode.languages.registerHoverProvider(everyDocument, { provideHover: guard('hover', hover.provideHover.bind(hover), undefined) }),
    vscode.languages.registerDocumentSymbolProvider(
      everyDocument,
      { provideDocumentSymbols: guard('outline', outline.provideDocumentSymbols.bind(outline), undefined) },
      { label: 'News Lens' },
    ),

    vscode.languages.registerDefinitionProvider(everyDocument, { provideDefinition: guard('definition', definition.provideDefinition.bind(definition), undefined) }),
    vscode.languages.registerReferenceProvider(everyDocument, { provideReferences: guard('references', references.provideReferences.bind(references), undefined) }),
    // Named languages first: VS Code's own textual highlights are registered for every document too, and a tie in
    // selector score can go its way.
    vscode.languages.registerDocumentHighlightProvider([{ language: 'plaintext' }, { language: 'newsdump' }, everyDocument], { provideDocumentHighlights: guard('highlights', highlights.provideDocumentHighlights.bind(highlights), undefined) }),
    vscode.languages.registerFoldingRangeProvider(everyDocument, { onDidChangeFoldingRanges: folding.onDidChangeFoldingRanges, provideFoldingRanges: guard('folding', folding.provideFoldingRanges.bind(folding), undefined) }),
    vscode.languages.registerCodeLensProvider(everyDocument, { onDidChangeCodeLenses: lenses.onDidChangeCodeLenses, provideCodeLenses: guard('code lenses', lenses.provideCodeLenses.bind(lenses), undefined) }),
    vscode.languages.registerHoverProvider(everyDocument, { provideHover: guard('quote echoes', echoHover.provideHover.bind(echoHover), undefined) }),
    vscode.languages.registerWorkspaceSymbolProvider({ provideWorkspaceSymbols: guard('workspace symbols', workspaceSymbols.provideWorkspaceSymbols.bind(workspaceSymbols), []) }),

    vscode.commands.registerCommand(SHOW_ARTICLE_SPEAKERS, guard('Show Article Speakers', async (uri: unknown, index: unknown) => {
      if (typeof uri !== 'string' || typeof index !== 'number') return false;
      const shown = await speakersView.showArticle(vscode.Uri.parse(uri), index);
      if (shown) await vscode.commands.executeCommand('newsLens.speakers.focus');
      return shown;
    }, false)),
    vscode.commands.registerCommand('newsLens.showAllSpeakers', guard('Show All Speakers', () => speakersView.showAll(), undefined)),
    vscode.commands.registerCommand('newsLens.showWorkspaceSpeakers', guard('Show Workspace Speakers', () => speakersView.setScope('workspace'), undefined)),
    vscode.commands.registerCommand('newsLens.showDocumentSpeakers', guard('Show Document Speakers', () => speakersView.setScope('document'), undefined)),
    vscode.commands.registerCommand('newsLens.extractQuotesFromFolder', guard('Extract Quotes from Folder',
      (folder?: unknown, format?: unknown) => extractQuotesFromFolder(context, service, workspaceIndex, folder, format), undefined)),
    vscode.commands.registerCommand('newsLens.openEcho', guard('Open Echo', async (uri: unknown, line: unknown) => {
      if (typeof uri !== 'string' || typeof line !== 'number') return;
      const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
      const at = new vscode.Position(Math.max(0, line - 1), 0);
      await vscode.window.showTextDocument(document, { selection: new vscode.Range(at, at), preview: false });
    }, undefined)),

    vscode.commands.registerCommand('newsLens.extractQuotes', guard('Extract Quotes', (format?: unknown) => extractQuotes(context, service, active, workspaceIndex, format), undefined)),

    vscode.commands.registerCommand('newsLens.toggleHighlighting', guard('Toggle Highlighting', async () => {
      const config = vscode.workspace.getConfiguration('newsLens');
      const setting = config.inspect<boolean>('highlight.enabled');
      const target = setting?.workspaceFolderValue !== undefined ? vscode.ConfigurationTarget.WorkspaceFolder
        : setting?.workspaceValue !== undefined ? vscode.ConfigurationTarget.Workspace
        : vscode.ConfigurationTarget.Global;
      const enabled = !config.get<boolean>('highlight.enabled', true);
      await config.update('highlight.enabled', enabled, target);
      return enabled;
    }, undefined)),

    vscode.commands.registerCommand('newsLens.setReferenceDate', guard('Set Reference Date', async (date?: unknown) => {
      const document = activeDocument();
      if (!document) {
        void vscode.window.showInformationMessage(vscode.l10n.t('News Lens: open a news dump first.'));
        return undefined;
      }
      const set = await askReferenceDate(referenceDates, document, date);
      if (set !== undefined) {
        service.refresh(document);
        statusBar.update();
      }
      return set;
    }, undefined)),

    vscode.commands.registerCommand('newsLens.analyzeAsNewsDump', guard('Analyze as News Dump', async () => {
      const document = vscode.window.activeTextEditor?.document;
      if (!document) {
        void vscode.window.showInformationMessage(vscode.l10n.t('News Lens: open the document to analyze first.'));
        return false;
      }
      service.force(document);
      active.follow();
      return true;
    }, false)),

    vscode.commands.registerCommand('newsLens.showLog', guard('Show Log', showLog, undefined)),

    vscode.commands.registerCommand('newsLens.revealQuote', guard('Reveal Quote', async (uri: unknown, start: unknown, end: unknown) => {
      if (typeof uri !== 'string' || typeof start !== 'number' || typeof end !== 'number') return;
      const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
      const editor = await vscode.window.showTextDocument(document, { preserveFocus: false, preview: false });
      const range = new vscode.Range(document.positionAt(start), document.positionAt(end));
      editor.selection = new vscode.Selection(range.start, range.end);
      editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }, undefined)),

    vscode.commands.registerCommand('newsLens.copyQuote', guard('Copy Quote', async (node?: SpeakerNode) => {
      if (node?.kind === 'quote') await vscode.env.clipboard.writeText(node.quote.text);
    }, undefined)),

    vscode.commands.registerCommand('newsLens.copyCitation', guard('Copy as Citation', async (node?: SpeakerNode) => {
      if (node?.kind !== 'quote') return;
      const document = vscode.workspace.textDocuments.find(d => d.uri.toString() === node.uri.toString());
      await vscode.env.clipboard.writeText(citation(document, node.quote));
    }, undefined)),
  );

  // VS Code reuses untitled URIs, so a closed untitled document's reference date must not pass to the next one.
  context.subscriptions.push(vscode.workspace.onDidCloseTextDocument(guard('forgetting a reference date', async (closed: vscode.TextDocument) => {
    if (closed.isUntitled && referenceDates.get(closed.uri)) await referenceDates.set(closed.uri, undefined);
  }, undefined)));

  if (context.extensionMode === vscode.ExtensionMode.Test) {
    // For the extension-host tests only (never registered for users): the next document analyzed fails in the worker.
    context.subscriptions.push(vscode.commands.registerCommand('newsLens.test.failNextAnalysis', (fault: WorkerFault) => service.failNextAnalysis(fault)));
    context.subscriptions.push(vscode.commands.registerCommand('newsLens.test.crashIndexWorker', () => service.crashIndexWorker()));
  }

  process.on('unhandledRejection', onUnhandledRejection);
  context.subscriptions.push({ dispose: () => process.off('unhandledRejection', onUnhandledRejection) });

  const activationMs = performance.now() - began;
  const cpu = process.cpuUsage(cpuBefore);
  mark('activateEnd', sessionMarks);
  // Right after `activate` returns (a microtask: before any other event, so a dump whose opening activated News Lens
  // waits for nothing more than before): the worker's start (`new Worker` alone takes milliseconds), the open
  // documents' analyses, the first look at the active editor, the views' context keys and the log's channel.
  queueMicrotask(guard('starting', () => {
    const startBegan = performance.now();
    service.start();
    active.follow();
    statusBar.update();
    speakersView.setScope(speakersView.scope);
    mark('started', sessionMarks);
    const startMs = performance.now() - startBegan;
    logInfo(`activated in ${activationMs.toFixed(1)} ms (CPU ${((cpu.user + cpu.system) / 1000).toFixed(1)} ms); then started the worker and took up the open documents in ${startMs.toFixed(1)} ms`);
  }, undefined));
  return {
    activationMs,
    logFolder: context.logUri,
    analysisFor: async uri => {
      const document = vscode.workspace.textDocuments.find(d => d.uri.toString() === uri.toString());
      return document ? (await service.analysisFor(document))?.analysis : undefined;
    },
    speakersTree,
    entitiesTree,
    speakersView,
    workspaceIndex,
    status: () => statusBar.status(),
    decorated: uri => {
      const drawn = decorations.for(uri);
      if (!drawn) return undefined;
      return Object.fromEntries(CATEGORIES.map(c => [c, drawn.ranges[c].length])) as Record<Category, number>;
    },
    loggedErrors,
  };
}

/** Records unhandled rejections that come from this extension's code (the host reports everyone's). */
function onUnhandledRejection(reason: unknown): void {
  const stack = reason instanceof Error ? reason.stack ?? '' : '';
  if (stack.includes(__dirname)) logError('unhandled rejection', reason);
}
