// The outline (and breadcrumbs, Go to Symbol in Editor): articles by headline in a dump of several, and the turns of
// their speakers with their quotes (outlineTree.ts says why this shape), as VS Code's document symbols.
import vscode = require('vscode');
import type { AnalysisService } from './analysisService';
import { lensTitle } from './codeLens';
import { analysisAfterTypingPause } from './currentAnalysis';
import { shortQuote } from './format';
import { outlineTree, type OutlineNode } from './outlineTree';

export const UNATTRIBUTED = vscode.l10n.t('Unattributed quotes');

export class NewsOutlineProvider implements vscode.DocumentSymbolProvider {
  constructor(private readonly service: AnalysisService) {}

  async provideDocumentSymbols(document: vscode.TextDocument, token: vscode.CancellationToken): Promise<vscode.DocumentSymbol[] | undefined> {
    const result = await analysisAfterTypingPause(this.service, document, token);
    if (!result) return undefined;
    const range = (start: number, end: number) => new vscode.Range(document.positionAt(start), document.positionAt(end));
    const symbol = (node: OutlineNode): vscode.DocumentSymbol => {
      const { name, detail, kind } = describe(node);
      const made = new vscode.DocumentSymbol(name, detail, kind, range(node.start, node.end), range(node.selection.start, node.selection.end));
      if (node.kind !== 'quote') made.children = node.children.map(symbol);
      return made;
    };
    return outlineTree(result.analysis, document.getText()).map(symbol);
  }
}

function describe(node: OutlineNode): { name: string; detail: string; kind: vscode.SymbolKind } {
  switch (node.kind) {
    case 'article':
      return {
        name: node.summary.article.title?.trim() || vscode.l10n.t('Article {0}', node.summary.index + 1),
        detail: lensTitle(node.summary),
        kind: vscode.SymbolKind.File,
      };
    case 'turn':
      return {
        name: node.speaker === null ? UNATTRIBUTED : node.speaker.trim() || vscode.l10n.t('(unnamed speaker)'),
        detail: node.children.length === 1 ? vscode.l10n.t('1 quote') : vscode.l10n.t('{0} quotes', node.children.length),
        kind: node.speaker === null ? vscode.SymbolKind.Array : vscode.SymbolKind.Object,
      };
    case 'quote':
      return {
        name: `“${shortQuote(node.quote.text)}”`,
        detail: [node.quote.cue, node.quote.kind === 'direct' ? undefined : node.quote.kind].filter(Boolean).join(' · '),
        kind: vscode.SymbolKind.String,
      };
  }
}
