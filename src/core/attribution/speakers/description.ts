// Speaker sieves for descriptions no one was introduced with: a capitalized organization (`the Kremlin`, `the White
// House`) is that organization; any other description (`a spokesman for the campaign`) is the speaker as written.
import { ORG_HEADS, TITLE_WORDS } from '../../cues';
import { lastWord } from '../nameIndex';
import { lower } from '../names';
import type { SpeakerSieve } from '../sieve';

export const organizationDescription: SpeakerSieve = {
  id: 'org-description',
  resolve(sp) {
    if (sp.kind !== 'desc') return null;
    const capped = sp.phrase.replace(/^(?:the|The)\s+/, '');
    if (!/^[\p{Lu}]/u.test(capped) || !capped.split(' ').every(w => /^[\p{Lu}]/u.test(w) || w === 'of')) return null;
    const personal = capped.split(' ').some(w => TITLE_WORDS.has(lower(w)));
    return !personal || ORG_HEADS.has(lastWord(capped)) ? { name: capped, type: 'organization', by: 'org-description' } : null;
  },
};

export const asWritten: SpeakerSieve = {
  id: 'description',
  resolve(sp) {
    if (sp.kind !== 'desc') return null;
    // `another New Hampshire Republican`, `an Iowa Democrat`: a capitalized description is named without its article
    const proper = /^(?:a|an|another|one)\s+((?:[\p{Lu}][\p{L}.\-]*\s+)*[\p{Lu}][\p{L}\-]*)$/u.exec(sp.phrase);
    return { name: proper ? proper[1] : sp.phrase.replace(/^The\b/, 'the'), by: 'description' };
  },
};
