// "Extract Quotes": every quote of the dump as a Markdown table, JSON or CSV, with where else each quote appears (in
// another article of the dump or another dump of the workspace), opened as a new untitled document beside the dump —
// never written to a file by News Lens.
import * as path from 'node:path';
import vscode = require('vscode');
import { formatQuotes, quoteRecords, QUOTE_FORMATS, type QuoteFormat } from '../core/exportQuotes';
import type { ActiveDocument } from './activeDocument';
import type { AnalysisService } from './analysisService';
import type { EchoRef } from './indexProtocol';
import type { WorkspaceIndex } from './workspaceIndex';

const LAST_FORMAT_KEY = 'newsLens.lastQuoteFormat';

const CHOICES: Record<QuoteFormat, { label: string; detail: string }> = {
  md: { label: vscode.l10n.t('Markdown table'), detail: vscode.l10n.t('A table to read or paste into notes') },
  json: { label: 'JSON', detail: vscode.l10n.t('One record per quote, for scripts') },
  csv: { label: 'CSV', detail: vscode.l10n.t('For spreadsheets') },
};

export async function extractQuotes(
  context: vscode.ExtensionContext,
  service: AnalysisService,
  active: ActiveDocument,
  index: WorkspaceIndex,
  format?: unknown,
): Promise<vscode.TextDocument | undefined> {
  const editor = vscode.window.activeTextEditor;
  const document = editor && service.isAnalysable(editor.document) ? editor.document : active.document;
  if (!document) {
    void vscode.window.showInformationMessage(vscode.l10n.t('News Lens: open a news dump first (or run "Analyze as News Dump" on the document).'));
    return undefined;
  }
  const chosen = isFormat(format) ? format : await pickFormat(context);
  if (!chosen) return undefined;
  await context.globalState.update(LAST_FORMAT_KEY, chosen);

  const found = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Window, title: vscode.l10n.t('News Lens: analyzing for Extract Quotes') },
    async progress => {
      const result = await service.analysisFor(document);
      if (!result) return undefined;
      // The "also in" column looks in every dump of the workspace: wait for the index to have read them all.
      if (index.status().queued > 0) progress.report({ message: vscode.l10n.t('waiting for the workspace index') });
      await index.whenIdle();
      return { result, echoes: await index.echoesOf(document, result.analysis) };
    },
  );
  if (!found) {
    void vscode.window.showWarningMessage(vscode.l10n.t('News Lens: this document is not analyzed (see the status bar), so there are no quotes to extract.'));
    return undefined;
  }
  const records = quoteRecords(document.getText(), found.result.analysis).map((r, i) => ({ ...r, alsoIn: (found.echoes[i] ?? []).map(echoPlace) }));
  const content = formatQuotes(records, chosen);
  const beside = vscode.window.visibleTextEditors.some(e => e.document === document);
  return showQuotes(service, path.basename(document.uri.path), content, chosen, beside);
}

/** Where an echo is, as the "also in" column gives it: `nav/bridge-week.txt:17`. */
export function echoPlace(echo: EchoRef): string {
  return `${echo.file}:${echo.line}`;
}

/** Opens `content` as a new untitled document named after `source`, in the format's language mode. */
export async function showQuotes(service: AnalysisService, source: string, content: string, chosen: QuoteFormat, beside: boolean): Promise<vscode.TextDocument> {
  // Opened with `vscode.open`: a document from `openTextDocument` would get a tab of its own in the dump's group too.
  const uri = untitledFor(source, chosen);
  service.markOwn(uri);
  await vscode.commands.executeCommand('vscode.open', uri, { viewColumn: beside ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active, preview: false });
  const shown = vscode.window.visibleTextEditors.find(e => e.document.uri.toString() === uri.toString());
  if (!shown) throw new Error(`could not open ${uri.toString(true)}`);
  const output = shown.document;
  // CSV lines end in CRLF (RFC 4180): the document's line ending must say so or VS Code would convert them.
  const filled = await shown.edit(builder => {
    builder.setEndOfLine(content.includes('\r\n') ? vscode.EndOfLine.CRLF : vscode.EndOfLine.LF);
    builder.insert(new vscode.Position(0, 0), content);
  });
  if (!filled) throw new Error(`could not fill ${output.uri.toString(true)}`);
  shown.selection = new vscode.Selection(0, 0, 0, 0);
  shown.revealRange(new vscode.Range(0, 0, 0, 0));
  const language = chosen === 'md' ? 'markdown' : chosen === 'json' ? 'json' : await csvLanguage();
  return output.languageId === language ? output : vscode.languages.setTextDocumentLanguage(output, language);
}

/**
 * A new untitled document named after the dump (`riverside-quotes.md`), so saving proposes a sensible name; a name
 * without a folder, so nothing is written until the user picks where.
 */
function untitledFor(source: string, format: QuoteFormat): vscode.Uri {
  const base = source.replace(/(\.news)?\.txt$/i, '').replace(/[^\w.-]+/g, '-') || 'news-dump';
  const open = new Set(vscode.workspace.textDocuments.map(d => d.uri.toString()));
  for (let n = 1; ; n++) {
    const uri = vscode.Uri.from({ scheme: 'untitled', path: `${base}-quotes${n > 1 ? `-${n}` : ''}.${format}` });
    if (!open.has(uri.toString())) return uri;
  }
}

export function isFormat(value: unknown): value is QuoteFormat {
  return typeof value === 'string' && (QUOTE_FORMATS as readonly string[]).includes(value);
}

export async function pickFormat(context: vscode.ExtensionContext): Promise<QuoteFormat | undefined> {
  const last = context.globalState.get<string>(LAST_FORMAT_KEY);
  const order = isFormat(last) ? [last, ...QUOTE_FORMATS.filter(f => f !== last)] : [...QUOTE_FORMATS];
  const items = order.map(format => ({ ...CHOICES[format], format, description: format === last ? vscode.l10n.t('last used') : undefined }));
  const picked = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('News Lens: Extract Quotes'), placeHolder: vscode.l10n.t('Format of the quote list') });
  return picked?.format;
}

/** CSV opens in the `csv` language mode when an installed extension provides one, else as plain text. */
async function csvLanguage(): Promise<string> {
  return (await vscode.languages.getLanguages()).includes('csv') ? 'csv' : 'plaintext';
}

/** "Copy as Citation": the quote, who said it, and where it stands in the dump. */
export function citation(document: vscode.TextDocument | undefined, quote: { text: string; speaker: string | null; cue: string | null; start: number }): string {
  const where = document ? `${path.basename(document.uri.path) || document.uri.toString(true)}, line ${document.positionAt(quote.start).line + 1}` : '';
  const who = quote.speaker ? ` — ${quote.speaker}${quote.cue ? ` (${quote.cue})` : ''}` : ' — unattributed';
  return `${quote.text}${who}${where ? ` [${where}]` : ''}`;
}
