import assert from 'node:assert/strict';
import { extractDates } from '../../../../src/core/dates/extract';
import type { Expression } from '../../../../src/core/dates/spec';

function one(text: string): Expression & { text: string } {
  const found = extractDates(text);
  assert.equal(found.length, 1, `${text}: ${JSON.stringify(found)}`);
  return { ...found[0], text: text.slice(found[0].start, found[0].end) };
}

describe('extractDates (no anchor)', () => {
  it('gives a complete date as an absolute value', () => {
    assert.deepEqual(one('The pier opened on June 30, 2021.').spec, { type: 'absolute', value: '2021-06-30' });
    assert.deepEqual(one('Prices soared in the 1970s.').spec, { type: 'absolute', value: '197' });
  });

  it('leaves a relative date underspecified, with the tense read from the clause', () => {
    assert.deepEqual(one('The council voted on Tuesday.').spec, { type: 'weekday', dow: 2, qualifier: undefined, tense: 'past' });
    assert.deepEqual(one('The council will vote on Tuesday.').spec, { type: 'weekday', dow: 2, qualifier: undefined, tense: 'future' });
    assert.deepEqual(one('Rents rose last year.').spec, { type: 'unit', unit: 'year', step: -1 });
    assert.deepEqual(one('The bridge shut two weeks ago.').spec, { type: 'ago', unit: 'week', n: -2 });
    assert.deepEqual(one('Crews left yesterday.').spec, { type: 'day', offset: -1 });
  });

  it('marks narrative expressions as counted from the previous date', () => {
    assert.deepEqual(one('The next day, crews opened the spillway.').spec, { type: 'previous', unit: 'day', n: 1 });
    const evening = one('That evening the homes were emptied.');
    assert.deepEqual(evening.spec, { type: 'previous', unit: 'day', n: 0 });
    assert.equal(evening.part, 'TEV');
    assert.deepEqual(one('Two days later the water fell.').spec, { type: 'previous', unit: 'day', n: 2 });
    assert.deepEqual(one('She married later that year.').spec, { type: 'previous', unit: 'year', n: 0 });
    assert.deepEqual(one('Inspectors had seen cracks ten days before.').spec, { type: 'previous', unit: 'day', n: -10 });
  });

  it('leaves "N days after" an event alone: it counts from the event, not from a date', () => {
    assert.deepEqual(extractDates('The embassy reopened 13 days after the bombing.'), []);
  });

  it('counts "the day before" and "two weeks after" from the day named right after them', () => {
    const hearing = one("The day before last Tuesday's hearing, the family met.");
    assert.equal(hearing.text, "The day before last Tuesday's");
    assert.deepEqual(hearing.spec, { type: 'shifted', unit: 'day', n: -1, base: { type: 'weekday', dow: 2, qualifier: 'last', tense: undefined } });
    // a complete day needs no anchor: the shift is done at once (14 days after 5 May 2024)
    assert.deepEqual(one('The pier reopened two weeks after May 5, 2024.').spec, { type: 'absolute', value: '2024-05-19' });
    const night = one('The pier had closed the night before.');
    assert.deepEqual(night.spec, { type: 'previous', unit: 'day', n: -1 });
    assert.equal(night.part, 'TNI');
  });

  it('leaves "the day before" an event and "N years before" a clause alone', () => {
    assert.deepEqual(extractDates('He was seen the day before authorities issued a warrant.').map(e => e.spec.type), []);
    assert.deepEqual(extractDates('She waited a year before coming forward.'), []);
    assert.deepEqual(extractDates('He led the council for seven years before entering parliament.'), []);
  });

  it('reads a day written after a month and day as a day of the same month', () => {
    const found = extractDates('The summit meets on April 24 and 25. Talks ran May 3 to 5, 2024.');
    assert.deepEqual(found.map(e => e.spec), [
      { type: 'monthDay', m: 4, d: 24, tense: 'future', week: false },
      { type: 'monthDay', m: 4, d: 25, tense: 'future', week: false },
      { type: 'absolute', value: '2024-05-03' },
      { type: 'absolute', value: '2024-05-05' },
    ]);
    assert.deepEqual(extractDates('On June 2 and 40 people died.').length, 1);
    const before = extractDates('The show runs from 6 to 9 January; the fair is on 14-15 May 2024.');
    assert.deepEqual(before.map(e => [e.start, e.end, e.spec]), [
      [19, 20, { type: 'monthDay', m: 1, d: 6, tense: undefined, week: false }],
      [24, 33, { type: 'monthDay', m: 1, d: 9, tense: undefined, week: false }],
      [50, 52, { type: 'absolute', value: '2024-05-14' }],
      [53, 64, { type: 'absolute', value: '2024-05-15' }],
    ]);
    assert.deepEqual(extractDates('The score was 2 - 9 March.').length, 1);
  });

  it('reads each year of a list of years', () => {
    assert.deepEqual(extractDates('Clinics were attacked in 1994, 1995 and 1997.').map(e => e.spec), [
      { type: 'absolute', value: '1994' }, { type: 'absolute', value: '1995' }, { type: 'absolute', value: '1997' },
    ]);
    assert.deepEqual(extractDates('It cost $1,995, 1996 times over.'), []);
  });

  it('keeps the TIMEX3 modifier the text says', () => {
    assert.equal(one('Work starts in early 2024.').mod, 'START');
    assert.equal(one('It rained in late May.').mod, 'END');
    assert.equal(one('The band formed in the mid-1990s.').mod, 'MID');
    assert.equal(one('The band formed in the mid-1990s.').text, 'mid-1990s');
    assert.equal(one('The bridge shut about two weeks ago.').mod, 'APPROX');
    assert.equal(one('Sales fell late last year.').mod, 'END');
    assert.equal(one('The mill closed in 1987.').mod, undefined);
  });

  it('joins a clock time to the day beside it and links a lone time to the day earlier in the sentence', () => {
    const [monday, nine] = extractDates('On Monday the talks resumed at 9 a.m.');
    assert.equal(monday.spec.type, 'weekday');
    assert.deepEqual(nine.spec, { type: 'previous', unit: 'day', n: 0 });
    assert.deepEqual(nine.time, { h: 9, m: 0 });
    assert.deepEqual(one('Posted 7:51 AM EDT, May 16, 2024').spec, { type: 'absolute', value: '2024-05-16T07:51-04:00' });
  });

  it('gives the same expressions whatever comes before the text', () => {
    const text = 'The council voted on Tuesday. The next day it met again.';
    const later = '2019-01-01\n\n' + text;
    const shifted = extractDates(later).slice(1).map(e => ({ ...e, start: e.start - 12, end: e.end - 12 }));
    assert.deepEqual(shifted, extractDates(text));
  });
});
