// Quote sieve `sentence-subject`, for a quote no cue attributes: the person or organization that opens the quote's
// sentence is its speaker when the sentence goes on with its verb (`Former Arkansas Gov. Mike Huckabee, for his part,
// is labeling Obama’s actions “…”`, `17-year-old Jared Potts echoed: “…”`), as CoreNLP's one-name sieves do.
import type { Entity } from '../../types';
import { nameFromRun, tokens } from '../names';
import type { Found, QuoteSite } from '../sieve';

/** Words that open a subordinate clause (`When Wallace died, Clinton released …`): its subject is not the sentence's. */
const SUBORDINATE = /\b(?:when|whenever|after|before|if|as|while|although|though|because|since|until|unless|once|where|whether|like|unlike)\b/i;

export function sentenceSubject(site: QuoteSite): Found | null {
  return subjectOfSentence(site.text, site.masked, site.entities, site.sentenceStart, site.quote.start);
}

/** The name that is the subject of the reporter's words in [from, to), if one opens them. */
export function subjectOfSentence(text: string, masked: string, entities: readonly Entity[], from: number, to: number): Found | null {
  // `He described the field as “…”`: a pronoun that opens the sentence, resolved as any pronoun is
  const p = /^\s*(He|She)\s+(\p{Ll}+)/u.exec(masked.slice(from, Math.min(to, from + 40)));
  if (p && !/^(?:and|or|who|that)$/.test(p[2])) {
    const start = from + p[0].indexOf(p[1]);
    return { sp: { phrase: p[1], span: { start, end: start + p[1].length }, kind: 'pronoun' }, cue: null, how: 'sentence-subject' };
  }
  let lo = 0, hi = entities.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (entities[mid].start < from) lo = mid + 1; else hi = mid; }
  const e = entities[lo];
  if (!e || e.end > to || e.type !== 'person') return null;
  // only a few descriptor words before it (`Former Arkansas Gov.`, `17-year-old`), in the same clause
  const lead = masked.slice(from, e.start);
  // (or after an opening phrase: `On Saturday, Trump issued …`, `At the debate Wednesday night, Clinton blamed …`)
  const opening = /^[^,;:“”"()—–]{1,60},\s*$/.test(lead) && lead.split(/\s+/).filter(Boolean).length <= 9;
  if (SUBORDINATE.test(lead) || (!opening && (/[,;:“”"()—–]/.test(lead) || lead.split(/\s+/).filter(Boolean).length > 5))) return null;
  // then an optional apposition, then a lower-case word: the verb (or an adverb before it)
  const rest = masked.slice(e.end, Math.min(to, e.end + 200));
  const m = /^(?:['’]s?(?=\s))?(?:\s*,[^,“”"]{1,120},)?\s+(\p{Ll}+)\b/u.exec(rest);
  if (!m || /^(?:and|or|of|for|to|in|on|at|with|by|from|as|than|who|which|that|whose|campaign|administration|supporters|aides|spokesman|spokeswoman)$/.test(m[1])) return null;
  // (`Doe was asked by …`, `Doe was identified as …`: the subject of a passive is no sign of who speaks)
  if (/^(?:is|was|were|are)$/.test(m[1]) && /^\s+(?:\p{Ll}+ed|being|been)\b/u.test(rest.slice(m.index + m[0].length))) return null;
  if (/^['’]/.test(rest)) return null; // a possessive: `Obama's advisers`
  const toks = tokens(text.slice(e.start, e.end), e.start);
  const hit = nameFromRun(toks, text) ?? { name: e.text, start: e.start, end: e.end, titles: [], org: false };
  return { sp: { phrase: hit.name, span: { start: hit.start, end: hit.end }, kind: 'name', name: hit }, cue: null, how: 'sentence-subject' };
}
