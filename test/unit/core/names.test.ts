import assert from 'node:assert/strict';
import fc from 'fast-check';
import { tokenize } from '../../../src/core/names';

describe('tokenize', () => {
  it('joins the dot of an abbreviation or an initial to its word and splits a lower-case suffix off a hyphened name', () => {
    const text = 'Mr. Smith met V. Putin.\nDr. Jones runs a York-based firm';
    const tokens = tokenize(text);
    assert.deepEqual(tokens.map(t => t.t), ['Mr.', 'Smith', 'met', 'V.', 'Putin', '.', 'Dr.', 'Jones', 'runs', 'a', 'York', '-based', 'firm']);
    assert.deepEqual(tokens.map(t => t.br), [false, false, false, false, false, false, true, false, false, false, false, false, false]);
    assert.deepEqual([tokens[0].s, tokens[0].e], [0, 3]);
    assert.deepEqual([tokens[6].s, tokens[6].e, tokens[6].lower], [24, 27, 'dr']);
    assert.deepEqual([tokens[11].k, tokens[11].s, tokens[11].e], ['p', 45, 51]);
  });

  // a token's line break is decided when it is made, before a dot may still join the token before it
  it('marks exactly the tokens with a line break between them and the token before, and each token is its text', () => {
    const pieces = ['Mr', 'mr', 'St', 'V', 'v', 'York', '-based', 'x', '.', '..', ' ', '\n', '\r\n', ',', '9', 'É', '’s'];
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map(parts => parts.join(''));
    fc.assert(fc.property(text, t => {
      const tokens = tokenize(t);
      tokens.forEach((tok, i) => {
        assert.equal(tok.t, t.slice(tok.s, tok.e));
        assert.equal(tok.br, i > 0 && /[\r\n]/.test(t.slice(tokens[i - 1].e, tok.s)));
      });
    }), { numRuns: 3000 });
  });
});
