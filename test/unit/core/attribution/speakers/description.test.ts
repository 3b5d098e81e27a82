import assert from 'node:assert/strict';
import { analyze } from '../../../../../src/core/analyze';

describe('speaker sieve org-description', () => {
  it('gives `the Ledger` the cluster of the body named in full before it, by id', () => {
    const text = 'The Harbor Ledger reported on Monday that the mayor had resigned.\n\n“It came to a head,” the Ledger reported, quoting an aide.\n';
    const { quotes, entities } = analyze(text);
    const q = quotes.find(x => x.text.includes('came to a head'));
    assert.equal(q?.speaker, 'Harbor Ledger');
    const full = entities.find(e => e.text === 'Harbor Ledger');
    assert.ok(full && q?.speakerCluster === full.cluster);
  });
});
