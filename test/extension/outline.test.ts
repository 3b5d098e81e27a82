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
    const groups = top.filter(s => s.kind !== vscode.SymbolKind.Namespace);
    assert.deepEqual(groups.map(s => s.name).sort(), [...expected].sort());
    if (unattributed > 0) assert.equal(groups[groups.length - 1].name, 'Unattributed quotes');
    for (const speaker of groups) {
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

  test('several articles: the speakers first, then one landmark per article', async () => {
    const editor = await open('harbor-week.news.txt');
    const analysis = (await (await api()).analysisFor(editor.document.uri))!;
    const top = await symbols(editor.document.uri);
    const articles = top.filter(s => s.kind === vscode.SymbolKind.Namespace);
    assert.equal(articles.length, analysis.articles.length > 1 ? analysis.articles.length : 0);
    const firstArticle = top.findIndex(s => s.kind === vscode.SymbolKind.Namespace);
    if (firstArticle >= 0) assert.ok(top.slice(firstArticle).every(s => s.kind === vscode.SymbolKind.Namespace), 'articles come last');
    assert.equal(quoteCount(top), analysis.quotes.length);
  });
});
