// Definition, references, highlights, folding and lenses on a fictional dump of two articles (test/fixtures/nav).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, closeAll, open, setting, waitFor } from './helpers';

const DUMP = 'nav/bridge-week.txt';

/** The position of the `nth` (0-based) occurrence of `needle`, plus `into` characters. */
function find(document: vscode.TextDocument, needle: string, nth = 0, into = 0): vscode.Position {
  const text = document.getText();
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" #${nth} is not in the fixture`);
  }
  return document.positionAt(at + into);
}

const spanText = (document: vscode.TextDocument, range: vscode.Range) => document.getText(range);
const where = (document: vscode.TextDocument, range: vscode.Range) => `${range.start.line + 1}:${spanText(document, range)}`;

async function definitions(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Location[]> {
  const found = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', document.uri, position);
  return found.map(l => ('targetUri' in l ? new vscode.Location(l.targetUri, l.targetRange) : l));
}

suite('navigation in a dump', () => {
  let document: vscode.TextDocument;

  suiteSetup(async () => {
    document = (await open(DUMP)).document;
    await (await api()).analysisFor(document.uri);
  });

  suiteTeardown(closeAll);

  test('Go to Definition on a surname, a titled surname or a later full mention: the first mention in full', async () => {
    for (const position of [find(document, 'Whitfield said', 0, 3), find(document, 'Mr. Whitfield', 0, 6), find(document, 'Jonas Whitfield', 1, 2)]) {
      const [target, ...rest] = await definitions(document, position);
      assert.equal(rest.length, 0);
      assert.equal(target.uri.toString(), document.uri.toString());
      assert.equal(where(document, target.range), '4:Jonas Whitfield');
    }
  });

  test('Go to Definition on a pronoun attribution leads to the speaker', async () => {
    const [target] = await definitions(document, find(document, 'he said', 0, 1));
    assert.equal(where(document, target.range), '4:Jonas Whitfield');
  });

  test('Go to Definition on a relative date: the dateline it was resolved against', async () => {
    const [tuesday] = await definitions(document, find(document, 'Tuesday after', 0, 2));
    assert.equal(where(document, tuesday.range), '2:Published 9:00 AM, Tue October 7, 2025 / Lakemont Courier');
    const [wednesday] = await definitions(document, find(document, 'Wednesday morning', 0, 1));
    assert.equal(where(document, wednesday.range), '13:Published 7:30 AM, Wed October 8, 2025 / Lakemont Courier');
  });

  test('Go to Definition elsewhere gives nothing (no word-match guess)', async () => {
    assert.deepEqual(await definitions(document, find(document, 'engineers', 0, 2)), []);
  });

  test('Find All References: every mention of the person, short forms and the pronoun attribution included', async () => {
    const refs = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', document.uri, find(document, 'Mr. Whitfield', 0, 6));
    assert.deepEqual(refs.map(r => where(document, r.range)), [
      '4:Jonas Whitfield',
      '6:Whitfield',
      '8:Whitfield',
      '8:he',
      '17:Jonas Whitfield',
    ]);
    const reyes = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', document.uri, find(document, 'Reyes said', 0, 1));
    assert.deepEqual(reyes.map(r => where(document, r.range)), ['19:Tomas Reyes', '23:Reyes']);
  });

  test('Highlights: the mentions as reads, the attributions of the person\'s quotes as writes', async () => {
    const highlights = await vscode.commands.executeCommand<vscode.DocumentHighlight[]>('vscode.executeDocumentHighlights', document.uri, find(document, 'Jonas Whitfield', 0, 1));
    const kind = (k: vscode.DocumentHighlightKind | undefined) => (k === vscode.DocumentHighlightKind.Write ? 'write' : 'read');
    assert.deepEqual(highlights.map(h => `${where(document, h.range)}:${kind(h.kind)}`), [
      '4:Jonas Whitfield:read',
      '6:Whitfield:write',
      '8:Whitfield:read',
      '8:he:write',
      '17:Jonas Whitfield:write',
    ]);
  });

  test('Folding: each article, and the quote that runs over two paragraphs', async () => {
    const ranges = await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', document.uri);
    const shown = ranges.map(r => `${r.start + 1}-${r.end + 1}${r.kind === vscode.FoldingRangeKind.Region ? ' article' : ''}`).sort();
    assert.deepEqual(shown, ['1-10 article', '12-23 article', '21-23']);
  });

  test('Code lens above each article: date, quotes, speakers; clicking shows the article\'s speakers', async () => {
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', document.uri, 10);
    assert.deepEqual(lenses.map(l => `${l.range.start.line + 1}:${l.command?.title}`), [
      '1:7 October 2025 · 3 quotes · 1 speaker',
      '12:8 October 2025 · 3 quotes · 2 speakers',
    ]);
    const second = lenses[1].command!;
    assert.equal(await vscode.commands.executeCommand(second.command, ...(second.arguments ?? [])), true);
    const view = (await api()).speakersView;
    const rows = await view.getChildren();
    assert.deepEqual(rows.map(r => (r.kind === 'speaker' ? `${r.name} (${r.quotes.length})` : r.kind === 'filter' ? r.text : r.kind)), [
      'Article 2: Cyclists welcome the new crossing',
      'Jonas Whitfield (1)',
      'Tomas Reyes (2)',
    ]);
    await vscode.commands.executeCommand('newsLens.showAllSpeakers');
    const all = await view.getChildren();
    assert.deepEqual(all.map(r => (r.kind === 'speaker' ? r.name : r.kind)), ['Jonas Whitfield', 'Tomas Reyes']);
    // Leave the sidebar as the other suites expect it.
    await vscode.commands.executeCommand('workbench.view.explorer');
  });

  test('newsLens.codeLens.enabled turns the lenses off', async () => {
    const restore = await setting('codeLens.enabled', false);
    try {
      await waitFor('the lenses to go', async () =>
        (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', document.uri)).length === 0);
    } finally {
      await restore();
    }
    const back = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', document.uri);
    assert.equal(back.length, 2);
  });
});
