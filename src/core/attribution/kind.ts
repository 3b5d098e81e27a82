// The kind of a quote: a title of a work, a scare quote (a quoted term), or the scanner's direct or partial quote.
import type { QuoteKind } from '../types';
import type { QuoteSpan } from '../quotes';
import { withoutClosing } from './masking';

const TITLE_CUE = /\b(?:book|books|novel|memoir|film|films|movie|documentary|show|series|sitcom|program|programme|podcast|song|songs|single|album|play|musical|opera|episode|article|op-ed|column|essay|poem|painting|titled|entitled|headlined|dubbed|nicknamed|named|hashtag|slogan|motto|campaign|ad|spot|commercial|video|exhibit|exhibition|game|app|newsletter|report)\s*[,:]?\s*$/i;

const SECOND_TITLE = /\b(?:called|titled|entitled|named|dubbed|starred in|stars in|starring)\s+[“"][^“”"]{1,80}[”"],?\s+(?:and|or)\s*$/i;

/** `title` for titles of works, `scare` for quoted terms, else the scanner's kind. */
export function classify(q: QuoteSpan, before: string, inner: string, words: number, atStart: boolean): QuoteKind {
  const capitalized = words <= 14 && inner.split(/\s+/).every(w => !/^[\p{L}]/u.test(w) || /^[\p{Lu}\d]/u.test(w) || /^(?:a|an|the|of|and|or|in|on|at|to|for|with|by|from|is|as|but|vs\.?)$/.test(w.replace(/[,.:;!?]+$/, '')));
  const titleCase = capitalized && words <= 9;
  // (after a work's noun its title may run longer: `the book “Undertow: One Woman's Battle for the Soul of the Board”`)
  const longTitleCase = capitalized;
  if (!atStart || before.trim() !== '') {
    if (TITLE_CUE.test(before)) return longTitleCase || /\b(?:titled|entitled|headlined)\s*[,:]?\s*$/i.test(before) ? 'title' : 'scare';
    // `a play called “Los Hijos,” or “The Sons,”`, `starred in “Night Shift” and “River Road”`: the second of two titles
    if (titleCase && /^[\p{Lu}\d]/u.test(inner) && SECOND_TITLE.test(before)) return 'title';
    // `a film called “Winter Light”`: a Title Case name right after `called`
    if (titleCase && words <= 6 && /\b(?:called|calls|call)\s*$/i.test(before) && /^[\p{Lu}\d]/u.test(inner)) return 'title';
    if (titleCase && /(?:[\p{L}.]['’]s?|\b(?:on|of|in|from|watching|watched|read|reading|hosts?|aired|airs|episode of))\s*$/u.test(before) && /^[\p{Lu}\d]/u.test(inner)) return 'title';
    // `told “Fox and Friends”`, `an interview with “Meet the Press”`, `performed “Bridge Over Troubled Water”`: a
    // show or a work as the object, every word of it capitalized
    if (titleCase && words >= 2 && /\b(?:told|tells|tell|with|performed|performs|perform|sang|sings|leads|anchors|starred in|stars in|starring)\s*$/i.test(before) && inner.split(/\s+/).every(w => w.length < 4 || /^[\p{Lu}\d]/u.test(w))) return 'title';
  }
  if (atStart) return q.kind;
  // a short term inside a noun phrase or as an object, with no sentence of its own
  if (words <= 4 && !/[.?!]$/.test(withoutClosing(inner))) return 'scare';
  return q.kind;
}
