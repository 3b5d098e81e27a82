import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { join } from 'node:path';
import { analyze } from '../../../../src/core/analyze';
import type { AnalyzeOptions } from '../../../../src/core/types';

const fixture = (name: string) => readFileSync(join(__dirname, '../../../fixtures', name), 'utf8');

/** [text, value, anchor kind, the anchor's text] for every date of a fixture, in order. */
function anchored(name: string, options: AnalyzeOptions = {}): [string, string | null, string, string?][] {
  const text = fixture(name);
  return analyze(text, options).dates.map(d => {
    const row: [string, string | null, string, string?] = [d.text, d.value, d.anchor.kind];
    if (d.anchor.span) row.push(text.slice(d.anchor.span.start, d.anchor.span.end));
    return row;
  });
}

describe('anchoring dates, scoped per article', () => {
  it('lets a tweet, a caption and a quoted old date anchor only themselves', () => {
    const dateline = 'LAKEMONT, Monday, March 4, 2024 (AP) —';
    assert.deepEqual(anchored('dates-embedded.news.txt'), [
      ['Monday, March 4, 2024', '2024-03-04', 'absolute'],
      ['Tuesday', '2024-02-27', 'dateline', dateline],
      // inside the tweet signed September 29, 2016 (a Thursday): "will vote on Friday"
      ['Friday', '2016-09-30', 'tweet', 'September 29, 2016'],
      ['September 29, 2016', '2016-09-29', 'absolute'],
      // after the tweet the article's own dateline again, not 2016
      ['last year', '2023', 'dateline', dateline],
      ['June 30, 2021', '2021-06-30', 'absolute'],
      ['The next day', '2021-07-01', 'previous', 'June 30, 2021'],
      // a caption dated Saturday, August 12, 2023: "the next Monday" is the Monday after it
      ['August 12, 2023', '2023-08-12', 'absolute'],
      ['next Monday', '2023-08-14', 'caption', 'August 12, 2023'],
      ['next month', '2024-04', 'dateline', dateline],
    ]);
  });

  it('counts "the next day", "that evening" and "two days later" from the date just mentioned', () => {
    assert.deepEqual(anchored('dates-narrative.news.txt'), [
      ['Friday, July 9, 2021', '2021-07-09', 'absolute'],
      ['June 30, 2021', '2021-06-30', 'absolute'],
      ['The next day', '2021-07-01', 'previous', 'June 30, 2021'],
      ['That evening', '2021-07-01TEV', 'previous', 'The next day'],
      ['Two days later', '2021-07-03', 'previous', 'That evening'],
      // a weekday is deictic: the dateline's Friday, not the narrative's
      ['Tuesday', '2021-07-06', 'dateline', 'RIVERTON, Friday, July 9, 2021 (AP) —'],
    ]);
  });

  it('finds articles after menu lines and anchors each on its own byline', () => {
    const text = fixture('dates-menu-byline.txt');
    const analysis = analyze(text);
    assert.deepEqual(analysis.articles.map(a => [a.title, a.date]), [
      ['Storm Closes Coastal Road', '2024-05-16'],
      ['Harbor Fees Rise Again', '2024-06-03T07:51-04:00'],
    ]);
    assert.deepEqual(anchored('dates-menu-byline.txt'), [
      ['May 16, 2024', '2024-05-16', 'absolute'],
      ['Tuesday', '2024-05-14', 'byline', 'By Jane Doe, May 16, 2024'],
      ['next week', '2024-W21', 'byline', 'By Jane Doe, May 16, 2024'],
      ['June 3, 2024 / 7:51 AM EDT', '2024-06-03T07:51-04:00', 'absolute'],
      ['yesterday', '2024-06-02', 'byline', 'Updated on: June 3, 2024 / 7:51 AM EDT'],
      ['this year', '2024', 'byline', 'Updated on: June 3, 2024 / 7:51 AM EDT'],
    ]);
  });

  it('uses the reference date only where nothing else applies, and gives no value without one', () => {
    assert.deepEqual(anchored('dates-none.txt'), [
      ['Thursday', null, 'none'],
      ['next month', null, 'none'],
    ]);
    assert.deepEqual(anchored('dates-none.txt', { referenceDate: '2024-05-16' }), [
      ['Thursday', '2024-05-16', 'reference'],
      ['next month', '2024-06', 'reference'],
    ]);
    // a dated article ignores the reference date
    assert.equal(anchored('dates-narrative.news.txt', { referenceDate: '2030-01-01' }).at(-1)![1], '2021-07-06');
  });

  it('does not carry one article’s dateline into the next article', () => {
    const text = 'First Story Here\nMAPLE, May 2, 2024 (AP) —\n\nThe ferry ran on Monday.\n\nSecond Story Here\n\nThe ferry stopped on Monday, crews said.\n';
    const dates = analyze(text).dates;
    assert.deepEqual(dates.map(d => [d.text, d.value, d.anchor.kind]), [
      ['May 2, 2024', '2024-05-02', 'absolute'],
      ['Monday', '2024-04-29', 'dateline'],
      ['Monday', null, 'none'],
    ]);
  });

  it('anchors an e-mail style quoted block on its own date', () => {
    const text = 'Letter Read Aloud\nPORTVALE, May 16, 2024 (AP) —\n\n> Sent on March 3, 1998. We met yesterday and agreed.\n\nThe letter was read on Tuesday.\n';
    assert.deepEqual(analyze(text).dates.map(d => [d.text, d.value, d.anchor.kind]), [
      ['May 16, 2024', '2024-05-16', 'absolute'],
      ['March 3, 1998', '1998-03-03', 'absolute'],
      ['yesterday', '1998-03-02', 'quote'],
      ['Tuesday', '2024-05-14', 'dateline'],
    ]);
  });
});

describe('anchoring invariants (property)', () => {
  const pieces = [
    'Ferry Line Approved', 'LAKEMONT, Monday, March 4, 2024 (AP) —', 'By Jane Doe, May 16, 2024', '- Home', '- News',
    'The council voted on Tuesday to fund the line.', 'The river crested on June 30, 2021. The next day crews came.',
    'That evening the pier closed. Two days later it reopened.', 'Rents rose last year and will rise next month.',
    'Vote on Friday! https://t.co/x1\n— Ana Ruiz (@anaruiz) September 29, 2016',
    'Crowds at the pier on August 12, 2023. Photo: Coast Ledger', '> Sent on March 3, 1998. We met yesterday.',
    'She married later that year, in the mid-1990s.',
  ];
  const dump = fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 14 }).map(parts => parts.join('\n\n'));

  it('a date has a value exactly when it found an anchor, and its anchor lies in its own article, before it when narrative', function () {
    this.timeout(120_000); // a hang guard: the machine may be busy
    fc.assert(fc.property(dump, fc.option(fc.constant('2024-05-16')), (text, reference) => {
      const analysis = analyze(text, reference ? { referenceDate: reference } : {});
      const articleOf = (offset: number) => analysis.articles.findIndex(a => a.start <= offset && offset < a.end);
      for (const d of analysis.dates) {
        assert.equal(d.value === null, d.anchor.kind === 'none', JSON.stringify(d));
        if (d.anchor.kind === 'reference') assert.equal(d.anchor.date, reference);
        const span = d.anchor.span;
        if (!span) continue;
        assert.equal(articleOf(span.start), articleOf(d.start), `${d.text}: anchor in another article`);
        if (d.anchor.kind === 'previous') assert.ok(span.end <= d.start, `${d.text}: previous date after it`);
        if (d.anchor.kind === 'tweet' || d.anchor.kind === 'caption') {
          const block = analysis.blocks.find(b => b.start <= d.start && d.start < b.end)!;
          assert.ok(block.start <= span.start && span.end <= block.end, `${d.text}: a ${d.anchor.kind} anchors only itself`);
        }
      }
    }), { numRuns: 60 });
  });
});
