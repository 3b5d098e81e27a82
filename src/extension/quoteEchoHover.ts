// The hover on a quote says where else it appears — another article of the dump, another file of the workspace — word
// for word or nearly, and shows the difference with the closest one.
import vscode = require('vscode');
import { wordDiff } from '../core/quoteEchoes';
import type { EchoRef } from './indexProtocol';
import type { AnalysisService } from './analysisService';
import { escape } from './hover';
import type { WorkspaceIndex } from './workspaceIndex';
import { analysisOfCurrentVersion } from './currentAnalysis';

const LISTED = 5;

export class QuoteEchoHoverProvider implements vscode.HoverProvider, vscode.Disposable {
  /** Echoes of the quotes of one document version (hovers come in bursts over the same document). */
  private cache: { uri: string; version: number; echoes: Promise<EchoRef[][]> } | undefined;

  private readonly subscription: vscode.Disposable;

  constructor(private readonly service: AnalysisService, private readonly index: WorkspaceIndex) {
    this.subscription = index.onDidChange(() => (this.cache = undefined));
  }

  dispose(): void {
    this.subscription.dispose();
  }

  async provideHover(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<vscode.Hover | undefined> {
    const result = await analysisOfCurrentVersion(this.service, document, token);
    if (!result) return undefined;
    const offset = document.offsetAt(position);
    const quotes = result.analysis.quotes;
    const at = quotes.findIndex(q => q.start <= offset && offset < q.end);
    if (at < 0) return undefined;
    if (this.cache?.uri !== document.uri.toString() || this.cache.version !== document.version) {
      this.cache = { uri: document.uri.toString(), version: document.version, echoes: this.index.echoesOf(document, result.analysis) };
    }
    const echoes = (await this.cache.echoes)[at] ?? [];
    if (echoes.length === 0 || token.isCancellationRequested) return undefined;
    const quote = quotes[at];
    const here = document.uri.toString();
    const where = (e: EchoRef) => {
      const link = `command:newsLens.openEcho?${encodeURIComponent(JSON.stringify([e.uri, e.line]))}`;
      const place = e.uri === here ? `line ${e.line} of this dump` : `${escape(e.file)}, line ${e.line}`;
      return `[${place}](${link}) — ${e.exact ? 'word for word' : 'nearly'}${e.speaker ? `, ${escape(e.speaker)}` : ''}`;
    };
    const lines = [`**Also appears in** ${echoes.length} ${echoes.length === 1 ? 'place' : 'places'}:`];
    lines.push(echoes.slice(0, LISTED).map(e => `- ${where(e)}`).join('\n'));
    if (echoes.length > LISTED) lines.push(`…and ${echoes.length - LISTED} more`);
    const closest = echoes.find(e => !e.exact);
    const diff = closest && wordDiff(quote.text, closest.quote);
    if (closest && diff) {
      const shown = diff.map(p => (p.op === 'same' ? escape(p.text) : p.op === 'removed' ? `~~${escape(p.text)}~~` : `**${escape(p.text)}**`)).join(' ');
      lines.push(`Difference with ${escape(closest.file)} line ${closest.line} (~~here only~~, **there only**):\n\n${shown}`);
    }
    const markdown = new vscode.MarkdownString(lines.join('\n\n'));
    markdown.isTrusted = { enabledCommands: ['newsLens.openEcho'] };
    return new vscode.Hover(markdown, new vscode.Range(document.positionAt(quote.start), document.positionAt(quote.end)));
  }
}
