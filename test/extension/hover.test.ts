import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { escape } from '../../src/extension/hover';
import { api, hoverText, open } from './helpers';

suite('hover cards', () => {
  test('a person: canonical name in bold, kind and mention count', async () => {
    const editor = await open('riverside-dispatch.txt');
    const analysis = await (await api()).analysisFor(editor.document.uri);
    const person = analysis?.entities.find(e => e.type === 'person' && e.text.includes('Vasquez'));
    assert.ok(person, 'the engine found no person named Vasquez');
    const text = await hoverText(editor.document.uri, editor.document.positionAt(person.start + 1));
    assert.ok(text.includes(`**${escape(person.canonical)}**`), text);
    assert.match(text, /person/);
    assert.match(text, /\d+ mentions? in this document/);
  });

  test('a quote: speaker, cue, kind and which of the speaker’s quotes it is', async () => {
    const editor = await open('riverside-dispatch.txt');
    const analysis = (await (await api()).analysisFor(editor.document.uri))!;
    const quote = analysis.quotes.find(q => q.text.startsWith('“This street belongs'))!;
    const text = await hoverText(editor.document.uri, editor.document.positionAt(quote.start + 3));
    assert.match(text, /\*\*Quote\*\*/);
    assert.match(text, /Speaker: /);
    assert.match(text, /Cue: /);
    assert.match(text, new RegExp(`Kind: ${quote.kind}`));
    if (quote.speaker) {
      const theirs = analysis.quotes.filter(q => q.speaker === quote.speaker);
      const index = theirs.indexOf(quote) + 1;
      assert.ok(text.includes(`**${escape(quote.speaker)}** — quote ${index} of ${theirs.length}`), text);
      assert.ok(text.includes(`*${escape(quote.cue ?? '')}*`) || !quote.cue, text);
    } else {
      assert.match(text, /unattributed/);
    }
  });

  test('every attributed quote’s hover numbers it among its speaker’s quotes', async () => {
    const editor = await open('harbor-week.news.txt');
    const analysis = (await (await api()).analysisFor(editor.document.uri))!;
    for (const quote of analysis.quotes.filter(q => q.speaker)) {
      const text = await hoverText(editor.document.uri, editor.document.positionAt(quote.start + 2));
      assert.match(text, /quote \d+ of \d+/);
      if (quote.speakerSpan) {
        const onSpeaker = await hoverText(editor.document.uri, editor.document.positionAt(quote.speakerSpan.start));
        assert.match(onSpeaker, /\*\*Quote\*\*/, 'the attribution shows its quote too');
      }
    }
  });

  test('a resolved date: value in words and what it was resolved against', async () => {
    const editor = await open('harbor-week.news.txt');
    const analysis = (await (await api()).analysisFor(editor.document.uri))!;
    const anchored = analysis.dates.find(d => d.value && d.anchor);
    assert.ok(anchored, 'harbor-week dates `Thursday` against its dateline');
    const text = await hoverText(editor.document.uri, editor.document.positionAt(anchored.start + 1));
    assert.match(text, /Resolved against /);
    if (anchored.anchor?.source === 'dateline' && anchored.anchor.offset !== undefined) {
      assert.ok(text.includes(`the dateline on line ${editor.document.positionAt(anchored.anchor.offset).line + 1}`), text);
    }
  });

  test('hover links run only News Lens commands', async () => {
    const editor = await open('riverside-dispatch.txt');
    const analysis = (await (await api()).analysisFor(editor.document.uri))!;
    const person = analysis.entities.find(e => e.type === 'person')!;
    const quote = analysis.quotes[0];
    for (const offset of [person.start, quote.start + 1]) {
      const text = await hoverText(editor.document.uri, editor.document.positionAt(offset));
      for (const link of text.matchAll(/\]\((\w+):([\w.]*)/g)) {
        assert.equal(link[1], 'command', `a link that is no command: ${link[0]}`);
        assert.match(link[2], /^newsLens\./);
      }
    }
  });

  test('nothing to show away from names, dates and quotes', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'plain words only here\n' });
    await vscode.window.showTextDocument(document);
    await (await api()).analysisFor(document.uri);
    assert.equal(await hoverText(document.uri, new vscode.Position(0, 2)), '');
  });
});
