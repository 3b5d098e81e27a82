import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, closeAll, open, setting, waitFor } from './helpers';

suite('news detection for plain text', () => {
  teardown(closeAll);

  test('a plain-text file that does not read like news is not analyzed; the status bar offers Analyze as News Dump, which analyses it', async () => {
    const lens = await api();
    const editor = await open('errands.txt');
    assert.equal(editor.document.languageId, 'plaintext');
    await waitFor('the not-news status', () => lens.status().text === 'News Lens: Analyze as News Dump');
    assert.match(lens.status().tooltip, /\(command:newsLens\.analyzeAsNewsDump\)/);
    assert.match(lens.status().tooltip, /newsLens\.detectNews/);
    assert.equal(await lens.analysisFor(editor.document.uri), undefined);
    assert.equal(lens.decorated(editor.document.uri), undefined, 'nothing is drawn');

    await vscode.commands.executeCommand('newsLens.analyzeAsNewsDump');
    const analysis = await lens.analysisFor(editor.document.uri);
    assert.ok(analysis, 'analyzed once asked');
    assert.equal(analysis.schema, 'news-lens/2');
    await waitFor('the decorations', () => lens.decorated(editor.document.uri));
    await waitFor('the counts in the status bar', () => /^News Lens: \d+ quotes?$/.test(lens.status().text));
  });

  test('newsLens.detectNews = false analyses every plain-text document', async () => {
    const lens = await api();
    const restore = await setting('detectNews', false);
    try {
      const editor = await open('errands.txt');
      assert.ok(await lens.analysisFor(editor.document.uri), 'analyzed with the check off');
    } finally {
      await restore();
    }
  });

  test('a news dump typed into an empty document is analyzed once it reads like news', async () => {
    const lens = await api();
    const document = await vscode.workspace.openTextDocument({ language: 'plaintext', content: '' });
    await vscode.window.showTextDocument(document);
    assert.equal(await lens.analysisFor(document.uri), undefined, 'an empty document is not news');
    const edit = new vscode.WorkspaceEdit();
    edit.insert(document.uri, new vscode.Position(0, 0), '“We will rebuild the pier by summer,” said Harbor Master Ines Duarte on Friday.\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const analysis = await waitFor('the analysis', () => lens.analysisFor(document.uri));
    assert.equal(analysis.quotes.length, 1);
  });

  test('the worker checks every new version: an edit that keeps a list a list leaves it alone, one that makes it news is analyzed when asked', async () => {
    const lens = await api();
    const document = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'Errands for Saturday\n\n- return library books\n- call about the boiler\n' });
    await vscode.window.showTextDocument(document);
    assert.equal(await lens.analysisFor(document.uri), undefined, 'a list is not news');
    await waitFor('the not-news status', () => lens.status().text === 'News Lens: Analyze as News Dump');

    const more = new vscode.WorkspaceEdit();
    more.insert(document.uri, document.positionAt(document.getText().length), '- eggs, milk, bread\n');
    assert.ok(await vscode.workspace.applyEdit(more));
    assert.equal(await lens.analysisFor(document.uri), undefined, 'still a list after the edit');
    assert.equal(lens.status().text, 'News Lens: Analyze as News Dump');
    assert.equal(lens.decorated(document.uri), undefined, 'nothing is drawn');

    const news = new vscode.WorkspaceEdit();
    news.replace(document.uri, new vscode.Range(new vscode.Position(0, 0), document.positionAt(document.getText().length)),
      '“We will reopen the ferry pier on Monday,” said Harbor Master Ines Duarte.\n“Crews finished the repairs early,” she told reporters on Friday.\n');
    assert.ok(await vscode.workspace.applyEdit(news));
    const analysis = await lens.analysisFor(document.uri);
    assert.deepEqual(analysis?.quotes.map(q => q.text), ['“We will reopen the ferry pier on Monday,”', '“Crews finished the repairs early,”']);
    await waitFor('the quotes drawn', () => lens.decorated(document.uri)?.quote === 2);
  });
});
