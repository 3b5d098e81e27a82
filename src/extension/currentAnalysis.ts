// For the features VS Code asks for on every edit or cursor move (folding, lenses, highlights): the complete analysis
// of the document's current version if it is already there. Waiting for one would cut short the typing pause
// (newsLens.debounceMs); these features are asked again when the analysis arrives.
import type * as vscode from 'vscode';
import type { AnalysisResult, AnalysisService } from './analysisService';

export function currentAnalysis(service: AnalysisService, document: vscode.TextDocument): AnalysisResult | undefined {
  if (!service.isAnalysable(document)) return undefined;
  const result = service.latest(document.uri);
  return result && !result.partial && result.version === document.version ? result : undefined;
}
