// What the Speakers view shows: the active document's speakers (speakersTree.ts), narrowed to one article when its
// lens was clicked, or the whole workspace's speakers (speaker → files → quotes) from the workspace index.
import vscode = require('vscode');
import type { QuoteRecord } from '../core/exportQuotes';
import type { ActiveDocument } from './activeDocument';
import type { AnalysisService } from './analysisService';
import { shortQuote } from './format';
import type { SpeakerNode, SpeakersTreeProvider } from './speakersTree';
import type { WorkspaceIndex } from './workspaceIndex';

export type WorkspaceSpeakerNode =
  | { kind: 'wsSpeaker'; name: string; files: { uri: string; file: string; quotes: QuoteRecord[] }[]; quotes: number }
  | { kind: 'wsFile'; uri: string; file: string; quotes: QuoteRecord[] }
  | { kind: 'wsQuote'; uri: string; quote: QuoteRecord }
  | { kind: 'filter'; text: string };

export type SpeakersViewNode = SpeakerNode | WorkspaceSpeakerNode;

export type SpeakersScope = 'document' | 'workspace';
const SCOPE_CONTEXT = 'newsLens.speakersScope';

export class SpeakersView implements vscode.TreeDataProvider<SpeakersViewNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private scopeNow: SpeakersScope = 'document';
  private article: { uri: string; index: number; start: number; end: number; label: string } | undefined;
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly document: SpeakersTreeProvider,
    private readonly service: AnalysisService,
    private readonly active: ActiveDocument,
    private readonly index: WorkspaceIndex,
  ) {
    this.subscriptions = [
      this.changed,
      document.onDidChangeTreeData(() => {
        if (this.scopeNow === 'document') this.changed.fire();
      }),
      active.onDidChange(d => {
        if (this.article && d?.uri.toString() !== this.article.uri) this.article = undefined;
      }),
      index.onDidChange(() => {
        if (this.scopeNow === 'workspace') this.changed.fire();
      }),
    ];
  }

  get scope(): SpeakersScope {
    return this.scopeNow;
  }

  setScope(scope: SpeakersScope): void {
    this.scopeNow = scope;
    if (scope === 'workspace') this.article = undefined;
    void vscode.commands.executeCommand('setContext', SCOPE_CONTEXT, scope);
    this.changed.fire();
  }

  /** Narrows the view to one article's speakers (the lens above it was clicked). */
  async showArticle(uri: vscode.Uri, index: number): Promise<boolean> {
    const document = vscode.workspace.textDocuments.find(d => d.uri.toString() === uri.toString());
    const result = document && (await this.service.analysisFor(document, undefined, true));
    const article = result?.analysis.articles[index];
    if (!article) return false;
    this.article = { uri: uri.toString(), index, start: article.start, end: article.end, label: article.title ?? `article ${index + 1}` };
    this.setScope('document');
    return true;
  }

  /** Shows every speaker of the document again. */
  showAll(): void {
    this.article = undefined;
    this.changed.fire();
  }

  async getChildren(node?: SpeakersViewNode): Promise<SpeakersViewNode[]> {
    if (this.scopeNow === 'workspace') return this.workspaceChildren(node);
    if (node) return node.kind === 'speaker' || node.kind === 'quote' || node.kind === 'message' ? this.document.getChildren(node) : [];
    const nodes = await this.document.getChildren();
    const article = this.article;
    if (!article || this.active.document?.uri.toString() !== article.uri) return nodes;
    const inArticle = nodes.flatMap(n => {
      if (n.kind !== 'speaker') return [];
      const quotes = n.quotes.filter(q => article.start <= q.start && q.start < article.end);
      return quotes.length > 0 ? [{ ...n, quotes }] : [];
    });
    const filter: SpeakersViewNode = { kind: 'filter', text: `Article ${article.index + 1}: ${article.label}` };
    return [filter, ...(inArticle.length > 0 ? inArticle : [{ kind: 'message' as const, text: 'No quotes in this article' }])];
  }

  private async workspaceChildren(node?: SpeakersViewNode): Promise<SpeakersViewNode[]> {
    if (node?.kind === 'wsSpeaker') return node.files.map(f => ({ kind: 'wsFile', ...f }));
    if (node?.kind === 'wsFile') return node.quotes.map(quote => ({ kind: 'wsQuote', uri: node.uri, quote }));
    if (node) return [];
    const bySpeaker = new Map<string, { uri: string; file: string; quotes: QuoteRecord[] }[]>();
    for (const summary of this.index.summaries()) {
      const byName = new Map<string, QuoteRecord[]>();
      for (const q of summary.quotes) {
        if (!q.speaker) continue;
        const list = byName.get(q.speaker);
        if (list) list.push(q);
        else byName.set(q.speaker, [q]);
      }
      for (const [name, quotes] of byName) {
        const files = bySpeaker.get(name) ?? [];
        files.push({ uri: summary.uri, file: summary.file, quotes });
        bySpeaker.set(name, files);
      }
    }
    const nodes: WorkspaceSpeakerNode[] = [...bySpeaker.entries()].map(([name, files]) => ({
      kind: 'wsSpeaker', name, files: files.sort((a, b) => a.file.localeCompare(b.file)), quotes: files.reduce((n, f) => n + f.quotes.length, 0),
    }));
    nodes.sort((a, b) => (b.kind === 'wsSpeaker' && a.kind === 'wsSpeaker' ? b.files.length - a.files.length || b.quotes - a.quotes || a.name.localeCompare(b.name) : 0));
    if (nodes.length > 0) return nodes;
    const { queued } = this.index.status();
    return [{ kind: 'message', text: queued > 0 ? 'Indexing the workspace…' : 'No quotes in the .txt files of this workspace' }];
  }

  getTreeItem(node: SpeakersViewNode): vscode.TreeItem {
    switch (node.kind) {
      case 'filter': {
        const item = new vscode.TreeItem(node.text);
        item.description = 'click to show all speakers';
        item.iconPath = new vscode.ThemeIcon('filter');
        item.command = { command: 'newsLens.showAllSpeakers', title: 'Show All Speakers' };
        return item;
      }
      case 'wsSpeaker': {
        const item = new vscode.TreeItem(node.name, vscode.TreeItemCollapsibleState.Collapsed);
        const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
        item.description = `${count(node.quotes, 'quote')} · ${count(node.files.length, 'file')}`;
        item.iconPath = new vscode.ThemeIcon('person');
        return item;
      }
      case 'wsFile': {
        const item = new vscode.TreeItem(node.file, vscode.TreeItemCollapsibleState.Collapsed);
        item.description = `${node.quotes.length} ${node.quotes.length === 1 ? 'quote' : 'quotes'}`;
        item.resourceUri = vscode.Uri.parse(node.uri);
        item.iconPath = vscode.ThemeIcon.File;
        return item;
      }
      case 'wsQuote': {
        const item = new vscode.TreeItem(`“${shortQuote(node.quote.quote)}”`);
        item.description = [node.quote.cue, `line ${node.quote.line}`].filter(Boolean).join(' · ');
        item.tooltip = node.quote.quote;
        item.iconPath = new vscode.ThemeIcon('quote');
        item.command = { command: 'newsLens.revealQuote', title: 'Reveal Quote', arguments: [node.uri, node.quote.start, node.quote.end] };
        return item;
      }
      default:
        return this.document.getTreeItem(node);
    }
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }
}
