// Speaker sieve `cluster`: a name that lies in a person or organization mention of the entity pass is that mention's
// cluster, by id: its canonical name is the speaker (`Mr. Xi` → `Xi Jinping`), so speakers and entities agree.
import type { Entity, Span } from '../../types';
import type { SpeakerSieve } from '../sieve';

export const byCluster: SpeakerSieve = {
  id: 'cluster',
  resolve(sp, _at, { entityStarts }) {
    if (sp.kind !== 'name') return null;
    const e = holding(entityStarts, sp.span);
    return e ? { name: e.canonical, type: e.type, by: 'cluster', cluster: e.cluster } : null;
  },
};

/** The mention of `sorted` (non-overlapping, by start) that holds `span`. */
function holding(sorted: readonly Entity[], span: Span): Entity | undefined {
  let lo = 0, hi = sorted.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (sorted[mid].end <= span.start) lo = mid + 1; else hi = mid; }
  const e = sorted[lo];
  return e && e.start <= span.start && span.end <= e.end ? e : undefined;
}
