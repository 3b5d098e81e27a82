// Reading a name in the reporter's words: the words of a stretch of text, and the name that ends a run of capitalized
// words, without its titles (`Oversight Chairman Jason Chaffetz` → `Jason Chaffetz`).
import type { Span } from '../types';
import { CUE_FORMS, NOT_NAME, ORG_HEADS, TITLE_WORDS } from '../cues';
import { FIRST_NAME_WORDS } from '../lexicon';

interface Tok { w: string; start: number; end: number }

const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}'’\-]|&(?=\p{Lu}))*(?:\.(?=[\p{L}]\.)[\p{L}])*\.?/gu;
export const ABBREV = /^(?:[A-Z]\.|[A-Z]\.[A-Z]\.(?:[A-Z]\.)?|Mr\.|Mrs\.|Ms\.|Dr\.|Sen\.|Sens\.|Rep\.|Reps\.|Gov\.|Gen\.|Lt\.|Col\.|Capt\.|Sgt\.|Maj\.|Adm\.|Cmdr\.|Prof\.|Rev\.|Del\.|Atty\.|St\.|Jr\.|Sr\.|Gen\.|U\.S\.|Pres\.)$/;
export const PARTICLES = new Set(['de', 'da', 'del', 'della', 'di', 'du', 'van', 'von', 'der', 'den', 'la', 'le', 'bin', 'al', 'ibn', 'el', 'ben', 'dos', 'das', 'y']);
export const SUFFIXES = new Set(['jr.', 'sr.', 'ii', 'iii', 'iv', 'jr', 'sr']);

export function tokens(s: string, offset: number): Tok[] {
  const out: Tok[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(s); m; m = WORD.exec(s)) {
    let w = m[0];
    if (w.endsWith('.') && !ABBREV.test(w)) w = w.slice(0, -1);
    out.push({ w, start: offset + m.index, end: offset + m.index + w.length });
  }
  return out;
}

export const isCap = (w: string) => /^[\p{Lu}]/u.test(w);
export const lower = (w: string) => w.toLowerCase().replace(/\.$/, '');
export const isTitle = (w: string) => TITLE_WORDS.has(lower(w));

const ORG_ADJECTIVES = new Set(['democratic', 'republican', 'conservative', 'liberal', 'independent', 'libertarian',
  'progressive', 'american', 'new', 'national', 'senior']);

let lowerCache: { text: string; words: Set<string> } | null = null;
/** Does the text use `w` in lower case anywhere (` engineer `)? One pass over the text, on first need. */
export function usedInLowerCase(text: string, w: string): boolean {
  if (!lowerCache || lowerCache.text !== text) {
    const words = new Set<string>();
    for (const m of text.matchAll(/(?<![\p{L}\-'’])\p{Ll}[\p{Ll}\-]+/gu)) words.add(m[0]);
    lowerCache = { text, words };
  }
  return lowerCache.words.has(w.toLowerCase());
}

export interface NameHit { name: string; start: number; end: number; titles: string[]; org: boolean }

/**
 * Reads the name at the end of `toks` (the words just before a cue, or a whole capitalized run): strips titles
 * (`Oversight Chairman Jason Chaffetz` → `Jason Chaffetz`), keeps initials and suffixes. Null when none.
 * `afterCue`: the run follows an inverted cue (`said Will Doyle`), so a first name that is also a word opens it.
 */
export function nameFromRun(run: Tok[], text: string, afterCue = false): NameHit | null {
  // Only words separated by spaces (or a hyphen) belong to one run.
  let i = run.length - 1;
  if (i < 0) return null;
  while (i >= 0 && !isCap(run[i].w) && !SUFFIXES.has(run[i].w.toLowerCase())) i--;
  if (i < 0) return null;
  const endTok = i;
  let first = i;
  while (first > 0) {
    const prev = run[first - 1];
    const gap = text.slice(prev.end, run[first].start);
    if (!/^[ \u00a0]+$/.test(gap)) break;
    if (!(isCap(prev.w) || PARTICLES.has(prev.w))) break;
    if (/['’]s$/.test(prev.w)) break;
    first--;
  }
  let words = run.slice(first, endTok + 1);
  // `the Washington Post Trump said`: an organization's last word ends the run before a person's name
  for (let k = words.length - 2; k >= 0; k--) {
    if (ORG_HEADS.has(lower(words[k].w)) && isCap(words[k].w) && words.length - k - 1 <= 3 && !TITLE_WORDS.has(lower(words[k + 1].w))) { words = words.slice(k + 1); break; }
  }
  if (words.length >= 2 && words.every(t => /^[\p{Lu}\d'’\-.]{2,}$/u.test(t.w))) return null; // HEADINGS IN CAPITALS
  const titles: string[] = [];
  // Cut everything up to the last title word that is followed by a name.
  // (Words are dropped by moving an index and cut once: cutting a word at a time made a run of thousands of
  // capitalized words, `Mr. Mr. Mr. …`, quadratic.)
  let lastTitle = -1;
  let nameAfter = false; // a word that is not a suffix comes after k
  for (let k = words.length - 2; k >= 0 && lastTitle < 0; k--) {
    nameAfter ||= !SUFFIXES.has(words[k + 1].w.toLowerCase());
    // `Martin Luther King Jr.`: a title word followed only by suffixes is the surname
    if (isTitle(words[k].w) && nameAfter) lastTitle = k;
  }
  for (let k = 0; k <= lastTitle; k++) titles.push(lower(words[k].w));
  let from = lastTitle + 1;
  let to = words.length;
  // an organization keeps its adjectives (`American Film Institute`, `Democratic National Committee`)
  const orgRun = to - from > 1 && ORG_HEADS.has(lower(words[to - 1].w));
  while (from < to && (NOT_NAME.has(lower(words[from].w)) || PARTICLES.has(words[from].w)) && !/^[A-Z]\.$/.test(words[from].w)
    && !(orgRun && ORG_ADJECTIVES.has(lower(words[from].w)))
    && !(afterCue && from === 0 && to - from >= 2 && words[0].start === run[0].start && FIRST_NAME_WORDS.has(lower(words[0].w)))) {
    titles.push(lower(words[from].w));
    from++;
  }
  while (to - from > 1 && NOT_NAME.has(lower(words[to - 1].w))) to--;
  while (from < to && CUE_FORMS.has(words[from].w.toLowerCase())) from++; // `Writing in the Times, …`
  // `Moscow-based analyst`, `London-born`: adjectives
  while (from < to && /-(?:based|born|bred|led|backed|owned|run|raised|area|era|style|made|funded|affiliated)$/i.test(words[from].w)) from++;
  words = words.slice(from, to);
  if (words.some(t => /-(?:based|born|led|backed|owned|run|funded)$/i.test(t.w))) return null;
  // `Engineer Carl Moss said`: a common noun capitalized at the start of a sentence is not part of the name
  if (words.length >= 3 && /^[\p{Lu}][\p{Ll}]+$/u.test(words[0].w) && usedInLowerCase(text, words[0].w)) {
    titles.push(lower(words[0].w));
    words = words.slice(1);
  }
  if (!words.length) return null;
  // `former Pennsylvania Gov. and …`: a run ending in an abbreviated title describes someone named later, if at all
  const lastWord = words[words.length - 1].w;
  if (lastWord.endsWith('.') && isTitle(lastWord) && ABBREV.test(lastWord)) return null;
  if (words.length === 1 && NOT_NAME.has(lower(words[0].w).replace(/['’]s$/, ''))) return null;
  // `the President said` is a description; `Mr. King said`, `Shah told` are names
  if (words.length === 1 && isTitle(words[0].w) && (lastTitle < 0 && /\b(?:the|a|an|our|his|her|their|its)\s+$/i.test(text.slice(Math.max(0, words[0].start - 8), words[0].start)))) return null;
  if (words.every(t => SUFFIXES.has(t.w.toLowerCase()))) return null;
  const start = words[0].start;
  let end = words[words.length - 1].end;
  if (/['’]s$/.test(words[words.length - 1].w)) end -= 2; // a possessive names its owner
  const name = text.slice(start, end).replace(/\s+/g, ' ');
  const last = lower(words[words.length - 1].w);
  const org = ORG_HEADS.has(last) || words.some(t => /^(House|Department|Ministry|Committee|Council|Party|University)$/.test(t.w));
  return { name, start, end, titles, org };
}


let surnameCache: { text: string; words: Set<string> } | null = null;
/** Is `w` written after a first name somewhere in the text (`Al From`, `George Will`), as the last of two capitalized
 * words that no third one follows? Then `From said` names that person, though `from` is no name of its own. One pass
 * over the text, on first need. */
export function knownSurname(text: string, w: string): boolean {
  if (!surnameCache || surnameCache.text !== text) {
    const words = new Set<string>();
    for (const m of text.matchAll(/(?<![\p{L}.'’\-])([\p{Lu}][\p{Ll}]+) ([\p{Lu}][\p{Ll}]+)(?![\p{L}'’\-]| [\p{Lu}])/gu)) {
      if (!NOT_NAME.has(lower(m[1])) && !isTitle(m[1])) words.add(m[2]);
    }
    surnameCache = { text, words };
  }
  return surnameCache.words.has(w);
}

/** Drops the text kept for `usedInLowerCase` and `knownSurname`, so that no document stays alive between calls. */
export function forgetLowerCaseWords(): void {
  lowerCache = null;
  surnameCache = null;
}

/** The name with the titles written before it (`Mr. Putin`, `President Vladimir V. Putin`). */
export function titledForm(text: string, span: Span): string {
  const name = text.slice(span.start, span.end);
  const before = text.slice(Math.max(0, span.start - 48), span.start);
  const m = /((?:[\p{Lu}][\p{L}]*\.?[ \u00a0]+){1,3})$/u.exec(before);
  if (!m) return name;
  const words = m[1].trim().split(/\s+/);
  let i = words.length;
  while (i > 0 && TITLE_WORDS.has(lower(words[i - 1]))) i--;
  return i < words.length ? `${words.slice(i).join(' ')} ${name}` : name;
}
