// The worker's warm-up dumps must take the paths a real dump takes, or they warm the wrong code: each reads like news
// (the check a plain-text document gets first) and has attributed quotes, dates and names.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';
import { readsLikeNews } from '../../../src/core/newsDetection';
import { WARM_UP_DUMPS } from '../../../src/extension/warmUp';

describe('the analysis worker\'s warm-up dumps', () => {
  WARM_UP_DUMPS.forEach((dump, i) => {
    it(`dump ${i + 1} reads like news and has quotes with speakers, dates and names`, () => {
      assert.ok(readsLikeNews(dump));
      const analysis = analyze(dump);
      assert.ok(analysis.quotes.some(q => q.speaker), 'a quote with a speaker');
      assert.ok(analysis.dates.length > 0, 'a date');
      assert.ok(analysis.entities.some(e => e.type === 'person'), 'a person');
    });
  });

  it('between them, have organizations, places, a dateline and boilerplate', () => {
    const analyses = WARM_UP_DUMPS.map(d => analyze(d));
    assert.ok(analyses.some(a => a.entities.some(e => e.type === 'organization')));
    assert.ok(analyses.some(a => a.entities.some(e => e.type === 'place')));
    assert.ok(analyses.some(a => a.blocks.some(b => b.kind === 'dateline')));
    assert.ok(analyses.some(a => a.blocks.some(b => b.kind === 'boilerplate')));
  });

  it('the dump the worker analyzes before it says it is ready is the smallest', () => {
    assert.ok(WARM_UP_DUMPS.every(d => d.length >= WARM_UP_DUMPS[0].length));
  });
});
