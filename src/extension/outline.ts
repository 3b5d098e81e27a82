// The outline (and breadcrumbs, Go to Symbol): speakers with their quotes, then the unattributed quotes. Speakers
// stay at the top level even in a dump of several articles, so they are visible at a glance (VS Code's Outline
// sorts by position, so article groups would push them a level down); each quote names its article instead.
import * as vscode from 'vscode';
import type { Analysis, Quote } from '../core/types';
import type { AnalysisService } from './analysisService';
import { shortQuote, speakerKey } from './format';
import { analysisOfCurrentVersion } from './currentAnalysis';

export const UNATTRIBUTED = vscode.l10n.t('Unattributed quotes');

export class SpeakerOutlineProvider implements vscode.DocumentSymbolProvider {
  constructor(private readonly service: AnalysisService) {}

  async provideDocumentSymbols(document: vscode.TextDocument, token: vscode.CancellationToken): Promise<vscode.DocumentSymbol[] | undefined> {
    const result = await analysisOfCurrentVersion(this.service, document, token);
    if (!result) return undefined;
    const range = (start: number, end: number) => new vscode.Range(document.positionAt(start), document.positionAt(end));
    return speakerSymbols(result.analysis, range);
  }
}

/** "article 2" for a quote in a dump of several articles; undefined otherwise. */
function articleOf(analysis: Analysis, quote: Quote): string | undefined {
  if (analysis.articles.length < 2) return undefined;
  const index = analysis.articles.findIndex(a => a.start <= quote.start && quote.start < a.end);
  if (index < 0) return undefined;
  return vscode.l10n.t('article {0}', index + 1);
}

function speakerSymbols(analysis: Analysis, range: (start: number, end: number) => vscode.Range): vscode.DocumentSymbol[] {
  const bySpeaker = new Map<number | string | null, Quote[]>();
  for (const q of analysis.quotes) {
    const key = speakerKey(q);
    const list = bySpeaker.get(key);
    if (list) list.push(q);
    else bySpeaker.set(key, [q]);
  }
  const speakers = [...bySpeaker.entries()]
    .filter(e => e[0] !== null)
    .map(([, list]): [string, Quote[]] => [list[0].speaker!, list])
    .sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
  const group = (name: string, kind: vscode.SymbolKind, list: Quote[]) => {
    const first = list[0];
    const selection = first.speakerSpan ?? first;
    const start = Math.min(first.start, selection.start);
    let end = 0;
    for (const q of list) end = Math.max(end, q.end, q.speakerSpan?.end ?? 0);
    const symbol = new vscode.DocumentSymbol(name, list.length === 1 ? vscode.l10n.t('1 quote') : vscode.l10n.t('{0} quotes', list.length), kind, range(start, end), range(selection.start, selection.end));
    symbol.children = list.map(q => quoteSymbol(q, articleOf(analysis, q), range));
    return symbol;
  };
  const symbols = speakers.map(([name, list]) => group(name.trim() || vscode.l10n.t('(unnamed speaker)'), vscode.SymbolKind.Object, list));
  const unattributed = bySpeaker.get(null);
  if (unattributed) symbols.push(group(UNATTRIBUTED, vscode.SymbolKind.Array, unattributed));
  return symbols;
}

function quoteSymbol(q: Quote, article: string | undefined, range: (start: number, end: number) => vscode.Range): vscode.DocumentSymbol {
  const detail = [q.cue, q.kind === 'direct' ? undefined : q.kind, article].filter(Boolean).join(' · ');
  return new vscode.DocumentSymbol(`“${shortQuote(q.text)}”`, detail, vscode.SymbolKind.String, range(q.start, q.end), range(q.start, q.end));
}
