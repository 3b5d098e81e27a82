// Speaker sieve `name`: a name is the fullest form of itself in the document (`Putin` → `Vladimir Putin`), read from
// the entity mention it lies in when there is one.
import type { Entity, Span } from '../../types';
import { cleanCanonical, lastWord } from '../nameIndex';
import type { SpeakerSieve } from '../sieve';

export const byName: SpeakerSieve = {
  id: 'name',
  resolve(sp, at, { index, entityStarts }) {
    if (sp.kind !== 'name' || !sp.name) return null;
    let name = sp.name.name.replace(/['’]s$/, '');
    const ent = overlapping(entityStarts, sp.span);
    if (ent) {
      const canon = cleanCanonical(ent.canonical);
      if (canon.split(' ').length > name.split(' ').length && lastWord(canon) === lastWord(name)) name = canon;
    }
    const full = index.resolve(name, at);
    const org = sp.name.org || index.isOrg(full) || ent?.type === 'organization';
    if (sp.name.titles.includes('mr')) index.learnGender(full, 'm');
    if (sp.name.titles.some(t => t === 'mrs' || t === 'ms' || t === 'miss')) index.learnGender(full, 'f');
    return { name: full, type: org ? 'organization' : 'person', by: 'name' };
  },
};

/** The first of `sorted` (non-overlapping, by start) that overlaps `span`. */
function overlapping(sorted: readonly Entity[], span: Span): Entity | undefined {
  let lo = 0, hi = sorted.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (sorted[mid].end <= span.start) lo = mid + 1; else hi = mid; }
  for (let i = lo; i < sorted.length && sorted[i].start < span.end; i++) if (sorted[i].end > span.start) return sorted[i];
  return undefined;
}
