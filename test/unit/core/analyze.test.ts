import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyze, Analyzer } from '../../../src/core/analyze';

const sample = readFileSync('samples/city-council.txt', 'utf8');

describe('analyze', () => {
  it('returns the news-lens/2 schema with offsets that slice the text exactly', () => {
    const a = analyze(sample);
    assert.equal(a.schema, 'news-lens/2');
    for (const span of [...a.entities, ...a.dates, ...a.quotes]) assert.equal(sample.slice(span.start, span.end), span.text);
    assert.ok(a.quotes.length >= 5);
  });

  it('gives the same result from a cached analyzer after a one-character edit elsewhere', () => {
    const analyzer = new Analyzer();
    analyzer.analyze(sample);
    const edited = sample.replace('packed a community hall', 'packed a community halls');
    assert.deepEqual(analyzer.analyze(edited), analyze(edited));
  });

  it('handles empty and whitespace-only text', () => {
    for (const t of ['', ' \n\r\n\t ']) {
      const a = analyze(t);
      assert.deepEqual([a.entities.length, a.dates.length, a.quotes.length], [0, 0, 0]);
    }
  });
});
