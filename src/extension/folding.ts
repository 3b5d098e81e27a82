// Folding: each article of a dump, and each quote that runs over several paragraphs.
import vscode = require('vscode');
import type { AnalysisService } from './analysisService';
import { analysisUnlessTyping } from './currentAnalysis';

export class NewsFoldingRangeProvider implements vscode.FoldingRangeProvider {
  /** VS Code asks again when a complete analysis arrives. */
  readonly onDidChangeFoldingRanges: vscode.Event<void>;

  constructor(private readonly service: AnalysisService) {
    this.onDidChangeFoldingRanges = listener => service.onDidSettle(() => listener());
  }

  async provideFoldingRanges(document: vscode.TextDocument, _context: vscode.FoldingContext, token: vscode.CancellationToken): Promise<vscode.FoldingRange[] | undefined> {
    const result = await analysisUnlessTyping(this.service, document, token);
    if (!result) return undefined;
    const ranges: vscode.FoldingRange[] = [];
    const lines = (start: number, end: number) => {
      const first = document.positionAt(start).line;
      // An article's range ends after its last line break; fold up to the last line with text.
      const endPos = document.positionAt(end);
      const last = endPos.character === 0 && endPos.line > first ? endPos.line - 1 : endPos.line;
      return [first, last] as const;
    };
    for (const article of result.analysis.articles) {
      const [first, last] = lines(article.start, article.end);
      if (last > first) ranges.push(new vscode.FoldingRange(first, last, vscode.FoldingRangeKind.Region));
    }
    for (const quote of result.analysis.quotes) {
      const [first, last] = lines(quote.start, quote.end);
      if (last > first) ranges.push(new vscode.FoldingRange(first, last));
    }
    return ranges;
  }
}
