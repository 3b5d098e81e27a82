// The reported-speech gate (src/core/attribution/reported.ts): a short quoted phrase a sieve found a speaker for is
// kept as speech or left a term by the trained model. Expected speakers written by hand.
import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';
import { useReportedModel } from '../../../src/core/attribution/reported';
import { REPORTED_MODEL } from '../../../src/core/attribution/reportedModel';

const speakerOf = (text: string, quote: string) => {
  const q = analyze(text).quotes.find(x => x.text.includes(quote));
  assert.ok(q, `quote ${quote} found`);
  return q.speaker;
};

describe('reported-speech gate', () => {
  afterEach(() => useReportedModel(REPORTED_MODEL));

  it('a phrase the sentence’s subject used is that subject’s words', () => {
    assert.equal(speakerOf('Mary Collins spoke in Maine on Monday. Collins hammered his "unsuitability for office."', 'unsuitability'), 'Mary Collins');
    assert.equal(speakerOf('Donald Trump spoke in Ohio on Monday. Trump called the judge a "hater of Donald Trump" who had treated him unfairly.', 'hater'), 'Donald Trump');
  });

  it('a so-called term and a title of a show are nobody’s words', () => {
    assert.equal(speakerOf('Senator Mary Collins voted against the so-called "reform" package on Tuesday.', 'reform'), null);
    assert.equal(speakerOf('Mary Collins appeared on "Saturday Night Live" last week.', 'Saturday'), null);
  });

  it('the model decides: with a model that keeps nothing, the phrase has no speaker', () => {
    useReportedModel({ bias: -1, weights: {} });
    assert.equal(speakerOf('Mary Collins spoke in Maine on Monday. Collins hammered his "unsuitability for office."', 'unsuitability'), null);
  });

  it('hands the model only feature names, and the shipped weights are keyed by them', () => {
    const seen: string[][] = [];
    useReportedModel(REPORTED_MODEL, (_site, features) => seen.push(features));
    analyze('Peter Vance spoke on Monday. Vance warned that "we will not back down."');
    assert.equal(seen.length, 1);
    assert.ok(seen[0].includes('firstPerson') && seen[0].includes('prev=that') && seen[0].includes('cue=warned'), seen[0].join(' '));
    const shape = /^[a-zA-Z]+(?:(?:=|<=|>)[\w.,:–-]*)?(?:&[a-zA-Z]+(?:=|<=|>)[\w.,:-]*)?$/;
    for (const [key, w] of Object.entries(REPORTED_MODEL.weights)) {
      assert.match(key, shape);
      assert.ok(Number.isFinite(w));
    }
  });
});
