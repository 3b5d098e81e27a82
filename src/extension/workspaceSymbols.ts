// Go to Symbol in Workspace (Ctrl+T): the people, speakers, organizations and places of every indexed dump, opened
// or not; each leads to the entity's first mention in full in its file.
import vscode = require('vscode');
import type { IndexedEntity } from '../core/fileSummary';
import type { WorkspaceIndex } from './workspaceIndex';

/** VS Code shows the best few; more than this only costs time. */
const MAX_RESULTS = 1000;

const KIND: Record<IndexedEntity['type'], vscode.SymbolKind> = {
  person: vscode.SymbolKind.Object,
  organization: vscode.SymbolKind.Module,
  place: vscode.SymbolKind.Namespace,
};

export class NewsWorkspaceSymbolProvider implements vscode.WorkspaceSymbolProvider {
  constructor(private readonly index: WorkspaceIndex) {}

  async provideWorkspaceSymbols(query: string, token: vscode.CancellationToken): Promise<vscode.SymbolInformation[]> {
    await this.index.whenIdle();
    if (token.isCancellationRequested) return [];
    const wanted = query.toLowerCase().replace(/\s+/g, '');
    const found: { entity: IndexedEntity; uri: string; file: string }[] = [];
    for (const summary of this.index.summaries()) {
      for (const entity of summary.entities) if (matches(entity.name, wanted)) found.push({ entity, uri: summary.uri, file: summary.file });
    }
    // Speakers first, then the most mentioned: the people a reader is most likely looking for.
    found.sort((a, b) => Number(b.entity.speaker) - Number(a.entity.speaker) || b.entity.mentions - a.entity.mentions || a.file.localeCompare(b.file));
    return found.slice(0, MAX_RESULTS).map(({ entity, uri, file }) => {
      const range = new vscode.Range(entity.line, entity.character, entity.endLine, entity.endCharacter);
      const what = entity.speaker ? 'speaker' : entity.type;
      return new vscode.SymbolInformation(entity.name, KIND[entity.type], `${what} · ${file}`, new vscode.Location(vscode.Uri.parse(uri), range));
    });
  }
}

/** The query's characters in order in the name (VS Code's own fuzzy rule), case and spaces aside. */
function matches(name: string, wanted: string): boolean {
  if (wanted === '') return true;
  const lower = name.toLowerCase();
  let at = 0;
  for (const c of wanted) {
    at = lower.indexOf(c, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}
