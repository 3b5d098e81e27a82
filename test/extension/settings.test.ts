import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, open, setting, waitFor } from './helpers';

suite('highlighting settings and status bar', () => {
  test('every category is highlighted by default, and highlight.people turns people off and on', async () => {
    const lens = await api();
    const editor = await open('riverside-dispatch.txt');
    await lens.analysisFor(editor.document.uri);
    const uri = editor.document.uri;
    const before = await waitFor('decorations', () => lens.decorated(uri));
    assert.ok(before.person > 0, 'people are highlighted');
    assert.ok(before.quote > 0, 'quotes are highlighted');
    const restore = await setting('highlight.people', false);
    try {
      await waitFor('people to be off', () => lens.decorated(uri)?.person === 0);
      assert.equal(lens.decorated(uri)!.quote, before.quote, 'other categories stay');
    } finally {
      await restore();
    }
    await waitFor('people to be back', () => lens.decorated(uri)?.person === before.person);
  });

  test('Toggle Highlighting turns all highlighting off and on, and the status bar says so', async () => {
    const lens = await api();
    const editor = await open('riverside-dispatch.txt');
    await lens.analysisFor(editor.document.uri);
    const uri = editor.document.uri;
    await waitFor('the status to show quotes', () => /quotes?$/.test(lens.status().text));
    await vscode.commands.executeCommand('newsLens.toggleHighlighting');
    try {
      await waitFor('all off', () => Object.values(lens.decorated(uri) ?? { x: 1 }).every(n => n === 0));
      await waitFor('the status to say off', () => lens.status().text === 'News Lens: highlighting off');
    } finally {
      await vscode.commands.executeCommand('newsLens.toggleHighlighting');
    }
    await waitFor('quotes back', () => (lens.decorated(uri)?.quote ?? 0) > 0);
    assert.match(lens.status().text, /^News Lens: \d+ quotes?$/);
  });

  test('newsLens.maxDecorations caps the highlights and the status bar tells', async () => {
    const lens = await api();
    const editor = await open('riverside-dispatch.txt');
    await lens.analysisFor(editor.document.uri);
    const restore = await setting('maxDecorations', 3);
    try {
      await waitFor('the cap', () => {
        const drawn = lens.decorated(editor.document.uri);
        return drawn && Object.values(drawn).reduce((a, b) => a + b, 0) === 3;
      });
      await waitFor('the status to mention the cap', () => /^News Lens: 3 of \d+ highlights$/.test(lens.status().text));
      assert.match(lens.status().tooltip, /newsLens\.maxDecorations/);
    } finally {
      await restore();
    }
    await waitFor('the cap to go', () => /quotes?$/.test(lens.status().text));
  });
});
