// Highlighting: one decoration type per category, colored from contributes.colors; ranges are computed once per
// analysis result and settings change, then reused for every editor that shows the document (never on scroll).
import vscode = require('vscode');
import type { Analysis, BlockKind } from '../core/types';
import type { AnalysisResult, AnalysisService } from './analysisService';
import { mark, sessionMarks, tracing, writeTrace } from './trace';

export type Category = 'person' | 'organization' | 'place' | 'date' | 'quote' | 'speaker' | 'boilerplate';

/** Categories in the order they get a share of `newsLens.maxDecorations`. */
export const CATEGORIES: readonly Category[] = ['quote', 'speaker', 'person', 'organization', 'place', 'date', 'boilerplate'];

/** The `newsLens.highlight.*` setting of each category. */
export const CATEGORY_SETTING: Record<Category, string> = {
  person: 'people',
  organization: 'organizations',
  place: 'places',
  date: 'dates',
  quote: 'quotes',
  speaker: 'speakers',
  boilerplate: 'boilerplate',
};

const DIMMED_BLOCKS = new Set<BlockKind>(['boilerplate', 'menu', 'video', 'caption']);

/** What is drawn for a document: ranges per category, and how many were left out by the limit. */
export interface DocumentDecorations {
  version: number;
  ranges: Record<Category, vscode.Range[]>;
  found: number;
  shown: number;
  limit: number;
  /** The result they were computed from (its trace marks, whether it covers the visible part only). */
  from?: AnalysisResult;
}

function decorationTypes(): Record<Category, vscode.TextEditorDecorationType> {
  const color = (id: Category) => new vscode.ThemeColor(`newsLens.${id}`);
  return {
    person: vscode.window.createTextEditorDecorationType({ color: color('person') }),
    organization: vscode.window.createTextEditorDecorationType({ color: color('organization') }),
    place: vscode.window.createTextEditorDecorationType({ color: color('place') }),
    date: vscode.window.createTextEditorDecorationType({
      borderColor: color('date'),
      borderStyle: 'none none dotted none',
      borderWidth: '0 0 2px 0',
    }),
    quote: vscode.window.createTextEditorDecorationType({
      backgroundColor: color('quote'),
      borderColor: new vscode.ThemeColor('newsLens.quoteBorder'),
      borderStyle: 'none none dashed none',
      borderWidth: '0 0 1px 0',
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    }),
    speaker: vscode.window.createTextEditorDecorationType({
      borderColor: color('speaker'),
      borderStyle: 'solid',
      borderWidth: '1px',
      borderRadius: '3px',
      fontWeight: 'bold',
    }),
    boilerplate: vscode.window.createTextEditorDecorationType({ color: color('boilerplate'), fontStyle: 'italic' }),
  };
}

export class Decorations implements vscode.Disposable {
  private readonly types = decorationTypes();
  private readonly byDocument = new Map<string, DocumentDecorations>();
  /** The result each document's decorations were computed from: a state change alone does not paint again. */
  private readonly paintedFrom = new Map<string, AnalysisResult>();
  /** What each editor shows, so an editor is painted once per change (not again when another editor opens). */
  private readonly paintedIn = new WeakMap<vscode.TextEditor, DocumentDecorations | undefined>();
  /** When the extension host first heard of each editor (only when tracing). */
  private readonly shownAt = new WeakMap<vscode.TextEditor, number>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  /** Fires when what is drawn for a document changed (the status bar shows the limit). */
  readonly onDidChange = this.changed.event;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly service: AnalysisService) {
    this.subscriptions.push(
      this.changed,
      service.onDidChange(uri => this.update(uri, false)),
      vscode.window.onDidChangeVisibleTextEditors(editors => {
        if (tracing) for (const e of editors) if (!this.shownAt.has(e)) this.shownAt.set(e, mark('editorVisible'));
        editors.forEach(e => this.paint(e));
      }),
      vscode.workspace.onDidChangeConfiguration(e => {
        if (e.affectsConfiguration('newsLens.highlight') || e.affectsConfiguration('newsLens.maxDecorations')) this.recomputeAll();
      }),
      vscode.workspace.onDidCloseTextDocument(d => {
        this.byDocument.delete(d.uri.toString());
        this.paintedFrom.delete(d.uri.toString());
      }),
    );
  }

  /** What is drawn for the document, or undefined when nothing is. */
  for(uri: vscode.Uri): DocumentDecorations | undefined {
    return this.byDocument.get(uri.toString());
  }

  private recomputeAll(): void {
    for (const d of vscode.workspace.textDocuments) this.update(d.uri, true);
  }

  /** Computes and paints the document's decorations, when its result is new or `settingsChanged`. */
  private update(uri: vscode.Uri, settingsChanged: boolean): void {
    const key = uri.toString();
    const document = vscode.workspace.textDocuments.find(d => d.uri.toString() === key);
    const result = this.service.latest(uri);
    const state = this.service.state(uri);
    if (!document || !state || state.kind === 'binary' || state.kind === 'tooLarge') {
      this.paintedFrom.delete(key);
      if (this.byDocument.delete(key)) this.paintDocument(key);
      return;
    }
    // Ranges of an older version would land in the wrong places; the ones drawn move with the edits until then.
    if (!result || result.version !== document.version) return;
    if (!settingsChanged && this.paintedFrom.get(key) === result) return;
    this.paintedFrom.set(key, result);
    const drawn = compute(document, result.analysis, result.version);
    drawn.from = result;
    mark('decorationsBuilt', result.marks);
    this.byDocument.set(key, drawn);
    this.paintDocument(key);
    this.changed.fire(uri);
  }

  private paintDocument(key: string): void {
    for (const editor of vscode.window.visibleTextEditors) if (editor.document.uri.toString() === key) this.paint(editor);
  }

  /**
   * Sets the editor's decorations to what is drawn for its document: once per type, and for the same version of the
   * document only the types whose ranges changed (the whole-document pass after the visible part's, a setting).
   * Across versions every type is set again: VS Code moved the drawn ranges with the edits.
   */
  private paint(editor: vscode.TextEditor): void {
    const drawn = this.byDocument.get(editor.document.uri.toString());
    const before = this.paintedIn.get(editor);
    if (this.paintedIn.has(editor) && before === drawn) return;
    this.paintedIn.set(editor, drawn);
    const marks = drawn?.from && tracing ? { ...drawn.from.marks } : undefined;
    if (marks) {
      mark('editorPaint', marks);
      const shown = this.shownAt.get(editor);
      if (shown) marks.editorVisible = shown;
    }
    for (const category of CATEGORIES) {
      const ranges = drawn?.ranges[category] ?? [];
      if (before && before.version === drawn?.version && sameRanges(before.ranges[category], ranges)) continue;
      editor.setDecorations(this.types[category], ranges);
    }
    if (marks && drawn?.from) {
      mark('painted', marks);
      const from = drawn.from;
      const uri = editor.document.uri.toString();
      // VS Code writes the decorations to its socket from a timer it set during setDecorations: this timer, set
      // after it, runs right after that write, so it tells how long the extension host's thread kept the write waiting.
      setTimeout(() => {
        mark('hostTimer', marks);
        writeTrace({ uri, version: drawn.version, partial: from.partial, size: from.size, ranges: drawn.shown, marks: { ...sessionMarks, ...from.marks, ...marks } });
      }, 0);
    }
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    for (const t of Object.values(this.types)) t.dispose();
  }
}

function sameRanges(a: readonly vscode.Range[], b: readonly vscode.Range[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!a[i].isEqual(b[i])) return false;
  return true;
}

function compute(document: vscode.TextDocument, analysis: Analysis, version: number): DocumentDecorations {
  const config = vscode.workspace.getConfiguration('newsLens');
  const enabled = config.get<boolean>('highlight.enabled', true);
  const limit = Math.max(0, config.get<number>('maxDecorations', 20000));
  const spans: Record<Category, { start: number; end: number }[]> = {
    quote: analysis.quotes,
    speaker: analysis.quotes.flatMap(q => (q.speaker && q.speakerSpan ? [q.speakerSpan] : [])),
    person: analysis.entities.filter(e => e.type === 'person'),
    organization: analysis.entities.filter(e => e.type === 'organization'),
    place: analysis.entities.filter(e => e.type === 'place'),
    date: analysis.dates,
    boilerplate: analysis.blocks.filter(b => DIMMED_BLOCKS.has(b.kind)),
  };
  const ranges = {} as Record<Category, vscode.Range[]>;
  let found = 0;
  let shown = 0;
  for (const category of CATEGORIES) {
    const on = enabled && config.get<boolean>(`highlight.${CATEGORY_SETTING[category]}`, true);
    const list = on ? spans[category] : [];
    found += list.length;
    const room = Math.max(0, Math.min(list.length, limit - shown));
    ranges[category] = list.slice(0, room).map(s => new vscode.Range(document.positionAt(s.start), document.positionAt(s.end)));
    shown += room;
  }
  return { version, ranges, found, shown, limit };
}
