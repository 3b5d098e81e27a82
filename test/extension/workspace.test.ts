// The workspace index over test/fixtures (the folder the suite runs in): Ctrl+T in files never opened, the Speakers
// view's workspace scope, Extract Quotes from Folder with file and also-in columns, quote echoes across files,
// files.exclude and file changes.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { SpeakersViewNode } from '../../src/extension/speakersView';
import { api, closeAll, fixture, FIXTURES, hoverText, open, waitFor } from './helpers';

async function symbols(query: string): Promise<vscode.SymbolInformation[]> {
  return vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', query);
}

const label = (n: SpeakersViewNode) =>
  n.kind === 'wsSpeaker' ? n.name : n.kind === 'wsFile' ? n.file : n.kind === 'wsQuote' ? n.quote.quote : n.kind;

suite('workspace of dumps', () => {
  suiteSetup(async () => {
    await closeAll();
    await (await api()).workspaceIndex.whenIdle();
  });

  teardown(closeAll);

  test('Ctrl+T finds a speaker in a file never opened, at the first mention of the full name', async () => {
    assert.ok(!vscode.workspace.textDocuments.some(d => d.uri.path.endsWith('harbour-digest.txt')), 'the digest must not be open');
    const found = await symbols('rosa lind');
    const lind = found.find(s => s.name === 'Rosa Lind');
    assert.ok(lind, `no Rosa Lind among ${found.map(s => s.name).join(', ')}`);
    assert.equal(path.basename(lind.location.uri.fsPath), 'harbour-digest.txt');
    assert.equal(lind.containerName, 'speaker · nav/harbour-digest.txt');
    assert.equal(lind.kind, vscode.SymbolKind.Object);
    assert.deepEqual([lind.location.range.start.line, lind.location.range.start.character, lind.location.range.end.character], [7, 14, 23]);
  });

  test('Ctrl+T: a person quoted in several files is listed in each, a person only mentioned too', async () => {
    const found = await symbols('whitfield');
    const files = found.filter(s => s.name === 'Jonas Whitfield').map(s => path.basename(s.location.uri.fsPath)).sort();
    assert.deepEqual(files, ['bridge-week.txt', 'council.txt', 'harbour-digest.txt']);
    const ada = await symbols('Ada Bren');
    // VS Code orders the results itself; the provider says which is a speaker.
    assert.deepEqual(ada.map(s => `${s.name} · ${s.containerName}`).sort(), ['Ada Brennan · person · nav/bridge-week.txt', 'Ada Brennan · speaker · ui/council.txt']);
  });

  test('the Speakers view\'s workspace scope: speaker → files → quotes', async () => {
    const view = (await api()).speakersView;
    await vscode.commands.executeCommand('newsLens.showWorkspaceSpeakers');
    try {
      const speakers = await view.getChildren();
      const whitfield = speakers.find(s => s.kind === 'wsSpeaker' && s.name === 'Jonas Whitfield');
      assert.ok(whitfield, `no Jonas Whitfield among ${speakers.map(label).join(', ')}`);
      const files = await view.getChildren(whitfield);
      assert.deepEqual(files.map(label), ['nav/bridge-week.txt', 'nav/harbour-digest.txt', 'ui/council.txt']);
      const quotes = await view.getChildren(files[1]);
      assert.deepEqual(quotes.map(label), ['We will keep the bridge open to cyclists every single weekend, whatever the budget says,']);
      const item = view.getTreeItem(quotes[0]);
      assert.equal(item.command?.command, 'newsLens.revealQuote');
      await vscode.commands.executeCommand(item.command!.command, ...(item.command!.arguments ?? []));
      const editor = vscode.window.activeTextEditor!;
      assert.equal(path.basename(editor.document.uri.fsPath), 'harbour-digest.txt');
      assert.match(editor.document.getText(editor.selection), /^“We will keep the bridge open to cyclists every single weekend/);
    } finally {
      await vscode.commands.executeCommand('newsLens.showDocumentSpeakers');
    }
  });

  test('Extract Quotes from Folder: one table with a file column and where else each quote appears', async () => {
    const output = await vscode.commands.executeCommand<vscode.TextDocument>('newsLens.extractQuotesFromFolder', fixture('nav'), 'json');
    const rows = JSON.parse(output.getText()) as { file: string; line: number; speaker: string | null; quote: string; alsoIn: string[] }[];
    assert.deepEqual(rows.map(r => `${r.file}:${r.line} ${r.speaker ?? '—'}`), [
      'nav/bridge-week.txt:6 Jonas Whitfield',
      'nav/bridge-week.txt:6 Jonas Whitfield',
      'nav/bridge-week.txt:8 Jonas Whitfield',
      'nav/bridge-week.txt:17 Jonas Whitfield',
      'nav/bridge-week.txt:19 Tomas Reyes',
      'nav/bridge-week.txt:21 Tomas Reyes',
      'nav/harbour-digest.txt:6 Jonas Whitfield',
      'nav/harbour-digest.txt:8 Rosa Lind',
    ]);
    // The cyclists quote: said on Tuesday, repeated with two words changed on Wednesday and with one more on Friday.
    assert.deepEqual(rows[2].alsoIn.sort(), ['nav/bridge-week.txt:17', 'nav/harbour-digest.txt:6']);
    assert.deepEqual(rows[6].alsoIn.sort(), ['nav/bridge-week.txt:17', 'nav/bridge-week.txt:8']);
    assert.deepEqual(rows[0].alsoIn, []);
    const csv = await vscode.commands.executeCommand<vscode.TextDocument>('newsLens.extractQuotesFromFolder', fixture('nav'), 'csv');
    assert.equal(csv.lineAt(0).text, 'file,line,column,speaker,cue,kind,articleDate,quote,alsoIn');
  });

  test('the hover on a quote says where else it appears and shows the difference', async () => {
    const editor = await open('nav/harbour-digest.txt');
    await (await api()).analysisFor(editor.document.uri);
    const text = await hoverText(editor.document.uri, editor.document.positionAt(editor.document.getText().indexOf('every single weekend')));
    assert.match(text, /Also appears in\*\* 2 places/);
    assert.match(text, /nav\/bridge-week\.txt, line 8\]\(command:newsLens\.openEcho[^)]*\) — nearly/);
    assert.match(text, /nav\/bridge-week\.txt, line 17\]/);
    assert.match(text, /cyclists every ~~single~~ weekend/);
  });

  test('a new dump is indexed when it appears, dropped when deleted, and files.exclude applies', async () => {
    const index = (await api()).workspaceIndex;
    const file = path.join(FIXTURES, 'nav', 'late-edition.txt');
    const has = (name: string) => index.summaries().some(s => s.entities.some(e => e.name === name));
    fs.writeFileSync(file, 'Late edition\n\n“The presses stopped at midnight and never started again,” said Ines Carvalho, the printer.\n');
    try {
      await waitFor('the new dump in the index', () => has('Ines Carvalho'), 20000);
      const config = vscode.workspace.getConfiguration('files');
      const before = config.inspect('exclude')?.globalValue;
      await config.update('exclude', { '**/late-edition.txt': true }, vscode.ConfigurationTarget.Global);
      try {
        await waitFor('the excluded dump to leave the index', async () => (await index.whenIdle(), !has('Ines Carvalho')), 20000);
        assert.ok(has('Rosa Lind'), 'the other dumps stay');
      } finally {
        await config.update('exclude', before, vscode.ConfigurationTarget.Global);
      }
      await waitFor('the dump back in the index', async () => (await index.whenIdle(), has('Ines Carvalho')), 20000);
    } finally {
      fs.rmSync(file, { force: true });
    }
    await waitFor('the deleted dump to leave the index', () => !has('Ines Carvalho'), 20000);
  });
});
