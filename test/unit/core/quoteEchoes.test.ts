import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { EchoIndex, echoWords, findEchoes, wordDiff } from '../../../src/core/quoteEchoes';

const ORIGINAL = '“We will keep the market open every summer, whatever the budget says,” said the mayor.';

describe('quote echoes', () => {
  it('normalizes case, punctuation, quote marks and apostrophes', () => {
    assert.deepEqual(echoWords('“Don’t stop — NOW,” she said.'), ['dont', 'stop', 'now', 'she', 'said']);
  });

  it('links the same quote word for word, re-punctuated, trimmed, or with a word or two changed', () => {
    const texts = [
      '“We will keep the market open every summer, whatever the budget says.”',
      '"we will keep the market open every summer -- whatever the budget says"',
      '“keep the market open every summer, whatever the budget says”',
      '“We will keep the night market open every summer, whatever the budget tells us.”',
      '“The budget was never realistic and everyone at the council knew it.”',
      '“worth trying”',
    ];
    const echoes = findEchoes(texts);
    assert.deepEqual(echoes[0].map(m => m.id).sort(), [1, 2, 3]);
    assert.equal(echoes[0].find(m => m.id === 1)?.exact, true);
    assert.equal(echoes[0].find(m => m.id === 2)?.exact, false);
    assert.equal(echoes[0].find(m => m.id === 2)?.similarity, 1);
    assert.deepEqual(echoes[4], []);
    assert.deepEqual(echoes[5], [], 'a two-word quote is too common to link');
  });

  it('does not link quotes that only share common words', () => {
    const echoes = findEchoes([
      '“We will do what we have to do for the people of this city.”',
      '“We have to think about what the people of the valley will do.”',
    ]);
    assert.deepEqual(echoes, [[], []]);
  });

  it('leaves out the pairs the caller skips (the same article)', () => {
    const texts = [ORIGINAL, ORIGINAL, ORIGINAL];
    const echoes = findEchoes(texts, (i, j) => i + j === 1);
    assert.deepEqual(echoes.map(list => list.map(m => m.id)), [[2], [2], [0, 1]]);
  });

  it('quotes can be removed from the index', () => {
    const index = new EchoIndex();
    index.add(1, ORIGINAL);
    index.add(2, ORIGINAL);
    assert.deepEqual(index.query(ORIGINAL).map(m => m.id), [1, 2]);
    index.remove(1);
    assert.deepEqual(index.query(ORIGINAL).map(m => m.id), [2]);
    assert.equal(index.size, 1);
  });

  it('a word diff shows what was removed and added', () => {
    assert.deepEqual(wordDiff('We will keep it open every summer.', 'We will keep it open each summer!'), [
      { op: 'same', text: 'We will keep it open' },
      { op: 'removed', text: 'every' },
      { op: 'added', text: 'each' },
      { op: 'same', text: 'summer!' },
    ]);
  });

  it('every quote echoes an exact copy of itself (property)', () => {
    const word = fc.constantFrom('market', 'budget', 'summer', 'river', 'council', 'bridge', 'night', 'ferry', 'open', 'late');
    fc.assert(fc.property(fc.array(word, { minLength: 5, maxLength: 30 }), words => {
      const text = words.join(' ');
      const [, copy] = findEchoes([`“${text}.”`, text.toUpperCase()]);
      return copy.length === 1 && copy[0].id === 0 && copy[0].exact;
    }));
  });
});
