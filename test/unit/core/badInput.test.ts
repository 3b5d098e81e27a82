// The engine on input that is not tidy news: it must finish quickly, never throw, and annotate little or nothing
// where there is nothing to annotate.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';
import { decodeText, looksBinary } from '../../../src/core/decode';

function checked(text: string) {
  const a = analyze(text);
  for (const s of [...a.entities, ...a.dates, ...a.quotes]) assert.equal(text.slice(s.start, s.end), s.text);
  return a;
}

describe('bad input', () => {
  it('empty and whitespace-only text give an empty analysis', () => {
    for (const text of ['', '   ', '\n\n\r\n\t\n']) {
      const a = checked(text);
      assert.equal(a.entities.length + a.dates.length + a.quotes.length + a.speakers.length, 0);
    }
  });

  it('a BOM at the start does not shift offsets', () => {
    const text = '\uFEFF“We will rebuild the bridge,” said Mayor Elena Vasquez.';
    const a = checked(text);
    assert.equal(a.quotes.length, 1);
    assert.equal(a.quotes[0].start, 1);
  });

  it('emoji and other astral characters next to names and inside quotes keep offsets exact', () => {
    const text = '😀Elena Vasquez said 🚢 “The ferry 🚢 is coming 𝒳,” and Tom Okafor 👏 agreed.';
    const a = checked(text);
    assert.equal(a.quotes.length, 1);
    assert.ok(a.quotes[0].text.includes('🚢'));
  });

  it('a thousand unmatched opening quotes never swallow the document', () => {
    const text = Array.from({ length: 1000 }, (_, i) => `Paragraph ${i} opens “a quote that never closes`).join('\n');
    const a = checked(text);
    for (const q of a.quotes) assert.ok(!q.text.includes('\n'), 'an unclosed quote ran past its paragraph');
  });

  it('quotes nested five deep are handled', () => {
    const text = 'She said: “one ‘two “three ‘four “five” four’ three” two’ one.”';
    const a = checked(text);
    assert.deepEqual(a.quotes.map(q => q.text), ['“one ‘two “three ‘four “five” four’ three” two’ one.”']);
  });

  it('50,000 quotes in one file are all found', function () {
    // A hang guard, not a speed check (npm run bench measures speed): 12 s on a loaded machine, 20 s was too close.
    this.timeout(60_000);
    const text = Array.from({ length: 50_000 }, (_, i) => `Item ${i} was called “thing${i}” by some.`).join('\n');
    const a = checked(text);
    assert.equal(a.quotes.length, 50_000);
  });

  it('all-caps text, right-to-left text and another language do not crash', () => {
    checked('CITY COUNCIL VOTES 7-2 FOR FERRY LINE AFTER HEATED DEBATE ON THURSDAY');
    checked('המועצה הצביעה ביום חמישי בעד קו המעבורת. "זה יום גדול", אמרה ראש העיר.');
    checked('مجلس المدينة صوت لصالح خط العبارة يوم الخميس');
    const a = checked('Le conseil municipal a voté jeudi pour la ligne de ferry, a déclaré la maire.');
    assert.ok(a.quotes.length === 0);
  });

  // Speed is measured by `npm run bench`; here the test's time limit only guards against a hang or a quadratic pass.
  it('a 5 MB single line is analyzed without hanging', () => {
    const sentence = 'The council met again and the ferry plan moved forward without any named speaker. ';
    const text = sentence.repeat(Math.ceil((5 << 20) / sentence.length));
    const a = checked(text);
    assert.equal(a.quotes.length, 0);
  }).timeout(60_000);

  it('bytes with NUL are binary; invalid UTF-8 and Latin-1 decode with replacement characters', () => {
    assert.equal(looksBinary(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00])), true);
    const latin1 = new Uint8Array([...Buffer.from('Caf'), 0xe9, ...Buffer.from(' “Zo'), 0xeb, ...Buffer.from('” said Ana.')]);
    const decoded = decodeText(latin1);
    assert.ok(decoded.ok && decoded.replaced && decoded.text.startsWith('Caf\uFFFD'));
    if (decoded.ok) checked(decoded.text);
  });
});
