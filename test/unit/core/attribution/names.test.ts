import assert from 'node:assert/strict';
import { nameFromRun, tokens } from '../../../../src/core/attribution/names';

/** The name nameFromRun reads at the end of `run`, a stretch of `text`. */
function nameAtEnd(text: string, run: string): string | null {
  const at = text.indexOf(run);
  return nameFromRun(tokens(run, at), text)?.name ?? null;
}

describe('attribution names: the name that ends a run of words', () => {
  it('strips the titles before a name', () => {
    const text = 'said former Oregon Gov. Tom Kessling.';
    assert.equal(nameAtEnd(text, 'former Oregon Gov. Tom Kessling'), 'Tom Kessling');
  });

  it('reads no name in a run that ends in an abbreviated title (a description of someone named later)', () => {
    const text = 'said former Oregon Gov. and party chairman Tom Kessling.';
    assert.equal(nameAtEnd(text, 'former Oregon Gov.'), null);
    assert.equal(nameAtEnd('the Ohio Sen. spoke', 'the Ohio Sen.'), null);
  });
});
