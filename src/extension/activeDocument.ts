// Which document the sidebar, status bar and commands are about: the active editor's, when News Lens analyses it.
import vscode = require('vscode');
import type { AnalysisService } from './analysisService';
import { background } from './log';

export class ActiveDocument implements vscode.Disposable {
  private current: vscode.TextDocument | undefined;
  private readonly changed = new vscode.EventEmitter<vscode.TextDocument | undefined>();
  /** Fires when the document changed, or its analysis did. */
  readonly onDidChange = this.changed.event;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly service: AnalysisService) {
    this.subscriptions.push(
      this.changed,
      vscode.window.onDidChangeActiveTextEditor(() => this.follow()),
      vscode.window.onDidChangeVisibleTextEditors(() => this.follow()),
      vscode.workspace.onDidCloseTextDocument(d => {
        if (d === this.current) this.set(undefined);
      }),
      vscode.workspace.onDidChangeConfiguration(e => {
        if (e.affectsConfiguration('newsLens.languages')) this.follow();
      }),
      service.onDidChange(uri => {
        if (this.current?.uri.toString() === uri.toString()) this.changed.fire(this.current);
        else if (vscode.window.activeTextEditor?.document.uri.toString() === uri.toString()) this.follow();
      }),
    );
  }

  get document(): vscode.TextDocument | undefined {
    return this.current;
  }

  /**
   * Moves to the active editor's document. When the active editor is not a dump (the Extract Quotes result beside
   * it, say), the last dump stays while it is still on screen.
   */
  follow(): void {
    const editor = vscode.window.activeTextEditor;
    const visible = (d: vscode.TextDocument) => vscode.window.visibleTextEditors.some(e => e.document === d);
    const document = editor && this.service.isAnalysable(editor.document) ? editor.document
      : this.current && !this.current.isClosed && this.service.isAnalysable(this.current) && visible(this.current) ? this.current
      : undefined;
    if (document !== this.current) this.set(document);
  }

  private set(document: vscode.TextDocument | undefined): void {
    this.current = document;
    background('setting the view context', vscode.commands.executeCommand('setContext', 'newsLens.hasAnalysis', document !== undefined));
    this.changed.fire(document);
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }
}
