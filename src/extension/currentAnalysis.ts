// The analysis the editor features read: always of the document's current version. For the features VS Code asks for
// on every edit or cursor move (folding, lenses, highlights), never one forced while the user types — that would cut
// the typing pause (newsLens.debounceMs) short; these features are asked again when the analysis arrives.
import type * as vscode from 'vscode';
import type { AnalysisResult, AnalysisService } from './analysisService';

export async function analysisUnlessTyping(service: AnalysisService, document: vscode.TextDocument, token: vscode.CancellationToken): Promise<AnalysisResult | undefined> {
  if (!service.isAnalysable(document)) return undefined;
  const latest = service.latest(document.uri);
  if (latest && !latest.partial && latest.version === document.version) return latest;
  // Typing: the text moved on from the last analysis and the pause has not come yet.
  const state = service.state(document.uri);
  if (latest && latest.version !== document.version && state?.kind === 'pending' && state.phase === 'waiting') return undefined;
  return analysisOfCurrentVersion(service, document, token);
}

/** The complete analysis of the document as it is now, or undefined if the request was cancelled or the text moved on
 * while it ran (its offsets would land in the wrong places). */
export async function analysisOfCurrentVersion(service: AnalysisService, document: vscode.TextDocument, token: vscode.CancellationToken): Promise<AnalysisResult | undefined> {
  const result = await service.analysisFor(document, token);
  return result && !token.isCancellationRequested && result.version === document.version ? result : undefined;
}

/** Like analysisOfCurrentVersion, but while the user types it waits for the typing pause rather than forcing an
 * analysis: for the outline, which VS Code asks for on every edit to draw the breadcrumbs. */
export async function analysisAfterTypingPause(service: AnalysisService, document: vscode.TextDocument, token: vscode.CancellationToken): Promise<AnalysisResult | undefined> {
  const result = await service.analysisFor(document, token, true);
  return result && !token.isCancellationRequested && result.version === document.version ? result : undefined;
}
