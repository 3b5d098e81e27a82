// Go to Definition: on a name, the first mention of its entity written in full (`Mr. Xi` → `Xi Jinping`); on a
// relative date, the dateline or tweet signature it was resolved against.
import * as vscode from 'vscode';
import { blockAt, clusterAt, dateAt, definitionOf } from '../core/navigation';
import type { AnalysisService } from './analysisService';

export class NewsDefinitionProvider implements vscode.DefinitionProvider {
  constructor(private readonly service: AnalysisService) {}

  async provideDefinition(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<vscode.Location | undefined> {
    const result = await this.service.analysisFor(document, token);
    if (!result || token.isCancellationRequested || result.version !== document.version) return undefined;
    const analysis = result.analysis;
    const offset = document.offsetAt(position);
    const range = (start: number, end: number) => new vscode.Range(document.positionAt(start), document.positionAt(end));
    const cluster = clusterAt(analysis, offset);
    if (cluster !== undefined) {
      const definition = definitionOf(analysis, cluster);
      return definition ? new vscode.Location(document.uri, range(definition.start, definition.end)) : undefined;
    }
    const anchorOffset = dateAt(analysis, offset)?.anchor?.offset;
    if (anchorOffset === undefined) return undefined;
    const block = blockAt(analysis, anchorOffset);
    return new vscode.Location(document.uri, block ? range(block.start, block.end) : range(anchorOffset, anchorOffset));
  }
}
