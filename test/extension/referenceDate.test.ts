import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { describeDate } from '../../src/core/calendar';
import { api, hoverText, open } from './helpers';

suite('Set Reference Date…', () => {
  test('relative dates resolve against the date set, and change with it', async () => {
    const lens = await api();
    const editor = await open('no-dateline.txt');
    const document = editor.document;
    const offset = document.getText().indexOf('Thursday');

    // "on Thursday" is a Thursday within a week of the reference date (before or after it: the engine's call).
    const thursdayNear = async (reference: string) => {
      assert.equal(await vscode.commands.executeCommand('newsLens.setReferenceDate', reference), reference);
      const analysis = (await lens.analysisFor(document.uri))!;
      const thursday = analysis.dates.find(d => d.start <= offset && offset < d.end);
      assert.ok(thursday?.value, `"Thursday" is not resolved against ${reference}`);
      const day = new Date(`${thursday.value.slice(0, 10)}T12:00:00Z`);
      assert.equal(day.getUTCDay(), 4, thursday.value);
      assert.ok(Math.abs(day.getTime() - new Date(`${reference}T12:00:00Z`).getTime()) <= 7 * 86400_000, thursday.value);
      const text = await hoverText(document.uri, document.positionAt(offset + 1));
      assert.ok(text.includes(describeDate(thursday.value)), text);
      assert.match(text, /From the reference date you set \(.*\): no dateline or byline in this article/);
      assert.match(lens.status().tooltip, new RegExp(`Reference date: ${reference}`));
      return thursday.value;
    };
    const inMay = await thursdayNear('2024-05-13');
    assert.match(inMay, /^2024-05-(09|16)/);
    const inJune = await thursdayNear('2024-06-03');
    assert.match(inJune, /^2024-(05-30|06-06)/);

    assert.equal(await vscode.commands.executeCommand('newsLens.setReferenceDate', ''), '');
    const cleared = (await lens.analysisFor(document.uri))!;
    assert.notEqual(cleared.dates.find(d => d.start <= offset && offset < d.end)?.anchor?.kind, 'reference');
  });
});
