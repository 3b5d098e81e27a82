import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { EntityNode } from '../../src/extension/entitiesTree';
import type { SpeakerNode } from '../../src/extension/speakersTree';
import { api, closeAll, open, waitFor } from './helpers';

function label(item: vscode.TreeItem): string {
  return typeof item.label === 'string' ? item.label : item.label?.label ?? '';
}

suite('sidebar trees', () => {
  test('Speakers: speakers with their quotes, each revealing its quote', async () => {
    const lens = await api();
    const editor = await open('riverside-dispatch.txt');
    const analysis = (await lens.analysisFor(editor.document.uri))!;
    const tree = lens.speakersTree;
    const roots = (await tree.getChildren()) as SpeakerNode[];
    assert.ok(roots.length > 0);
    const names = roots.map(n => label(tree.getTreeItem(n) as vscode.TreeItem));
    for (const s of analysis.speakers) assert.ok(names.includes(s.name), `${s.name} missing from ${names}`);
    let quotes = 0;
    for (const root of roots) {
      const children = ((await tree.getChildren(root)) ?? []) as SpeakerNode[];
      const item = tree.getTreeItem(root) as vscode.TreeItem;
      assert.equal(item.description, `${children.length} ${children.length === 1 ? 'quote' : 'quotes'}`);
      for (const child of children) {
        const quoteItem = tree.getTreeItem(child) as vscode.TreeItem;
        assert.equal(quoteItem.contextValue, 'newsLens.quote');
        assert.equal(quoteItem.command?.command, 'newsLens.revealQuote');
        quotes++;
      }
    }
    assert.equal(quotes, analysis.quotes.length);

    const firstQuote = ((await tree.getChildren(roots[0])) as SpeakerNode[])[0];
    const command = (tree.getTreeItem(firstQuote) as vscode.TreeItem).command!;
    await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
    const active = vscode.window.activeTextEditor!;
    assert.equal(active.document.uri.toString(), editor.document.uri.toString());
    assert.match(active.document.getText(active.selection), /^[“"]/);
  });

  test('Copy Quote and Copy as Citation put the quote on the clipboard', async () => {
    const lens = await api();
    await open('riverside-dispatch.txt');
    const roots = (await lens.speakersTree.getChildren()) as SpeakerNode[];
    const quote = ((await lens.speakersTree.getChildren(roots[0])) as SpeakerNode[])[0];
    assert.equal(quote.kind, 'quote');
    await vscode.commands.executeCommand('newsLens.copyQuote', quote);
    const copied = await vscode.env.clipboard.readText();
    if (quote.kind === 'quote') {
      assert.equal(copied, quote.quote.text);
      await vscode.commands.executeCommand('newsLens.copyCitation', quote);
      const citation = await vscode.env.clipboard.readText();
      assert.ok(citation.startsWith(quote.quote.text) && /riverside-dispatch\.txt, line \d+/.test(citation), citation);
    }
  });

  test('Entities: people, organizations and places with mention counts, then mentions', async () => {
    const lens = await api();
    const editor = await open('riverside-dispatch.txt');
    const analysis = (await lens.analysisFor(editor.document.uri))!;
    const tree = lens.entitiesTree;
    const groups = (await tree.getChildren()) as EntityNode[];
    assert.deepEqual(groups.map(g => label(tree.getTreeItem(g) as vscode.TreeItem)), ['People', 'Organizations', 'Places']);
    let mentions = 0;
    for (const group of groups) {
      for (const cluster of ((await tree.getChildren(group)) ?? []) as EntityNode[]) {
        const children = ((await tree.getChildren(cluster)) ?? []) as EntityNode[];
        assert.equal((tree.getTreeItem(cluster) as vscode.TreeItem).description, `${children.length} ${children.length === 1 ? 'mention' : 'mentions'}`);
        mentions += children.length;
      }
    }
    assert.equal(mentions, analysis.entities.length);
    const people = ((await tree.getChildren(groups[0])) ?? []) as EntityNode[];
    assert.ok(people.some(p => /Vasquez/.test(label(tree.getTreeItem(p) as vscode.TreeItem))));
  });

  test('the trees keep the dump while its Extract Quotes result is active beside it', async () => {
    const lens = await api();
    await open('riverside-dispatch.txt');
    const output = await vscode.commands.executeCommand<vscode.TextDocument>('newsLens.extractQuotes', 'md');
    assert.equal(vscode.window.activeTextEditor?.document, output);
    const roots = ((await lens.speakersTree.getChildren()) ?? []) as SpeakerNode[];
    assert.ok(roots.some(n => n.kind === 'speaker'), JSON.stringify(roots));
    assert.match(lens.status().text, /^News Lens: \d+ quotes?$/);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('the trees follow the active editor and are empty (welcome) without a dump', async () => {
    const lens = await api();
    await open('harbor-week.news.txt');
    const harbor = ((await lens.speakersTree.getChildren()) ?? []) as SpeakerNode[];
    assert.ok(harbor.length > 0);
    await closeAll();
    await waitFor('the trees to empty', async () => ((await lens.speakersTree.getChildren()) ?? []).length === 0);
    assert.equal(((await lens.entitiesTree.getChildren()) ?? []).length, 0);
  });
});
