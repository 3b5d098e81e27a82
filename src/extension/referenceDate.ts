// "Set Reference Date…": the date relative expressions ("on Thursday") resolve against in a dump without datelines,
// kept per document for the session and in the workspace state.
import vscode = require('vscode');
import type { AnalyzeOptions } from '../core/types';

const STATE_KEY = 'newsLens.referenceDates';

export class ReferenceDates {
  private readonly dates: Map<string, string>;

  constructor(private readonly context: vscode.ExtensionContext) {
    this.dates = new Map(Object.entries(context.workspaceState.get<Record<string, string>>(STATE_KEY, {})));
  }

  get(uri: vscode.Uri): string | undefined {
    return this.dates.get(uri.toString());
  }

  options(uri: vscode.Uri): AnalyzeOptions {
    const referenceDate = this.get(uri);
    return referenceDate ? { referenceDate } : {};
  }

  async set(uri: vscode.Uri, date: string | undefined): Promise<void> {
    if (date) this.dates.set(uri.toString(), date);
    else this.dates.delete(uri.toString());
    await this.context.workspaceState.update(STATE_KEY, Object.fromEntries(this.dates));
  }
}

/** A real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

/** Asks for the date (unless given), stores it; returns the date set, '' when cleared, undefined when cancelled. */
export async function askReferenceDate(dates: ReferenceDates, document: vscode.TextDocument, given?: unknown): Promise<string | undefined> {
  let value: string | undefined;
  if (typeof given === 'string' && (given === '' || isIsoDate(given))) value = given;
  else {
    value = await vscode.window.showInputBox({
      title: vscode.l10n.t('News Lens: Set Reference Date'),
      prompt: vscode.l10n.t('Relative dates ("on Thursday", "last week") in this document resolve against this date when no dateline precedes them. Leave empty to clear.'),
      placeHolder: 'YYYY-MM-DD',
      value: dates.get(document.uri) ?? new Date().toISOString().slice(0, 10),
      validateInput: v => (v.trim() === '' || isIsoDate(v.trim()) ? undefined : vscode.l10n.t('A date written YYYY-MM-DD, e.g. 2024-05-16')),
    });
    value = value?.trim();
  }
  if (value === undefined) return undefined;
  await dates.set(document.uri, value || undefined);
  return value;
}
