// Go to Definition: on a name, the first mention of its entity written in full (`Mr. Xi` → `Xi Jinping`); on a
// relative date, the dateline or tweet signature it was resolved against.
import vscode = require('vscode');
import { blockAt, clusterAt, dateAt, definitionOf } from '../core/navigation';
import type { AnalysisService } from './analysisService';
import { analysisOfCurrentVersion } from './currentAnalysis';

export class NewsDefinitionProvider implements vscode.DefinitionProvider {
  constructor(private readonly service: AnalysisService) {}

  async provideDefinition(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<vscode.Location | undefined> {
    const result = await analysisOfCurrentVersion(this.service, document, token);
    if (!result) return undefined;
    const analysis = result.analysis;
    const offset = document.offsetAt(position);
    const range = (start: number, end: number) => new vscode.Range(document.positionAt(start), document.positionAt(end));
    const cluster = clusterAt(analysis, offset);
    if (cluster !== undefined) {
      const definition = definitionOf(analysis, cluster);
      return definition ? new vscode.Location(document.uri, range(definition.start, definition.end)) : undefined;
    }
    // A relative date leads to what it was resolved against: the date it counts from, or the whole dateline, byline,
    // tweet signature or caption whose date anchored it.
    const anchor = dateAt(analysis, offset)?.anchor;
    if (!anchor?.span) return undefined;
    const block = anchor.kind === 'previous' ? undefined : blockAt(analysis, anchor.span.start);
    return new vscode.Location(document.uri, block ? range(block.start, block.end) : range(anchor.span.start, anchor.span.end));
  }
}
