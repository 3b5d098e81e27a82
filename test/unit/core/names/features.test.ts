import assert from 'node:assert/strict';
import fc from 'fast-check';
import { FNV_OFFSET, hasCapital, hashFeature, hashOn, hashRange } from '../../../../src/core/names/features';

// ASCII and non-ASCII letters of every case, titlecase, digits, marks, astral letters, lone surrogates, symbols
const pieces = ['a', 'z', 'A', 'Z', 'm', '0', '9', '-', "'", ' ', '.', 'é', 'É', 'ß', 'ǅ', 'Ж', 'ж', '中', '𝐀', '𝐚', '\u0301', '\ud800', '\udc00', '😀', '@'];
const text = fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map(parts => parts.join(''));

describe('name tagger features', () => {
  it('hasCapital answers as /\\p{Lu}/u does, on any text', () => {
    fc.assert(fc.property(text, s => { assert.equal(hasCapital(s), /\p{Lu}/u.test(s)); }), { numRuns: 5000 });
    assert.equal(hasCapital('iPhone'), true);
    assert.equal(hasCapital('eßé'), false);
    assert.equal(hasCapital('dÉjà'), true);
  });

  it('hashes a range in place as the slice, and continues a hash as the concatenation', () => {
    fc.assert(fc.property(text, text, fc.nat(), fc.nat(), (p, s, x, y) => {
      const from = Math.min(x, y) % (s.length + 1), to = Math.max(from, Math.max(x, y) % (s.length + 1));
      assert.equal(hashRange(FNV_OFFSET, s, from, to), hashFeature(s.slice(from, to)));
      assert.equal(hashOn(hashFeature(p), s), hashFeature(p + s));
    }), { numRuns: 2000 });
  });
});
