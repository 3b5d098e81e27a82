import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, hoverText, open } from './helpers';

suite('Set Reference Date…', () => {
  test('relative dates resolve against the date set, and change with it', async () => {
    const lens = await api();
    const editor = await open('no-dateline.txt');
    const document = editor.document;
    const offset = document.getText().indexOf('Thursday');

    assert.equal(await vscode.commands.executeCommand('newsLens.setReferenceDate', '2024-05-13'), '2024-05-13');
    let analysis = (await lens.analysisFor(document.uri))!;
    let thursday = analysis.dates.find(d => d.start <= offset && offset < d.end);
    assert.equal(thursday?.value, '2024-05-16');
    let text = await hoverText(document.uri, document.positionAt(offset + 1));
    assert.match(text, /Thursday, 16 May 2024/);
    assert.match(text, /Resolved against the reference date you set/);
    assert.match(lens.status().tooltip, /Reference date: 2024-05-13/);

    await vscode.commands.executeCommand('newsLens.setReferenceDate', '2024-06-03');
    analysis = (await lens.analysisFor(document.uri))!;
    thursday = analysis.dates.find(d => d.start <= offset && offset < d.end);
    assert.equal(thursday?.value, '2024-06-06');
    text = await hoverText(document.uri, document.positionAt(offset + 1));
    assert.match(text, /Thursday, 6 June 2024/);

    assert.equal(await vscode.commands.executeCommand('newsLens.setReferenceDate', ''), '');
    analysis = (await lens.analysisFor(document.uri))!;
    assert.equal(analysis.dates.find(d => d.start <= offset && offset < d.end)?.anchor, undefined);
  });
});
