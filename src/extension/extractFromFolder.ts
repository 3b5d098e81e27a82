// "Extract Quotes from Folder…": the quotes of every indexed dump in a workspace folder (or a folder under it) as one
// table with a file column and an "also in" column (where else each quote appears), opened as an untitled document.
import * as path from 'node:path';
import vscode = require('vscode');
import { formatQuotes, type QuoteFormat, type QuoteRecord } from '../core/exportQuotes';
import type { AnalysisService } from './analysisService';
import { echoPlace, isFormat, pickFormat, showQuotes } from './extractQuotes';
import type { WorkspaceIndex } from './workspaceIndex';

export async function extractQuotesFromFolder(
  context: vscode.ExtensionContext,
  service: AnalysisService,
  index: WorkspaceIndex,
  folderArg?: unknown,
  format?: unknown,
): Promise<vscode.TextDocument | undefined> {
  const folder = folderArg instanceof vscode.Uri ? folderArg : typeof folderArg === 'string' ? vscode.Uri.parse(folderArg) : await pickFolder();
  if (!folder) return undefined;
  const chosen: QuoteFormat | undefined = isFormat(format) ? format : await pickFormat(context);
  if (!chosen) return undefined;
  const prefix = folder.toString().replace(/\/?$/, '/');
  const summaries = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'News Lens: reading the dumps of the folder' },
    async () => {
      await index.whenIdle();
      return index.summaries().filter(s => s.uri.startsWith(prefix)).sort((a, b) => a.file.localeCompare(b.file));
    },
  );
  if (summaries.length === 0) {
    void vscode.window.showInformationMessage(`News Lens: no news dumps (.txt) in ${vscode.workspace.asRelativePath(folder)}.`);
    return undefined;
  }
  const echoes = await index.alsoIn(summaries.map(s => s.uri));
  const records: QuoteRecord[] = summaries.flatMap(s => s.quotes.map((q, i) => ({
    ...q,
    alsoIn: (echoes[s.uri]?.[i] ?? []).map(echoPlace),
  })));
  const name = path.basename(folder.path) || 'folder';
  return showQuotes(service, name, formatQuotes(records, chosen), chosen, false);
}

async function pickFolder(): Promise<vscode.Uri | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 0) {
    void vscode.window.showInformationMessage('News Lens: open a folder of news dumps first (File > Open Folder…).');
    return undefined;
  }
  if (folders.length === 1) return folders[0].uri;
  const picked = await vscode.window.showQuickPick(folders.map(f => ({ label: f.name, description: f.uri.fsPath, folder: f })), {
    title: 'News Lens: Extract Quotes from Folder', placeHolder: 'Which folder',
  });
  return picked?.folder.uri;
}
