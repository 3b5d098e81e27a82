// Finds name mentions in one block without running compromise's tagger: a tokenizer, capitalised-sequence
// candidates, and typing from compromise's lexicon, our gazetteer and the words around each candidate.
import type { EntityType } from './types';
import { HONORIFICS, PERSON_CUES, PLACE_CUES, bare, classify, opensKnownPhrase, isAdjective, isClosedClass, isGrammarWord, isPluralNoun, isRole, isCountry, isFunctionWord, isMiscHead, isOrgHead, isPlaceHead, isTitle, type WordClass } from './gazetteer';
import { SPEECH_VERBS } from './lexicon';
import { isSpaceAt, tokenEnd } from './names/scan';

/** A mention found in one block, with offsets local to that block. */
export interface EntityMention {
  start: number;
  end: number;
  type: EntityType;
  /** A guess that the document-wide pass keeps only if the same name is found with more certainty elsewhere. */
  weak?: boolean;
  /** For a weak guess: true when it has some evidence (`X said`) and is kept unless the document says otherwise; false
   * when it is dropped unless the document confirms it (`ID`, two capitals). */
  keep?: boolean;
  /** The title or honorific seen just before a person (`Mr.`, `President`), never part of the span. */
  title?: string;
  /** An unknown word alone inside a sentence: a surname if the document names that person in full, else most often a
   * company, club or agency (`Pirelli`, `Tanjug`). */
  lone?: boolean;
  /** A city or region outside a place context: in sports news it names a club (`Surrey`, `Chicago`). */
  team?: boolean;
  /** Found by the dump's own structure (a photo credit, a dateline), which outranks any reading of the words. */
  cue?: 'credit' | 'dateline';
  /** What the mention's block says about it, for the document-wide second look (names/retype.ts). */
  evidence?: string;
}

/** A word, number or punctuation mark of a block, with its offsets. */
export interface Token {
  s: number;
  /** A line break stands between this token and the one before: names never run across it. */
  br?: boolean;
  e: number;
  t: string;
  lower: string;
  /** 'w' word, 'n' number, 'p' punctuation or symbol */
  k: 'w' | 'n' | 'p';
  cap: boolean;
  upper: boolean;
}

const MAX_BLOCK = 200_000; // longer blocks are cut into windows so no single call grows unbounded
const ABBREV = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'jr', 'sr', 'inc', 'corp', 'co', 'ltd', 'gen', 'col', 'sen', 'rep', 'gov',
  'lt', 'capt', 'prof', 'rev', 'mt', 'ft', 'bros', 'messrs', 'sgt', 'adm', 'maj', 'cmdr', 'supt', 'no', 'mme', 'mlle', 'fr']);
/** Particles inside a name (`van der`, `de la`, `Le Pen`, `al-Assad` written apart): lower-case words that are part of it. */
export const CONNECTORS = new Set(['de', 'van', 'von', 'der', 'den', 'du', 'la', 'le', 'da', 'di', 'del', 'della', 'dos', 'das', 'bin',
  'ibn', 'al', 'el', 'ter', 'ten', 'y', 'e', 'abu', 'bint']);
/** What follows a lone capitalized word that makes it a person: a speech verb, a verb of belief, a relative pronoun. */
const SAY = new Set(['believes', 'thinks', 'who', 'whose', ...SPEECH_VERBS]);
/** Words written before titles (`Former`, `Acting`, `Foreign`) that alone do not make the next word a person. */
const TITLE_MODIFIERS = new Set(['former', 'acting', 'interim', 'ex', 'vice', 'first', 'senior', 'junior', 'assistant', 'associate', 'democrat', 'republican',
  'national', 'security', 'world', 'number', 'no', 'top', 'seed', 'defending', 'veteran', 'grand', 'foreign', 'defence', 'defense',
  'finance', 'interior', 'economy', 'trade', 'health', 'labour', 'labor', 'home', 'state', 'crown', 'opposition', 'chief', 'deputy',
  'executive', 'champion', 'justice']);
const POSTNOMINALS = new Set(['QC', 'KC', 'MP', 'MEP', 'MSP', 'AM', 'OBE', 'MBE', 'CBE', 'KBE', 'PhD', 'MD', 'Jr', 'Jr.', 'Sr', 'Sr.']);
const MISC_FIRST = new Set(['operation', 'project', 'plan', 'battle', 'treaty', 'act']);
const DATE_NAMES = new Set(['jan', 'may', 'june', 'april', 'august', 'augusta', 'sun', 'mar']);
const SENTENCE_OPENERS = /^[.!?:;"“”‘’'(\[—–\-…•*|]$/;

/** Handles, hashtags, web and mail addresses: they hold no names of their own. */
export const LINKS = /(?:https?:\/\/|www\.)\S+|[\w.+-]*[@#][\w.]+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|gov|edu|io|co|uk|de|fr|ru|cn)\b\S*/giu;

const LINK_GATE = /[@#/]|www\./;
/** What every match of LINKS holds (`@` or `#`, a scheme, `www.`, a dot before a top-level domain): text without any
 * has no link, and the costly search is skipped. */
const LINK_HINT = /[@#]|https?:\/\/|www\.|\.(?:com|org|net|gov|edu|io|co|uk|de|fr|ru|cn)\b/iu;

/** Marks with 1 the tokens inside handles, hashtags and web addresses. */
export function markLinkTokens(text: string, tokens: Token[], marks: Uint8Array): void {
  if (!LINK_GATE.test(text) || !LINK_HINT.test(text)) return;
  const re = new RegExp(LINKS);
  let m: RegExpExecArray | null;
  let k = 0;
  while ((m = re.exec(text))) {
    const s = m.index, e = s + m[0].length;
    while (k < tokens.length && tokens[k].e <= s) k++;
    for (let q = k; q < tokens.length && tokens[q].s < e; q++) marks[q] = 1;
  }
}

const HYPHEN_SUFFIX = /[-‐](?:based|born|led|owned|run|backed|style|controlled|dominated|made|bound|area|era|class|like|speaking|registered|listed|sponsored|funded|held|linked|allied|aligned|friendly|bred|educated|trained)$/;
const WORD_START = /^[\p{L}\p{M}\p{N}]/u;
const NUMBER_START = /^\p{N}/u;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (let s = 0, next = 0; s < text.length; s = next) {
    if (isSpaceAt(text, s)) { next = s + 1; continue; }
    next = tokenEnd(text, s);
    const t = text.slice(s, next);
    const prev = out.length > 0 ? out[out.length - 1] : undefined;
    // `Mr.`, `St.`, `Inc.`, an initial `V.`: the dot belongs to the word. (A new token, not the old one changed: a token
    // keeps the fields it was made with, so that the optimised code of its readers is never thrown away for a change.)
    if (t === '.' && prev && prev.e === s && prev.k === 'w' && (ABBREV.has(prev.lower) || (prev.t.length === 1 && prev.upper))) {
      out[out.length - 1] = { s: prev.s, br: prev.br, e: s + 1, t: prev.t + '.', lower: prev.lower, k: prev.k, cap: prev.cap, upper: prev.upper };
      continue;
    }
    // the token before is final here: a dot joined to it, as above, is the only change a token gets
    const br = prev !== undefined && breaksLine(text, prev.e, s);
    // `York-based`: the lower-case suffix is not part of the name
    if (t.length > 4 && (t.includes('-') || t.includes('‐'))) {
      const suffix = HYPHEN_SUFFIX.exec(t);
      if (suffix && suffix.index > 0) {
        pushToken(out, t.slice(0, suffix.index), s, br);
        out.push({ s: s + suffix.index, br: false, e: s + t.length, t: suffix[0], lower: suffix[0].toLowerCase(), k: 'p', cap: false, upper: false });
        continue;
      }
    }
    pushToken(out, t, s, br);
  }
  return out;
}

function breaksLine(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 13) return true;
  }
  return false;
}

/** tokens[i], or undefined outside the array: optimised code that reads past an end is thrown away (deoptimised). */
export const tokenAt = (tokens: Token[], i: number): Token | undefined => (i >= 0 && i < tokens.length ? tokens[i] : undefined);

/** Two tokens close enough to be words of one name: at most one character apart, on the same line. */
const near = (left: Token, right: Token) => right.s - left.e <= 1 && !right.br;

function pushToken(out: Token[], t: string, s: number, br: boolean) {
  const c = t.charCodeAt(0);
  const lower = t.toLowerCase();
  let k: Token['k'];
  if (c >= 48 && c <= 57) k = 'n';
  else if (c < 128) k = (c | 32) >= 97 && (c | 32) <= 122 ? 'w' : 'p';
  else k = !WORD_START.test(t) ? 'p' : NUMBER_START.test(t) ? 'n' : 'w';
  const cased = k === 'w' && (c < 128 || lower !== t.toUpperCase());
  // every token has all its fields from the start (`br` too), so that its readers see one shape of object
  out.push({
    s, br, e: s + t.length, t, lower, k,
    cap: cased && t.charAt(0) !== lower.charAt(0),
    upper: cased && t !== lower && isUpperCase(t),
  });
}

/** t === t.toUpperCase(), without building the upper-cased copy when t is ASCII. */
function isUpperCase(t: string): boolean {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c >= 128) return t === t.toUpperCase();
    if (c >= 97 && c <= 122) return false;
  }
  return true;
}

/** Whether a word token has no case (`t.lower === t.t.toUpperCase()`): never when it opens with an ASCII letter. */
export const isCaseless = (t: Token) => t.t.charCodeAt(0) >= 128 && t.lower === t.t.toUpperCase();

/** The tokens of a line written in capitals (a headline, a dateline's city). */
function isCapsLine(tokens: Token[]): boolean {
  let words = 0, upper = 0, long = 0;
  for (const t of tokens) {
    if (t.k !== 'w' || isCaseless(t)) continue;
    words++;
    if (t.upper) { upper++; if (t.t.length >= 3) long++; }
  }
  return words > 0 && long >= 2 && upper / words >= 0.7;
}

const SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'but', 'with', 'by', 'from', 'as', 'vs', 'v', 'is', 'after', 'over', 'into']);

/** A headline in title case (`Putin-Xi Summit Ends With Pledges of Deeper Ties`): capitals say nothing about names. */
function isTitleCaseLine(tokens: Token[]): boolean {
  let words = 0, caps = 0, known = 0;
  for (const t of tokens) {
    if (t.k !== 'w' || isCaseless(t)) continue;
    if (SMALL_WORDS.has(t.t)) continue;
    words++;
    if (!t.cap) return false;
    caps++;
    if (classify(t.lower) === 'common') known++;
  }
  return words >= 4 && caps === words && known >= 2 && tokens[tokens.length - 1].t !== ',' && tokens.length < 30 && !tokens.some(t => t.k === 'n');
}

export function findEntityMentions(text: string): EntityMention[] {
  return byWindows(text, findIn);
}

/** findEntityMentions of a text whose tokens were already read (the tagger reads them for its features too). */
export function findEntityMentionsInTokens(text: string, tokens: Token[]): EntityMention[] {
  return text.length <= MAX_BLOCK ? byWindows(text, () => findIn(text, 0, tokens)) : findEntityMentions(text);
}

/** Runs `find` on a block, or on windows of it cut at spaces when it is longer than MAX_BLOCK (a single 5 MB line), so
 * that no single call grows unbounded; offsets are the block's. Never throws: bad input gives no names. */
export function byWindows(text: string, find: (window: string, base: number) => EntityMention[]): EntityMention[] {
  try {
    if (!text) return [];
    if (text.length <= MAX_BLOCK) return find(text, 0);
    const out: EntityMention[] = [];
    for (let at = 0; at < text.length;) {
      let end = Math.min(text.length, at + MAX_BLOCK);
      if (end < text.length) { const sp = text.lastIndexOf(' ', end); if (sp > at + MAX_BLOCK / 2) end = sp; }
      for (const m of find(text.slice(at, end), at)) out.push(m);
      at = end;
    }
    return out;
  } catch {
    return [];
  }
}

function findIn(text: string, base: number, tokens = tokenize(text)): EntityMention[] {
  const out: EntityMention[] = [];
  const taken = new Uint8Array(tokens.length);
  const push = (a: number, b: number, type: EntityType, extra: Partial<EntityMention> = {}) => {
    for (let k = a; k <= b; k++) taken[k] = 1;
    out.push({ start: tokens[a].s + base, end: tokens[b].e + base, type, ...extra });
  };

  credits(text, tokens, push, taken);
  // handles, hashtags, web and mail addresses hold no names of their own
  markLinkTokens(text, tokens, taken);
  const caps = isCapsLine(tokens) || isTitleCaseLine(tokens);
  let numbers = 0, wordCount = 0;
  for (const t of tokens) if (t.k === 'n') numbers++; else if (t.k === 'w') wordCount++;
  const table = numbers >= 2 && numbers * 3 >= wordCount;

  // A dateline: `LONDON 1996-08-30`, `WASHINGTON (Reuters) -`, `PARIS, May 16 -`, `LAKEMONT —`, `BOSTON (AP) —`: the
  // capitals that open it are a place. (A plain hyphen is left out: `SOCCER - …` opens a wire sports headline.)
  if (tokens.length > 1 && tokens[0].upper && tokens[0].k === 'w') {
    let j = 0;
    while (j + 1 < tokens.length && tokens[j + 1].k === 'w' && tokens[j + 1].upper) j++;
    const next = tokenAt(tokens, j + 1);
    if (next && (ISO_DAY.test(text.slice(next.s, next.s + 10)) || next.t === '(' && REUTERS.test(text.slice(next.s)) ||
      DASH_AFTER_PLACE.test(text.slice(next.s, next.s + 32)) || (next.t === ',' && DATE_AFTER_PLACE.test(text.slice(next.s))))) {
      const cls = classifyTokens(tokens, 0, j);
      if (cls === 'place' || cls === 'unknown' || cls === 'org') push(0, j, 'place', { cue: 'dateline' });
    }
  }

  for (let i = 0; i < tokens.length; i++) {
    if (taken[i]) continue;
    const tok = tokens[i];
    if (tok.k !== 'w' || !(tok.cap || (tok.upper))) continue;
    // Grow the capitalised sequence.
    let j = i;
    while (j + 1 < tokens.length && !taken[j + 1] && j - i < 8) {
      const n = tokens[j + 1];
      if (n.k === 'w' && n.cap && near(tokens[j], n)) { j++; continue; }
      if (!near(tokens[j], n)) break;
      // `van der`, `de la`: particles of a name, followed by its capitalised part
      if (CONNECTORS.has(n.t)) {
        let k = j + 1;
        while (k + 1 < tokens.length && k - j < 3 && CONNECTORS.has(tokens[k + 1].t) && near(tokens[k], tokens[k + 1])) k++;
        const cap = tokenAt(tokens, k + 1);
        if (cap && cap.k === 'w' && cap.cap && near(tokens[k], cap)) { j = k + 1; continue; }
        break;
      }
      const after = tokenAt(tokens, j + 2);
      if (!after || after.k !== 'w' || !after.cap || !near(n, after)) break;
      if (n.t === '&' || (n.t === 'of' && (isOrgHead(tokens[j].lower) || isPlaceHead(tokens[j].lower) || tokens[j].lower === 'bank'))) { j += 2; continue; }
      // `Securities and Exchange Commission`: `and` inside a body's name that ends in a head word
      if (n.t === 'and' && !caps) {
        let k = j + 2;
        while (k + 1 < tokens.length && k - j < 5 && tokens[k + 1].k === 'w' && tokens[k + 1].cap && near(tokens[k], tokens[k + 1])) k++;
        if (k - i < 9 && isOrgHead(bare(tokens[k].lower)) && !(j > i && isOrgHead(bare(tokens[j].lower)))) { j = k; continue; }
      }
      break;
    }
    const found = caps ? typeCaps(tokens, i, j, table) : typeSequence(tokens, i, j, table);
    for (const f of found) push(f.a, f.b, f.type, f.extra);
    i = j;
  }
  return out;
}

// Regular expressions with \p{…} are kept out of functions: tsx (tests, scripts) writes such a literal as `new RegExp(…)`,
// which would build it again at every call.
const ISO_DAY = /^\d{4}-\d\d-\d\d$/;
const REUTERS = /^\(\s*Reuters/i;
const DASH_AFTER_PLACE = /^(?:\(\s*[\p{L}.&/ ]{1,24}\)\s*)?(?:[—–]|--)\s/u;
const DATE_AFTER_PLACE = /^,\s*(?:\p{Lu}\p{Ll}+\.? \d{1,2}|\d{1,2} \p{Lu})/u;
const CREDIT = /(?:Credit|Photo(?:graph)?|Image|Picture|Photographer)s?\s*(?:…|\.\.\.|:|\bby\b)\s*((?:\p{Lu}[\p{L}\p{M}'’.-]*\s+){0,3}\p{Lu}[\p{L}\p{M}'’-]*)\s*(?=\/|\bfor\b|$|\n)/gu;
const AGENCY = /^\s*\/\s*(\p{Lu}[\p{L}\p{M}&'’.-]*(?: \p{Lu}[\p{L}\p{M}&'’.-]*){0,4})/u;
const HYPHENED_CAPITAL = /[-‐]\p{Lu}/u;
const HYPHENS = /[-‐]/;
const INITIAL = /^\p{Lu}\.$/u;
const ACRONYM = /^(?:\p{Lu}\.){2,}$|^\p{Lu}[\p{Lu}\p{N}&]{1,5}$/u;
const INNER_CAPITAL = /^\p{Lu}\p{Ll}+\p{Lu}/u;
const SURNAME_PREFIX = /^(?:Mc|Mac|Di|De|Da|Du|La|Le|Van|Von|Fitz|O)\p{Lu}/u;
const CAPITALS_PLURAL = /^\p{Lu}{2,}s$/u;
const PLURAL_END = /[^su]s$/;
const NATIONALITY_END = /(?:ish|ese|ian|ean|i)$/;
const CRICKET_CUE = /^(?:c|b|lbw|st|c&b)$/;
const PLACE_NOUN = /^(?:town|city|village|province|region|district|state|island|port|capital|suburb|county|republic)$/;
const ADJECTIVE_END = /(?:ic|an|al|ish|ese|ive|ary|ern)$/;

/** classify() of the lower-cased words of tokens a..b, without building a phrase no known one opens like. */
export function classifyTokens(tokens: Token[], a: number, b: number): WordClass {
  return a < b && !opensKnownPhrase(tokens[a].lower) ? 'unknown' : classify(lowerPhrase(tokens, a, b));
}

/** The lower-cased words of tokens a..b, joined by spaces. */
function lowerPhrase(tokens: Token[], a: number, b: number): string {
  let out = tokens[a].lower;
  for (let k = a + 1; k <= b; k++) out += ' ' + tokens[k].lower;
  return out;
}

interface Typed { a: number; b: number; type: EntityType; extra?: Partial<EntityMention> }

function credits(text: string, tokens: Token[], push: (a: number, b: number, t: EntityType, extra: Partial<EntityMention>) => void, taken: Uint8Array) {
  const re = CREDIT;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  let first = 0; // the first token that ends inside or after the match: tokens are looked for from here, not from 0
  while ((m = re.exec(text))) {
    const start = m.index + m[0].lastIndexOf(m[1]);
    const end = start + m[1].length;
    while (first < tokens.length && tokens[first].e <= m.index) first++;
    let a = first, b = first;
    while (a < tokens.length && tokens[a].s < start) a++;
    while (b < tokens.length && tokens[b].e < end) b++;
    const known = clsType(classify(m[1].toLowerCase()));
    if (a < tokens.length && b < tokens.length && b >= a) {
      push(a, b, known && known !== 'person' ? known : 'person', { cue: 'credit' });
      // `…Jane Roe/Agence France-Presse`: the agency after the slash
      const agency = AGENCY.exec(text.slice(end, end + 80));
      if (agency) {
        const from = end + agency[0].length - agency[1].length;
        let p = b + 1;
        while (p < tokens.length && tokens[p].s < from) p++;
        let q = p;
        while (q + 1 < tokens.length && tokens[q + 1].e <= from + agency[1].replace(/\.$/, '').length) q++;
        if (p < tokens.length && tokens[p].s === from && !taken[p]) push(p, q, 'organization', { cue: 'credit' });
      }
    }
    // the credit word itself (glued `CreditCredit…`) is never a name
    for (let k = first; k < tokens.length && tokens[k].s < start; k++) taken[k] = 1;
  }
}

/** A headline in capitals: only what the lexicon knows, or a weak guess the document may confirm. */
function typeCaps(tokens: Token[], i: number, j: number, table: boolean): Typed[] {
  const res: Typed[] = [];
  let k = i;
  while (k <= j) {
    let matched = false;
    for (let len = Math.min(4, j - k + 1); len >= 1 && !matched; len--) {
      const phrase = lowerPhrase(tokens, k, k + len - 1);
      const cls = classifyTokens(tokens, k, k + len - 1);
      const type = clsType(cls);
      const lw = bare(tokens[k].lower);
      if (type && (len > 1 || cls !== 'last')) {
        if (type === 'place' && k + len <= j && isPlaceHead(bare(tokens[k + len].lower))) len++; // KANSAS CITY
        res.push(placeOrTeam(tokens, k, k + len - 1, type, phrase, table, {}));
        k += len; matched = true;
      } else if (len === 1 && (cls === 'first' || cls === 'last' || (cls === 'unknown' && tokens[k].t.length > 2 && !HYPHENED_CAPITAL.test(tokens[k].t) &&
        !isOrgHead(lw) && !isPlaceHead(lw) && !isMiscHead(lw) && !isTitle(lw)))) {
        res.push({ a: k, b: k, type: 'person', extra: { weak: true, ...(cls === 'first' ? { first: true } : {}) } as Partial<EntityMention> });
        k++; matched = true;
      }
    }
    if (!matched) k++;
  }
  // adjacent name words form one name (`ALAN SHEARER`); one opening with a known first name is a person for sure
  const merged: Typed[] = [];
  for (const r of res) {
    const last = merged[merged.length - 1];
    if (last && last.b + 1 === r.a && last.extra?.weak && r.extra?.weak) { last.b = r.b; continue; }
    merged.push(r);
  }
  for (const m of merged) {
    const first = (m.extra as { first?: boolean } | undefined)?.first;
    if (m.extra) delete (m.extra as { first?: boolean }).first;
    if (first && m.b > m.a) m.extra = {};
  }
  return merged;
}

/** A city or region names a club in a results table, and may in sports news. */
function placeOrTeam(tokens: Token[], a: number, b: number, type: EntityType, phrase: string, table: boolean, extra: Partial<EntityMention>): Typed {
  if (type !== 'place' || isCountry(phrase)) return { a, b, type, extra };
  if (table) return { a, b, type: 'organization', extra };
  const before = tokenAt(tokens, a - 1);
  if (before && before.k === 'w' && PLACE_CUES.has(before.lower)) return { a, b, type, extra };
  return { a, b, type, extra: { ...extra, team: true } };
}

function clsType(cls: WordClass): EntityType | undefined {
  if (cls === 'place') return 'place';
  if (cls === 'org' || cls === 'team') return 'organization';
  if (cls === 'person' || cls === 'last') return 'person';
  return undefined;
}

function isAcronym(t: Token): boolean {
  return t.upper && ACRONYM.test(t.t);
}

function typeSequence(tokens: Token[], i: number, j: number, table: boolean): Typed[] {
  const prev = tokenAt(tokens, i - 1);
  const sentenceStart = !prev || (prev.k === 'p' && SENTENCE_OPENERS.test(prev.t));

  // The whole sequence may be a known name (`The Hague`, `United Nations`, `New York`).
  let a = i;
  let title: string | undefined;
  let personCue = false;
  // a trailing closed-class word (`Sunderland No campaign`) is not part of the name, nor are letters after it (`QC`, `MP`)
  while (j > a && (isGrammarWord(bare(tokens[j].lower)) || classify(tokens[j].lower) === 'date')) j--;
  if (j > a && POSTNOMINALS.has(tokens[j].t)) { j--; personCue = true; }
  // the last word stays the same while titles and the like are dropped from the front
  const lastHead = bare(tokens[j].lower);
  const headed = isOrgHead(lastHead) || isPlaceHead(lastHead) || isMiscHead(lastHead);
  for (;;) {
    if (a > j) return [];
    const whole = classifyTokens(tokens, a, j);
    const wholeType = clsType(whole);
    if (wholeType && (j > a || whole !== 'last')) {
      return [placeOrTeam(tokens, a, j, wholeType, lowerPhrase(tokens, a, j), table, title ? { title } : {})];
    }
    const t = tokens[a];
    if (INITIAL.test(t.t)) break; // an initial opens a name
    const lw = bare(t.lower);
    const cls = classify(t.lower);
    if (a < j && !headed && (isTitle(lw) || cls === 'title' || (cls === 'common' && isRole(lw)) || (lw.includes('-') && lw.split('-').every(isTitle)))) {
      title = title ? `${title} ${t.t}` : t.t;
      if (HONORIFICS.has(lw) || ((isTitle(lw) || isRole(lw)) && !TITLE_MODIFIERS.has(lw))) personCue = true;
      a++;
      continue;
    }
    if (cls === 'demonym' || (cls === 'date' && !(a < j && DATE_NAMES.has(lw) && classify(tokens[a + 1].lower) !== 'date'))) { a++; if (a > j) return []; continue; }
    // `Contestants Paul Burrell`, `Comedy Fat Albert`: a sentence-opening noun before a first name
    if (a === i && a < j && sentenceStart && (cls === 'common' || (cls === 'unknown' && PLURAL_END.test(lw))) && classify(tokens[a + 1].lower) === 'first') { a++; continue; }
    if (a === i && a < j && cls === 'common' && isClosedClass(lw)) {
      if (sentenceStart) { a++; continue; }
      // a capitalised `The`, `About`, `Robbing` inside a sentence opens the title of a work, not a name
      if (!isOrgHead(lastHead) && !isPlaceHead(lastHead)) return [];
    }
    // `Chicago Cardinal Joseph Bernardin`, `Boxing Association President Ramon Manzanares`: a place or body, then a titled person.
    if (a < j) {
      for (let p = a + 1; p < j; p++) {
        const pl = bare(tokens[p].lower);
        if (!isTitle(pl) || isTitle(bare(tokens[p - 1].lower))) continue;
        const pcls = classifyTokens(tokens, a, p - 1);
        const prefixTokens = tokens.slice(a, p);
        const ptype = clsType(pcls) ?? (isOrgHead(bare(tokens[p - 1].lower)) && p - a > 1 ? 'organization' : isAcronym(tokens[a]) && p - a === 1 ? 'organization'
          : p - a > 1 && prefixTokens.some(t => classify(t.lower) === 'org' || isOrgHead(bare(t.lower))) ? 'organization' : undefined); // `U.S. Treasury`
        // `Education Minister X`: a portfolio word before a title goes with the title
        if (!ptype && pcls !== 'demonym' && !(p - a === 1 && !TITLE_MODIFIERS.has(pl) && pcls === 'common')) break;
        const rest = typeSequence(tokens, p, j, table);
        return ptype ? [{ a, b: p - 1, type: ptype }, ...rest] : rest;
      }
    }
    break;
  }
  if (title && HONORIFICS.has(bare(title.toLowerCase()))) personCue = true;
  const seq = tokens.slice(a, j + 1);
  const n = seq.length;
  const first = seq[0];
  const lastLower = bare(seq[n - 1].lower);
  const ofAt = seq.findIndex(t => t.t === 'of');
  const head = ofAt > 0 ? bare(seq[ofAt - 1].lower) : lastLower;
  const extra: Partial<EntityMention> = title ? { title } : {};
  const before = tokenAt(tokens, i - 1), before2 = tokenAt(tokens, i - 2);
  const after = tokenAt(tokens, j + 1);

  if (isMiscHead(lastLower) && !personCue) return [];
  if (n > 1 || ofAt > 0) {
    if (isOrgHead(head)) return [{ a, b: j, type: 'organization', extra }];
    // `spokesman Mike Lake`: a first name after a person's role is a person whatever the last word
    const personAfterRole = n === 2 && classify(first.lower) === 'first' && before?.k === 'w' && PERSON_CUES.has(before.t);
    if (isPlaceHead(head) && !personAfterRole) return [{ a, b: j, type: table ? 'organization' : 'place', extra }];
  }
  // A hyphenated pair of names (`Putin-Xi Summit`, `Franco-German`) is not a person.
  if (n === 1 && HYPHENED_CAPITAL.test(first.t) && !personCue) {
    const parts = first.lower.split(HYPHENS);
    if (parts.some(p => classify(p) !== 'unknown')) return [];
  }
  // built by push into a literal, whose allocation site keeps one kind of array (map's result varied, and each new kind
  // threw the optimised function away)
  const classes: WordClass[] = [];
  for (const t of seq) classes.push(classify(t.lower));
  if (MISC_FIRST.has(bare(first.lower)) && n > 1) return [];
  if (n === 1) {
    const cls = classes[0];
    if (title && isTitle(bare(first.lower)) && cls !== 'first' && cls !== 'last') return []; // `Acting Detective Chief Superintendent`
    // `the Commission`, `Parliament`: a body's head word alone names a body; a bare `River` or `Cup` names nothing
    if (!personCue && isOrgHead(bare(first.lower)) && !isAcronym(first)) return [{ a, b: j, type: 'organization', extra: { weak: true, keep: false } }];
    if (!personCue && (isPlaceHead(bare(first.lower)) || isMiscHead(bare(first.lower)))) return [];
    if (personCue) return [{ a, b: j, type: 'person', extra }];
    // `WorldCom`, `PayPal`: capitals inside a word make a brand, not a surname (`McDonald`, `DiCaprio` excepted)
    if (INNER_CAPITAL.test(first.t) && !SURNAME_PREFIX.test(first.t)) {
      return [{ a, b: j, type: 'organization', extra: { weak: true, keep: true } }];
    }
    if (cls === 'demonym' || cls === 'date' || cls === 'title' || (first.t.length === 1 && !personCue) || CAPITALS_PLURAL.test(first.t)) return [];
    if (cls === 'common') return isFunctionWord(first.lower) || isOrgHead(first.lower) || isPlaceHead(first.lower) ? [] : [{ a, b: j, type: 'person', extra: { weak: true } }];
    // `Turkish officials`, `Kurdish town`: an adjective of nationality the lexicon lacks
    if (cls === 'unknown' && after && after.k === 'w' && !after.cap && !SAY.has(after.lower) && NATIONALITY_END.test(first.lower)) return [];
    if (isAcronym(first)) return [{ a, b: j, type: 'organization', extra: !table && first.t.length < 3 ? { weak: true, keep: false } : {} }];
    const cueWord = before && before.k === 'w' ? before.t : '';
    const cue2 = before && before.k === 'p' && before2 ? before2.lower : '';
    if (PERSON_CUES.has(cueWord) || (table && CRICKET_CUE.test(cueWord))) return [{ a, b: j, type: 'person' }];
    if (table) return [{ a, b: j, type: 'organization', extra: { weak: true } }];
    if (cls === 'first') return [{ a, b: j, type: 'person', extra: { weak: true } }];
    const possessive = after && (after.t === "'" || after.t === '’') && j + 2 < tokens.length && tokens[j + 2].lower === 's' && tokens[j + 2].s === after.e;
    if (cls === 'last') return [{ a, b: j, type: 'person', extra: sentenceStart ? { weak: true, keep: true } : {} }];
    const plural = sentenceStart && PLURAL_END.test(first.lower);
    if (((after && SAY.has(after.lower)) || possessive) && !plural) return [{ a, b: j, type: 'person', extra: { weak: true, keep: true } }];
    if (table) return [{ a, b: j, type: 'organization', extra: { weak: true } }];
    if (cueWord === 'of' && before2 && PLACE_NOUN.test(before2.lower)) return [{ a, b: j, type: 'place' }];
    if (PLACE_CUES.has(cueWord) || cue2 === 'in') return [{ a, b: j, type: 'place', extra: { weak: true } }];
    // `the Kremlin said`, but not `the Democratic nominee`
    if (before && before.t === 'the' && !(after && after.k === 'w' && !after.cap && ADJECTIVE_END.test(first.lower))) {
      return [{ a, b: j, type: 'organization', extra: { weak: true } }];
    }
    return [{ a, b: j, type: 'person', extra: { weak: true, ...(sentenceStart ? {} : { lone: true }) } }];
  }
  if (personCue) return [{ a, b: j, type: 'person', extra }];
  // `Meet The Fockers`, `Lord Of The Rings`: a capitalised grammar word inside makes the title of a work.
  if (seq.some((t, k) => k > 0 && t.cap && isGrammarWord(t.lower) && !CONNECTORS.has(t.lower))) return [];
  // Several words: a first name or an initial makes a person; unknown words default to a person too.
  if (classes[0] === 'first' || INITIAL.test(first.t)) return [{ a, b: j, type: 'person', extra }];
  if (classes.every(c => c === 'common') || classes[n - 1] === 'demonym' || seq.every(t => t.t.length <= 3 && t.upper)) return [];
  if (seq.some(isAcronym)) return [{ a, b: j, type: 'organization', extra }];
  if (seq.some(t => isOrgHead(bare(t.lower)) || t.t === '&') || isPluralNoun(lastLower) || (before && before.t === '/' && before.e === first.s)) return [{ a, b: j, type: 'organization', extra }];
  if (classes.some(c => c === 'place' || c === 'org' || c === 'team')) {
    // `Moscow Narodny`, `Tokyo Stock …`: a place inside a longer unknown name is most often an organization.
    return [{ a, b: j, type: 'organization', extra: { weak: true } }];
  }
  // `Golden Globes`, `Desperate Housewives`: an adjective opening a name makes the name of a thing
  if (classes[0] === 'common' && isAdjective(bare(first.lower)) && !isTitle(bare(first.lower))) return [];
  // `the Harbor Ledger`: a name after `the` is a body or a thing, not a person
  if (before && before.t === 'the') return [{ a, b: j, type: 'organization', extra: { weak: true } }];
  return [{ a, b: j, type: 'person', extra }];
}
