import assert from 'node:assert/strict';
import { resolve } from '../../../../src/core/dates/resolve';
import type { Expression, Spec } from '../../../../src/core/dates/spec';

const at = (spec: Spec, extra: Partial<Expression> = {}): Expression => ({ start: 0, end: 1, kind: 'other', spec, ...extra });

describe('resolve (underspecified value + anchor)', () => {
  // Thursday 16 May 2024
  const anchor = '2024-05-16';

  it('turns weekday, month, unit and ago rules into values against the anchor', () => {
    assert.equal(resolve(at({ type: 'weekday', dow: 2, tense: 'past' }), anchor), '2024-05-14');
    assert.equal(resolve(at({ type: 'weekday', dow: 2, tense: 'future' }), anchor), '2024-05-21');
    assert.equal(resolve(at({ type: 'weekday', dow: 5, qualifier: 'next', tense: undefined }), anchor), '2024-05-24');
    assert.equal(resolve(at({ type: 'month', m: 11, tense: 'past' }), anchor), '2023-11');
    assert.equal(resolve(at({ type: 'month', m: 11, tense: 'future' }), anchor), '2024-11');
    assert.equal(resolve(at({ type: 'unit', unit: 'year', step: -1 }), anchor), '2023');
    assert.equal(resolve(at({ type: 'unit', unit: 'week', step: 1 }), anchor), '2024-W21');
    assert.equal(resolve(at({ type: 'unit', unit: 'decade', step: -1 }), anchor), '201');
    assert.equal(resolve(at({ type: 'unit', unit: 'century', step: 0 }), anchor), '20');
    assert.equal(resolve(at({ type: 'day', offset: -1 }, { part: 'TMO' }), anchor), '2024-05-15TMO');
    assert.equal(resolve(at({ type: 'clock' }, { time: { h: 21, m: 5, zone: 'ET' } }), anchor), '2024-05-16T21:05-04:00');
  });

  it('follows one convention for decades and centuries: counted back they name a year, named they are a decade or century', () => {
    assert.equal(resolve(at({ type: 'ago', unit: 'decade', n: -1 }), anchor), '2014');
    assert.equal(resolve(at({ type: 'ago', unit: 'century', n: -1 }), anchor), '1924');
    assert.equal(resolve(at({ type: 'shortDecade', decade: 90 }), anchor), '199');
  });

  it('counts narrative rules from the previous date at the granularity they need', () => {
    assert.equal(resolve(at({ type: 'previous', unit: 'day', n: 1 }), '2021-06-30'), '2021-07-01');
    assert.equal(resolve(at({ type: 'previous', unit: 'day', n: 0 }, { part: 'TEV' }), '2021-07-01'), '2021-07-01TEV');
    assert.equal(resolve(at({ type: 'previous', unit: 'day', n: 2 }), '2021-07-01TEV'), '2021-07-03');
    assert.equal(resolve(at({ type: 'previous', unit: 'year', n: 0 }), '2011-06'), '2011');
    // a year says nothing about which day "the next day" is
    assert.equal(resolve(at({ type: 'previous', unit: 'day', n: 1 }), '2011'), null);
  });

  it('gives null without an anchor and never today', () => {
    assert.equal(resolve(at({ type: 'weekday', dow: 2, tense: 'past' }), undefined), null);
    assert.equal(resolve(at({ type: 'absolute', value: '1946-03-05' }), undefined), '1946-03-05');
  });
});
