// Quote sieve `cue-later`: a cue at the end of the sentence after the quote (`… “…” is held accountable, X said.`).
import { isCue } from '../../cues';
import { cueAt } from '../cue';
import { APPOSITION_OPENER, OBJECT_BEFORE, subjectAfter, subjectBefore } from '../phrases';
import type { Found, QuoteSite } from '../sieve';

export function cueLater(site: QuoteSite): Found | null {
  return laterAttribution(site.masked.slice(site.quote.end, site.sentenceEnd), site.quote.end, site.text);
}

/** A cue at the end of the sentence after the quote: `…, X said.` */
export function laterAttribution(rest: string, offset: number, text: string): Found | null {
  const m = /,\s+([^,;:“”"]{1,80}?)\s+([\p{L}]+)(\s+(?:out|in))?(?:\s+(?:on|in|at|during|last|this|yesterday|today|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b[^,;:“”"]{0,40})?[.!?]?\s*$/u.exec(rest);
  if (!m || !isCue(m[2])) return invertedLater(rest, offset, text);
  const segStart = m.index + m[0].indexOf(m[1], 1);
  let sp = subjectBefore(m[1], offset + segStart, text);
  if (!sp) return null;
  // `Jane Doe, the director for the Ohio Party said`: the apposition's object is not who speaks, its head is
  if (sp.kind === 'name' && APPOSITION_OPENER.test(m[1]) && OBJECT_BEFORE.test(text.slice(offset + segStart, sp.span.start))) {
    const head = subjectBefore(rest.slice(0, m.index), offset, text);
    if (!head || head.kind !== 'name') return null;
    sp = head;
  }
  const cueStart = offset + segStart + m[1].length + (m[0].slice(m[0].indexOf(m[1], 1) + m[1].length).length - m[0].slice(m[0].indexOf(m[1], 1) + m[1].length).trimStart().length);
  return { sp, cue: cueAt(text, cueStart, m[2]), how: 'cue-later' };
}


/** An inverted cue after a comma later in the sentence: `“…” about the plan, said Jane Doe, a union leader.` */
function invertedLater(rest: string, offset: number, text: string): Found | null {
  const m = /,\s+(said|says|added|adds|wrote|writes|explained|explains|noted|notes|argued|argues)\s+(?=[\p{L}])/u.exec(rest);
  if (!m || /[“”"]/.test(rest.slice(0, m.index))) return null;
  const cueStart = offset + m.index + m[0].indexOf(m[1]);
  const after = cueStart + m[1].length;
  const sp = subjectAfter(text.slice(after, offset + rest.length), after, text);
  return sp && sp.kind === 'name' ? { sp, cue: cueAt(text, cueStart, m[1]), how: 'cue-later' } : null;
}
