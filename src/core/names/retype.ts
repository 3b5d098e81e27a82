// The document-wide second look at names: the tagger reads one window at a time and types `Barrick` a person in every
// sentence of an article about a gold miner, since each sentence alone allows it. This pass pools, per name of a
// document, what all its mentions say (the words around each, the tagger's and the rules' guesses, whether the name is
// the surname of a person named in full, part of a body's longer name, written in a table) and types the name
// again with a small averaged perceptron, or drops it (`Match abandoned`, `Sri Lankan`). Trained by
// `npm run train:names` on the tagger's cross-validated output, so it learns the tagger's mistakes on unseen text.
import type { EntityType } from '../types';
import type { EntityMention, Token } from '../names';
import { classify } from '../gazetteer';
import { FNV_OFFSET, hashFeature, hashOn, hashRange } from './features';
import { RETYPE } from './model';
import { decodeModel, type Weights } from './tagger';

/** What the pass may decide for a name: a type, or `none` (not a name of these types). */
export const CLASSES = ['person', 'organization', 'place', 'none'] as const;

/** What one mention's own block says about it, written by the tagger at block time (so an edit elsewhere cannot make
 * it stale): the tokens before and after, the kind of line, the rules' and the tagger's guesses. */
export function evidenceOf(tokens: Token[], kinds: Uint8Array, a: number, b: number, tagged: EntityType, rule: EntityMention | undefined): string {
  const before = a > 0 && !tokens[a].br ? tokens[a - 1].lower : '<s>';
  const after = b + 1 < tokens.length && !tokens[b + 1].br ? tokens[b + 1].lower : '</s>';
  const after2 = b + 2 < tokens.length && !tokens[b + 1].br && !tokens[b + 2].br ? tokens[b + 2].lower : '</s>';
  const ruled = rule ? `${rule.type}${rule.weak ? (rule.keep ? 'k' : 'w') : 's'}${rule.lone ? 'l' : ''}` : '-';
  // joined rather than concatenated: one flat string, not a tree of its pieces, since every mention keeps its evidence
  // to the end of the analysis (fewer objects for the garbage collector to copy)
  return ['p=', before, ' n=', after, ' nn=', after2, ' k=', kinds[a], ' r=', ruled, ' tg=', tagged].join('');
}

const oneSpaced = (s: string) => (/\s\s|[\t\n\r\u00a0]/.test(s) ? s.replace(/\s+/g, ' ').trim() : s);

export interface Judged {
  /** the mentions of each name (indexes into the list given) */
  members: number[][];
  /** the hashed features of each name, pooled over all its mentions */
  pooled: Int32Array[];
  /** the hashed features of each mention's own block, by index into the list given */
  own: Map<number, Int32Array>;
}

/** The mentions a document's names (the same words, in any case) and their features: what all mentions of the name say,
 * and what the mention's own block says, so that `NEW YORK` heading a dateline and in a table of fixtures may differ.
 * Cued and weak mentions are left out: the dump's structure and the document-wide pass of clusters.ts decide those. */
export function retypeFeatures(text: string, mentions: EntityMention[], sporty: (at: number) => boolean): Judged {
  const names = namesOf(text, mentions);
  const members: number[][] = [];
  const pooled: Int32Array[] = [];
  const own = new Map<number, Int32Array>();
  for (const name of names) {
    const f = nameFeatures(text, mentions, name, sporty);
    members.push(name.members);
    pooled.push(f.pooled);
    name.members.forEach((k, q) => own.set(k, f.own[q]));
  }
  return { members, pooled, own };
}

/** One name of a document: its key, its mentions (indexes, in order), and the types of the longer names whose first or
 * last word it is (`in=`). */
interface Name {
  key: string;
  members: number[];
  within: string;
}

/** The names of the mentions retyping judges, in order of first mention. `keys` (the key of each mention, lower case
 * with whitespace runs one space) when the caller has them. */
function namesOf(text: string, mentions: EntityMention[], keys?: readonly string[]): Name[] {
  const byKey = new Map<string, Name>();
  const names: Name[] = [];
  mentions.forEach((m, k) => {
    if (m.weak || m.cue || m.evidence === undefined) return;
    const key = keys ? keys[k] : oneSpaced(text.slice(m.start, m.end)).toLowerCase();
    let g = byKey.get(key);
    if (!g) { byKey.set(key, (g = { key, members: [], within: '' })); names.push(g); }
    g.members.push(k);
  });
  // the words of longer names, by the type most of their mentions have
  const wordsOf = new Map<string, Set<EntityType>>();
  for (const { key, members } of names) {
    const words = key.split(' ');
    if (words.length < 2) continue;
    const type = majority(members.map(k => mentions[k].type));
    for (const w of [words[0], words[words.length - 1]]) {
      let s = wordsOf.get(w);
      if (!s) wordsOf.set(w, (s = new Set()));
      s.add(type);
    }
  }
  for (const name of names) {
    const inside = name.key.includes(' ') ? undefined : wordsOf.get(name.key);
    name.within = [...(inside ?? [])].sort().join('+') || 'no';
  }
  return names;
}

/** The features of one name: pooled over all its mentions, and each mention's own (in the order of `name.members`).
 * Reads of the mentions only what `sameName` compares. */
function nameFeatures(text: string, mentions: EntityMention[], name: Name, sporty: (at: number) => boolean): { pooled: Int32Array; own: Int32Array[] } {
  const g = name.members;
  const words = name.key.split(' ');
  const type = majority(g.map(k => mentions[k].type));
  const f = new FeatureSet(['bias', `tt=${type}`, `len=${Math.min(words.length, 4)}`, `n=${Math.min(g.length, 4)}`, `cls=${classify(words.join(' '))}`,
    `lw=${words[words.length - 1]}`, `fw=${words[0]}`, `s3=${words[words.length - 1].slice(-3)}`, `lcls=${classify(words[words.length - 1])}`]);
  const first = mentions[g[0]];
  const surface = text.slice(first.start, first.end);
  if (surface === surface.toUpperCase() && surface !== surface.toLowerCase()) f.add(surface.length <= 5 ? 'acronym' : 'caps');
  let titled = false, lone = false, team = false, tables = 0, sports = 0;
  for (const k of g) {
    const m = mentions[k];
    f.add(`mt=${m.type}`);
    if (m.title) titled = true;
    if (m.lone) lone = true;
    if (m.team) team = true;
    f.addWords(m.evidence!);
    if (/ k=[23] /.test(m.evidence!)) tables++;
    if (sporty(m.start)) sports++;
  }
  const within = name.within;
  f.add(`in=${within}`);
  f.add(`sig=${type}|${words.length === 1 ? 1 : 2}|${within}|${titled ? 't' : ''}`);
  if (titled) f.add('titled');
  if (lone) f.add('lone');
  if (team) f.add('team');
  if (tables) f.add(tables === g.length ? 'alltable' : 'sometable');
  if (sports) { f.add('sport'); f.add(`sport|${type}|${words.length === 1 ? 1 : 2}`); }
  const own = g.map(k => ownFeatures(mentions[k].evidence!, type, mentions[k].type));
  return { pooled: f.hashes(), own };
}

/** A set of feature texts kept as their hashes, a text read in place (a word of a longer string) rather than copied
 * out: its hashes() are Int32Array.from(new Set(texts), hashFeature), in the same order. */
export class FeatureSet {
  /** the first text added with each hash; texts of one hash (never seen yet, but possible) chain through `next` */
  private readonly byHash = new Map<number, number>();
  private readonly strings: string[] = [];
  private readonly from: number[] = [];
  private readonly to: number[] = [];
  private readonly next: number[] = [];
  private readonly hashList: number[] = [];

  constructor(texts: string[]) {
    for (const t of texts) this.add(t);
  }

  add(s: string, from = 0, to = s.length): void {
    const h = hashRange(FNV_OFFSET, s, from, to);
    let last = -1;
    for (let k = this.byHash.get(h) ?? -1; k >= 0; k = this.next[k]) {
      if (sameText(this.strings[k], this.from[k], this.to[k], s, from, to)) return;
      last = k;
    }
    const id = this.strings.length;
    this.strings.push(s);
    this.from.push(from);
    this.to.push(to);
    this.next.push(-1);
    this.hashList.push(h);
    if (last < 0) this.byHash.set(h, id);
    else this.next[last] = id;
  }

  /** Adds each of the words of `s` written between single spaces, as s.split(' ') gives them. */
  addWords(s: string): void {
    for (let from = 0, i = 0; i <= s.length; i++) {
      if (i < s.length && s.charCodeAt(i) !== 32) continue;
      this.add(s, from, i);
      from = i + 1;
    }
  }

  hashes(): Int32Array {
    return Int32Array.from(this.hashList);
  }
}

function sameText(a: string, aFrom: number, aTo: number, b: string, bFrom: number, bTo: number): boolean {
  if (aTo - aFrom !== bTo - bFrom) return false;
  for (let i = 0; i < aTo - aFrom; i++) if (a.charCodeAt(aFrom + i) !== b.charCodeAt(bFrom + i)) return false;
  return true;
}

const OWN = hashFeature('own:');

/** The hashes of `own:` and each word of a mention's evidence, then of `own:` and the name's type and the mention's:
 * the evidence read in place, not split into new strings. */
function ownFeatures(evidence: string, type: EntityType, mentionType: EntityType): Int32Array {
  let words = 1;
  for (let i = 0; i < evidence.length; i++) if (evidence.charCodeAt(i) === 32) words++;
  const h = new Int32Array(words + 1);
  let q = 0;
  for (let from = 0, i = 0; i <= evidence.length; i++) {
    if (i < evidence.length && evidence.charCodeAt(i) !== 32) continue;
    h[q++] = hashRange(OWN, evidence, from, i);
    from = i + 1;
  }
  h[words] = hashOn(hashOn(hashOn(OWN, type), '|'), mentionType);
  return h;
}

/** A person the rules found by a given name and a surname (`Bernard Ebbers sold shares`) stays a person: the words
 * around a name (`sold shares`) may say company, the given name says otherwise. */
function namedPerson(text: string, m: EntityMention): boolean {
  if (m.type !== 'person' || !m.evidence!.includes(' r=persons')) return false;
  const words = oneSpaced(text.slice(m.start, m.end)).toLowerCase().split(' ');
  return words.length >= 2 && classify(words[0]) === 'first';
}

function majority(types: EntityType[]): EntityType {
  let person = 0, organization = 0, place = 0;
  for (const t of types) {
    if (t === 'person') person++;
    else if (t === 'organization') organization++;
    else place++;
  }
  // ties go to the earlier of person, place, organization
  const best = place > person ? place : person;
  return organization > best ? 'organization' : place > person ? 'place' : 'person';
}

/** The class the weights give a mention's features (added to the scores `from`, if given); `none` only by `noneMargin` over the best type, since dropping a
 * name costs more than mistyping it when the tagger was right to see a name there. */
export function classOf(features: Int32Array, weights: Weights, noneMargin = 0, from?: Float64Array): number {
  const scores = from ? Float64Array.from(from) : new Float64Array(CLASSES.length);
  weights.addAll(features, 0, features.length, scores);
  let best = 0;
  for (let c = 1; c < NONE; c++) if (scores[c] > scores[best]) best = c;
  return (scores[NONE] - scores[best]) * weights.scale > noneMargin ? NONE : best;
}

const NONE = CLASSES.indexOf('none');
/** The margin of classOf in use; 4 weighs recall and precision of the types about evenly on cross-validated CoNLL. */
export const NONE_MARGIN = 4;
let margin = NONE_MARGIN;

let loaded: Weights | null | undefined;
let override: Weights | null | undefined;

/** Retypes with other weights (training and cross-validation), not at all (`null`), or with the shipped ones. */
export function useRetypeWeights(weights: Weights | null | undefined, noneMargin = NONE_MARGIN): void {
  override = weights;
  margin = noneMargin;
}

/** What retyping decided for each name of one document, with all it read to decide it, kept between retypings of that
 * document: an edit changes the mentions of a few names, and a name whose mentions read as before is decided as before. */
export class RetypeMemo {
  names = new Map<string, Decided>();
  weights: Weights | undefined;
  margin = NONE_MARGIN;
}

interface Decided {
  /** the name's first mention as written, its `within`, and what `nameFeatures` read of each mention */
  surface: string;
  within: string;
  mentions: EntityMention[];
  sporty: boolean[];
  /** the class of each mention */
  classes: Uint8Array;
}

/** Does `name` read, to `nameFeatures`, as it did when `was` was decided? */
function sameName(text: string, mentions: EntityMention[], name: Name, was: Decided, sporty: (at: number) => boolean): boolean {
  const g = name.members;
  if (g.length !== was.mentions.length || name.within !== was.within) return false;
  const first = mentions[g[0]];
  if (first.end - first.start !== was.surface.length || !text.startsWith(was.surface, first.start)) return false;
  for (let q = 0; q < g.length; q++) {
    const m = mentions[g[q]], o = was.mentions[q];
    if (m !== o && (m.type !== o.type || !m.title !== !o.title || !m.lone !== !o.lone || !m.team !== !o.team || m.evidence !== o.evidence)) return false;
    if (sporty(m.start) !== was.sporty[q]) return false;
  }
  return true;
}

/** The mentions with each name typed again, those of names judged no name left out. With a `memo` of earlier retypings of
 * the same document (and `keys`, each mention's key, when the caller has them), a name that reads as before keeps its
 * decisions. */
export function retype(text: string, mentions: EntityMention[], sporty: (at: number) => boolean, memo?: RetypeMemo, keys?: readonly string[]): EntityMention[] {
  const weights = override === undefined ? (loaded ??= RETYPE ? decodeModel(RETYPE, CLASSES.length) : null) : override;
  if (!weights || mentions.length === 0) return mentions;
  // decisions made with other weights are not these
  if (memo && (memo.weights !== weights || memo.margin !== margin)) { memo.names.clear(); memo.weights = weights; memo.margin = margin; }
  const names = namesOf(text, mentions, keys);
  const decided = new Int8Array(mentions.length).fill(-1);
  const kept = new Map<string, Decided>();
  for (const name of names) {
    const g = name.members;
    let d = memo?.names.get(name.key);
    if (!d || !sameName(text, mentions, name, d, sporty)) {
      const f = nameFeatures(text, mentions, name, sporty);
      // a name's pooled features are scored once, however many mentions it has
      const shared = new Float64Array(CLASSES.length);
      weights.addAll(f.pooled, 0, f.pooled.length, shared);
      const first = mentions[g[0]];
      d = {
        surface: text.slice(first.start, first.end), within: name.within, mentions: g.map(k => mentions[k]), sporty: g.map(k => sporty(mentions[k].start)),
        classes: Uint8Array.from(f.own, own => classOf(own, weights, margin, shared)),
      };
    }
    if (memo) kept.set(name.key, d);
    for (let q = 0; q < g.length; q++) decided[g[q]] = d.classes[q];
  }
  if (memo) memo.names = kept;
  const out: EntityMention[] = [];
  mentions.forEach((m, i) => {
    const c = decided[i];
    if (c < 0) out.push(m);
    else if (CLASSES[c] === 'none') return;
    else if (CLASSES[c] === 'organization' && namedPerson(text, m)) out.push(m);
    else out.push(CLASSES[c] === m.type ? m : { ...m, type: CLASSES[c] as EntityType });
  });
  return out;
}
