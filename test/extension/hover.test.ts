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

  test('a date counted from the date before it says so, with that date and its line', async () => {
    const editor = await open('dates-narrative.news.txt');
    const text = editor.document.getText();
    await (await api()).analysisFor(editor.document.uri);
    const hover = await hoverText(editor.document.uri, editor.document.positionAt(text.indexOf('The next day') + 5));
    assert.match(hover, /\*\*Thursday, 1 July 2021\*\* · date/);
    assert.ok(hover.includes('The day after Wednesday, 30 June 2021, the date mentioned before it, line 4'), hover);
    const evening = await hoverText(editor.document.uri, editor.document.positionAt(text.indexOf('That evening') + 2));
    assert.ok(evening.includes('The same day as Thursday, 1 July 2021'), evening);
  });

  test('a relative date names the dateline or byline it was resolved against and its line', async () => {
    const narrative = await open('dates-narrative.news.txt');
    await (await api()).analysisFor(narrative.document.uri);
    const tuesday = narrative.document.getText().indexOf('Tuesday');
    const onDateline = await hoverText(narrative.document.uri, narrative.document.positionAt(tuesday + 1));
    assert.ok(onDateline.includes('From the dateline on line 2 (Friday, 9 July 2021)'), onDateline);

    const menus = await open('dates-menu-byline.txt');
    await (await api()).analysisFor(menus.document.uri);
    const yesterday = menus.document.getText().indexOf('yesterday');
    const onByline = await hoverText(menus.document.uri, menus.document.positionAt(yesterday + 1));
    assert.ok(onByline.includes('From the byline on line 17 (Monday, 3 June 2024)'), onByline);
  });

  test('a date inside a tweet is resolved against the tweet, and a full date needs no anchor', async () => {
    const editor = await open('dates-embedded.news.txt');
    const text = editor.document.getText();
    await (await api()).analysisFor(editor.document.uri);
    const inTweet = await hoverText(editor.document.uri, editor.document.positionAt(text.indexOf('on Friday') + 4));
    assert.ok(inTweet.includes('From the tweet’s own date on line 9 (Thursday, 29 September 2016)'), inTweet);
    const full = await hoverText(editor.document.uri, editor.document.positionAt(text.indexOf('June 30, 2021') + 1));
    assert.match(full, /Written out in full in the text/);
  });

  test('a date keeps the modifier the text says, and a day within a vaguer date says so', async () => {
    const editor = await open('dates-vague.news.txt');
    const text = editor.document.getText();
    await (await api()).analysisFor(editor.document.uri);
    const early = await hoverText(editor.document.uri, editor.document.positionAt(text.indexOf('early 2019') + 1));
    assert.ok(early.includes('Value: `2019` · early (`START`)'), early);
    const sameDay = await hoverText(editor.document.uri, editor.document.positionAt(text.indexOf('that same day') + 1));
    assert.ok(sameDay.includes('A day in October 2023, the date mentioned before it, line 6'), sameDay);
  });

  test('a relative date with nothing to anchor it says why it has no value', async () => {
    const editor = await open('dates-undated.news.txt');
    const text = editor.document.getText();
    await (await api()).analysisFor(editor.document.uri);
    const thursday = await hoverText(editor.document.uri, editor.document.positionAt(text.indexOf('Thursday') + 1));
    assert.match(thursday, /\*\*Thursday\*\* · date/);
    assert.ok(thursday.includes('Could not be resolved to a calendar date'), thursday);
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
