// The outline (and breadcrumbs, Go to Symbol in Editor). In a dump of several articles each article is a top-level
// symbol spanning the whole article, named by its headline, so the breadcrumb bar says which article the cursor is in;
// a single article is the file itself and gets no level of its own. Inside, the quotes in the order of the text,
// grouped into turns: the quotes a speaker says one after the other. A turn spans its quotes and nothing of another
// speaker, so the symbol containing the cursor is always the speaker who is talking there (VS Code takes the first
// symbol whose range contains the cursor; a speaker spanning all of their quotes would also contain the others').
import * as vscode from 'vscode';
import { articleSummaries, type ArticleSummary } from '../core/navigation';
import type { Analysis, Quote, Span } from '../core/types';
import type { AnalysisService } from './analysisService';
import { lensTitle } from './codeLens';
import { shortQuote, speakerKey } from './format';
import { analysisOfCurrentVersion } from './currentAnalysis';

export const UNATTRIBUTED = vscode.l10n.t('Unattributed quotes');

type RangeOf = (start: number, end: number) => vscode.Range;

export class NewsOutlineProvider implements vscode.DocumentSymbolProvider {
  constructor(private readonly service: AnalysisService) {}

  async provideDocumentSymbols(document: vscode.TextDocument, token: vscode.CancellationToken): Promise<vscode.DocumentSymbol[] | undefined> {
    const result = await analysisOfCurrentVersion(this.service, document, token);
    if (!result) return undefined;
    const text = document.getText();
    return outlineSymbols(result.analysis, text, (start, end) => new vscode.Range(document.positionAt(start), document.positionAt(end)));
  }
}

function outlineSymbols(analysis: Analysis, text: string, range: RangeOf): vscode.DocumentSymbol[] {
  const summaries = articleSummaries(analysis);
  if (summaries.length < 2) return turnSymbols(analysis.quotes, { start: 0, end: text.length }, range);
  const inArticle = new Set<Quote>();
  for (const s of summaries) for (const q of s.quotes) inArticle.add(q);
  const symbols = summaries.map(s => articleSymbol(s, text, range));
  // Quotes before the first article (or between articles) stay at the top level, where they stand in the text.
  const outside = analysis.quotes.filter(q => !inArticle.has(q));
  for (const turn of turnSymbols(outside, { start: 0, end: text.length }, range)) symbols.push(turn);
  return symbols.sort((a, b) => a.range.start.compareTo(b.range.start));
}

/** The article from its first to its last character, selected on its first line (the headline, usually). */
function articleSymbol(summary: ArticleSummary, text: string, range: RangeOf): vscode.DocumentSymbol {
  const { article } = summary;
  const lineEnd = text.indexOf('\n', article.start);
  const firstLineEnd = Math.min(article.end, lineEnd < 0 ? text.length : lineEnd);
  const name = article.title?.trim() || vscode.l10n.t('Article {0}', summary.index + 1);
  const symbol = new vscode.DocumentSymbol(name, lensTitle(summary), vscode.SymbolKind.File, range(article.start, article.end), range(article.start, firstLineEnd));
  symbol.children = turnSymbols(summary.quotes, article, range);
  return symbol;
}

/** Consecutive quotes of the same speaker (or consecutive unattributed quotes), in text order. */
function turnsOf(quotes: readonly Quote[]): Quote[][] {
  const turns: Quote[][] = [];
  for (const q of quotes) {
    const last = turns[turns.length - 1];
    if (last && speakerKey(last[0]) === speakerKey(q)) last.push(q);
    else turns.push([q]);
  }
  return turns;
}

/**
 * A symbol per turn, spanning its quotes and their attributions (`said Mayor Jonas Whitfield`) but never reaching into
 * the neighbouring turns' quotes or out of `container`.
 */
function turnSymbols(quotes: readonly Quote[], container: Span, range: RangeOf): vscode.DocumentSymbol[] {
  const turns = turnsOf(quotes);
  let previousEnd = container.start;
  return turns.map((turn, i) => {
    const first = turn[0];
    const last = turn[turn.length - 1];
    let start = first.start;
    let end = last.end;
    for (const q of turn) {
      if (q.speakerSpan) {
        start = Math.min(start, q.speakerSpan.start);
        end = Math.max(end, q.speakerSpan.end);
      }
    }
    start = Math.max(start, previousEnd);
    end = Math.min(end, i + 1 < turns.length ? turns[i + 1][0].start : container.end);
    previousEnd = end;
    const named = first.speakerSpan && first.speakerSpan.start >= start && first.speakerSpan.end <= end ? first.speakerSpan : first;
    const name = first.speaker === null ? UNATTRIBUTED : first.speaker.trim() || vscode.l10n.t('(unnamed speaker)');
    const kind = first.speaker === null ? vscode.SymbolKind.Array : vscode.SymbolKind.Object;
    const detail = turn.length === 1 ? vscode.l10n.t('1 quote') : vscode.l10n.t('{0} quotes', turn.length);
    // The selection must lie in the range (VS Code refuses the symbol otherwise), even for a quote cut by its article's end.
    const symbol = new vscode.DocumentSymbol(name, detail, kind, range(start, end), range(named.start, Math.min(named.end, end)));
    symbol.children = turn.map(q => quoteSymbol(q, range));
    return symbol;
  });
}

function quoteSymbol(q: Quote, range: RangeOf): vscode.DocumentSymbol {
  const detail = [q.cue, q.kind === 'direct' ? undefined : q.kind].filter(Boolean).join(' · ');
  return new vscode.DocumentSymbol(`“${shortQuote(q.text)}”`, detail, vscode.SymbolKind.String, range(q.start, q.end), range(q.start, q.end));
}
