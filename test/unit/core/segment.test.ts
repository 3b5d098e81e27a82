import assert from 'node:assert/strict';
import { segment } from '../../../src/core/segment';
import type { Block } from '../../../src/core/types';

function kinds(text: string): [string, string, string?][] {
  return segment(text).map(b => [b.kind, text.slice(b.start, b.end), b.date] as [string, string, string?]).map(x => (x[2] === undefined ? [x[0], x[1]] : x) as [string, string, string?]);
}
function blockOf(text: string, snippet: string): Block | undefined {
  const at = text.indexOf(snippet);
  return segment(text).find(b => b.start <= at && at < b.end);
}

describe('segment', () => {
  it('never lets a tweet overlap a paragraph that was joined across its text lines', () => {
    const text = '“We\nwill build it,” said the mayor.\nShort tweet line\n— Ana Ruiz (@ana) March 15, 2025\nNext.';
    const blocks = segment(text);
    for (let i = 1; i < blocks.length; i++) assert.ok(blocks[i - 1].end <= blocks[i].start, `blocks ${i - 1} and ${i} overlap`);
    assert.ok(blocks.some(b => b.kind === 'tweet'));
  });

  it('finds headline, dateline and paragraphs of an article', () => {
    const text = [
      'Harbor council backs new tram line after long debate',
      'Updated on: May 16, 2024 / 7:51 AM EDT / Coast Ledger',
      '',
      'The council voted 7-2 on Thursday to fund the line.',
      '',
      '“It is a good day,” said the mayor.',
    ].join('\n');
    assert.deepEqual(kinds(text), [
      ['headline', 'Harbor council backs new tram line after long debate'],
      ['dateline', 'Updated on: May 16, 2024 / 7:51 AM EDT / Coast Ledger', '2024-05-16T07:51-04:00'],
      ['article', 'The council voted 7-2 on Thursday to fund the line.'],
      ['article', '“It is a good day,” said the mayor.'],
    ]);
  });

  it('reads the dateline formats of news sites and wires', () => {
    const cases: [string, string | undefined][] = [
      ['Day: May 16, 2024', '2024-05-16'],
      ['Published 3:02 PM EDT, Thu May 16, 2024', '2024-05-16T15:02-04:00'],
      ['By Jane Doe | May 16, 2024', '2024-05-16'],
      ['May 16, 2024', '2024-05-16'],
      ['LONDON 1996-08-30', '1996-08-30'],
      ['2001-04-09 14:20:05', '2001-04-09T14:20'],
      ['PORTVILLE, Maine (AP) _', undefined],
    ];
    for (const [line, date] of cases) {
      const text = `Ferry service resumes on the island route\n${line}\n\nBoats sailed again on Friday after a two-week halt.`;
      const b = blockOf(text, line)!;
      assert.equal(b.kind, 'dateline', line);
      assert.equal(b.date, date, line);
      assert.equal(blockOf(text, 'Ferry service')!.kind, 'headline', line);
    }
  });

  it('keeps a byline with the dateline under it, and does not take it for a headline', () => {
    const text = 'Island ferry strike enters second week\nBy Marta Kuhl and Jon Reyes\nUpdated 7:51 AM EDT, May 16, 2024\n\nTalks broke down on Wednesday.';
    assert.deepEqual(kinds(text), [
      ['headline', 'Island ferry strike enters second week'],
      ['dateline', 'By Marta Kuhl and Jon Reyes\nUpdated 7:51 AM EDT, May 16, 2024', '2024-05-16T07:51-04:00'],
      ['article', 'Talks broke down on Wednesday.'],
    ]);
    // a sentence that starts with "By" is not a byline
    assert.equal(blockOf('Harbor News\nBy Friday, the council had voted.\n\nMore text follows here, in a paragraph of its own.', 'By Friday')!.kind, 'article');
  });

  it('takes a sentence-case title with a full stop above a wire dateline for a headline', () => {
    const text = 'Harbor grain prices slip in slow trade.\nPORTVILLE 2011-03-04\nGrain prices eased on Friday.\nHARBOR will be closed Monday due to the holiday.';
    assert.deepEqual(segment(text).map(b => b.kind), ['headline', 'dateline', 'article', 'article']);
  });

  it('keeps a date line and a wire line under a title together as one dateline', () => {
    const text = 'Storm closes northern ports\n2003-02-11\nHALDEN, Norway (AP) _\n\nThe storm closed three ports on Tuesday.';
    assert.deepEqual(kinds(text).slice(0, 2), [
      ['headline', 'Storm closes northern ports'],
      ['dateline', '2003-02-11\nHALDEN, Norway (AP) _', '2003-02-11'],
    ]);
  });

  it('dates a dateline without a year from the reference date given, and never from today', () => {
    const text = 'Port strike ends after nine days\nPORTVILLE, August 7 (Coast Wire) --\n\nDock workers went back on Friday.';
    assert.equal(blockOf(text, 'PORTVILLE')!.kind, 'dateline');
    assert.equal(blockOf(text, 'PORTVILLE')!.date, undefined);
    assert.equal(segment(text, '2019-08-09').find(b => b.kind === 'dateline')!.date, '2019-08-07');
  });

  it('takes a tweet text and its signature as one tweet block dated by the signature', () => {
    const text = 'The mayor posted her reaction.\n\nProud of our crews tonight. Every boat came home. https://t.co/xYz123AbC\n— Rosa Lind (@MayorLind) May 15, 2024\n\nShe later said more.';
    const tweet = blockOf(text, 'Proud of')!;
    assert.equal(tweet.kind, 'tweet');
    assert.equal(text.slice(tweet.start, tweet.end), 'Proud of our crews tonight. Every boat came home. https://t.co/xYz123AbC\n— Rosa Lind (@MayorLind) May 15, 2024');
    assert.equal(tweet.date, '2024-05-15');
    assert.equal(blockOf(text, 'She later')!.kind, 'article');
  });

  it('recognizes a tweet pasted on one line with its signature glued on', () => {
    const text = 'Fans reacted online.\n\nNew album out now! https://t.co/fjJq7 pic.twitter.com/P2qm3h— Harbor Records (@HarborRecords) September 27, 2016\n\nThe label said more.';
    assert.deepEqual(segment(text).map(b => [b.kind, b.date]), [['article', undefined], ['tweet', '2016-09-27'], ['article', undefined]]);
  });

  it('tags video titles, captions, boilerplate and menus', () => {
    const text = [
      'Crews battle the hillside fire 02:44',
      'Inside the new tram depot 1:02:13',
      'Volunteers hand out water near the fire line on Friday.CreditCredit…Sam Ortiz/Coast Ledger',
      'A ferry leaves the harbor at dawn. Photo: AP',
      'Learn more about your ad choices. Visit podcastchoices.com/adchoices',
      'Advertisement',
      'Sign up for our morning newsletter',
      '- The Latest',
      '- Photos',
    ].join('\n\n');
    assert.deepEqual(segment(text).map(b => b.kind), ['video', 'video', 'caption', 'caption', 'boilerplate', 'boilerplate', 'boilerplate', 'menu', 'menu']);
  });

  it('joins a hard-wrapped paragraph into one block but keeps one-sentence lines apart', () => {
    const wrapped = 'The harbor authority said on Monday that the new pier would open\nin the spring, weeks later than planned, because storms had slowed\nthe work of the divers who set its foundations in the bay last year.\nOfficials did not give a firm date.';
    assert.deepEqual(segment(wrapped).map(b => [b.kind, b.start, b.end]), [['article', 0, wrapped.length]]);
    const lines = 'The harbor authority said on Monday that the new pier would open in the spring.\nOfficials did not give a firm date for the opening of the pier.\nDivers began work on the foundations last year.';
    assert.equal(segment(lines).length, 3);
  });

  it('does not split a quotation or a name at a line break', () => {
    const text = '“We will keep the ferry running,\nwhatever it costs,” the mayor said.\nCouncillor Ana\nBeltrán disagreed.';
    const blocks = segment(text);
    assert.equal(blocks.length, 1, JSON.stringify(blocks));
  });

  it('joins a long line broken just before a name, but not a short item line', () => {
    const text = 'The motion was carried after a late speech by Councillor Ana\nBeltrán of the harbor ward.\nMay 13 Arrive in Portville\nMay 14 Visit the shipyard';
    assert.deepEqual(segment(text).map(b => text.slice(b.start, b.end)), [
      'The motion was carried after a late speech by Councillor Ana\nBeltrán of the harbor ward.',
      'May 13 Arrive in Portville',
      'May 14 Visit the shipyard',
    ]);
  });

  it('gives exact trimmed offsets with CRLF, a BOM and emoji', () => {
    const text = '\uFEFF🚢 Ferry news 🚢\r\nMay 16, 2024\r\n\r\n   The 🚢 ferry sailed on Friday.   \r\n\r\n- Photos\r\n';
    const blocks = segment(text);
    for (const b of blocks) {
      const t = text.slice(b.start, b.end);
      assert.equal(t, t.trim());
      assert.ok(t.length > 0);
    }
    assert.deepEqual(blocks.map(b => [b.kind, text.slice(b.start, b.end)]), [
      ['headline', '🚢 Ferry news 🚢'],
      ['dateline', 'May 16, 2024'],
      ['article', 'The 🚢 ferry sailed on Friday.'],
      ['menu', '- Photos'],
    ]);
  });

  // Speed is measured by `npm run bench`; here the test's time limit only guards against a hang or a quadratic pass.
  it('segments a 5 MB dump without hanging', function () {
    this.timeout(20_000);
    const para = 'The council met on Tuesday and agreed, after a long debate about fares, to fund the ferry line.\n';
    const article = `Council backs ferry line\nMay 16, 2024\n\n${para.repeat(3)}\n“We are borrowing against a promise,\nand we know it,” he said.\n\n`;
    const big = article.repeat(Math.ceil(5_000_000 / article.length));
    const blocks = segment(big);
    assert.equal(blocks.filter(b => b.kind === 'headline').length, Math.ceil(5_000_000 / article.length));
  });

  it('returns nothing for empty or blank text', () => {
    assert.deepEqual(segment(''), []);
    assert.deepEqual(segment(' \r\n\t\n'), []);
  });
});
