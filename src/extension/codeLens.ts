// A lens above each article of a dump: its date, how many quotes and speakers ("16 May 2024 · 9 quotes · 5 speakers");
// clicking it shows the article's speakers in the Speakers view. `newsLens.codeLens.enabled` turns the lenses off.
import vscode = require('vscode');
import { describeDate } from '../core/calendar';
import { articleSummaries, type ArticleSummary } from '../core/navigation';
import type { AnalysisService } from './analysisService';
import { analysisUnlessTyping } from './currentAnalysis';

export const SHOW_ARTICLE_SPEAKERS = 'newsLens.showArticleSpeakers';

export class ArticleLensProvider implements vscode.CodeLensProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly service: AnalysisService) {
    this.subscriptions = [
      this.changed,
      service.onDidSettle(() => this.changed.fire()),
      vscode.workspace.onDidChangeConfiguration(e => {
        if (e.affectsConfiguration('newsLens.codeLens.enabled')) this.changed.fire();
      }),
    ];
  }

  async provideCodeLenses(document: vscode.TextDocument, token: vscode.CancellationToken): Promise<vscode.CodeLens[] | undefined> {
    if (!vscode.workspace.getConfiguration('newsLens', document).get<boolean>('codeLens.enabled', true)) return undefined;
    const result = await analysisUnlessTyping(this.service, document, token);
    if (!result) return undefined;
    return articleSummaries(result.analysis).map(summary => {
      const line = document.positionAt(summary.article.start).line;
      return new vscode.CodeLens(new vscode.Range(line, 0, line, 0), {
        title: lensTitle(summary),
        tooltip: `Show the speakers of ${summary.article.title ? `“${summary.article.title}”` : `article ${summary.index + 1}`} in the Speakers view`,
        command: SHOW_ARTICLE_SPEAKERS,
        arguments: [document.uri.toString(), summary.index],
      });
    });
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }
}

/** "16 May 2024 · 9 quotes · 5 speakers" (the weekday left to the hover). */
export function lensTitle(summary: ArticleSummary): string {
  const date = summary.article.date ? describeDate(summary.article.date.slice(0, 10)).replace(/^[A-Za-z]+, /, '') : 'no date';
  const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return [date, count(summary.quotes.length, 'quote'), count(summary.speakers.length, 'speaker')].join(' · ');
}
