import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, EXTENSION_ID, open, waitFor } from './helpers';

suite('activation and language', () => {
  test('a plain-text dump activates News Lens and gets an analysis whose spans slice the text', async () => {
    const editor = await open('riverside-dispatch.txt');
    assert.equal(editor.document.languageId, 'plaintext');
    const lens = await api();
    assert.ok(vscode.extensions.getExtension(EXTENSION_ID)?.isActive);
    const analysis = await lens.analysisFor(editor.document.uri);
    assert.ok(analysis, 'no analysis for the dump');
    assert.equal(analysis.schema, 'news-lens/2');
    const text = editor.document.getText();
    for (const span of [...analysis.entities, ...analysis.dates, ...analysis.quotes]) assert.equal(text.slice(span.start, span.end), span.text);
    assert.ok(analysis.quotes.length >= 4, `expected the fixture's quotes, got ${analysis.quotes.length}`);
    assert.ok(analysis.quotes.some(q => q.text.startsWith('“This street belongs to everyone again')));
  });

  test('the workspace index builds by itself once the editor is quiet, with no workspace feature asking', async function () {
    this.timeout(120_000);
    const lens = await api();
    // status() only reads: nothing here asks for the index (Ctrl+T, the workspace speakers, echoes would start it at once).
    await waitFor('the index to build by itself', () => {
      const s = lens.workspaceIndex.status();
      return s.started && s.queued === 0 && s.builtInMs !== undefined;
    }, 90_000);
    assert.ok(lens.workspaceIndex.summaries().some(s => s.file === 'nav/harbour-digest.txt'), 'a file never opened is indexed');
  });

  test('*.news.txt files open in the newsdump language and are analyzed', async () => {
    const editor = await open('harbor-week.news.txt');
    assert.equal(editor.document.languageId, 'newsdump');
    const analysis = await (await api()).analysisFor(editor.document.uri);
    assert.ok(analysis && analysis.quotes.length >= 3);
  });

  test('the contributed commands are registered', async () => {
    await api();
    const commands = await vscode.commands.getCommands(true);
    for (const id of ['newsLens.extractQuotes', 'newsLens.toggleHighlighting', 'newsLens.setReferenceDate', 'newsLens.analyzeAsNewsDump', 'newsLens.showLog']) {
      assert.ok(commands.includes(id), `${id} is missing`);
    }
  });

  test('the analysis follows edits of the document', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'plaintext', content: '“First words,” said Mayor Elena Vasquez.\n' });
    await vscode.window.showTextDocument(document);
    const lens = await api();
    assert.equal((await lens.analysisFor(document.uri))?.quotes.length, 1);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(document.uri, document.positionAt(document.getText().length), '\n“Second words,” said Councilman Tom Okafor.\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const after = await lens.analysisFor(document.uri);
    assert.equal(after?.quotes.length, 2);
  });
});
