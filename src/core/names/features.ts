// Features of the name tagger: the capitalised stretches of a block (the only places a name can be) and, for each of
// their tokens, hashed features of the word, its shape and affixes, the words around it, the lexicon and the rules'
// own guess. Training (scripts/train-names.ts) and tagging read the same function, so they see the same features.
import { bare, classify, opensKnownPhrase, isCountry, isMiscHead, isOrgHead, isPlaceHead, isTitle } from '../gazetteer';
import { isCaseless, markLinkTokens, tokenAt, tokenize, type EntityMention, type Token } from '../names';
import type { EntityType } from '../types';

/** A stretch of tokens that may hold names: capitalised words and the small words between them. */
export interface Window {
  /** first and last token, inclusive */
  a: number;
  b: number;
}

export interface BlockFeatures {
  tokens: Token[];
  windows: Window[];
  /** The feature hashes of token i are ids[offsets[i]] up to ids[offsets[i + 1]]; none outside windows. */
  ids: Int32Array;
  offsets: Int32Array;
  /** per window token, the facts of its word, whose `own` features open the token's features */
  words: (WordFacts | undefined)[];
  /** per token: 1 on a line in capitals, 2 on a line of a table, 3 both (lineKinds) */
  kinds: Uint8Array;
}

/** Lower-case words that may join capitalised words inside one name (`Bank of England`, `Centre for …`, `van der`). */
const GLUE = new Set(['of', 'for', 'and', 'de', 'van', 'von', 'der', 'den', 'du', 'la', 'le', 'da', 'di', 'del', 'della', 'dos',
  'das', 'bin', 'ibn', 'al', 'el', 'y', 'the', 'on', 'upon', 'en', 'des', 'ter', 'ten', 'abu', '&']);
const OPENERS = /^[.!?:;"“”‘’'(\[—–\-…•*|]$/;
// kept out of the function: tsx (tests, scripts) writes a \p{…} literal as `new RegExp(…)`, built again at every call
const UPPER = /\p{Lu}/u;
const hasUpper = (t: Token) => t.k === 'w' && (t.cap || t.upper || hasCapital(t.t));

/** UPPER.test(s), by char code while s is ASCII (most words are). */
export function hasCapital(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128) return UPPER.test(s);
    if (c >= 65 && c <= 90) return true;
  }
  return false;
}

const near = (left: Token, right: Token) => right.s - left.e <= 1 && !right.br;

/** FNV-1a's starting state: hashRange(FNV_OFFSET, s, from, to) is hashFeature(s.slice(from, to)). */
export const FNV_OFFSET = 0x811c9dc5;

/** FNV-1a over UTF-16 units: the feature id the weights are stored under. */
export function hashFeature(s: string): number {
  return hashOn(FNV_OFFSET, s);
}

/** FNV-1a continued from state `h` over `s`: hashOn(hashFeature(p), s) is hashFeature(p + s), without building the
 * concatenation. */
export function hashOn(h: number, s: string): number {
  return hashRange(h, s, 0, s.length);
}

/** hashOn(h, s.slice(from, to)), without the slice. */
export function hashRange(h: number, s: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

/** `Xx`, `X.X.`, `XXd`: the word's letters as classes, runs collapsed. */
function shape(t: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < t.length && out.length < 6; i++) {
    const c = t[i];
    const k = c >= '0' && c <= '9' ? 'd' : c.toLowerCase() !== c ? 'X' : c.toUpperCase() !== c ? 'x' : c;
    if (k !== last) out += k;
    last = k;
  }
  return out;
}

/** Tokens inside handles, hashtags and web addresses. */
function linkTokens(text: string, tokens: Token[]): Uint8Array {
  const linked = new Uint8Array(tokens.length);
  markLinkTokens(text, tokens, linked);
  return linked;
}

function findWindows(tokens: Token[], linked: Uint8Array): Window[] {
  const out: Window[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!hasUpper(tokens[i]) || linked[i]) continue;
    let j = i;
    for (;;) {
      const n = tokenAt(tokens, j + 1);
      if (!n || !near(tokens[j], n) || linked[j + 1]) break;
      if (hasUpper(n)) { j++; continue; }
      // at most two small words, and only when a capitalised word follows them
      let k = j + 1;
      while (k <= j + 2 && k < tokens.length && GLUE.has(tokens[k].lower) && near(tokens[k - 1], tokens[k])) k++;
      if (k === j + 1 || k >= tokens.length || !hasUpper(tokens[k]) || linked[k] || !near(tokens[k - 1], tokens[k])) break;
      j = k;
    }
    out.push({ a: i, b: j });
    i = j;
  }
  return out;
}

/** Per line: written in capitals (a headline), or a table of results (many numbers). */
function lineKinds(tokens: Token[]): Uint8Array {
  const kinds = new Uint8Array(tokens.length);
  let from = 0;
  for (let i = 0; i <= tokens.length; i++) {
    if (i < tokens.length && !(i > from && tokens[i].br)) continue;
    let words = 0, upper = 0, numbers = 0;
    for (let k = from; k < i; k++) {
      const t = tokens[k];
      if (t.k === 'n') numbers++;
      else if (t.k === 'w' && !isCaseless(t)) { words++; if (t.upper && t.t.length > 1) upper++; }
    }
    const kind = (words >= 2 && upper * 10 >= words * 7 ? 1 : 0) | (numbers >= 2 && numbers * 3 >= words ? 2 : 0);
    kinds.fill(kind, from, i);
    from = i;
  }
  return kinds;
}

const POS = ['U', 'B', 'I', 'L'];
const RULE_NONE = hashFeature('O');
const RULE_TYPES: EntityType[] = ['person', 'organization', 'place'];
const RULE_KINDS = RULE_TYPES.length * 3 * 2 * 2;
/** The hash of every rule tag (`B-person-s`, `U-place-wt` …) by position, then type, strength (s, k, w), team and lone,
 * as ruleTags indexes it. */
const RULE_TAGS = new Int32Array(POS.length * RULE_KINDS);
for (let pos = 0, at = 0; pos < POS.length; pos++) {
  for (const type of RULE_TYPES) for (const strength of ['s', 'k', 'w']) for (const team of ['', 't']) for (const lone of ['', 'l']) {
    RULE_TAGS[at++] = hashFeature(`${POS[pos]}-${type}-${strength}${team}${lone}`);
  }
}

/** The rules' guess for each token (`B-person-s`: first word of a strong person), from the mentions names.ts found, as
 * the hash of that text. */
function ruleTags(tokens: Token[], mentions: EntityMention[]): Int32Array {
  const tags = new Int32Array(tokens.length).fill(RULE_NONE);
  let sorted = mentions;
  for (let k = 1; k < mentions.length; k++) if (mentions[k - 1].start > mentions[k].start) { sorted = [...mentions].sort((x, y) => x.start - y.start); break; }
  let k = 0;
  for (const m of sorted) {
    while (k < tokens.length && tokens[k].e <= m.start) k++;
    let q = k;
    while (q < tokens.length && tokens[q].s < m.end) q++;
    const strength = m.weak ? (m.keep ? 1 : 2) : 0;
    const kind = ((RULE_TYPES.indexOf(m.type) * 3 + strength) * 2 + (m.team ? 1 : 0)) * 2 + (m.lone ? 1 : 0);
    for (let p = k; p < q; p++) {
      const pos = q - k === 1 ? 0 : p === k ? 1 : p === q - 1 ? 3 : 2;
      tags[p] = RULE_TAGS[pos * RULE_KINDS + kind];
    }
  }
  return tags;
}

/** hashFeature of the few texts that recur in every block (rule and phrase tags), remembered. */
const hashes = new Map<string, number>();
function hashOnce(s: string): number {
  let h = hashes.get(s);
  if (h === undefined) hashes.set(s, (h = hashFeature(s)));
  return h;
}

/** The lexicon's class of the longest known phrase (two to four words) covering each window token, with its position,
 * as the hash of that text (0 where none). */
function phraseTags(tokens: Token[], w: Window): Int32Array {
  const out = new Int32Array(w.b - w.a + 1);
  for (let i = w.a; i < w.b; i++) {
    if (!opensKnownPhrase(tokens[i].lower)) continue;
    for (let len = Math.min(4, w.b - i + 1); len >= 2; len--) {
      let phrase = tokens[i].lower;
      for (let k = 1; k < len; k++) phrase += ' ' + tokens[i + k].lower;
      const cls = classify(phrase);
      if (cls === 'unknown' || cls === 'common') continue;
      for (let k = 0; k < len; k++) if (!out[i - w.a + k]) out[i - w.a + k] = hashOnce(`${k === 0 ? 'B' : k === len - 1 ? 'L' : 'I'}${cls}`);
      break;
    }
  }
  return out;
}

/** Mixes two hashes into one (a feature template and its value, or two values). */
function mix(a: number, b: number): number {
  let h = Math.imul(a ^ Math.imul(b, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}

/** What a word says by itself, computed once per spelling: its hashes and lexicon facts. */
export interface WordFacts {
  lower: number;
  shape: number;
  cls: number;
  /** word, shape, affixes, class and lexicon flags, as finished features */
  own: Int32Array;
  title: boolean;
  /** the tagger's scores of `own` under the weights `ownScoredBy`, kept with the word (tagger.ts) */
  ownScores: Float64Array | undefined;
  ownScoredBy: object | undefined;
}

const SEEN_LIMIT = 50_000;
// the hash states after the prefixes of the word's own features (`w=`, `sh=` …)
const prefixState = (prefix: string) => hashOn(FNV_OFFSET, prefix) >>> 0;
const W_IS = prefixState('w='), SH_IS = prefixState('sh='), P2_IS = prefixState('p2='), P3_IS = prefixState('p3='),
  S2_IS = prefixState('s2='), S3_IS = prefixState('s3='), S4_IS = prefixState('s4='), CLS_IS = prefixState('cls=');
let facts = new Map<string, WordFacts>();
const BOS = hashFeature('<s>'), DIGITS = hashFeature('<d>');

function factsOf(t: Token): WordFacts {
  let f = facts.get(t.t);
  if (f) return f;
  const lw = t.lower, dotless = bare(lw);
  const cls = t.k === 'w' ? classify(lw) : 'num';
  const sh = shape(t.t);
  const n = lw.length;
  // the affixes hashed in place (hashRange), as hashOn of lw.slice(0, 2) … lw.slice(-4)
  const own = [hashOn(W_IS, lw), hashOn(SH_IS, sh), hashRange(P2_IS, lw, 0, Math.min(2, n)), hashRange(P3_IS, lw, 0, Math.min(3, n)),
    hashRange(S2_IS, lw, Math.max(0, n - 2), n), hashRange(S3_IS, lw, Math.max(0, n - 3), n), hashRange(S4_IS, lw, Math.max(0, n - 4), n), hashOn(CLS_IS, cls)];
  const flag = (on: boolean, name: string) => { if (on) own.push(hashFeature(name)); };
  flag(isTitle(dotless), 'title');
  flag(isOrgHead(dotless), 'orghead');
  flag(isPlaceHead(dotless), 'placehead');
  flag(isMiscHead(dotless), 'mischead');
  flag(cls === 'place' && isCountry(lw), 'country');
  flag(t.t.length === 1, 'single');
  flag(/\d/.test(t.t), 'digit');
  flag(t.t.includes('-'), 'hyphen');
  f = { lower: t.k === 'n' ? DIGITS : hashFeature(lw), shape: hashFeature(sh), cls: hashFeature(cls), own: Int32Array.from(own), title: isTitle(dotless), ownScores: undefined, ownScoredBy: undefined };
  if (facts.size >= SEEN_LIMIT) facts = new Map();
  facts.set(t.t, f);
  return f;
}

const TEMPLATE = (name: string) => hashFeature(name);
const PW = TEMPLATE('pw'), NW = TEMPLATE('nw'), PPW = TEMPLATE('ppw'), NNW = TEMPLATE('nnw'), PW_W = TEMPLATE('pw|w'),
  W_NW = TEMPLATE('w|nw'), PSH = TEMPLATE('psh'), NSH = TEMPLATE('nsh'), SH3 = TEMPLATE('sh|psh|nsh'), POS_F = TEMPLATE('pos'),
  CLS_POS = TEMPLATE('cls|pos'), PCLS = TEMPLATE('pcls'), NCLS = TEMPLATE('ncls'), RULE = TEMPLATE('rule'), RULE_CLS = TEMPLATE('rule|cls'),
  FIRST = TEMPLATE('first'), LAST = TEMPLATE('last'), WP = TEMPLATE('wp'), WN = TEMPLATE('wn'), WN_POS = TEMPLATE('wn|pos'),
  WP_POS = TEMPLATE('wp|pos'), LINE = TEMPLATE('line'), LINE_SH = TEMPLATE('line|sh'), START1 = TEMPLATE('start1'),
  START = TEMPLATE('start'), PHRASE = TEMPLATE('ph'), PTITLE = TEMPLATE('ptitle'), LOWER_SEEN = TEMPLATE('lowerseen'),
  POSS = TEMPLATE('poss'), WP2 = TEMPLATE('wp2|wp'), WN2 = TEMPLATE('wn|wn2'), ROW = TEMPLATE('row'),
  POSS_W = TEMPLATE('poss|w'), WIN = TEMPLATE('win'), W_ORGHEAD = TEMPLATE('w-orghead'), W_PLACEHEAD = TEMPLATE('w-placehead'), W_MISCHEAD = TEMPLATE('w-mischead');

// the features of the block being read, in a buffer kept between blocks
let buffer = new Int32Array(1 << 14);
let used = 0;
function put(x: number): void {
  if (used === buffer.length) { const grown = new Int32Array(buffer.length * 2); grown.set(buffer); buffer = grown; }
  buffer[used++] = x;
}
function put8(a: number, b: number, c: number, d: number, e: number, f: number, g: number, h: number): void {
  put(a); put(b); put(c); put(d); put(e); put(f); put(g); put(h);
}

/** Of the words in windows, those the block also writes in lower case. */
function lowerWordsSeen(tokens: Token[], windows: Window[]): Set<string> {
  const asked = new Set<string>();
  for (const w of windows) for (let i = w.a; i <= w.b; i++) asked.add(tokens[i].lower);
  const seen = new Set<string>();
  for (const t of tokens) if (t.k === 'w' && !t.cap && !t.upper && asked.has(t.lower)) seen.add(t.lower);
  return seen;
}

/** Tokens, windows and features of one block, given the mentions the rules found in it. */
export function blockFeatures(text: string, ruleMentions: EntityMention[], tokens = tokenize(text)): BlockFeatures {
  const windows = findWindows(tokens, linkTokens(text, tokens));
  const offsets = new Int32Array(tokens.length + 1);
  const kinds = lineKinds(tokens);
  if (windows.length === 0) return { tokens, windows, ids: new Int32Array(0), offsets, kinds, words: [] };
  const rules = ruleTags(tokens, ruleMentions);
  // words this block also writes in lower case are common words when capitalised (`Police`, `Talks`)
  const lowerSeen = lowerWordsSeen(tokens, windows);
  // each token's facts once, though up to five window tokens read them
  const known: (WordFacts | undefined)[] = new Array(tokens.length);
  const ctx = (i: number) => (i < 0 || i >= tokens.length ? undefined : (known[i] ??= factsOf(tokens[i])));
  const lowerOf = (x: WordFacts | undefined) => (x ? x.lower : BOS);

  used = 0;
  let filled = 0;
  for (const w of windows) {
    const phrases = phraseTags(tokens, w);
    const before = tokenAt(tokens, w.a - 1), after = tokenAt(tokens, w.b + 1);
    const len = Math.min(w.b - w.a + 1, 5);
    const lastWord = bare(tokens[w.b].lower);
    const wp = lowerOf(ctx(w.a - 1)), wn = lowerOf(ctx(w.b + 1));
    const first = ctx(w.a)!.lower, last = ctx(w.b)!.lower;
    const start = !before || before.br || tokens[w.a].br || (before.k === 'p' && OPENERS.test(before.t));
    const possessive = after && (after.t === "'" || after.t === '’') && w.b + 2 < tokens.length && tokens[w.b + 2].lower === 's';
    // two words each side (`shares of X`, `X said on`), the word after a possessive (`X's chairman`), the whole
    // window's words, and a name opening a row of figures (a table of results or standings)
    const wp2 = mix(mix(WP2, lowerOf(ctx(w.a - 2))), wp), wn2 = mix(mix(WN2, wn), lowerOf(ctx(w.b + 2)));
    const possWord = possessive ? mix(POSS_W, lowerOf(ctx(w.b + 3))) : 0;
    let win = WIN;
    for (let i = w.a; i <= w.b; i++) win = mix(win, ctx(i)!.lower);
    const row = start && after !== undefined && after.k === 'n' && !after.br;
    const headFlags = [isOrgHead(lastWord) ? W_ORGHEAD : 0, isPlaceHead(lastWord) ? W_PLACEHEAD : 0, isMiscHead(lastWord) ? W_MISCHEAD : 0];
    for (let i = w.a; i <= w.b; i++) {
      for (; filled <= i; filled++) offsets[filled] = used;
      const t = tokens[i];
      const me = ctx(i)!, prev = ctx(i - 1), next = ctx(i + 1);
      const pw = lowerOf(prev), nw = lowerOf(next);
      const psh = prev ? prev.shape : BOS, nsh = next ? next.shape : BOS;
      const pos = (w.a === w.b ? 0 : i === w.a ? 1 : i === w.b ? 3 : 2) * 8 + len;
      const rule = rules[i];
      for (let q = 0; q < me.own.length; q++) put(me.own[q]);
      put8(1, mix(PW, pw), mix(NW, nw), mix(PPW, lowerOf(ctx(i - 2))), mix(NNW, lowerOf(ctx(i + 2))), mix(mix(PW_W, pw), me.lower),
        mix(mix(W_NW, me.lower), nw), mix(PSH, psh));
      put8(mix(NSH, nsh), mix(mix(mix(SH3, me.shape), psh), nsh), mix(POS_F, pos),
        mix(mix(CLS_POS, me.cls), pos), mix(PCLS, prev ? prev.cls : BOS), mix(NCLS, next ? next.cls : BOS), mix(RULE, rule),
        mix(mix(RULE_CLS, rule), me.cls));
      put8(mix(FIRST, first), mix(LAST, last), mix(WP, wp), mix(WN, wn), mix(mix(WN_POS, wn), pos),
        mix(mix(WP_POS, wp), pos), mix(LINE, kinds[i]), mix(mix(LINE_SH, kinds[i]), me.shape));
      if (start) put(i === w.a ? START1 : START);
      if (phrases[i - w.a]) put(mix(PHRASE, phrases[i - w.a]));
      for (const h of headFlags) if (h) put(h);
      if (prev?.title) put(PTITLE);
      if (lowerSeen.has(t.lower)) put(LOWER_SEEN);
      if (possessive) { put(mix(POSS, pos)); put(possWord); }
      put(mix(wp2, pos)); put(mix(wn2, pos)); put(mix(win, pos));
      if (row) put(mix(mix(ROW, kinds[i]), pos));
    }
  }
  for (; filled <= tokens.length; filled++) offsets[filled] = used;
  return { tokens, windows, ids: buffer.slice(0, used), offsets, kinds, words: known };
}
