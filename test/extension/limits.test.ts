import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { api, closeAll, fixture, open, setting, waitFor } from './helpers';

/** VS Code may refuse to open a binary file as text; an untitled document with the same characters stands in then. */
async function openBinary(): Promise<vscode.TextEditor> {
  try {
    return await open('binary.txt');
  } catch {
    const content = fs.readFileSync(fixture('binary.txt').fsPath, 'latin1');
    return vscode.window.showTextDocument(await vscode.workspace.openTextDocument({ language: 'plaintext', content }));
  }
}

suite('limits and unusual documents', () => {
  teardown(closeAll);

  test('a binary file is not analyzed and the status bar says why', async () => {
    const lens = await api();
    const editor = await openBinary();
    assert.equal(await lens.analysisFor(editor.document.uri), undefined);
    await waitFor('the binary status', () => lens.status().text === 'News Lens: not analyzed: binary file');
    assert.equal(lens.decorated(editor.document.uri), undefined);
  });

  test('a document above newsLens.maxFileSizeMB waits for confirmation, and the status bar names the limit', async () => {
    const lens = await api();
    const restore = await setting('maxFileSizeMB', 0.0001);
    try {
      const editor = await open('no-dateline.txt');
      assert.equal(await lens.analysisFor(editor.document.uri), undefined);
      await waitFor('the size status', () => /^News Lens: not analyzed \(\d+\.\d MB\)$/.test(lens.status().text));
      assert.match(lens.status().tooltip, /newsLens\.maxFileSizeMB/);
      await vscode.commands.executeCommand('newsLens.analyzeAsNewsDump');
      const analysis = await lens.analysisFor(editor.document.uri);
      assert.ok(analysis && analysis.quotes.length === 1, 'analyzed once confirmed');
    } finally {
      await restore();
    }
  });

  test('Analyze as News Dump analyses a document in another language mode', async () => {
    const lens = await api();
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: '“We will keep it open,” said Mayor Elena Vasquez.\n' });
    await vscode.window.showTextDocument(document);
    assert.equal(await lens.analysisFor(document.uri), undefined, 'markdown is not a news dump by default');
    await vscode.commands.executeCommand('newsLens.analyzeAsNewsDump');
    const analysis = await lens.analysisFor(document.uri);
    assert.equal(analysis?.quotes.length, 1);
    await waitFor('the status bar', () => /^News Lens: 1 quote$/.test(lens.status().text));
  });

  test('empty, whitespace-only and unusual text is analyzed without errors', async () => {
    const lens = await api();
    // None of it reads like news; the point is that the engine copes when asked anyway.
    const restore = await setting('detectNews', false);
    try {
      const texts = ['', ' \n\r\n\t ', '“'.repeat(1000), '«»“”„‟"\'\u202Eمرحبا “שלום” 👩‍🚀 said 😀 Elena\r\n'.repeat(50), 'A'.repeat(200_000)];
      for (const content of texts) {
        const document = await vscode.workspace.openTextDocument({ language: 'plaintext', content });
        await vscode.window.showTextDocument(document);
        const analysis = await lens.analysisFor(document.uri);
        assert.ok(analysis, `no analysis for a text of ${content.length} characters: ${JSON.stringify(lens.status())} ${document.uri.toString()} ${document.version} ${JSON.stringify(document.getText())}`);
        for (const q of analysis.quotes) assert.equal(content.slice(q.start, q.end), q.text);
      }
    } finally {
      await restore();
    }
  });

  test('the dump files are never modified', async () => {
    for (const name of ['riverside-dispatch.txt', 'harbor-week.news.txt', 'no-dateline.txt']) {
      const editor = await open(name);
      assert.equal(editor.document.isDirty, false, name);
    }
  });
});
