// Find All References: every mention of the entity under the cursor, its shorter forms included (`Xi`, `Mr. Xi`,
// `President Xi`), and the attributions that name it as a speaker (`she said`).
import vscode = require('vscode');
import { clusterAt, referencesOf } from '../core/navigation';
import type { AnalysisService } from './analysisService';
import { analysisOfCurrentVersion } from './currentAnalysis';

export class NewsReferenceProvider implements vscode.ReferenceProvider {
  constructor(private readonly service: AnalysisService) {}

  async provideReferences(document: vscode.TextDocument, position: vscode.Position, _context: vscode.ReferenceContext, token: vscode.CancellationToken): Promise<vscode.Location[] | undefined> {
    const result = await analysisOfCurrentVersion(this.service, document, token);
    if (!result) return undefined;
    const cluster = clusterAt(result.analysis, document.offsetAt(position));
    if (cluster === undefined) return undefined;
    return referencesOf(result.analysis, cluster).map(r =>
      new vscode.Location(document.uri, new vscode.Range(document.positionAt(r.span.start), document.positionAt(r.span.end))));
  }
}
