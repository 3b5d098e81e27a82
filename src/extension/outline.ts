// The outline (and breadcrumbs, Go to Symbol): speakers with their quotes, then the unattributed quotes; a dump of
// several articles also gets one landmark per article after them, so the speakers stay the first thing one sees.
import * as vscode from 'vscode';
import type { Article, Quote } from '../core/types';
import type { AnalysisService } from './analysisService';
import { dateInWords, shortQuote } from './format';

export const UNATTRIBUTED = 'Unattributed quotes';

export class SpeakerOutlineProvider implements vscode.DocumentSymbolProvider {
  constructor(private readonly service: AnalysisService) {}

  async provideDocumentSymbols(document: vscode.TextDocument, token: vscode.CancellationToken): Promise<vscode.DocumentSymbol[] | undefined> {
    const result = await this.service.analysisFor(document, token);
    if (!result || token.isCancellationRequested || result.version !== document.version) return undefined;
    const analysis = result.analysis;
    const range = (start: number, end: number) => new vscode.Range(document.positionAt(start), document.positionAt(end));
    const symbols = speakerSymbols(analysis.quotes, range);
    if (analysis.articles.length > 1) {
      analysis.articles.forEach((article, i) => {
        const quotes = analysis.quotes.filter(q => article.start <= q.start && q.start < article.end);
        const heading = range(article.start, article.start);
        symbols.push(new vscode.DocumentSymbol(articleName(article, i), articleDetail(article, quotes), vscode.SymbolKind.Namespace,
          range(article.start, article.end), heading));
      });
    }
    return symbols;
  }
}

function articleName(article: Article, index: number): string {
  return article.title?.trim() ? shortQuote(article.title, 80) : `Article ${index + 1}${article.date ? ` (${article.date.slice(0, 10)})` : ''}`;
}

function articleDetail(article: Article, quotes: Quote[]): string {
  const date = article.date ? `${dateInWords(article.date.slice(0, 10))} · ` : '';
  const speakers = [...new Set(quotes.map(q => q.speaker).filter((s): s is string => s !== null))];
  return `${date}${speakers.length ? `${speakers.join(', ')} · ` : ''}${quotes.length} ${quotes.length === 1 ? 'quote' : 'quotes'}`;
}

function speakerSymbols(quotes: Quote[], range: (start: number, end: number) => vscode.Range): vscode.DocumentSymbol[] {
  const bySpeaker = new Map<string | null, Quote[]>();
  for (const q of quotes) {
    const list = bySpeaker.get(q.speaker);
    if (list) list.push(q);
    else bySpeaker.set(q.speaker, [q]);
  }
  const speakers = [...bySpeaker.entries()]
    .filter((e): e is [string, Quote[]] => e[0] !== null)
    .sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
  const group = (name: string, kind: vscode.SymbolKind, list: Quote[]) => {
    const first = list[0];
    const selection = first.speakerSpan ?? first;
    const start = Math.min(first.start, selection.start);
    const end = Math.max(...list.map(q => Math.max(q.end, q.speakerSpan?.end ?? 0)));
    const symbol = new vscode.DocumentSymbol(name, `${list.length} ${list.length === 1 ? 'quote' : 'quotes'}`, kind, range(start, end), range(selection.start, selection.end));
    symbol.children = list.map(q => quoteSymbol(q, range));
    return symbol;
  };
  const symbols = speakers.map(([name, list]) => group(name, vscode.SymbolKind.Object, list));
  const unattributed = bySpeaker.get(null);
  if (unattributed) symbols.push(group(UNATTRIBUTED, vscode.SymbolKind.Array, unattributed));
  return symbols;
}

function quoteSymbol(q: Quote, range: (start: number, end: number) => vscode.Range): vscode.DocumentSymbol {
  const detail = [q.cue, q.kind].filter(Boolean).join(' · ');
  return new vscode.DocumentSymbol(`“${shortQuote(q.text)}”`, detail, vscode.SymbolKind.String, range(q.start, q.end), range(q.start, q.end));
}
