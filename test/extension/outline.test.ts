import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, open } from './helpers';

async function symbols(uri: vscode.Uri): Promise<vscode.DocumentSymbol[]> {
  await (await api()).analysisFor(uri);
  return (await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri)) ?? [];
}

const at = (r: vscode.Range) => `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;

/** The tree as indented lines: name · detail, and the range for the symbols that hold others. */
function render(list: vscode.DocumentSymbol[], depth = 0): string[] {
  return list.flatMap(s => [
    `${'  '.repeat(depth)}${s.name} · ${s.detail}${s.children.length > 0 ? ` @${at(s.range)} sel ${at(s.selectionRange)}` : ''}`,
    ...render(s.children, depth + 1),
  ]);
}

/**
 * The breadcrumb path at a position, found as VS Code's breadcrumbs and "reveal in Outline" find it
 * (OutlineGroup.getItemEnclosingPosition): at each level the first symbol whose range contains the position.
 */
function pathAt(list: vscode.DocumentSymbol[], position: vscode.Position): string[] {
  const found = list.find(s => s.range.contains(position));
  return found ? [found.name, ...pathAt(found.children, position)] : [];
}

suite('outline', () => {
  test('one article: the turns of its speakers, each with its quotes, in the order of the text', async () => {
    const editor = await open('riverside-dispatch.txt');
    assert.deepEqual(render(await symbols(editor.document.uri)), [
      'Elena Vasquez · 2 quotes @5:0-5:131 sel 5:52-5:65',
      '  “This street belongs to everyone again,” · said',
      '  “We will keep it open every summer.” · said',
      'Tom Okafor · 1 quote @7:66-7:106 sel 7:100-7:106',
      '  “The budget was never realistic,” · told the Riverside Courier',
      'Lin Chao · 1 quote @11:0-11:53 sel 11:45-11:53',
      '  “I sold out of dumplings in two hours,” · said',
    ]);
  });

  test('several articles: each article spans its text, named by its headline, with its speakers\' turns inside', async () => {
    const editor = await open('ferry-debate.txt');
    const top = await symbols(editor.document.uri);
    assert.deepEqual(render(top), [
      'Ferry fares split the island council · 3 November 2025 · 3 quotes · 2 speakers @0:0-11:36 sel 0:0-0:36',
      '  Mara Osei · 1 quote @5:0-5:107 sel 5:98-5:107',
      '    “A return ticket should never cost more than a loaf of bread…” · said',
      '  Felix Ortmann · 1 quote @7:38-7:113 sel 7:111-7:113',
      '    “The boats burn more fuel every winter, and somebody has to…” · said',
      '  Mara Osei · 1 quote @9:0-9:46 sel 9:42-9:46',
      '    “Then the mainland should pay its share,” · said',
      'Islanders queue for the last cheap crossing · 4 November 2025 · 1 quote · 1 speaker @13:0-18:109 sel 13:0-13:43',
      '  Hanna Brook · 1 quote @18:0-18:73 sel 18:62-18:73',
      '    “I have taken this boat every morning for twenty years,” · said',
    ]);
    assert.equal(top[0].kind, vscode.SymbolKind.File);
    assert.equal(top[0].children[1].kind, vscode.SymbolKind.Object);
    assert.equal(top[0].children[1].children[0].kind, vscode.SymbolKind.String);
    assert.equal(editor.document.getText(top[0].children[1].children[0].range), '“The boats burn more fuel every winter, and somebody has to pay for it,”');
  });

  test('the breadcrumb path names the article the cursor is in, and the speaker talking there', async () => {
    const editor = await open('ferry-debate.txt');
    const top = await symbols(editor.document.uri);
    const first = 'Ferry fares split the island council';
    const second = 'Islanders queue for the last cheap crossing';
    // The headline, a plain paragraph, a quote of the second speaker between two of the first, a line between articles.
    assert.deepEqual(pathAt(top, new vscode.Position(0, 5)), [first]);
    assert.deepEqual(pathAt(top, new vscode.Position(11, 4)), [first]);
    assert.deepEqual(pathAt(top, new vscode.Position(7, 50)), [first, 'Felix Ortmann', '“The boats burn more fuel every winter, and somebody has to…”']);
    assert.deepEqual(pathAt(top, new vscode.Position(9, 44)), [first, 'Mara Osei']);
    assert.deepEqual(pathAt(top, new vscode.Position(16, 0)), [second]);
    assert.deepEqual(pathAt(top, new vscode.Position(18, 10)), [second, 'Hanna Brook', '“I have taken this boat every morning for twenty years,”']);
  });
});
