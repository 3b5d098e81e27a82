// Who said each quote, and with which cue.
//
// Everything here is regexes and bounded scans around each quote, so the pass stays linear in the text:
// 1. a masked copy of the text hides what quotes say (keeping their marks and final punctuation), so sentence
//    boundaries and cue verbs are looked for only in the reporter's own words;
// 2. each quote looks right after itself (`“…,” X said`, `“…,” said X, a professor`), then back into its sentence
//    (`X said: “…”`, `X said it could “…”`), then later in its sentence (`a cashier who “…” is held accountable,
//    X said`), then at `according to X`;
// 3. quotes left without a cue inherit the speaker of the quote before them in the same paragraph or speaker turn;
// 4. speaker phrases become canonical names: a name is extended to the fullest earlier (else later) form with the same
//    last word, a pronoun goes to the most recent compatible person, a title phrase (`the senator`) to the person
//    introduced with that title.
import type { Block, Entity, EntityType, Quote, QuoteKind, Span } from './types';
import type { QuoteSpan } from './quotes';
import { AUX, CUE_FORMS, NOT_NAME, ORG_HEADS, PRONOUNS, TITLE_WORDS, WEAK_CUES, isCue } from './cues';
import { genderOf as firstNameGender } from './gazetteer';

/** A quote as attribution returns it, with the speaker's type when known (read by the speaker index). */
export interface AttributedQuote extends Quote {
  speakerType?: EntityType;
  /** The speaker phrase as written (`Mr. Putin`, `he`, `the senator`), when found. */
  speakerText?: string;
}

const NO_SPEAKER_BLOCKS = new Set(['menu', 'boilerplate', 'video']);

// ---------------------------------------------------------------------------------------------------------------
// Words and names

interface Tok { w: string; start: number; end: number }

const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}'’\-]|&(?=\p{Lu}))*(?:\.(?=[\p{L}]\.)[\p{L}])*\.?/gu;
const ABBREV = /^(?:[A-Z]\.|[A-Z]\.[A-Z]\.(?:[A-Z]\.)?|Mr\.|Mrs\.|Ms\.|Dr\.|Sen\.|Sens\.|Rep\.|Reps\.|Gov\.|Gen\.|Lt\.|Col\.|Capt\.|Sgt\.|Maj\.|Adm\.|Cmdr\.|Prof\.|Rev\.|Del\.|Atty\.|St\.|Jr\.|Sr\.|Gen\.|U\.S\.|Pres\.)$/;
const PARTICLES = new Set(['de', 'da', 'del', 'della', 'di', 'du', 'van', 'von', 'der', 'den', 'la', 'le', 'bin', 'al', 'ibn', 'el', 'ben', 'dos', 'das', 'y']);
const SUFFIXES = new Set(['jr.', 'sr.', 'ii', 'iii', 'iv', 'jr', 'sr']);

function tokens(s: string, offset: number): Tok[] {
  const out: Tok[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(s); m; m = WORD.exec(s)) {
    let w = m[0];
    if (w.endsWith('.') && !ABBREV.test(w)) w = w.slice(0, -1);
    out.push({ w, start: offset + m.index, end: offset + m.index + w.length });
  }
  return out;
}

const isCap = (w: string) => /^[\p{Lu}]/u.test(w);
const lower = (w: string) => w.toLowerCase().replace(/\.$/, '');
const isTitle = (w: string) => TITLE_WORDS.has(lower(w));

const ORG_ADJECTIVES = new Set(['democratic', 'republican', 'conservative', 'liberal', 'independent', 'libertarian',
  'progressive', 'american', 'new', 'national', 'senior']);

let lowerCache: { text: string; words: Set<string> } | null = null;
/** Does the text use `w` in lower case anywhere (` engineer `)? One pass over the text, on first need. */
function usedInLowerCase(text: string, w: string): boolean {
  if (!lowerCache || lowerCache.text !== text) {
    const words = new Set<string>();
    for (const m of text.matchAll(/(?<![\p{L}\-'’])\p{Ll}[\p{Ll}\-]+/gu)) words.add(m[0]);
    lowerCache = { text, words };
  }
  return lowerCache.words.has(w.toLowerCase());
}

/** Is `w` a word that can be part of a person's or organization's name? */
function nameWord(w: string): boolean {
  if (!isCap(w)) return PARTICLES.has(w) || SUFFIXES.has(w.toLowerCase());
  if (/['’]s$/.test(w)) return false;
  return !NOT_NAME.has(lower(w)) || /^[A-Z]\.$/.test(w);
}

interface NameHit { name: string; start: number; end: number; titles: string[]; org: boolean }

/**
 * Reads the name at the end of `toks` (the words just before a cue, or a whole capitalized run): strips titles
 * (`Oversight Chairman Jason Chaffetz` → `Jason Chaffetz`), keeps initials and suffixes. Null when none.
 */
function nameFromRun(run: Tok[], text: string): NameHit | null {
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
    && !(orgRun && ORG_ADJECTIVES.has(lower(words[from].w)))) {
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

// ---------------------------------------------------------------------------------------------------------------
// Document-wide name index: full names by last word, persons in order (for pronouns), titles (for `the senator`).

interface Mention { at: number; name: string; org: boolean }

class NameIndex {
  /** last word (lower case) → full names with their first offsets and counts */
  private byLast = new Map<string, { name: string; at: number; count: number; org: boolean }[]>();
  /** persons and organizations in text order */
  readonly mentions: Mention[] = [];
  /** titles seen before names: title word → mentions */
  private byTitle = new Map<string, Mention[]>();
  /** names that behave like people's: their surname is used alone, or they carry a title or honorific */
  readonly personLike = new Set<string>();
  /** multi-word names seen after an honorific (`Mrs Parker Bowles`): compound surnames */
  readonly surnames = new Set<string>();
  /** gender learned from honorifics */
  private gender = new Map<string, 'm' | 'f'>();

  constructor(private text: string, entities: Entity[]) {
    const RUN = /(?:(?:[\p{Lu}]\.){2,}|[\p{Lu}][\p{L}'’\-]*\.?|[\p{Lu}]\.)(?:[ \u00a0]+(?:(?:de|da|del|di|du|van|von|der|la|le|bin|al|ibn)[ \u00a0]+)?(?:[\p{Lu}][\p{L}'’\-]*\.?|[\p{Lu}]\.(?:[\p{Lu}]\.)?|II|III|IV))*/gu;
    const singles: { at: number; w: string; title: string | null }[] = [];
    const titledSingles: { at: number; w: string; titles: string[] }[] = [];
    for (let m = RUN.exec(text); m; m = RUN.exec(text)) {
      const run = m[0];
      if (run.indexOf(' ') < 0 && run.indexOf('\u00a0') < 0) {
        // one capitalized word: a surname, maybe after a lower-case title (`the senator`) — cheap path
        const w = run.replace(/['’]s$|\.$/, '');
        if (w.length < 2 || NOT_NAME.has(w.toLowerCase()) || TITLE_WORDS.has(w.toLowerCase())) continue;
        const title = lowerTitleBefore(text, m.index);
        singles.push({ at: m.index, w, title: null });
        if (title) titledSingles.push({ at: m.index, w, titles: [title] });
        continue;
      }
      const toks = tokens(run, m.index);
      const hit = nameFromRun(toks, text);
      if (!hit) continue;
      const parts = hit.name.split(' ');
      // A name may also follow a lower-case title (`press secretary Josh Earnest`).
      const low = hit.start === m.index ? lowerTitleBefore(text, hit.start) : null;
      const titles = low ? [...hit.titles, low] : hit.titles;
      if (parts.length >= 2) {
        this.addFull(hit.name, hit.start, hit.org);
        const men = { at: hit.start, name: hit.name, org: hit.org };
        this.mentions.push(men);
        for (const t of titles) (this.byTitle.get(t) ?? this.byTitle.set(t, []).get(t)!).push(men);
        if (titles.length && !hit.org) this.personLike.add(hit.name);
        if (titles.some(t => t === 'mr' || t === 'mrs' || t === 'ms' || t === 'miss' || t === 'dr')) this.surnames.add(hit.name);
        if (titles.includes('mr')) this.gender.set(hit.name, 'm');
        if (titles.includes('mrs') || titles.includes('ms') || titles.includes('miss')) this.gender.set(hit.name, 'f');
      } else {
        singles.push({ at: hit.start, w: hit.name, title: titles.find(t => t === 'mr' || t === 'mrs' || t === 'ms' || t === 'miss') ?? null });
        if (titles.length) titledSingles.push({ at: hit.start, w: hit.name, titles }); // `President Obama`
      }
    }
    for (const e of entities) {
      if (e.type === 'place') continue;
      const canon = cleanCanonical(e.canonical);
      if (canon.split(' ').length < 2) continue;
      this.addFull(canon, e.start, e.type === 'organization');
      // the entity pass's people and organizations are antecedents too
      this.mentions.push({ at: e.start, name: canon, org: e.type === 'organization' });
      if (e.type === 'person') this.personLike.add(canon);
    }
    // Surnames alone are mentions of the full name they resolve to.
    const cache = new Map<string, string>();
    for (const s of singles) {
      if (!this.byLast.has(lastWord(s.w))) continue;
      let full = cache.get(s.w);
      if (full === undefined) { full = this.resolve(s.w, Infinity); cache.set(s.w, full); }
      if (full !== s.w) this.personLike.add(full);
      if (full !== s.w) {
        this.mentions.push({ at: s.at, name: full, org: false });
        if (s.title === 'mr') this.gender.set(full, 'm');
        else if (s.title) this.gender.set(full, 'f');
      }
    }
    for (const t of titledSingles) {
      const full = this.resolve(t.w, t.at);
      for (const title of t.titles) (this.byTitle.get(title) ?? this.byTitle.set(title, []).get(title)!).push({ at: t.at, name: full, org: false });
    }
    this.mentions.sort((a, b) => a.at - b.at);
    // places found by the entity pass are nobody's antecedent
    const places = entities.filter(e => e.type === 'place').map(e => e.start).sort((a, b) => a - b);
    if (places.length) {
      const set = new Set(places);
      let kept = 0;
      for (const m of this.mentions) if (!set.has(m.at)) this.mentions[kept++] = m;
      this.mentions.length = kept;
    }
    for (const list of this.byTitle.values()) list.sort((a, b) => a.at - b.at);
  }

  private addFull(name: string, at: number, org: boolean) {
    const last = lastWord(name);
    const list = this.byLast.get(last) ?? this.byLast.set(last, []).get(last)!;
    const found = list.find(x => x.name === name);
    if (found) { found.count++; found.at = Math.min(found.at, at); } else list.push({ name, at, count: 1, org });
  }

  /** The fullest form of `name` in the document: earlier forms first, else later ones. */
  resolve(name: string, at: number): string {
    const words = name.split(' ');
    const list = this.byLast.get(lastWord(name));
    if (!list) return name;
    const fits = list.filter(x => {
      const xs = x.name.split(' ');
      return xs.length > words.length && words.every(w => xs.includes(w));
    });
    if (!fits.length) return name;
    const earlier = fits.filter(x => x.at < at);
    const pool = earlier.length ? earlier : fits;
    pool.sort((a, b) => b.count - a.count || b.name.length - a.name.length || a.at - b.at);
    // `Crooked Hillary Clinton`: a word glued before a full name seen on its own is a descriptor, not a name
    const best = pool[0].name;
    if (words.length > 1 && best.endsWith(' ' + name) && !this.surnames.has(name)) return name;
    const inner = fits.find(x => x.name.includes(' ') && best.endsWith(' ' + x.name) && !this.surnames.has(x.name));
    return inner ? inner.name : best;
  }

  isOrg(name: string): boolean {
    return this.byLast.get(lastWord(name))?.find(x => x.name === name)?.org ?? ORG_HEADS.has(lastWord(name));
  }

  /** Gender learned from honorifics and pronouns, else the one the first name usually has. */
  genderOf(name: string): 'm' | 'f' | undefined {
    const learned = this.gender.get(name);
    if (learned) return learned;
    const space = name.indexOf(' ');
    return space > 0 ? firstNameGender(name.slice(0, space).toLowerCase()) : undefined;
  }

  learnGender(name: string, g: 'm' | 'f') {
    if (!this.gender.has(name)) this.gender.set(name, g);
  }

  /** The most recent mention before `at` (binary search), filtered. */
  lastMention(at: number, ok: (m: Mention) => boolean, floor = 0): Mention | undefined {
    let lo = 0, hi = this.mentions.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (this.mentions[mid].at < at) lo = mid + 1; else hi = mid; }
    for (let i = lo - 1; i >= 0 && this.mentions[i].at >= floor; i--) if (ok(this.mentions[i])) return this.mentions[i];
    return undefined;
  }

  /** The first mention in [from, to), filtered. */
  firstMention(from: number, to: number, ok: (m: Mention) => boolean): Mention | undefined {
    let lo = 0, hi = this.mentions.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (this.mentions[mid].at < from) lo = mid + 1; else hi = mid; }
    for (let i = lo; i < this.mentions.length && this.mentions[i].at < to; i++) if (ok(this.mentions[i])) return this.mentions[i];
    return undefined;
  }

  byTitleBefore(title: string, at: number): Mention | undefined {
    const list = this.byTitle.get(title);
    if (!list) return undefined;
    let lo = 0, hi = list.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (list[mid].at < at) lo = mid + 1; else hi = mid; }
    return lo > 0 ? list[lo - 1] : undefined;
  }
}

/** A lower-case title word right before `at` (`the senator Jane Doe`, `press secretary Josh Earnest`). */
function lowerTitleBefore(text: string, at: number): string | null {
  let e = at - 1;
  if (text[e] !== ' ') return null;
  let b = e;
  while (b > 0 && b > at - 20 && /[a-z\-]/.test(text[b - 1])) b--;
  if (b === e) return null;
  const w = text.slice(b, e);
  return TITLE_WORDS.has(w) ? w : null;
}

function lastWord(name: string): string {
  let end = name.length;
  for (;;) {
    const sp = name.lastIndexOf(' ', end - 1);
    const w = name.slice(sp + 1, end).toLowerCase();
    if (sp < 0 || !SUFFIXES.has(w)) return w.endsWith('’s') || w.endsWith("'s") ? w.slice(0, -2) : w;
    end = sp;
  }
}

/** An entity canonical without leading titles (`President Vladimir V. Putin` → `Vladimir V. Putin`). */
function cleanCanonical(s: string): string {
  const ws = s.replace(/['’]s$/, '').split(/\s+/).filter(Boolean);
  let k = 0;
  while (k < ws.length - 1 && (TITLE_WORDS.has(lower(ws[k])) || NOT_NAME.has(lower(ws[k])))) k++;
  return ws.slice(k).join(' ');
}

// ---------------------------------------------------------------------------------------------------------------
// Masked text and sentences

/** `s` without the closing marks and spaces that end it. (A loop: `/[”"’'\s]+$/` tries every start in a run of
 * spaces, so a quote holding a long run of them took quadratic time.) */
function withoutClosing(s: string): string {
  let end = s.length;
  while (end > 0 && /[”"’'\s]/.test(s[end - 1])) end--;
  return s.slice(0, end);
}

/** The text with what quotes say replaced by `x` (marks, line breaks and the final punctuation kept). */
function maskQuotes(text: string, quotes: QuoteSpan[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const q of quotes) {
    if (q.start < at) continue;
    parts.push(text.slice(at, q.start + 1));
    const inner = text.slice(q.start + 1, q.end - 1);
    const keepLast = inner.length > 0 && /[.?!,]/.test(inner[inner.length - 1]);
    const raw = keepLast ? inner.slice(0, -1) : inner;
    const body = /[\r\n]/.test(raw) ? raw.replace(/[^\r\n]/g, 'x') : 'x'.repeat(raw.length);
    parts.push(body + (keepLast ? inner[inner.length - 1] : ''));
    parts.push(text.slice(q.end - 1, q.end));
    at = q.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/**
 * Line breaks inside a block become spaces where the sentence visibly runs on (`“…,” said` / `Mayor Jane Doe`), so
 * sentences cross the lines the segmenter joined; a break after a sentence end or before a new quote stays.
 */
function joinBlockLines(masked: string, blocks: Block[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const b of blocks) {
    if (b.start < at) continue;
    parts.push(masked.slice(at, b.start), masked.slice(b.start, b.end).replace(RUN_ON_BREAK, (br, _p, i: number, s: string) => (
      /[.?!:]["”’')\]]*[ \t]*$/.test(s.slice(Math.max(0, i - 4), i)) ? br : ' '.repeat(br.length))));
    at = b.end;
  }
  parts.push(masked.slice(at));
  return parts.join('');
}

/** A line break whose next line does not open a quote. */
const RUN_ON_BREAK = /(\r\n|\r|\n)(?![ \t]*[“"‘])/g;

const SENT_ABBREV = /(?:\b(?:Mr|Mrs|Ms|Dr|Sen|Sens|Rep|Reps|Gov|Gen|Lt|Col|Capt|Sgt|Maj|Adm|Cmdr|Prof|Rev|Del|Atty|St|Jr|Sr|No|Vol|Inc|Corp|Co|Ltd|vs|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|a\.m|p\.m|U\.S|U\.N|D\.C|R|D|I)|\b[A-Z])$/;

/** Start of the sentence that holds `pos` (not before `floor`). */
function sentenceStart(masked: string, pos: number, floor: number): number {
  for (let i = pos - 1; i > floor; i--) {
    const c = masked[i];
    if (c === '\n' || c === '\r') return i + 1;
    if ((c === ' ' || c === '\t') && i > floor) {
      // boundary if previous non-space chars end a sentence
      let j = i - 1;
      while (j > floor && /[”"’')\]]/.test(masked[j])) j--;
      const p = masked[j];
      if (p === '.' || p === '?' || p === '!') {
        if (p === '.' && SENT_ABBREV.test(masked.slice(Math.max(floor, j - 6), j))) continue;
        let n = i + 1;
        while (masked[n] === ' ') n++;
        const next = masked[n];
        if (next && /[\p{Lu}“"\d‘(]/u.test(next)) return n;
      }
    }
  }
  return floor;
}

/** End of the sentence that holds `pos` (not after `ceil`): the offset just after its final punctuation. */
function sentenceEnd(masked: string, pos: number, ceil: number): number {
  for (let i = pos; i < ceil; i++) {
    const c = masked[i];
    if (c === '\n' || c === '\r') return i;
    if (c === '.' || c === '?' || c === '!') {
      let j = i + 1;
      while (j < ceil && /[”"’')\]]/.test(masked[j])) j++;
      if (j >= ceil || masked[j] === '\n' || masked[j] === '\r') return j;
      let n = j;
      while (masked[n] === ' ' && masked[n + 1] === ' ') n++;
      if (masked[j] === ' ' && /[\p{Lu}“"\d‘(]/u.test(masked[n + 1] ?? '')) {
        if (c === '.' && SENT_ABBREV.test(masked.slice(Math.max(0, i - 6), i))) continue;
        return j;
      }
    }
  }
  return ceil;
}

// ---------------------------------------------------------------------------------------------------------------
// Speaker phrases

interface SpeakerFound {
  /** The speaker phrase as written. */
  phrase: string;
  span: Span;
  kind: 'name' | 'pronoun' | 'desc';
  name?: NameHit;
}

const DESC_DET = /^(?:the|a|an|his|her|their|its|my|our|your|one|two|three|several|some|many|other|another|this|that)$/i;
const PLURAL_SPEAKERS = /^(?:officials|police|critics|analysts|experts|aides|advisers|advisors|investigators|prosecutors|authorities|residents|witnesses|protesters|supporters|opponents|organizers|sources|lawmakers|democrats|republicans|researchers|scientists|economists|doctors|people|voters|activists|leaders|observers|diplomats|officers|spokesmen|parents|students|teachers|workers)$/i;

/** Appositions inside appositions are read this deep, no deeper: each level tries up to three splits, so an
 * unbounded depth is exponential in the commas (`a, ,a, ,a, …`). */
const MAX_APPOSITION_DEPTH = 2;

/** The subject at the end of `seg` (the reporter's words just before a cue verb). */
function subjectBefore(seg: string, offset: number, text: string, depth = 0): SpeakerFound | null {
  if (seg.length > 260) {
    // a subject with its apposition is never longer than this; keep the scan short
    offset += seg.length - 260;
    seg = seg.slice(-260);
  }
  let toks = tokens(seg, offset);
  // drop auxiliaries and adverbs between subject and cue
  while (toks.length && AUX.has(toks[toks.length - 1].w.toLowerCase()) && text.slice(toks[toks.length - 1].end, offset + seg.length).trim() === '') {
    const t = toks.pop()!;
    seg = seg.slice(0, t.start - offset);
  }
  seg = seg.replace(/\s+$/, '');
  // party tags: `(R-Utah)`, `, R-Wis.,`, ages `, 25,`
  seg = seg.replace(/\s*\([^()]{1,40}\)$/, '').replace(/,\s*[RDI]-[\p{L}. ]{1,15}\.?,?$/u, '').replace(/,\s*\d{1,3},?$/, '');
  toks = tokens(seg, offset);
  if (!toks.length) return null;
  const last = toks[toks.length - 1];
  const tail = seg.slice(last.end - offset);
  const contracted = /^(he|she|they|it)['’](?:s|re|ve|d|ll)$/i.exec(last.w); // `He’s claiming`
  if (tail.trim() === '' && contracted) return { phrase: contracted[1], span: { start: last.start, end: last.start + contracted[1].length }, kind: 'pronoun' };
  if (tail.trim() === '' && PRONOUNS.has(last.w.toLowerCase()) && last.w !== 'I') {
    const prev = seg.slice(0, last.start - offset);
    // `he said`: subject pronouns; `it` only where it starts a clause (not `called it`)
    if (last.w.toLowerCase() !== 'it' || /(^|[,;:—–(”"]|\b(?:and|but|as|so|because|when|while|then|where|after|before|if|later|now|what|which))\s*$/i.test(prev) || prev.trim() === '') {
      return { phrase: last.w, span: { start: last.start, end: last.end }, kind: 'pronoun' };
    }
    return null;
  }
  if (tail.trim() === ',') {
    if (depth >= MAX_APPOSITION_DEPTH) return null;
    // apposition: `Kenneth Baer, a former official who runs a firm,`
    const parts = seg.slice(0, -1).split(',');
    for (let k = Math.max(1, parts.length - 3); k < parts.length; k++) {
      const head = parts.slice(0, k).join(',');
      const appo = parts.slice(k).join(',').trim();
      if (!/^(?:a|an|the|who|which|whose|now|then|once|also|former|head|chief|founder|president|director|executive|spokes\w+|\d+|one|another|[a-z]+ (?:of|at|for))\b/.test(appo) && !/^[a-z]/.test(appo)) continue;
      if (/[“”"]/.test(appo)) continue;
      const inner = subjectBefore(head, offset, text, depth + 1);
      if (inner && inner.kind !== 'pronoun') return inner;
    }
    return null;
  }
  if (tail.trim() !== '') return null;
  if (/^(?:which|who|that)$/i.test(last.w) && toks.length > 1) {
    // `the Chicago Police Department, which reported`
    if (depth >= MAX_APPOSITION_DEPTH) return null;
    const head = seg.slice(0, last.start - offset).replace(/[\s,]+$/, '');
    const inner = subjectBefore(head, offset, text, depth + 1);
    return inner && inner.kind === 'name' ? inner : null;
  }
  if (isCap(last.w) || SUFFIXES.has(last.w.toLowerCase())) {
    if (/['’]s$/.test(last.w)) return null;
    // `the Archbishop of Canterbury`, `the Bank of England`: a titled phrase, not a person called Canterbury
    const ofPhrase = /\b(?:the\s+)?(?:[\p{Lu}][\p{L}\-]*\s+){1,3}of\s+(?:the\s+)?(?:[\p{Lu}][\p{L}'’\-]*\s*){1,3}$/u.exec(seg);
    if (ofPhrase && !/^(?:the\s+)?(?:Mr|Mrs|Ms|Dr)\b/.test(ofPhrase[0])) {
      const start = offset + ofPhrase.index;
      const phrase = text.slice(start, offset + seg.trimEnd().length);
      const lead = seg.slice(0, ofPhrase.index);
      if (/(?:^|[,;:—–(”"]|\b(?:and|but|as|so|because|when|while|then|that))\s*$/i.test(lead)) return { phrase, span: { start, end: start + phrase.length }, kind: 'desc' };
    }
    const hit = nameFromRun(toks, text);
    if (hit && hit.end === last.end) return { phrase: hit.name, span: { start: hit.start, end: hit.end }, kind: 'name', name: hit };
    // A title alone (`the President said`) is a description.
  }
  // description: `the senator`, `a spokesman for the campaign`, `officials`
  const n = toks.length;
  if (PLURAL_SPEAKERS.test(last.w)) {
    let k = n - 1;
    while (k > 0 && n - k < 4 && /^[\p{L}\-]+$/u.test(toks[k - 1].w) && !isCue(toks[k - 1].w) && !/^(?:and|that|but|or|said|says|while|as)$/i.test(toks[k - 1].w)) {
      k--;
      if (DESC_DET.test(toks[k].w)) break;
    }
    const start = toks[k].start;
    return { phrase: text.slice(start, last.end), span: { start, end: last.end }, kind: 'desc' };
  }
  for (let k = n - 1; k >= 0 && n - k <= 9; k--) {
    const w = toks[k].w;
    if (k < n - 1 && (isCue(w) || /^(?:and|but|or|that|which|who|while|as|if|when|because|than|said|says)$/i.test(w))) break;
    const gap = k < n - 1 ? text.slice(toks[k].end, toks[k + 1].start) : '';
    if (/[,;:.!?()“”"—–]/.test(gap)) break;
    if (DESC_DET.test(w) || /['’]s$/.test(w)) {
      // possessive determiner: `Obama's former campaign strategist` keeps the owner
      let from = k;
      if (/['’]s$/.test(w)) {
        if (isCap(w)) while (from > 0 && isCap(toks[from - 1].w) && /^ +$/.test(text.slice(toks[from - 1].end, toks[from].start))) from--;
        else if (from > 0 && DESC_DET.test(toks[from - 1].w)) from--; // `the ad's narrator`
      }
      if (k === n - 1) return null;
      if (/^(?:this|that|one|two|three|some|many|several|other|another)$/i.test(w) && n - k > 3) return null;
      if (FUNCTION_WORDS.has(last.w.toLowerCase()) || /(?:ly|ing|ed|ful|ous|ive|al)$/i.test(last.w) && !/(?:official|rival|general|federal|tribunal|council)$/i.test(last.w)) return null;
      const prevWord = from > 0 ? toks[from - 1].w.toLowerCase() : '';
      const gapBefore = from > 0 ? text.slice(toks[from - 1].end, toks[from].start) : '';
      if (from > 0 && !/[,;:—–(”"]/.test(gapBefore) && (PREPOSITIONS.has(prevWord) || COMMON_VERBS.has(prevWord) || isCue(prevWord))) {
        if (PREPOSITIONS.has(prevWord)) continue; // `a narrator in the Clinton ad`: look for an earlier head
        return null;
      }
      const start = toks[from].start;
      const phrase = text.slice(start, last.end);
      if (/^(?:the|a|an)\s+(?:same|first|last|next|following|latest|former|other|time|day|week|year|report|statement|story|bill|law)$/i.test(phrase)) return null;
      return { phrase, span: { start, end: last.end }, kind: 'desc' };
    }
  }
  return null;
}

const PREPOSITIONS = new Set(['of', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'about', 'as', 'into', 'than',
  'over', 'under', 'against', 'between', 'among', 'through', 'toward', 'towards', 'upon', 'within', 'without', 'like']);
const COMMON_VERBS = new Set(['make', 'made', 'makes', 'take', 'took', 'takes', 'get', 'got', 'gets', 'give', 'gave',
  'gives', 'is', 'was', 'are', 'were', 'be', 'been', 'has', 'have', 'had', 'see', 'saw', 'do', 'did', 'cited', 'cites',
  'showed', 'shows', 'released', 'published', 'sent', 'received', 'hit', 'attacked', 'blamed', 'praised', 'accused',
  'faced', 'became', 'become', 'won', 'lost', 'used', 'uses', 'use', 'found', 'find', 'finds', 'heard', 'hear']);

const FUNCTION_WORDS = new Set(['by', 'of', 'and', 'to', 'for', 'with', 'in', 'on', 'at', 'that', 'the', 'a', 'an', 'or', 'but',
  'from', 'as', 'is', 'was', 'were', 'are', 'be', 'it', 'its', 'his', 'her', 'their', 'this', 'these', 'those', 'which', 'who']);


/** `s` up to a comma, a parenthesis, a quote mark or a sentence end (periods of abbreviations and initials kept). */
function chunkUntilPunct(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (',;:()\n\r“”"—–'.includes(c)) return s.slice(0, i);
    if (c === '.') {
      const word = /[\p{L}.]+$/u.exec(s.slice(0, i))?.[0] ?? '';
      if (ABBREV.test(word + '.') || /^[A-Z]$/.test(word) || /[\p{L}]/u.test(s[i + 1] ?? '')) continue;
      return s.slice(0, i);
    }
  }
  return s;
}

/** The speaker right after an inverted cue (`said Rep. Jane Doe (D-Ohio), head of …`). */
function subjectAfter(seg: string, offset: number, text: string): SpeakerFound | null {
  const lead = seg.length - seg.trimStart().length;
  const s = seg.slice(lead);
  const pm = /^(he|she|they|it|we)\b/i.exec(s);
  if (pm) return { phrase: pm[1], span: { start: offset + lead, end: offset + lead + pm[1].length }, kind: 'pronoun' };
  // the chunk up to a comma, a parenthesis or the sentence end
  const chunk = chunkUntilPunct(s);
  const toks = tokens(chunk, offset + lead);
  if (!toks.length) return null;
  if (DESC_DET.test(toks[0].w) || PLURAL_SPEAKERS.test(toks[0].w)) {
    // `the mayor`, `a spokesman for the campaign`; stop at a clause or a time
    let k = 1;
    while (k < toks.length && k < 9 && !/^(?:who|which|that|in|on|during|after|before|when|while|and|adding|noting|calling|saying|last|this|yesterday|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i.test(toks[k].w)) k++;
    // a capitalized org after `the`: `the White House`
    const words = toks.slice(0, k);
    if (words.length === 1 && !PLURAL_SPEAKERS.test(words[0].w)) return null;
    const start = words[0].start, end = words[words.length - 1].end;
    const capped = words.length > 1 && words.slice(1).every(t => isCap(t.w));
    if (capped) {
      const hit = nameFromRun(words.slice(1), text);
      if (hit) return { phrase: hit.name, span: { start: hit.start, end: hit.end }, kind: 'name', name: hit };
    }
    return { phrase: text.slice(start, end), span: { start, end }, kind: 'desc' };
  }
  // a name, possibly after lower-case descriptors (`retired Air Force general Lloyd Newton`)
  let k = 0;
  while (k < toks.length && k < 6 && !isCap(toks[k].w)) {
    if (PREPOSITIONS.has(toks[k].w) || /^(?:after|before|during|while|since|until)$/.test(toks[k].w)) return null;
    k++;
  }
  let j = k;
  while (j < toks.length && (isCap(toks[j].w) || PARTICLES.has(toks[j].w) || SUFFIXES.has(toks[j].w.toLowerCase())) && (j === k || /^ +$/.test(text.slice(toks[j - 1].end, toks[j].start)))) j++;
  if (j === k) return null;
  // `said Trump campaign spokesman Jason Miller`: lower-case role words then another capitalized run
  let run = toks.slice(k, j);
  let m = j;
  while (m < toks.length && m < j + 3 && /^[a-z][a-z\-]*$/.test(toks[m].w) && !PREPOSITIONS.has(toks[m].w) && !/^(?:and|or|but|who|which|that|the|a|an)$/.test(toks[m].w)) m++;
  if (m > j && m < toks.length && isCap(toks[m].w)) {
    let e = m;
    while (e < toks.length && (isCap(toks[e].w) || PARTICLES.has(toks[e].w) || SUFFIXES.has(toks[e].w.toLowerCase()))) e++;
    // `said Moscow-based US lawyer Jamie Firestone`: the name after the role words
    run = toks.slice(m, e);
  }
  const hit = nameFromRun(run, text);
  if (!hit) return null;
  return { phrase: hit.name, span: { start: hit.start, end: hit.end }, kind: 'name', name: hit };
}

// ---------------------------------------------------------------------------------------------------------------
// Cues

const CUE_WORD = /[\p{L}]+/gu;

interface CueHit { cue: string; span: Span; weak: boolean }

/** The cue at `start` in `text`, extended by `told Reuters`-like objects and particles (`pointed out`). */
function cueAt(text: string, start: number, word: string): CueHit {
  let end = start + word.length;
  const lw = word.toLowerCase();
  if (lw.startsWith('tell') || lw === 'told') {
    const obj = /^ +((?:the )?[\p{Lu}][\p{L}'’.\-]*(?: [\p{Lu}][\p{L}'’.\-]*){0,3}|reporters|journalists|the crowd|supporters|me|us|him|her|them|an? [a-z]+(?: [a-z]+)?)/u.exec(text.slice(end, end + 60));
    if (obj) end += obj[0].replace(/['’]s$/, '').replace(/\.$/, '').length;
  } else if (/^(?:point|pointed|points|pointing|chime|chimed|chimes)$/.test(lw)) {
    const p = /^ +(?:out|in)\b/.exec(text.slice(end, end + 6));
    if (p) end += p[0].length;
  }
  return { cue: text.slice(start, end), span: { start, end }, weak: WEAK_CUES.has(lw) };
}

// ---------------------------------------------------------------------------------------------------------------
// The pass

interface Found { sp: SpeakerFound; cue: CueHit | null; how: string }

export function attributeQuotes(text: string, quotes: QuoteSpan[], entities: Entity[], blocks: Block[]): AttributedQuote[] {
  if (!quotes.length) return [];
  const masked = joinBlockLines(maskQuotes(text, quotes), blocks);
  const index = new NameIndex(text, entities);
  const entityStarts = [...entities].filter(e => e.type !== 'place').sort((a, b) => a.start - b.start);
  const out: AttributedQuote[] = [];

  // Paragraphs are the segmenter's blocks (a hard-wrapped paragraph is one); an offset between blocks is its own.
  const blockAt = (pos: number): Block | undefined => {
    let lo = 0, hi = blocks.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (blocks[mid].end <= pos) lo = mid + 1; else hi = mid; }
    const b = blocks[lo];
    return b && b.start <= pos ? b : undefined;
  };
  // Outside every block (or with no blocks given), a line is a paragraph.
  const lineStarts: number[] = [0];
  const lineEnds: number[] = [];
  for (const m of text.matchAll(/\r\n|\r|\n/g)) { lineEnds.push(m.index!); lineStarts.push(m.index! + m[0].length); }
  lineEnds.push(text.length);
  const lineOf = (pos: number) => {
    let lo = 0, hi = lineStarts.length - 1;
    while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (lineStarts[mid] <= pos) lo = mid; else hi = mid - 1; }
    return lo;
  };
  const paraStart = (pos: number) => blockAt(pos)?.start ?? lineStarts[lineOf(pos)];
  const paraEnd = (pos: number) => { const b = blockAt(pos); if (b) return b.end; const l = lineOf(pos); return pos >= lineEnds[l] ? pos : lineEnds[l]; };

  let blockIdx = 0;
  const blockOf = (pos: number): Block | undefined => {
    while (blockIdx < blocks.length && blocks[blockIdx].end <= pos) blockIdx++;
    const b = blocks[blockIdx];
    return b && b.start <= pos ? b : undefined;
  };

  const speakerHistory: { at: number; name: string; org: boolean }[] = [];
  const spoke = new Set<string>();
  /** The latest speaker (in text order) that passes `ok`, looking back over at most 50 entries. */
  const lastHistory = (ok: (x: { name: string; org: boolean }) => boolean, floor: number) => {
    for (let i = speakerHistory.length - 1; i >= 0 && i >= speakerHistory.length - 50; i--) {
      const x = speakerHistory[i];
      if (x.at < floor) return undefined;
      if (ok(x)) return x;
    }
    return undefined;
  };

  const resolve = (sp: SpeakerFound, at: number): { name: string | null; type?: EntityType; by: string } => {
    if (sp.kind === 'name' && sp.name) {
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
    }
    if (sp.kind === 'pronoun') {
      const p = sp.phrase.toLowerCase();
      const floor = articleFloor(at);
      if (p === 'he' || p === 'she') {
        const g = p === 'he' ? 'm' : 'f';
        const loose = (name: string, org: boolean) => !org && (index.genderOf(name) ?? g) === g;
        const strict = (name: string, org: boolean) => loose(name, org)
          && (index.personLike.has(name) || index.genderOf(name) !== undefined || spoke.has(name));
        for (const ok of [strict, loose]) {
          // the subject of the pronoun's own sentence (`Clinton says she …`)
          const sS = sentenceStart(masked, at, Math.max(floor, at - 400));
          const inSentence = index.firstMention(sS, at, x => ok(x.name, x.org) && masked[x.at] !== 'x');
          if (inSentence) { index.learnGender(inSentence.name, g); return { name: inSentence.name, type: 'person', by: 'pronoun-sentence' }; }
          // the most recent person mentioned, preferring one who already spoke nearby
          const m = index.lastMention(at, x => ok(x.name, x.org) && masked[x.at] !== 'x', floor);
          const h = lastHistory(x => ok(x.name, x.org), floor);
          const pick = h && (!m || h.at >= m.at - 1500) ? h.name : m?.name;
          if (pick) { index.learnGender(pick, g); return { name: pick, type: 'person', by: 'pronoun-recent' }; }
        }
        return { name: null, by: 'pronoun' };
      }
      if (p === 'they' || p === 'it') {
        const h = lastHistory(x => x.org, floor);
        const m = index.lastMention(at, x => x.org, floor);
        const pick = h && (!m || h.at >= m.at - 600) ? h.name : m?.name;
        if (pick) return { name: pick, type: 'organization', by: 'pronoun-org' };
        return { name: null, by: 'pronoun' };
      }
      return { name: null, by: 'pronoun' };
    }
    // description: a title phrase resolves to the person introduced with that title
    const words = sp.phrase.toLowerCase().replace(/['’]s\b/g, '').split(/\s+/);
    const core = words.slice(0, words.findIndex((w, i) => i > 0 && /^(?:of|for|at|in|from|with|on|and)$/.test(w)) >>> 0 || words.length);
    const head = core[core.length - 1] ?? '';
    const heads = TITLE_SYNONYMS[head] ?? [head];
    if (/^(?:the|this|that)$/.test(words[0]) && (TITLE_WORDS.has(head) || TITLE_SYNONYMS[head])) {
      let best: Mention | undefined;
      for (const h of heads) {
        const m = index.byTitleBefore(h, at);
        if (m && m.at >= articleFloor(at) && (!best || m.at > best.at)) best = m;
      }
      if (best) return { name: best.name, type: 'person', by: 'title' };
    }
    // a capitalized organization: `the Kremlin`, `the White House`
    const capped = sp.phrase.replace(/^(?:the|The)\s+/, '');
    if (/^[\p{Lu}]/u.test(capped) && capped.split(' ').every(w => /^[\p{Lu}]/u.test(w) || w === 'of')) {
      const last = lastWord(capped);
      const personal = capped.split(' ').some(w => TITLE_WORDS.has(lower(w)));
      if (!personal || ORG_HEADS.has(last)) return { name: capped, type: 'organization', by: 'org-description' };
      return { name: sp.phrase.replace(/^The\b/, 'the'), type: undefined, by: 'description' };
    }
    return { name: sp.phrase.replace(/^The\b/, 'the'), type: undefined, by: 'description' };
  };

  // Article boundaries for pronoun look-back: a headline or dateline block starts one.
  const articleStarts = blocks.filter(b => b.kind === 'headline' || b.kind === 'dateline').map(b => b.start);
  const articleFloor = (at: number) => {
    let lo = 0, hi = articleStarts.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (articleStarts[mid] <= at) lo = mid + 1; else hi = mid; }
    return lo > 0 ? articleStarts[lo - 1] : 0;
  };

  for (let qi = 0; qi < quotes.length; qi++) {
    const q = quotes[qi];
    const qtext = text.slice(q.start, q.end);
    const base: AttributedQuote = { start: q.start, end: q.end, text: qtext, speaker: null, cue: null, kind: q.kind };
    const block = blockOf(q.start);
    if (block && NO_SPEAKER_BLOCKS.has(block.kind)) { out.push(base); continue; }

    const pStart = paraStart(q.start);
    const pEnd = paraEnd(q.end - 1 < q.start ? q.start : q.end - 1);
    // sentences are read at most 600 characters either side, so one endless line stays linear
    const sStart = sentenceStart(masked, q.start, Math.max(pStart, q.start - 600));
    const before = masked.slice(sStart, q.start);
    const inner = text.slice(q.start + 1, q.end - 1).trim();
    const wordCount = inner.split(/\s+/).filter(Boolean).length;
    const endsSentence = /[.?!]$/.test(withoutClosing(inner));
    const beforeEnd = before.trimEnd();
    const atSentenceStart = beforeEnd === '' || beforeEnd.endsWith(':') || (beforeEnd.endsWith(',') && cueBeforeEnds(before.slice(-80)));

    // Titles of works and quoted terms
    const kind = classify(q, before, inner, wordCount, atSentenceStart);
    if (kind === 'title') { out.push({ ...base, kind: 'title' }); continue; }

    let found: Found | null = null;

    // 1. right after the quote: `“…,” X said` / `“…,” said X`
    const sEndAfter = sentenceEnd(masked, q.end, Math.min(pEnd, q.end + 600));
    const afterText = masked.slice(q.end, Math.min(sEndAfter, q.end + 360));
    const closedSentence = endsSentence && !/[,]$/.test(inner);
    // 2. in the sentence before the quote: `X said: “…”`, `X said it could “…”`; a colon right before the quote
    //    introduces it, so that sentence is read first
    const introduced = closedSentence && beforeEnd.endsWith(':');
    if (introduced) found = preAttribution(before, sStart, text);
    if (!found) found = postAttribution(afterText, q.end, text, closedSentence);
    if (!found && !introduced) found = preAttribution(before, sStart, text);

    // 3. later in the sentence: `… “…” is held accountable, X said.`
    if (!found && !closedSentence) found = laterAttribution(masked.slice(q.end, sEndAfter), q.end, text);

    // 4. `according to X` anywhere in the sentence
    if (!found) {
      const sent = masked.slice(sStart, sEndAfter);
      const m = /\baccording to\s+/i.exec(sent);
      if (m) {
        const sp = subjectAfter(sent.slice(m.index + m[0].length), sStart + m.index + m[0].length, text);
        if (sp) found = { sp, cue: { cue: text.slice(sStart + m.index, sStart + m.index + 'according to'.length), span: { start: sStart + m.index, end: sStart + m.index + 12 }, weak: false }, how: 'according-to' };
      }
    }

    let finalKind: QuoteKind = kind === 'scare' ? 'scare' : atSentenceStart || (endsSentence && wordCount >= 6 && /^[\p{Lu}]/u.test(inner)) ? 'direct' : 'partial';
    if (found) {
      if (kind === 'scare' && (found.how !== 'cue-after' ? (found.cue?.weak || wordCount < 3) : wordCount <= 1)) found = null;
      else if (kind === 'scare') finalKind = 'partial';
    }
    if (found && found.cue?.weak && finalKind === 'partial' && wordCount <= 3) found = null;

    if (found) {
      const r = resolve(found.sp, found.sp.span.start);
      const quote: AttributedQuote = { ...base, kind: finalKind, speaker: r.name, cue: found.cue?.cue ?? null };
      if (r.name) quote.sieve = `${found.how}/${r.by}`;
      if (found.cue) quote.cueSpan = found.cue.span;
      quote.speakerSpan = found.sp.span;
      quote.speakerText = found.sp.kind === 'name' ? titledForm(text, found.sp.span) : text.slice(found.sp.span.start, found.sp.span.end);
      if (r.type) quote.speakerType = r.type;
      if (r.name && r.type) {
        speakerHistory.push({ at: found.sp.span.start, name: r.name, org: r.type === 'organization' });
        if (r.type === 'person') spoke.add(r.name);
      }
      out.push(quote);
      continue;
    }
    if (block?.kind === 'tweet') {
      const author = tweetAuthor(text, block);
      if (author) {
        const name = index.resolve(author.name, author.span.start);
        out.push({ ...base, kind: 'direct', speaker: name, cue: text.slice(author.cue.start, author.cue.end), speakerSpan: author.span, cueSpan: author.cue, speakerText: author.name, sieve: 'tweet-signature/name' });
        continue;
      }
    }
    out.push({ ...base, kind: finalKind });
  }

  const reportedSentenceBefore = (e: number, floor: number): Found | null => {
    if (!/[.]/.test(text[e]) || masked[e - 1] === 'x') return null;
    const sS = sentenceStart(masked, e, Math.max(floor, e - 600));
    const sent = masked.slice(sS, e);
    if (/[“”"]/.test(sent)) return null;
    return laterAttribution(sent, sS, text) ?? preAttribution(sent, sS, text);
  };
  const assign = (i: number, f: Found, sieve: string) => {
    const q = out[i];
    const r = resolve(f.sp, f.sp.span.start);
    if (!r.name) return;
    out[i] = { ...q, speaker: r.name, cue: f.cue?.cue ?? null, speakerSpan: f.sp.span, speakerText: f.sp.kind === 'name' ? titledForm(text, f.sp.span) : text.slice(f.sp.span.start, f.sp.span.end), ...(f.cue ? { cueSpan: f.cue.span } : {}), ...(r.type ? { speakerType: r.type } : {}), sieve: `${sieve}/${r.by}` };
  };

  blockIdx = 0;
  // 5. quotes without a cue inherit from the speaker turn: the quote before them in the same paragraph, a quote
  //    right after them in it, or the previous paragraph when it ends with an attributed quote or with `X said:`.
  for (let i = 0; i < out.length; i++) {
    const q = out[i];
    if (q.speaker || q.kind !== 'direct') continue;
    const block = blockOf(q.start);
    if (block && NO_SPEAKER_BLOCKS.has(block.kind)) continue;
    const pStart = paraStart(q.start);
    let pi = i - 1;
    while (pi >= 0 && (out[pi].kind === 'scare' || out[pi].kind === 'title') && out[pi].end > pStart) pi--;
    const prev = out[pi];
    const next = out[i + 1];
    let from: AttributedQuote | undefined;
    let turn = '';
    if (prev && prev.speaker && prev.kind !== 'scare' && prev.kind !== 'title' && prev.end > pStart) {
      from = prev; // same paragraph
      turn = 'turn-previous';
    } else if (next && next.speaker && next.kind === 'direct' && next.start < paraEnd(q.end - 1) && /^[\s,]*$/.test(masked.slice(q.end, next.start).replace(/^[^“"]*?$/, ''))
      && text.slice(q.end, next.start).trim() === '') {
      from = next; // `“A.” “B,” she said.`
      turn = 'turn-next';
    } else if (q.start === pStart || lastNonSpaceBefore(masked, q.start) < pStart) {
      // a paragraph that opens with the quote: the previous paragraph's speaker turn
      const prevEnd = lastNonSpaceBefore(text, pStart);
      if (prevEnd >= 0) {
        const prevPStart = paraStart(prevEnd);
        const prevText = masked.slice(prevPStart, prevEnd + 1);
        const fillsParagraph = text.slice(q.end, paraEnd(q.end - 1)).trim() === '';
        if (prev && prev.speaker && prev.kind === 'direct' && prev.start >= prevPStart && fillsParagraph) {
          // a paragraph that is nothing but a quote, after one whose last quote is attributed and followed by
          // nothing but its attribution: the same speaker goes on
          const tail = masked.slice(prev.end, prevEnd + 1);
          if (tail.length < 160 && !/[.?!]\s+[\p{Lu}][^.?!]*[.?!]\s*$/u.test(tail.replace(/^[^.?!]*[.?!]/, ''))) { from = prev; turn = 'turn-paragraph'; }
        } else if (/:\s*$/.test(prevText)) {
          const sS = sentenceStart(masked, prevEnd, Math.max(prevPStart, prevEnd - 600));
          const sent = masked.slice(sS, prevEnd);
          const f = preAttribution(sent, sS, text) ?? subjectOfIntro(sent, sS, text);
          if (f) {
            const r = resolve(f.sp, f.sp.span.start);
            if (r.name) {
              out[i] = { ...q, speaker: r.name, cue: f.cue?.cue ?? null, speakerSpan: f.sp.span, speakerText: f.sp.kind === 'name' ? titledForm(text, f.sp.span) : text.slice(f.sp.span.start, f.sp.span.end), ...(f.cue ? { cueSpan: f.cue.span } : {}), ...(r.type ? { speakerType: r.type } : {}), sieve: `paragraph-intro/${r.by}` };
            }
          }
          continue;
        }
      }
    } else if (!prev || prev.end <= pStart) {
      // `…, Schiff said. “The other factor …”`: the sentence before, in the same paragraph, reports the speaker
      const e = lastNonSpaceBefore(text, q.start);
      if (e >= pStart) {
        const f = reportedSentenceBefore(e, pStart);
        if (f) { assign(i, f, 'sentence-before'); continue; }
      }
    }
    if (from) {
      // a quote that found its own cue (`“…,” it added`) but no name for it keeps that cue; one without takes the
      // turn's cue with its place, so a cue's text is always the text at its span
      const cue = q.cue !== null ? { cue: q.cue } : { cue: from.cue, ...(from.cueSpan ? { cueSpan: from.cueSpan } : {}) };
      out[i] = { ...q, speaker: from.speaker, ...cue, ...(from.speakerType ? { speakerType: from.speakerType } : {}), ...(from.speakerText ? { speakerText: from.speakerText } : {}), sieve: `${turn}/${from.sieve?.split('/')[1] ?? 'name'}` };
    }
  }
  lowerCache = null; // do not keep the document alive between calls
  return out;
}

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

/** The name with the titles written before it (`Mr. Putin`, `President Vladimir V. Putin`). */
function titledForm(text: string, span: Span): string {
  const name = text.slice(span.start, span.end);
  const before = text.slice(Math.max(0, span.start - 48), span.start);
  const m = /((?:[\p{Lu}][\p{L}]*\.?[ \u00a0]+){1,3})$/u.exec(before);
  if (!m) return name;
  const words = m[1].trim().split(/\s+/);
  let i = words.length;
  while (i > 0 && TITLE_WORDS.has(lower(words[i - 1]))) i--;
  return i < words.length ? `${words.slice(i).join(' ')} ${name}` : name;
}

/** The author of an embedded tweet, from its signature: `— Jane Doe (@janedoe) May 16, 2024`. */
function tweetAuthor(text: string, block: Block): { name: string; span: Span; cue: Span } | null {
  const zone = text.slice(block.start, Math.min(text.length, block.end + 400));
  const m = /([—–-])[ \u00a0]*([^\n()@—–]{2,60}?)[ \u00a0]*\(@\w{1,30}\)/u.exec(zone);
  if (!m) return null;
  const start = block.start + m.index + m[0].indexOf(m[2], 1);
  return { name: m[2].trim(), span: { start, end: start + m[2].trim().length }, cue: { start: block.start + m.index, end: block.start + m.index + 1 } };
}

function lastNonSpaceBefore(text: string, pos: number): number {
  let i = pos - 1;
  while (i >= 0 && /\s/.test(text[i])) i--;
  return i;
}

function overlapping(sorted: Entity[], span: Span): Entity | undefined {
  let lo = 0, hi = sorted.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (sorted[mid].end <= span.start) lo = mid + 1; else hi = mid; }
  for (let i = lo; i < sorted.length && sorted[i].start < span.end; i++) if (sorted[i].end > span.start) return sorted[i];
  return undefined;
}

/** Does the sentence prefix end with a cue and a comma (`Trump said, “…`)? */
function cueBeforeEnds(before: string): boolean {
  const m = /([\p{L}]+)(?:\s+[\p{Lu}][\p{L}'’.\-]*){0,3},\s*$/u.exec(before);
  return !!m && isCue(m[1]);
}

/** `“…,” X said` and `“…,” said X`, right after the closing mark. */
function postAttribution(after: string, offset: number, text: string, closedSentence: boolean): Found | null {
  const lead = /^[\s,]*(?:[—–―-]+\s*)?/.exec(after)![0];
  const s = after.slice(lead.length);
  const base = offset + lead.length;
  if (!s) return null;
  if (closedSentence && !/^[\p{Lu}]|^(?:he|she|they)\b/u.test(s) && !/^[a-z]/.test(s)) return null;
  // a signature dash: `” ― Jane Doe.`
  if (/[—–―]/.test(lead) && /^[\p{Lu}]/u.test(s)) {
    const m = /^([^.,;\n]{2,60}?)\.?\s*$/.exec(s);
    if (m) {
      const toks = tokens(m[1], base);
      const hit = nameFromRun(toks, text);
      if (hit && hit.end === toks[toks.length - 1].end) return { sp: { phrase: hit.name, span: { start: hit.start, end: hit.end }, kind: 'name', name: hit }, cue: { cue: lead.trim(), span: { start: offset + lead.search(/[—–―-]/), end: offset + lead.search(/[—–―-]/) + 1 }, weak: false }, how: 'cue-after' };
    }
  }
  // inverted: `said X`
  const inv = /^([\p{L}]+)(?:\s+(?:out|in))?\b/u.exec(s);
  if (inv && isCue(inv[1]) && (/[,—–―-]/.test(lead) || /[,?!][”"’]?\s*$/.test(text.slice(offset - 3, offset))) && !/^(?:tell|tells|told|telling|calling|saying|adding|noting|arguing|asking|explaining|continuing)$/i.test(inv[1])) {
    const cue = cueAt(text, base, inv[1]);
    const sp = subjectAfter(text.slice(cue.span.end, base + s.length), cue.span.end, text);
    if (sp) return { sp, cue, how: 'cue-after' };
  }
  // normal: `X said`, within a short stretch
  CUE_WORD.lastIndex = 0;
  let words = 0;
  for (let m = CUE_WORD.exec(s); m && m.index < 300; m = CUE_WORD.exec(s)) {
    words++;
    if (!isCue(m[0]) || m.index === 0 || /^[\p{Lu}]/u.test(m[0])) continue;
    if (/^(?:calling|saying|adding|noting|arguing|asking|explaining|continuing|telling|insisting|claiming|warning|stating|writing)$/i.test(m[0])
      && !/\b(?:is|was|are|were|been|be|am|keeps|kept)\s+$/i.test(s.slice(0, m.index))) {
      // `…,” he said, adding` is found earlier; a participle right after the subject is `X, saying`
      if (words > 1 && /,\s*$/.test(s.slice(0, m.index))) {
        const sp = subjectBefore(s.slice(0, m.index).replace(/,\s*$/, ''), base, text);
        if (sp && sp.kind !== 'desc') return { sp, cue: cueAt(text, base + m.index, m[0]), how: 'cue-after' };
      }
      continue;
    }
    const seg = s.slice(0, m.index);
    if (/[“”"]/.test(seg)) return null;
    const firstWord = /^[\p{L}'’]+/u.exec(seg)?.[0] ?? '';
    const oddStart = /^[\p{Ll}]/u.test(firstWord) && !DESC_DET.test(firstWord) && !PRONOUNS.has(firstWord) && !PLURAL_SPEAKERS.test(firstWord);
    if (oddStart && (PREPOSITIONS.has(firstWord) || words > 8)) return null;
    if (/^\s+(?:was|is|were|are|has|had|have)\b/.test(s.slice(m.index + m[0].length, m.index + m[0].length + 6))) continue; // `his comment was`
    if (closedSentence && (words > 7 || !/^\s*[\p{L}]+(?:\s+out|\s+in)?\s*(?:[,.;:!?]|$|\s+(?:on|in|at|during|to|about|of|after|before|later|earlier|last|this|yesterday|today|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)/u.test(s.slice(m.index)))) return null;
    if (/\b(?:that|which|who|because|if|when|whether)\b/.test(seg) && !/,\s*(?:a|an|the|who|which)\b/.test(seg)) return null;
    const sp = subjectBefore(seg, base, text);
    if (oddStart && sp?.kind !== 'name') return null; // `panel Chairman Jane Doe said` is fine, `and his comment` not
    if (sp) {
      if (closedSentence && sp.kind === 'desc' && !/^(?:the|a|an)\b/i.test(sp.phrase)) return null;
      return { sp, cue: cueAt(text, base + m.index, m[0]), how: 'cue-after' };
    }
    if (closedSentence) return null;
    // `one of the states suing …, said`: a noun that looks like a cue; read on
  }
  return null;
}

/** `X said: “…”`, `X said that “…”`, `X said it could “…”`: the last cue in the sentence before the quote. */
function preAttribution(before: string, offset: number, text: string): Found | null {
  CUE_WORD.lastIndex = 0;
  const cues: RegExpExecArray[] = [];
  for (let m = CUE_WORD.exec(before); m; m = CUE_WORD.exec(before)) {
    // a capitalized cue only at the sentence start (`Said Ellis:`), never `the United States`
    if (isCue(m[0]) && (/^[\p{Ll}]/u.test(m[0]) || before.slice(0, m.index).trim() === '')) cues.push(m);
  }
  let participle: RegExpExecArray | null = null;
  for (let k = cues.length - 1; k >= 0 && k >= cues.length - 6; k--) {
    const m = cues[k];
    const w = m[0].toLowerCase();
    const seg = before.slice(0, m.index);
    if (/ing$/.test(w) && (/,\s*$/.test(seg) || seg.trim() === '')) {
      // `X said, adding that “…”`, `X …, saying “…”`: the subject of an earlier cue, else of the sentence
      participle ??= m;
      continue;
    }
    if (/^(?:said|says)$/.test(w) && /\b(?:was|were|is|are|be|been|being|it|has|have|had)\s+$/i.test(seg) && !/\b(?:he|she|they|it)\s+(?:has|had|have)\s+$/i.test(seg)) continue; // `it is said`
    const sp = subjectBefore(seg, offset, text);
    if (sp) return { sp, cue: cueAt(text, offset + (participle ?? m).index, (participle ?? m)[0]), how: 'cue-before' };
    if (seg.trim() === '' || /[,;:]\s*$/.test(seg)) {
      // inverted before the quote: `Said Ellis: “…”`
      const cue = cueAt(text, offset + m.index, m[0]);
      const rest = before.slice(cue.span.end - offset);
      const inv = subjectAfter(rest, cue.span.end, text);
      if (inv && inv.kind === 'name' && /^[^,;:]*[,:]?\s*$/.test(rest.slice(inv.span.end - cue.span.end))) return { sp: inv, cue, how: 'cue-before' };
    }
  }
  if (participle) {
    const sub = leadingSubject(before, offset, text);
    if (sub) return { sp: sub, cue: cueAt(text, offset + participle.index, participle[0]), how: 'cue-before' };
  }
  return null;
}

/** The subject at the start of the clause before a participle cue (`Trump, speaking in Ohio, said`). */
function leadingSubject(before: string, offset: number, text: string): SpeakerFound | null {
  const sent = before;
  // the first name or pronoun of the sentence
  const NAME = /((?:[\p{Lu}][\p{L}'’.\-]*\s+){0,4}[\p{Lu}][\p{L}'’\-]*|he|she|they|it|He|She|They|It)\b/uy;
  // the sentence's own start (`Hillary Clinton spoke …, arguing`), else after an opening phrase (`In Ohio, Trump …`)
  let m: RegExpExecArray | null = null;
  for (const at of [0, sent.indexOf(',') + 1]) {
    if (at < 0 || (at > 0 && at === 0)) continue;
    let k = at;
    while (k < sent.length && /\s/.test(sent[k])) k++;
    NAME.lastIndex = k;
    const mm = NAME.exec(sent);
    if (mm && (/^(?:he|she|they|it)$/i.test(mm[1]) || nameFromRun(tokens(mm[1], offset + k), text))) { m = mm; break; }
    if (at === 0 && mm) continue;
  }
  if (!m) return null;
  const start = offset + m.index;
  const seg = m[1];
  if (/^(?:he|she|they|it)$/i.test(seg)) return { phrase: seg, span: { start, end: start + seg.length }, kind: 'pronoun' };
  const toks = tokens(seg, start);
  const hit = nameFromRun(toks, text);
  if (!hit) return null;
  return { phrase: hit.name, span: { start: hit.start, end: hit.end }, kind: 'name', name: hit };
}

/** A cue at the end of the sentence after the quote: `…, X said.` */
function laterAttribution(rest: string, offset: number, text: string): Found | null {
  const m = /,\s+([^,;:“”"]{1,80}?)\s+([\p{L}]+)(\s+(?:out|in))?(?:\s+(?:on|in|at|during|last|this|yesterday|today|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b[^,;:“”"]{0,40})?[.!?]?\s*$/u.exec(rest);
  if (!m || !isCue(m[2])) return null;
  const segStart = m.index + m[0].indexOf(m[1], 1);
  const sp = subjectBefore(m[1], offset + segStart, text);
  if (!sp) return null;
  const cueStart = offset + segStart + m[1].length + (m[0].slice(m[0].indexOf(m[1], 1) + m[1].length).length - m[0].slice(m[0].indexOf(m[1], 1) + m[1].length).trimStart().length);
  return { sp, cue: cueAt(text, cueStart, m[2]), how: 'cue-later' };
}

/** `Caddell continued:` or `Partial transcript of Jane Doe's remarks:` before a quote paragraph. */
function subjectOfIntro(sent: string, offset: number, text: string): Found | null {
  // without the colon the pattern below cannot match, and failing it costs a backtracking search at every capital
  if (!/:\s*$/.test(sent)) return null;
  const m = /([\p{Lu}][\p{L}'’.\-]*(?:\s+[\p{Lu}][\p{L}'’.\-]*)*)\s+([\p{L}]+)(?:\s+[^:]{0,40})?:\s*$/u.exec(sent);
  if (!m || !isCue(m[2])) return null;
  const toks = tokens(m[1], offset + m.index);
  const hit = nameFromRun(toks, text);
  if (!hit) return null;
  return { sp: { phrase: hit.name, span: { start: hit.start, end: hit.end }, kind: 'name', name: hit }, cue: cueAt(text, offset + m.index + m[0].indexOf(m[2], m[1].length), m[2]), how: 'intro-colon' };
}

const TITLE_CUE = /\b(?:book|books|novel|memoir|film|films|movie|documentary|show|series|sitcom|program|programme|podcast|song|songs|single|album|play|musical|opera|episode|article|op-ed|column|essay|poem|painting|titled|entitled|headlined|dubbed|nicknamed|named|hashtag|slogan|motto|campaign|ad|spot|commercial|video|exhibit|exhibition|game|app|newsletter|report)\s*[,:]?\s*$/i;

/** `title` for titles of works, `scare` for quoted terms, else the scanner's kind. */
function classify(q: QuoteSpan, before: string, inner: string, words: number, atStart: boolean): QuoteKind {
  const titleCase = words <= 9 && inner.split(/\s+/).every(w => !/^[\p{L}]/u.test(w) || /^[\p{Lu}\d]/u.test(w) || /^(?:a|an|the|of|and|or|in|on|at|to|for|with|by|from|is|as|but|vs\.?)$/.test(w.replace(/[,.:;!?]+$/, '')));
  if (!atStart || before.trim() !== '') {
    if (TITLE_CUE.test(before)) return titleCase || /\b(?:titled|entitled|headlined)\s*[,:]?\s*$/i.test(before) ? 'title' : 'scare';
    // `a film called “Winter Light”`: a Title Case name right after `called`
    if (titleCase && words <= 6 && /\b(?:called|calls|call)\s*$/i.test(before) && /^[\p{Lu}\d]/u.test(inner)) return 'title';
    if (titleCase && /(?:[\p{L}.]['’]s?|\b(?:on|of|in|from|watching|watched|read|reading|hosts?|aired|airs|episode of))\s*$/u.test(before) && /^[\p{Lu}\d]/u.test(inner)) return 'title';
  }
  if (atStart) return q.kind;
  // a short term inside a noun phrase or as an object, with no sentence of its own
  if (words <= 4 && !/[.?!]$/.test(withoutClosing(inner))) return 'scare';
  return q.kind;
}

/**
 * Quotes whose speaker phrase overlaps a date mention (`the lawsuit in December 2001`) lose that speaker: a date never
 * speaks. Both lists are in text order; one merge pass.
 */
export function withoutDateSpeakers<Q extends Quote>(quotes: Q[], dates: readonly Span[]): Q[] {
  const byStart = dates.slice().sort((a, b) => a.start - b.start);
  let maxEnd = -1;
  const reach: number[] = byStart.map(d => (maxEnd = Math.max(maxEnd, d.end)));
  if (!byStart.length) return quotes;
  return quotes.map(q => {
    const sp = q.speakerSpan;
    if (!sp || !q.speaker) return q;
    // the last date starting before the span's end; any date up to it that reaches past the span's start overlaps
    let lo = 0, hi = byStart.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (byStart[mid].start < sp.end) lo = mid + 1; else hi = mid; }
    if (lo === 0 || reach[lo - 1] <= sp.start) return q;
    return { start: q.start, end: q.end, text: q.text, speaker: null, cue: null, kind: q.kind } as Q;
  });
}
