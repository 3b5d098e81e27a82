// Speaker sieves for descriptions no one was introduced with: a capitalized organization (`the Kremlin`, `the White
// House`) is that organization; any other description (`a spokesman for the campaign`) is the speaker as written.
import type { Entity } from '../../types';
import { ORG_HEADS, TITLE_WORDS } from '../../cues';
import { lastWord } from '../nameIndex';
import { lower } from '../names';
import type { SpeakerSieve } from '../sieve';

export const organizationDescription: SpeakerSieve = {
  id: 'org-description',
  resolve(sp, _at, { entityStarts }) {
    if (sp.kind !== 'desc') return null;
    const capped = sp.phrase.replace(/^(?:the|The)\s+/, '');
    if (!/^[\p{Lu}]/u.test(capped) || !capped.split(' ').every(w => /^[\p{Lu}]/u.test(w) || w === 'of')) return null;
    const personal = capped.split(' ').some(w => TITLE_WORDS.has(lower(w)));
    if (personal && !ORG_HEADS.has(lastWord(capped))) return null;
    // `the Post` after `The Washington Post`: the organization's cluster, when the entity pass found it
    const body = endingAt(entityStarts, sp.span.end);
    return body && body.type === 'organization' && body.text === capped
      ? { name: body.canonical, type: 'organization', by: 'org-description', cluster: body.cluster }
      : { name: capped, type: 'organization', by: 'org-description' };
  },
};

/** The mention of `sorted` (non-overlapping, by start) that ends at `end`. */
function endingAt(sorted: readonly Entity[], end: number): Entity | undefined {
  let lo = 0, hi = sorted.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (sorted[mid].end < end) lo = mid + 1; else hi = mid; }
  return sorted[lo]?.end === end ? sorted[lo] : undefined;
}

export const asWritten: SpeakerSieve = {
  id: 'description',
  resolve(sp) {
    if (sp.kind !== 'desc') return null;
    // `another New Hampshire Republican`, `an Iowa Democrat`: a capitalized description is named without its article
    const proper = /^(?:a|an|another|one)\s+((?:[\p{Lu}][\p{L}.\-]*\s+)*[\p{Lu}][\p{L}\-]*)$/u.exec(sp.phrase);
    return { name: proper ? proper[1] : sp.phrase.replace(/^The\b/, 'the'), by: 'description' };
  },
};
