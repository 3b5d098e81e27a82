// The floor of `npm run bench:ui --floor`: an extension that activates on News Lens's events and, as soon as an editor
// shows a plain-text dump, sets one decoration type on its visible lines, ranges computed from the line lengths and
// no analysis at all. What it takes from the text shown to its first highlight is VS Code's own cost. It writes the
// same trace records as News Lens (src/extension/trace.ts), with when it heard of the document (onDidOpenTextDocument)
// and of its editor (onDidChangeVisibleTextEditors), so the bench reads both alike. Plain JavaScript: nothing to build.
const { appendFile } = require('node:fs');
const vscode = require('vscode');

const traceFile = process.env.NEWS_LENS_TRACE_FILE;
const now = () => performance.timeOrigin + performance.now();
const sessionMarks = {};

/** Off the thread, as News Lens writes its trace: a failed write is dropped (the benchmark notices missing records). */
function writeTrace(record) {
  if (!traceFile) return;
  appendFile(traceFile, JSON.stringify({ ...record, clockSkew: now() - Date.now() }) + '\n', () => {});
}

const LANGUAGES = new Set(['plaintext', 'newsdump']);

function activate(context) {
  sessionMarks.activateStart = now();
  /** uri → when onDidOpenTextDocument reported it. */
  const opened = new Map();
  /** uri → the version painted. */
  const painted = new Map();
  const type = vscode.window.createTextEditorDecorationType({ color: '#c04000' });

  const paint = (editor, visibleAt) => {
    const document = editor.document;
    const key = document.uri.toString();
    if (!LANGUAGES.has(document.languageId) || document.uri.scheme !== 'file' || painted.get(key) === document.version) return;
    painted.set(key, document.version);
    const ranges = [];
    // An editor not laid out yet reports no visible range: its first screen is then the document's top.
    const visibleRanges = editor.visibleRanges.length ? editor.visibleRanges : [new vscode.Range(0, 0, Math.min(document.lineCount - 1, 60), 0)];
    for (const visible of visibleRanges) {
      for (let line = visible.start.line; line <= visible.end.line; line++) {
        const length = document.lineAt(line).text.length;
        if (length > 0) ranges.push(new vscode.Range(line, 0, line, length));
      }
    }
    editor.setDecorations(type, ranges);
    const marks = { ...sessionMarks, editorVisible: visibleAt, painted: now() };
    if (opened.has(key)) marks.documentOpened = opened.get(key);
    // VS Code writes the decorations to its socket from a timer it set during setDecorations (as in decorations.ts).
    setTimeout(() => {
      marks.hostTimer = now();
      writeTrace({ uri: key, version: document.version, partial: false, size: document.getText().length, ranges: ranges.length, marks });
    }, 0);
  };

  context.subscriptions.push(
    type,
    vscode.workspace.onDidOpenTextDocument(d => {
      if (!opened.has(d.uri.toString())) opened.set(d.uri.toString(), now());
    }),
    vscode.workspace.onDidCloseTextDocument(d => {
      opened.delete(d.uri.toString());
      painted.delete(d.uri.toString());
    }),
    vscode.window.onDidChangeVisibleTextEditors(editors => {
      const at = now();
      for (const editor of editors) paint(editor, at);
    }),
  );
  const at = now();
  for (const editor of vscode.window.visibleTextEditors) paint(editor, at);
  sessionMarks.activateEnd = now();
}

function deactivate() {}

module.exports = { activate, deactivate };
