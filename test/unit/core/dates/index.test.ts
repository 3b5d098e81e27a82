import assert from 'node:assert/strict';
import { describeDate } from '../../../../src/core/calendar';
import { dateOfLine, findDates } from '../../../../src/core/dates';

/** value of the first mention whose text is `text` */
function valueOf(sentence: string, text: string, reference: string | undefined = '2024-05-16'): string | null | undefined {
  return findDates(sentence, reference).find(d => d.text === text)?.value;
}
function texts(sentence: string, reference: string | undefined = '2024-05-16'): string[] {
  return findDates(sentence, reference).map(d => d.text);
}

describe('findDates', () => {
  describe('absolute dates', () => {
    it('normalizes written, ISO and numeric dates', () => {
      assert.equal(valueOf('The treaty was signed on March 5, 1946, in a small hall.', 'March 5, 1946'), '1946-03-05');
      assert.equal(valueOf('Filed 2023-11-02 by the clerk.', '2023-11-02'), '2023-11-02');
      assert.equal(valueOf('Posted 12/05/2019 09:42:00 to the board.', '12/05/2019 09:42:00'), '2019-12-05T09:42');
      assert.equal(valueOf('The port reopened on 3 June 2021.', '3 June 2021'), '2021-06-03');
      assert.equal(valueOf('Sales fell in January 2022, the report said.', 'January 2022'), '2022-01');
      assert.equal(valueOf('The mill closed in 1987 after a strike.', '1987'), '1987');
      assert.equal(valueOf('Prices soared in the 1970s.', '1970s'), '197');
    });

    it('follows the TIMEX3 forms for parts of a year, fiscal years, decades and weekly sets', () => {
      // the reference is Thursday 16 May 2024
      assert.equal(valueOf('Talks resume in April next year.', 'April next year'), '2025-04');
      assert.equal(valueOf('The house voted in early October this year.', 'early October this year'), '2024-10');
      assert.equal(valueOf('It began in February last year.', 'February last year'), '2023-02');
      assert.equal(valueOf('The plant opened in March of 1999.', 'March of 1999'), '1999-03');
      assert.equal(valueOf('Profit rose in the first half of 1999.', 'the first half of 1999'), '1999-H1');
      assert.equal(valueOf('Sales will grow in the second half of next year.', 'the second half of next year'), '2025-H2');
      assert.equal(valueOf('Output fell in the third quarter of last year.', 'the third quarter of last year'), '2023-Q3');
      assert.equal(valueOf('The budget for fiscal 1999 was cut.', 'fiscal 1999'), 'FY1999');
      assert.equal(valueOf('The FY98 budget was cut.', 'FY98'), 'FY1998');
      assert.equal(valueOf('Music was loud in the \'90s.', "'90s"), '199');
      // a set: the same weekday of every week, ISO numbering (Monday 1, Sunday 7); no anchor applies
      assert.equal(valueOf('The market opens every Monday.', 'every Monday'), 'XXXX-WXX-1');
      assert.equal(valueOf('The shop is shut on Sundays.', 'Sundays'), 'XXXX-WXX-7');
      assert.equal(valueOf('He will leave at 4 in the morning.', '4 in the morning'), '2024-05-16T04:00');
      // the parenthesis restates the time with its day: Friday after Thursday 16 May
      assert.equal(valueOf('He will leave at 4 in the morning (4 a.m. EDT Friday).', '4 in the morning'), '2024-05-17T04:00');
      assert.equal(valueOf('They met at 9 in the evening.', '9 in the evening'), '2024-05-16T21:00');
    });

    it('leaves a march and an idiom alone', () => {
      assert.deepEqual(texts('Crowds joined the annual March for Life on the Mall.'), []);
      assert.deepEqual(texts('She led the ``March of the Combatant Mothers.\'\''), []);
      assert.deepEqual(texts('For Poland, high noon has come.'), []);
      assert.deepEqual(texts('He danced with the Happy Mondays in Leeds.'), []);
      assert.deepEqual(texts('On Fridays the show moves to Sundays.'), ['Fridays', 'Sundays']);
      assert.deepEqual(texts('The vote is at noon.'), ['noon']);
    });

    it('keeps a weekday written before the date in the span', () => {
      const d = findDates('The board met on Monday, Oct. 26: it voted 5-4.', '2020-10-25');
      assert.deepEqual(d.map(x => [x.text, x.value]), [['Monday, Oct. 26', '2020-10-26']]);
    });

    it('gives a date with time and zone its offset', () => {
      assert.equal(valueOf('Published 3:02 PM EDT, Thu May 16, 2024', '3:02 PM EDT, Thu May 16, 2024'), '2024-05-16T15:02-04:00');
      assert.equal(valueOf('Posted May 16, 2024 / 7:51 AM EST', 'May 16, 2024 / 7:51 AM EST'), '2024-05-16T07:51-05:00');
      assert.equal(valueOf('The polls close at 8 p.m. GMT.', '8 p.m. GMT'), '2024-05-16T20:00Z');
      // ET follows daylight saving time: -04:00 in May, -05:00 in January
      assert.equal(valueOf('The vote starts at 9 a.m. ET.', '9 a.m. ET', '2024-05-16'), '2024-05-16T09:00-04:00');
      assert.equal(valueOf('The vote starts at 9 a.m. ET.', '9 a.m. ET', '2024-01-16'), '2024-01-16T09:00-05:00');
    });
  });

  describe('relative expressions against the reference date (Thursday 16 May 2024)', () => {
    it('resolves deictic words and units', () => {
      assert.equal(valueOf('The mayor spoke yesterday.', 'yesterday'), '2024-05-15');
      assert.equal(valueOf('Crews will return tomorrow.', 'tomorrow'), '2024-05-17');
      assert.equal(valueOf('Rents rose last year.', 'last year'), '2023');
      assert.equal(valueOf('Rents rose last month.', 'last month'), '2024-04');
      assert.equal(valueOf('The council meets this week.', 'this week'), '2024-W20');
      assert.equal(valueOf('Two weeks ago, the bridge shut.', 'Two weeks ago'), '2024-W18');
      assert.equal(valueOf('The park opened 11 days ago.', '11 days ago'), '2024-05-05');
      assert.equal(valueOf('Ticket sales began earlier this year.', 'earlier this year'), '2024');
      assert.equal(valueOf('The strike began last fall.', 'last fall'), '2023-FA');
      assert.equal(valueOf('Crews will return tonight.', 'tonight'), '2024-05-16TNI');
    });

    it('lets tense decide the direction of a bare month', () => {
      assert.equal(valueOf('A détente struck between the two unions in November has held.', 'November'), '2023-11');
      assert.equal(valueOf('The two unions will meet in November.', 'November'), '2024-11');
      assert.equal(valueOf('The appeal is heard in March.', 'March'), '2025-03');
      assert.equal(valueOf('The company said it plans to open a plant in March.', 'March'), '2025-03');
      assert.equal(valueOf('Shares fell sharply in March.', 'March'), '2024-03');
      assert.equal(valueOf('Police have new evidence in the February shooting.', 'February'), '2024-02');
    });

    it('reads a bare weekday as the last one in past tense and the next one in future tense', () => {
      assert.equal(valueOf('The council voted on Tuesday to close the pool.', 'Tuesday'), '2024-05-14');
      assert.equal(valueOf('The council will vote Tuesday on the pool.', 'Tuesday'), '2024-05-21');
      assert.equal(valueOf('Officials said Thursday that the pool would close.', 'Thursday'), '2024-05-16');
      assert.equal(valueOf('The inquiry was postponed until Monday morning.', 'Monday morning'), '2024-05-20TMO');
      assert.equal(valueOf('She left last Friday.', 'last Friday'), '2024-05-10');
      assert.equal(valueOf('She leaves next Friday.', 'next Friday'), '2024-05-24');
      assert.equal(valueOf('Residents vowed to fight Tuesday’s ruling.', 'Tuesday’s'), '2024-05-14');
      assert.equal(valueOf('Traders waited ahead of Tuesday’s vote.', 'Tuesday’s', '2024-05-13'), '2024-05-14');
    });

    it('takes the nearest year for a month and day, unless tense says otherwise', () => {
      assert.equal(valueOf('The hearing is on Jan. 14.', 'Jan. 14', '2024-01-05'), '2024-01-14');
      assert.equal(valueOf('The fire broke out on Nov. 25.', 'Nov. 25', '2024-01-07'), '2023-11-25');
    });

    it('resolves "that year" to the last year named before it', () => {
      assert.equal(valueOf('She moved to Lisbon in June 2011 and married later that year.', 'later that year'), '2011');
    });

    it('reads "the next day" from the date before it and "in the fall" by tense', () => {
      assert.equal(valueOf('The dam failed on March 3, 2019. Crews arrived the next day.', 'the next day'), '2019-03-04');
      assert.equal(valueOf('The plant will reopen in the fall.', 'the fall'), '2024-FA');
      assert.equal(valueOf('The plant closed in the winter.', 'the winter'), '2023-WI');
      assert.deepEqual(texts('He wrote about the fall of the city.'), []);
    });

    it('shifts the day named after "the day before" and gives "that same day" after a month as a day of that month', () => {
      // Thursday 24 February 2000: last Tuesday is the 22nd, the day before it the 21st
      assert.equal(valueOf("The day before last Tuesday's hearing, he called.", "The day before last Tuesday's", '2000-02-24'), '2000-02-21');
      assert.equal(valueOf('The pier shut the day after Christmas 2023.', 'the day after Christmas 2023'), '2023-12-26');
      // TIMEX3 writes the digits the text leaves unknown as X: a day of October 1998, which one is not said
    assert.equal(valueOf('He was shot last October. His name was crossed out that same day.', 'that same day', '1999-02-06'), '1998-10-XX');
    assert.equal(valueOf('The mill opened in 1987. That month the river froze.', 'That month', '2024-05-16'), '1987-XX');
    assert.equal(valueOf('The mill opened in 1987. That evening the river froze.', 'That evening', '2024-05-16'), '1987-XX-XXTEV');
    });

    it('reads a modal after a negation as past', () => {
      // Thursday 6 January 2000
      assert.equal(valueOf("Neither he nor his parents could be located Wednesday.", 'Wednesday', '2000-01-06'), '2000-01-05');
      assert.equal(valueOf('He could face charges Friday.', 'Friday', '2000-01-06'), '2000-01-07');
    });

    it('counts "ten days before" from the date named before it', () => {
      assert.equal(valueOf('The dam failed on March 3, 2019. Inspectors had seen cracks ten days before the failure.', 'ten days before'), '2019-02-21');
    });

    it('joins a clock time to the day beside it', () => {
      const d = findDates('The ferry leaves at 4 a.m. EDT Thursday.', '2024-05-15');
      assert.deepEqual(d.map(x => [x.text, x.value]), [['4 a.m. EDT Thursday', '2024-05-16T04:00-04:00']]);
      const p = findDates('The dam gave way at 6:10 a.m. (1010 GMT) Tuesday.', '2024-05-16');
      assert.deepEqual(p.map(x => [x.text, x.value]), [['6:10 a.m. (1010 GMT) Tuesday', '2024-05-14T06:10']]);
    });

    it('puts a lone clock time on the day named earlier in the sentence', () => {
      const d = findDates('On Monday the talks resumed at 9 a.m. and broke up at noon. Crews left at 5 p.m.', '2024-05-16');
      assert.deepEqual(d.map(x => [x.text, x.value]), [
        ['Monday', '2024-05-13'], ['9 a.m.', '2024-05-13T09:00'], ['noon', '2024-05-13T12:00'], ['5 p.m.', '2024-05-16T17:00'],
      ]);
    });

    it('leaves the names of newspapers, programmes and observances alone', () => {
      assert.deepEqual(texts('The Sunday Herald and USA Today ran it; she told the Today programme.'), []);
      assert.deepEqual(texts('Schools mark National Tree Planting Day.'), []);
    });
  });

  describe('without a reference date', () => {
    it('gives relative expressions a null value, never today', () => {
      for (const s of ['The mayor spoke on Thursday.', 'Rents rose last year.', 'The hearing is on Jan. 14.', 'Crews left yesterday.']) {
        const d = findDates(s, undefined);
        assert.equal(d.length, 1, s);
        assert.equal(d[0].value, null, s);
      }
      assert.equal(valueOf('Signed on March 5, 1946.', 'March 5, 1946', undefined), '1946-03-05');
    });
  });

  describe('non-dates', () => {
    it('leaves numbers, durations and names alone', () => {
      assert.deepEqual(texts('The two-day summit approved $240 billion in aid.'), []);
      assert.deepEqual(texts('It marked the 75th anniversary with a 12-point plan, repeated 40 times.'), []);
      assert.deepEqual(texts('Watch: Leaders meet in Geneva 02:44'), []);
      assert.deepEqual(texts('Now the talks resume.'), []);
      assert.deepEqual(texts('May Holloway said the vote was close.'), []);
      assert.deepEqual(texts('Officials say they may decide soon.'), []);
      assert.deepEqual(texts('About 2000 people joined, and 1500 troops stood by.'), []);
      assert.deepEqual(texts('June Carter sang first.'), []);
      assert.deepEqual(texts('Thousands joined the March on the capital.'), []);
    });

    it('still reads May as a month after a preposition', () => {
      assert.equal(valueOf('The plant opened in May.', 'May', '2024-08-01'), '2024-05');
    });
  });

  it('gives offsets that slice the text exactly, with emoji and CRLF before the date', () => {
    const text = '🔥🔥 Update\r\nThe café reopened on Friday 🎉 and will close in July.';
    const d = findDates(text, '2024-05-16');
    assert.deepEqual(d.map(x => x.text), ['Friday', 'July']);
    for (const x of d) assert.equal(text.slice(x.start, x.end), x.text);
    assert.deepEqual(d.map(x => x.value), ['2024-05-10', '2024-07']);
  });
});

describe('findDates speed', () => {
  // Speed is measured by `npm run bench`; here the test's time limit only guards against a hang or a quadratic pass.
  it('reads 1 MB of news text without hanging', function () {
    this.timeout(20_000);
    const para = 'The council voted on Tuesday to fund the ferry line, which will open in March 2025, officials said. ' +
      'Fares rose 4% last year and 2,000 people rode the boats on May 3; the mayor will speak at 9 a.m. EDT Friday.\n\n';
    const big = para.repeat(Math.ceil(1_000_000 / para.length));
    assert.equal(findDates(big, '2024-05-16').length, 5 * Math.ceil(1_000_000 / para.length));
  });
});

describe('dateOfLine', () => {
  it('reads the date of datelines and tweet signatures, with time and zone', () => {
    assert.equal(dateOfLine('Updated on: May 16, 2024 / 7:51 AM EDT / CBS/AP'), '2024-05-16T07:51-04:00');
    assert.equal(dateOfLine('By Jane Doe | May 16, 2024'), '2024-05-16');
    assert.equal(dateOfLine('1999-02-16 12:55:33'), '1999-02-16T12:55');
    assert.equal(dateOfLine('WASHINGTON (AP) --'), undefined);
  });
});

describe('describeDate', () => {
  it('puts values into words for the hover', () => {
    assert.equal(describeDate('2024-05-16'), 'Thursday, 16 May 2024');
    assert.equal(describeDate('2024-05-16T07:51-04:00'), 'Thursday, 16 May 2024, 07:51 (UTC-04:00)');
    assert.equal(describeDate('2024-05'), 'May 2024');
    assert.equal(describeDate('2024'), 'the year 2024');
    assert.equal(describeDate('2024-W20'), 'week 20 of 2024 (from Monday, 13 May 2024)');
    assert.equal(describeDate('199'), 'the 1990s');
    assert.equal(describeDate('2023-FA'), 'autumn 2023');
    assert.equal(describeDate('2024-05-16TNI'), 'Thursday, 16 May 2024, night');
    assert.equal(describeDate('1998-10-XX'), 'a day in October 1998');
    assert.equal(describeDate('1987-XX-XXTEV'), 'a day in 1987, evening');
    assert.equal(describeDate('1987-XX'), 'a month of 1987');
    assert.equal(describeDate('XXXX-WXX-1'), 'every Monday');
    assert.equal(describeDate('XXXX-WXX-7'), 'every Sunday');
    assert.equal(describeDate('FY1999'), 'fiscal year 1999');
    assert.equal(describeDate('1999-H2'), 'the second half of 1999');
  });
});
