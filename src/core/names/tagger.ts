// The learned name tagger: an averaged perceptron over the features of features.ts, BILOU tags for people,
// organizations and places, Viterbi decoding per capitalised window. Its weights (model.ts, written by
// `npm run train:names`) are decoded on first use. The rules of names.ts stay its first reader: their mentions are
// features, and their extras (title, team, lone) ride along on the spans the tagger keeps.
import type { EntityType } from '../types';
import { CONNECTORS, byWindows, classifyTokens, findEntityMentionsInTokens, tokenize, type EntityMention, type Token } from '../names';
import { bare, classify, isAdjective, isGrammarWord, isLeadIn, isOrgHead, isPlaceHead, isTitle } from '../gazetteer';
import { blockFeatures, type BlockFeatures, type Window, type WordFacts } from './features';
import { MODEL } from './model';
import { EVENTS_AFTER_NAME, FIRST_NAME_WORDS, HEADLINE_VERBS, ROLES_AFTER_NAME, SPEECH_VERBS } from '../lexicon';
import { decodeWeights, fold } from './codec';
import { evidenceOf } from './retype';

export const TYPES: EntityType[] = ['person', 'organization', 'place'];
/** Tag 0 is outside; then B, I, L, U for each type in TYPES order. */
export const TAG_COUNT = 1 + 4 * TYPES.length;
const B = 0, I = 1, L = 2, U = 3;
const typeOf = (tag: number) => TYPES[(tag - 1) >> 2];
const part = (tag: number) => (tag - 1) & 3;

/** Whether `to` may follow `from` (BILOU); -1 is the state before a window, TAG_COUNT the state after it. */
export function allowed(from: number, to: number): boolean {
  const open = from > 0 && from < TAG_COUNT && (part(from) === B || part(from) === I);
  if (to === TAG_COUNT) return !open;
  if (open) return to > 0 && typeOf(to) === typeOf(from) && (part(to) === I || part(to) === L);
  return to === 0 || part(to) === B || part(to) === U;
}

/** allowed() as a table, read by the decoder: ALLOWED[(from + 1) * (TAG_COUNT + 1) + to]. */
const ALLOWED = new Uint8Array((TAG_COUNT + 1) * (TAG_COUNT + 1));
for (let from = -1; from < TAG_COUNT; from++) for (let to = 0; to <= TAG_COUNT; to++) ALLOWED[(from + 1) * (TAG_COUNT + 1) + to] = allowed(from, to) ? 1 : 0;
const may = (from: number, to: number) => ALLOWED[(from + 1) * (TAG_COUNT + 1) + to] === 1;

/** Weights: one row of TAG_COUNT per feature hash, and the tag-to-tag transitions. */
export interface Weights {
  /** Adds the rows of the features in features[from, to), those that have one, to the scores of each tag. */
  addAll(features: Int32Array, from: number, to: number, scores: Float64Array): void;
  /** what the sums of add() are multiplied by */
  scale: number;
  /** addAll's sums are exact (integer rows), so a token's features may be summed in parts: the decoder sums a word's
   * own features once per word */
  exact?: boolean;
  transition: ArrayLike<number>; // (from + 1) * TAG_COUNT + to, from -1 (window start) to TAG_COUNT - 1
  end: ArrayLike<number>; // score of ending a window in each tag
}

/** For each tag, the tags that may come before it inside a window. */
const BEFORE: Int8Array[] = [];
for (let to = 0; to < TAG_COUNT; to++) {
  const from: number[] = [];
  for (let s = 0; s < TAG_COUNT; s++) if (may(s, to)) from.push(s);
  BEFORE.push(Int8Array.from(from));
}

// the decoder's tables, grown to the longest window seen and reused
let score = new Float64Array(16 * TAG_COUNT);
let back = new Int8Array(16 * TAG_COUNT);
const emit = new Float64Array(TAG_COUNT);

/** Best tag sequence for one window. */
export function decodeWindow(block: BlockFeatures, w: Window, weights: Weights): number[] {
  const { ids, offsets, words } = block;
  const n = w.b - w.a + 1;
  if (score.length < n * TAG_COUNT) { score = new Float64Array(n * 2 * TAG_COUNT); back = new Int8Array(n * 2 * TAG_COUNT); }
  const { transition, scale } = weights;
  for (let p = 0; p < n; p++) {
    let from = offsets[w.a + p];
    const word = weights.exact ? words[w.a + p] : undefined;
    if (word) {
      const own = ownScores(word, weights);
      for (let t = 0; t < TAG_COUNT; t++) emit[t] = own[t];
      from += word.own.length;
    } else emit.fill(0);
    weights.addAll(ids, from, offsets[w.a + p + 1], emit);
    const row = p * TAG_COUNT, prevRow = row - TAG_COUNT;
    for (let t = 0; t < TAG_COUNT; t++) {
      let best = -Infinity, arg = 0;
      if (p === 0) {
        if (may(-1, t)) { best = transition[t]; arg = -1; }
      } else {
        const from = BEFORE[t];
        for (let q = 0; q < from.length; q++) {
          const s = from[q];
          const v = score[prevRow + s] + transition[(s + 1) * TAG_COUNT + t];
          if (v > best) { best = v; arg = s; }
        }
      }
      score[row + t] = best + emit[t] * scale;
      back[row + t] = arg;
    }
  }
  let best = -Infinity, arg = 0;
  for (let t = 0; t < TAG_COUNT; t++) {
    if (!may(t, TAG_COUNT)) continue;
    const v = score[(n - 1) * TAG_COUNT + t] + weights.end[t];
    if (v > best) { best = v; arg = t; }
  }
  const tags = new Array<number>(n);
  for (let p = n - 1; p >= 0; p--) { tags[p] = arg; arg = back[p * TAG_COUNT + arg]; }
  return tags;
}

/** The scores of a word's own features (its spelling, shape, affixes, lexicon flags), summed once per word and weights. */
function ownScores(word: WordFacts, weights: Weights): Float64Array {
  if (word.ownScoredBy !== weights || !word.ownScores) {
    word.ownScores = new Float64Array(TAG_COUNT);
    weights.addAll(word.own, 0, word.own.length, word.ownScores);
    word.ownScoredBy = weights;
  }
  return word.ownScores;
}

/** Spans of the tags of every window, as [first token, last token, type]. */
export function spansOf(windows: Window[], tags: number[][]): [number, number, EntityType][] {
  const out: [number, number, EntityType][] = [];
  for (let k = 0; k < windows.length; k++) {
    const w = windows[k], windowTags = tags[k];
    let open = -1;
    for (let p = 0; p < windowTags.length; p++) {
      const tag = windowTags[p];
      if (tag === 0) continue;
      const i = w.a + p;
      if (part(tag) === U) out.push([i, i, typeOf(tag)]);
      else if (part(tag) === B) open = i;
      else if (part(tag) === L && open >= 0) { out.push([open, i, typeOf(tag)]); open = -1; }
    }
  }
  return out;
}

let loaded: Weights | undefined;
let override: Weights | undefined;

/** Tags with other weights (training and cross-validation), or again with the shipped model (`undefined`). */
export function useWeights(weights: Weights | undefined): void {
  override = weights;
}

function shipped(): Weights {
  if (!loaded) loaded = decodeModel(MODEL);
  return loaded;
}

/** The shipped form of the weights (codec.ts) as the tagger reads them: an open-addressing index over the folded keys,
 * built once; the weights themselves are read in place. */
export function decodeModel(base64: string, tags = TAG_COUNT): Weights {
  const { scale, transition, end, keys, weights } = decodeWeights(base64, tags);
  const count = keys.length;
  let size = 1;
  while (size < count * 2) size <<= 1;
  const mask = size - 1;
  // slot h holds a key at 2h and its row at 2h + 1 (-1: empty), so that a probe reads one place in memory
  const slots = new Int32Array(size * 2).fill(-1);
  // one bit per key in a table small enough to stay in cache: most features have no row, and most of those are told
  // by their bit alone
  const present = new Int32Array(PRESENT_BITS >>> 5);
  for (let k = 0; k < count; k++) {
    let h = slotOf(keys[k]) & mask;
    while (slots[2 * h + 1] >= 0) h = (h + 1) & mask;
    slots[2 * h] = keys[k];
    slots[2 * h + 1] = k;
    const bit = bitOf(keys[k]);
    present[bit >>> 5] |= 1 << (bit & 31);
  }
  // the rows summed as integers (they are), then added to the scores once
  const sum = new Int32Array(tags);
  return {
    addAll(features, from, to, scores) {
      sum.fill(0);
      for (let q = from; q < to; q++) {
        const key = fold(features[q]);
        const bit = bitOf(key);
        if ((present[bit >>> 5] & (1 << (bit & 31))) === 0) continue;
        for (let h = slotOf(key) & mask, k = slots[2 * h + 1]; k >= 0; h = (h + 1) & mask, k = slots[2 * h + 1]) {
          if (slots[2 * h] !== key) continue;
          for (let t = 0, at = k * tags; t < tags; t++) sum[t] += weights[at + t];
          break;
        }
      }
      for (let t = 0; t < tags; t++) scores[t] += sum[t];
    },
    scale,
    transition,
    end,
    exact: true,
  };
}

const slotOf = (key: number) => { const h = Math.imul(key, 0x9e3779b1); return h ^ (h >>> 16); };
const PRESENT_BITS = 1 << 20;
const bitOf = (key: number) => Math.imul(key, 0x85ebca6b) >>> 12;

/** Features of a block as the tagger reads them: the rules' mentions first, since they are features. */
export function featuresOf(text: string): { features: BlockFeatures; rules: EntityMention[] } {
  const tokens = tokenize(text);
  const rules = findEntityMentionsInTokens(text, tokens);
  return { features: blockFeatures(text, rules, tokens), rules };
}

/** People, organizations and places in one block, offsets local to it. */
export function findEntityMentions(text: string): EntityMention[] {
  return byWindows(text, tagWindow);
}

function tagWindow(text: string, base: number): EntityMention[] {
  const weights = override ?? shipped();
  const { features, rules } = featuresOf(text);
  const windows = features.windows.filter(w => !opensWork(features.tokens, w));
  const tags = windows.map(w => decodeWindow(features, w, weights));
  const found = toMentions(features.tokens, features.kinds, spansOf(windows, tags), rules);
  if (base) for (const m of found) { m.start += base; m.end += base; }
  return found;
}

/** The tagger's spans as mentions; a span the rules found too keeps the rules' extras. */
function toMentions(tokens: Token[], kinds: Uint8Array, spans: [number, number, EntityType][], rules: EntityMention[]): EntityMention[] {
  const byStart = new Map<number, EntityMention>();
  for (const r of rules) byStart.set(r.start, r);
  // credits and datelines: the dump's structure says what they are
  const cued = rules.filter(r => r.cue).sort((x, y) => x.start - y.start);
  const out: EntityMention[] = [...cued];
  let c = 0; // spans come in order: the first cued mention that may still overlap one
  let after = 0; // the first token after the previous span: a span grown backwards stops there
  for (const [first, last, type] of spans) {
    const b = type === 'person' && last > first && endsInNonName(tokens, last) ? last - 1 : last;
    let a = first < b && opensSentence(tokens, first) && leadsIn(tokens[first].lower, type) && !opensName(tokens, first, type) && classifyTokens(tokens, first, b) === 'unknown' ? first + 1 : first;
    // `Interestingly Blocher, a wealthy industrialist, …`: an adverb the lexicon lacks opens the sentence, not the name
    if (a === first && first < b && opensSentence(tokens, first) && isLyAdverb(tokens[first].lower)) a = first + 1;
    // `As The Daily Caller reported`: a lead-in word and the article after it open the sentence, not the name
    if (a === first && first + 1 < b && opensSentence(tokens, first) && !tokens[first].upper && isLeadIn(tokens[first].lower) && ARTICLES.has(tokens[first + 1].lower)) {
      a = classifyTokens(tokens, first + 1, b) === 'unknown' ? first + 2 : first + 1; // `As The Hague said` keeps `The Hague`
    }
    if (type === 'person' && classifyTokens(tokens, a, b) === 'unknown') a = afterTitle(tokens, a, b);
    if (type === 'person') a = particlesBefore(tokens, a, after);
    if (type === 'person' && a > after && givenNameBefore(tokens, a)) a--;
    // `Will Obama sign it?`: a modal opening a question
    else if (type === 'person' && a < b && opensSentence(tokens, a) && FIRST_NAME_WORDS.has(tokens[a].lower) && asksQuestion(tokens, a + 1)) a++;
    after = b + 1;
    const start = tokens[a].s, end = tokens[b].e;
    while (c < cued.length && cued[c].end <= start) c++;
    if (c < cued.length && cued[c].start < end) continue;
    const r = byStart.get(start);
    const same = r && r.end === end ? r : undefined;
    const m: EntityMention = { start, end, type: same && !same.weak && ruleKnows(same, tokens, a, b) ? same.type : type, evidence: evidenceOf(tokens, kinds, a, b, type, same) };
    const title = same?.title ?? titleBefore(tokens, a);
    if (title && type === 'person') m.title = title;
    if (same?.team && type === 'place') m.team = true;
    if (same?.lone && same.type === type) m.lone = true;
    out.push(m);
  }
  // a strong rule mention the tagger left alone: names the tagger never saw in training (`Ford Motor Co.`)
  let k = 0, t = 0;
  const kept = out.length;
  const sorted = out.slice(0, kept).sort((x, y) => x.start - y.start);
  for (const r of [...rules].sort((x, y) => x.start - y.start)) {
    if (r.weak || r.cue) continue;
    while (k < sorted.length && sorted[k].end <= r.start) k++;
    if (k < sorted.length && sorted[k].start < r.end) continue;
    while (t < tokens.length && tokens[t].e < r.end) t++;
    const trailing = r.type === 'person' && t < tokens.length && tokens[t].e === r.end && tokens[t].s > r.start && endsInNonName(tokens, t);
    out.push(trailing ? { ...r, end: tokens[t - 1].e } : { ...r });
  }
  return out.length !== kept || cued.length ? out.sort((x, y) => x.start - y.start) : out;
}

/** The rules' type stands when it rests on more than the words' looks: a title before a person, or a body the lexicon
 * knows by name (`Kremlin`). (Places the lexicon knows are left to the tagger: a city names a club in sports news.) */
function ruleKnows(rule: EntityMention, tokens: Token[], a: number, b: number): boolean {
  if (rule.type === 'person' && rule.title) return true;
  if (rule.type !== 'organization') return false;
  return classifyTokens(tokens, a, b) === 'org';
}

/** An article opening a sentence is not part of the name after it (`The Kremlin said`), nor an adverb or other closed-class
 * word part of a person's (`Later Putin left`), unless the lexicon knows the whole. */
const ARTICLES = new Set(['the']);
// (`Said Dana Whitfield, …`: a speech verb opening an inverted attribution leads in to the person's name)
const leadsIn = (lower: string, type: EntityType) => ARTICLES.has(lower) || (type === 'person' && (isLeadIn(lower) || SPEECH_VERBS.has(lower)));
/** A word that opens a sentence as part of the person after it though the lexicon reads it as a grammar word: a
 * particle (`Le Pen told`, `De Blasio said`) or a given name that is also a word (`Rich Heffley said`). */
const opensName = (tokens: Token[], i: number, type: EntityType) =>
  type === 'person' && (CONNECTORS.has(tokens[i].lower) || FIRST_NAME_WORDS.has(tokens[i].lower)) && tokens[i + 1].cap;
/** A given name that is also a word (`Rich`, `Will`) opening the sentence just before a person's name the tagger left
 * it out of (`Rich Heffley, a top operative, said`); not in a question (`Will Obama sign it?`). */
function givenNameBefore(tokens: Token[], a: number): boolean {
  const t = tokens[a - 1];
  return !!t && t.cap && FIRST_NAME_WORDS.has(t.lower) && opensSentence(tokens, a - 1) && !tokens[a].br && tokens[a].s - t.e <= 1 && !asksQuestion(tokens, a);
}

/** Where a person's name starts once the lower-case particles written before it are taken in (`de Blasio tweeted`,
 * `by van Gogh`), with the given name before them (`Guillermo del Toro`) when the lexicon knows it for one or not at all. */
function particlesBefore(tokens: Token[], a: number, floor: number): number {
  let k = a;
  while (k > floor && a - k < 3 && OPENING_PARTICLES.has(tokens[k - 1].t) && tokens[k].s - tokens[k - 1].e === 1 && !tokens[k].br) k--;
  if (k === a) return a;
  const given = tokens[k - 1];
  if (given && k - 1 >= floor && given.k === 'w' && given.cap && !given.upper && tokens[k].s - given.e === 1 && !tokens[k].br && !opensSentence(tokens, k - 1)) {
    const cls = classify(given.lower);
    if (cls === 'first' || cls === 'unknown') return k - 1;
  }
  return k;
}
/** The particles of names that may open one (`de Blasio`); not `y` or `e`, which join two surnames. */
const OPENING_PARTICLES = new Set([...CONNECTORS].filter(p => p.length > 1));

/** An adverb made of a known adjective (`interestingly`, `notably`, `happily`), which compromise's lexicon mostly lacks;
 * not a word it knows otherwise (`Kelly`, `Lily`). */
function isLyAdverb(lower: string): boolean {
  if (lower.length < 6 || !lower.endsWith('ly') || classify(lower) !== 'unknown') return false;
  const stem = lower.slice(0, -2);
  return isAdjective(stem) || isAdjective(lower.slice(0, -1) + 'e') || (stem.endsWith('i') && isAdjective(stem.slice(0, -1) + 'y')) || (stem.endsWith('al') && isAdjective(stem.slice(0, -2)));
}

/** Whether the sentence going on at token `from` ends in a question mark (looked for a few dozen tokens ahead). */
function asksQuestion(tokens: Token[], from: number): boolean {
  for (let k = from; k < tokens.length && k - from < QUESTION_REACH; k++) {
    const p = tokens[k].t;
    if (p === '?') return true;
    if (p === '.' || p === '!') return false;
  }
  return false;
}
const QUESTION_REACH = 40;
/** A headline's verb or noun the tagger took as a person's surname: `Obama Sees 'Insult' if …` (a verb no lower-case word
 * follows), `President Obama Speech at …`, `Clinton Campaign`. */
function endsInNonName(tokens: Token[], b: number): boolean {
  const t = tokens[b], next = tokens[b + 1];
  if (!t.cap) return false;
  if (ROLES_AFTER_NAME.has(t.lower) || EVENTS_AFTER_NAME.has(t.lower)) return true;
  return HEADLINE_VERBS.has(t.lower) && !(next && next.k === 'w' && !next.cap && !next.br);
}
const OPENERS = /^[.!?:;"“”‘’'(\[—–\-…•*|]$/;
const opensSentence = (tokens: Token[], i: number) => i === 0 || !!tokens[i].br || (tokens[i - 1].k === 'p' && OPENERS.test(tokens[i - 1].t));

/** A capitalised grammar word inside a sentence (`the film About Schmidt`, `Meet The Fockers`) opens the title of a
 * work, not a name, unless the words end in a body's or place's head or the lexicon knows them (`in The Hague`). */
function opensWork(tokens: Token[], w: Window): boolean {
  const t = tokens[w.a];
  if (!t.cap || t.upper || w.a === w.b || !isGrammarWord(t.lower) || opensSentence(tokens, w.a)) return false;
  const head = bare(tokens[w.b].lower);
  return !isOrgHead(head) && !isPlaceHead(head) && classifyTokens(tokens, w.a, w.b) === 'unknown';
}

/** The title words written just before a person (`Environment Minister`), for the person's clusters and speakers. */
/** Where a person's name in tokens a..b starts once a title in it and the words before that are left out: they are the
 * person's title (`Mayor Elena Vasquez`, `Oversight Chairman Jason Chaffetz`), unless the title word is a given name
 * too (`Don Fowler`). */
function afterTitle(tokens: Token[], a: number, b: number): number {
  for (let k = b - 1; k >= a; k--) if (isTitle(bare(tokens[k].lower)) && classify(tokens[k].lower) !== 'first') return k + 1;
  return a;
}

function titleBefore(tokens: Token[], a: number): string | undefined {
  let k = a;
  while (k > 0 && a - k < 4 && tokens[k - 1].k === 'w' && isTitle(tokens[k - 1].lower) && tokens[k].s - tokens[k - 1].e <= 1) k--;
  if (k === a) return undefined;
  let title = tokens[k].t;
  for (let q = k + 1; q < a; q++) title += ' ' + tokens[q].t;
  return title;
}
