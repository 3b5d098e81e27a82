// Speaker sieve `title`: a title phrase (`the senator`, `the Nevada Democrat's leader`) stands for the person the
// article introduced with that title, the latest one before it.
import { TITLE_WORDS } from '../../cues';
import type { Mention } from '../nameIndex';
import type { SpeakerSieve } from '../sieve';

/** The titles a title phrase's head word can stand for (`the leader` was introduced as `Prime Minister X`). */
const TITLE_SYNONYMS: Record<string, string[]> = {
  leader: ['president', 'prime', 'premier', 'chancellor', 'king', 'leader', 'minister'],
  senator: ['senator', 'sen'],
  congressman: ['rep', 'representative', 'congressman'],
  congresswoman: ['rep', 'representative', 'congresswoman'],
  lawmaker: ['sen', 'senator', 'rep', 'representative', 'congressman', 'congresswoman'],
  governor: ['gov', 'governor'],
  president: ['president'],
  mayor: ['mayor'],
  secretary: ['secretary'],
  general: ['gen', 'general'],
  minister: ['minister'],
  chairman: ['chairman', 'chair'],
  chairwoman: ['chairwoman', 'chair'],
  spokesman: ['spokesman'],
  spokeswoman: ['spokeswoman'],
  judge: ['judge'],
  justice: ['justice'],
  chancellor: ['chancellor'],
  director: ['director'],
  ambassador: ['ambassador'],
  professor: ['professor', 'prof'],
  candidate: ['candidate', 'nominee'],
  nominee: ['nominee', 'candidate'],
};

export const byTitle: SpeakerSieve = {
  id: 'title',
  resolve(sp, at, { index, articleFloor }) {
    if (sp.kind !== 'desc') return null;
    const words = sp.phrase.toLowerCase().replace(/['’]s\b/g, '').split(/\s+/);
    const core = words.slice(0, words.findIndex((w, i) => i > 0 && /^(?:of|for|at|in|from|with|on|and)$/.test(w)) >>> 0 || words.length);
    const head = core[core.length - 1] ?? '';
    if (!/^(?:the|this|that)$/.test(words[0]) || !(TITLE_WORDS.has(head) || TITLE_SYNONYMS[head])) return null;
    let best: Mention | undefined;
    for (const h of TITLE_SYNONYMS[head] ?? [head]) {
      const m = index.byTitleBefore(h, at);
      if (m && m.at >= articleFloor(at) && (!best || m.at > best.at)) best = m;
    }
    return best ? { name: best.name, type: 'person', by: 'title' } : null;
  },
};
