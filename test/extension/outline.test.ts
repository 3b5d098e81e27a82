import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, open } from './helpers';

async function symbols(uri: vscode.Uri): Promise<vscode.DocumentSymbol[]> {
  return (await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri)) ?? [];
}

function quoteCount(list: vscode.DocumentSymbol[]): number {
  return list.reduce((n, s) => n + (s.kind === vscode.SymbolKind.String ? 1 : quoteCount(s.children)), 0);
}

suite('outline', () => {
  test('one article: speakers with their quotes, then the unattributed quotes', async () => {
    const editor = await open('riverside-dispatch.txt');
    const analysis = (await (await api()).analysisFor(editor.document.uri))!;
    const top = await symbols(editor.document.uri);
    const expected = analysis.speakers.map(s => s.name);
    const unattributed = analysis.quotes.filter(q => q.speaker === null).length;
    if (unattributed > 0) expected.push('Unattributed quotes');
    // The Outline orders symbols by position, so only the set of names is the provider's to check.
    assert.deepEqual(top.map(s => s.name).sort(), [...expected].sort());
    for (const speaker of top) {
      assert.equal(speaker.detail, `${speaker.children.length} ${speaker.children.length === 1 ? 'quote' : 'quotes'}`);
      for (const quote of speaker.children) {
        assert.equal(quote.kind, vscode.SymbolKind.String);
        const text = editor.document.getText(quote.range);
        assert.match(text, /^[“"]/, 'the symbol range is the quote');
        assert.ok(analysis.quotes.some(q => q.text === text));
      }
    }
    assert.equal(quoteCount(top), analysis.quotes.length);
  });

  test('several articles: speakers still at the top level, each quote naming its article', async () => {
    const editor = await open('harbor-week.news.txt');
    const analysis = (await (await api()).analysisFor(editor.document.uri))!;
    const top = await symbols(editor.document.uri);
    assert.ok(top.every(s => s.kind === vscode.SymbolKind.Object || s.name === 'Unattributed quotes'));
    assert.equal(quoteCount(top), analysis.quotes.length);
    if (analysis.articles.length > 1) {
      for (const quote of top.flatMap(s => s.children)) assert.match(quote.detail, /article \d+/);
    }
  });
});
