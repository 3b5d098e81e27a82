// Highlights on a name: every mention of its entity, full forms included (Read), and the attributions of the
// entity's quotes (Write: where it speaks).
import vscode = require('vscode');
import { clusterAt, referencesOf } from '../core/navigation';
import type { AnalysisService } from './analysisService';
import { analysisUnlessTyping } from './currentAnalysis';

export class NewsDocumentHighlightProvider implements vscode.DocumentHighlightProvider {
  constructor(private readonly service: AnalysisService) {}

  async provideDocumentHighlights(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<vscode.DocumentHighlight[] | undefined> {
    // Asked on every cursor move, typing included.
    const result = await analysisUnlessTyping(this.service, document, token);
    if (!result) return undefined;
    const cluster = clusterAt(result.analysis, document.offsetAt(position));
    if (cluster === undefined) return undefined;
    return referencesOf(result.analysis, cluster).map(r => new vscode.DocumentHighlight(
      new vscode.Range(document.positionAt(r.span.start), document.positionAt(r.span.end)),
      r.speaker ? vscode.DocumentHighlightKind.Write : vscode.DocumentHighlightKind.Read,
    ));
  }
}
