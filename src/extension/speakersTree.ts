// The "Speakers" view: each speaker with their quotes (click to reveal), then the unattributed quotes.
import vscode = require('vscode');
import type { Quote } from '../core/types';
import type { ActiveDocument } from './activeDocument';
import type { AnalysisService } from './analysisService';
import { quotesBy, shortQuote } from './format';

export type SpeakerNode =
  | { kind: 'speaker'; name: string; unattributed: boolean; quotes: Quote[]; uri: vscode.Uri }
  | { kind: 'quote'; quote: Quote; uri: vscode.Uri; line: number }
  | { kind: 'message'; text: string };

export class SpeakersTreeProvider implements vscode.TreeDataProvider<SpeakerNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly service: AnalysisService, private readonly active: ActiveDocument) {
    this.subscription = active.onDidChange(() => this.changed.fire());
  }

  async getChildren(node?: SpeakerNode): Promise<SpeakerNode[]> {
    if (node) {
      if (node.kind !== 'speaker') return [];
      const document = vscode.workspace.textDocuments.find(d => d.uri.toString() === node.uri.toString());
      return node.quotes.map(quote => ({ kind: 'quote', quote, uri: node.uri, line: document ? document.positionAt(quote.start).line + 1 : 0 }));
    }
    const document = this.active.document;
    if (!document) return [];
    const result = await this.service.analysisFor(document, undefined, true);
    if (!result) return [{ kind: 'message', text: vscode.l10n.t('Not analyzed — see the status bar') }];
    const { quotes, speakers } = result.analysis;
    const nodes: SpeakerNode[] = speakers.map(s => ({
      kind: 'speaker', name: s.name, unattributed: false, quotes: quotesBy(result.analysis, s), uri: document.uri,
    }));
    const unattributed = quotes.filter(q => q.speaker === null);
    if (unattributed.length > 0) nodes.push({ kind: 'speaker', name: vscode.l10n.t('Unattributed'), unattributed: true, quotes: unattributed, uri: document.uri });
    return nodes.length > 0 ? nodes : [{ kind: 'message', text: vscode.l10n.t('No quotes found in this document') }];
  }

  getTreeItem(node: SpeakerNode): vscode.TreeItem {
    switch (node.kind) {
      case 'message':
        return new vscode.TreeItem(node.text);
      case 'speaker': {
        const item = new vscode.TreeItem(node.name, vscode.TreeItemCollapsibleState.Collapsed);
        item.description = node.quotes.length === 1 ? vscode.l10n.t('1 quote') : vscode.l10n.t('{0} quotes', node.quotes.length);
        item.iconPath = new vscode.ThemeIcon(node.unattributed ? 'question' : 'person');
        item.contextValue = 'newsLens.speaker';
        return item;
      }
      case 'quote': {
        const item = new vscode.TreeItem(`“${shortQuote(node.quote.text)}”`);
        item.description = [node.quote.cue, vscode.l10n.t('line {0}', node.line)].filter(Boolean).join(' · ');
        item.tooltip = node.quote.text;
        item.iconPath = new vscode.ThemeIcon('quote');
        item.contextValue = 'newsLens.quote';
        item.command = { command: 'newsLens.revealQuote', title: vscode.l10n.t('Reveal Quote'), arguments: [node.uri.toString(), node.quote.start, node.quote.end] };
        return item;
      }
    }
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
