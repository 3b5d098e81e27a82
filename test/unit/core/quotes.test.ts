import assert from 'node:assert/strict';
import { findQuotes } from '../../../src/core/quotes';

const texts = (text: string) => findQuotes(text).map(q => text.slice(q.start, q.end));

describe('findQuotes', () => {
  it('finds curly quotes with single quotes inside, marks included', () => {
    const text = 'The mayor said: “We heard them say ‘enough’ and we listened.” Then she left.';
    assert.deepEqual(texts(text), ['“We heard them say ‘enough’ and we listened.”']);
  });

  it('finds straight quotes and keeps apostrophes and inch marks out of them', () => {
    const text = 'He isn\'t sure. "It\'s a 12" pipe," the plumber said, "and it\'s cracked."';
    assert.deepEqual(texts(text), ['"It\'s a 12" pipe,"', '"and it\'s cracked."']);
  });

  it('keeps a quote of several sentences in one span', () => {
    const text = '“We lost the vote. We will try again. Nobody is giving up,” Ms. Alvarez said.';
    assert.deepEqual(texts(text), ['“We lost the vote. We will try again. Nobody is giving up,”']);
  });

  it('joins a multi-paragraph quote: a paragraph left open and the next reopened', () => {
    const text = 'Ms. Okafor said: “The budget is late.\n\n“The council has to act before June.”\n\nShe left.';
    const qs = findQuotes(text);
    assert.equal(qs.length, 1);
    assert.equal(text.slice(qs[0].start, qs[0].end), '“The budget is late.\n\n“The council has to act before June.”');
    assert.deepEqual(qs[0].continuations, [text.indexOf('“The council')]);
  });

  it('bounds an unclosed quote at its paragraph end when the next paragraph does not reopen', () => {
    const text = 'The sign read “closed for repairs\n\nThe shop reopened on Monday. “Welcome back,” the owner said.';
    assert.deepEqual(texts(text), ['“closed for repairs', '“Welcome back,”']);
    assert.equal(findQuotes(text)[0].unclosed, true);
  });

  it('survives a thousand unmatched opening marks without swallowing the document', () => {
    const text = 'Start “x\n'.repeat(1000) + 'The end: “real quote.”';
    const qs = findQuotes(text);
    for (const q of qs) assert.ok(!text.slice(q.start, q.end).includes('\n\n'));
    assert.equal(text.slice(qs[qs.length - 1].start, qs[qs.length - 1].end), '“real quote.”');
  });

  it('ends a continued quote whose new paragraph leaves a nested mark open, without rescanning the first paragraph', () => {
    // Found by the property tests: the fallback end of the first paragraph used to send the scan back, forever.
    const text = '“We will “rebuild” it\n“and then “more\n\nNext paragraph.';
    const qs = findQuotes(text);
    assert.equal(qs.length, 1);
    assert.equal(qs[0].start, 0);
    assert.ok(qs[0].end <= text.indexOf('\n\n'));
  });

  it('ends at the last closing mark when a nested opener is left open, then reads on from there', () => {
    const text = '““”“e\n';
    const qs = findQuotes(text);
    assert.deepEqual(qs.map(q => text.slice(q.start, q.end)), ['““”', '“e']);
  });

  it('never throws on stray and unbalanced marks', () => {
    for (const t of ['”', '“', '"', '” “ ” “', '"a" "', '„ « » ”x“', '\n“\n”\n', '“a “b” c']) {
      for (const q of findQuotes(t)) assert.ok(q.start >= 0 && q.end <= t.length && q.start < q.end);
    }
  });

  it('accepts mixed curly and straight marks around one quote', () => {
    const text = 'There was “no evidence" yet, officials said. It would take "more hours” to know.';
    assert.deepEqual(texts(text), ['“no evidence"', '"more hours”']);
  });

  it('uses exact UTF-16 offsets with CRLF line ends and emoji', () => {
    const text = 'Fans cheered 🎉🎉.\r\n\r\n“We won 🏆 tonight,” the coach said.\r\n“Again.”';
    for (const q of findQuotes(text)) assert.equal(text[q.start], '“');
    assert.deepEqual(texts(text), ['“We won 🏆 tonight,”', '“Again.”']);
  });

  // Speed is measured by `npm run bench`; here the test's time limit only guards against a hang or a quadratic pass.
  it('scans a 5 MB dump with 50,000 quotes', function () {
    this.timeout(20_000);
    const para = 'The minister said the plan was “ambitious but fair,” and added: “We will deliver it.”\n\n';
    const text = para.repeat(Math.ceil(5_000_000 / para.length));
    const qs = findQuotes(text);
    assert.equal(qs.length, 2 * Math.ceil(5_000_000 / para.length));
  });
});
