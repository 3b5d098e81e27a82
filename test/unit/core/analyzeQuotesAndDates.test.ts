// The layers the editor paints first (analyzeQuotesAndDates) are the very ones the whole analysis gives: the same
// blocks, articles, dates with their anchors, and quotes at the same places, over random dumps made of the repo's
// fictional articles with a cut and an insertion; only speakers, cues and names are left out.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { analyze, analyzeQuotesAndDates } from '../../../src/core/analyze';

const dumps = ['samples/city-council.txt', 'test/fixtures/harbor-week.news.txt', 'test/fixtures/riverside-dispatch.txt',
  'test/fixtures/ferry-debate.txt', 'test/fixtures/no-dateline.txt', 'test/fixtures/dates-narrative.news.txt',
  'test/fixtures/dates-embedded.news.txt', 'test/fixtures/ui/council.txt'];
const blocks = dumps.flatMap(f => readFileSync(f, 'utf8').split(/\n\s*\n/)).filter(b => b.trim());

const dump = fc
  .record({
    picks: fc.array(fc.nat(blocks.length - 1), { minLength: 1, maxLength: 14 }),
    separators: fc.array(fc.constantFrom('\n\n', '\n', '\n\n\n', '\r\n\r\n'), { minLength: 14, maxLength: 14 }),
    cut: fc.tuple(fc.nat(), fc.nat(60)),
    insert: fc.tuple(fc.nat(), fc.constantFrom('“', '”', '"', '\n', 'said Mr. Okafor on Tuesday. ')),
  })
  .map(({ picks, separators, cut, insert }) => {
    let text = picks.map((p, i) => blocks[p] + separators[i]).join('');
    const from = cut[0] % (text.length + 1);
    text = text.slice(0, from) + text.slice(from + cut[1]);
    const at = insert[0] % (text.length + 1);
    return text.slice(0, at) + insert[1] + text.slice(at);
  });

const references = fc.constantFrom(undefined, '2024-06-03', '2005-03-01');

describe('analyzeQuotesAndDates', () => {
  it('gives the whole analysis\'s blocks, articles, dates and quotes (property)', () => {
    fc.assert(fc.property(dump, references, (text, referenceDate) => {
      const whole = analyze(text, { referenceDate });
      const first = analyzeQuotesAndDates(text, { referenceDate });
      assert.deepEqual(first.blocks, whole.blocks);
      assert.deepEqual(first.articles, whole.articles);
      assert.deepEqual(first.dates, whole.dates);
      // the kind is the quote finder's: attribution may make a quote with no cue 'partial'
      assert.deepEqual(first.quotes.map(q => [q.start, q.end, q.text]), whole.quotes.map(q => [q.start, q.end, q.text]));
    }), { numRuns: 60 });
  });

  it('leaves out speakers, cues and names', () => {
    const text = 'Ferry vote delayed\nUpdated on: June 3, 2024\n\n“We need more time,” said Mayor Ines Calloway on Tuesday.\n';
    const first = analyzeQuotesAndDates(text);
    assert.deepEqual(first.quotes.map(q => [q.text, q.speaker, q.cue]), [['“We need more time,”', null, null]]);
    // said on Tuesday, in an article of Monday 3 June: the Tuesday before
    assert.deepEqual(first.dates.map(d => [d.text, d.value]), [['June 3, 2024', '2024-06-03'], ['Tuesday', '2024-05-28']]);
    assert.deepEqual([first.entities, first.clusters, first.speakers], [[], [], []]);
  });
});
