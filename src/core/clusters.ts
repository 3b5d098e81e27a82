// The document-wide pass over cached block mentions: confirms or drops weak guesses, makes one name keep one type,
// and clusters people (`Mr. Xi`, `Xi`, `President Xi` join `Xi Jinping`) with the fullest name as canonical.
import type { Cluster as EntityCluster, Entity, EntityType } from './types';
import type { EntityMention } from './names';
import { classify, genderOf } from './gazetteer';
import { retype, RetypeMemo } from './names/retype';

const clsType = (c: string) => c === 'place' || c === 'org' || c === 'team';

const norm = (s: string) => (/\s\s|[\t\n\r\u00a0]/.test(s) ? s.replace(/\s+/g, ' ').trim() : s).toLowerCase();
const nameWords = (s: string) => s.split(/\s+/).filter(Boolean);
/** Whitespace runs made one space; most names have none to change, and are returned as they are without a copy. */
const oneSpaced = (s: string) => (/[^\S ]|\s\s/.test(s) ? s.replace(/\s+/g, ' ') : s);
/** `V.` and `Vladimir` agree, `Bill` and `Hillary` do not. */
const sameGiven = (a: string, b: string) => a === b || (a.length <= 2 && b.startsWith(a.replace(/\.$/, ''))) || (b.length <= 2 && a.startsWith(b.replace(/\.$/, '')));

const endsWith = (long: string[], short: string[]) =>
  short.length >= 2 && long.length > short.length && short.every((x, k) => long[long.length - short.length + k] === x);

const isGivenName = (lower: string) => genderOf(lower) !== undefined || classify(lower) === 'first';
/** `Crooked Hillary Clinton`, `Rival Maria Lopez`: a full name that opens with a known given name, after words that are
 * not given names (a nickname or label the tagger took in). The name itself is the canonical form, not the label. */
const labelBefore = (long: string[], short: string[]) => {
  if (!endsWith(long, short) || !isGivenName(short[0])) return false;
  for (let k = 0; k < long.length - short.length; k++) if (long[k].length <= 2 || isGivenName(long[k])) return false;
  return true;
};

export interface ClusterOptions {
  /** Keep weak guesses of these types even when nothing in the document confirms them. */
  keepWeak?: EntityType[];
  /** Where the text's sports words start (`sportsWords`), when the caller has them: else the text is scanned. */
  sportsWords?: number[];
  /** Facts of written forms from earlier clusterings of the same document, to be reused and added to. */
  surfaces?: SurfaceFacts;
  /** The text of each mention, in the order of `mentions`, when the caller has them. */
  written?: string[];
  /** The entities of an earlier clustering of the same document: where a mention gets the very entity it gave, that
   * object is returned again. */
  previous?: readonly Entity[];
  /** The retyping pass's decisions in earlier clusterings of the same document, to be reused and updated. */
  retyped?: RetypeMemo;
}

export function clusterEntities(text: string, mentions: EntityMention[], options: ClusterOptions = {}): Entity[] {
  try {
    return cluster(text, mentions, options);
  } catch {
    // never let one odd mention sink the analysis: fall back to the strong mentions as they are
    const ids = new Map<string, number>();
    return mentions.filter(m => !m.weak && m.start >= 0 && m.end <= text.length && m.start < m.end).map(m => {
      const s = text.slice(m.start, m.end);
      const key = `${m.type}\u0000${s}`;
      let cluster = ids.get(key);
      if (cluster === undefined) ids.set(key, (cluster = ids.size));
      return { start: m.start, end: m.end, text: s, type: m.type, canonical: s, cluster };
    });
  }
}

/** What clustering reads of a name as written: worked out once per written form (`SurfaceFacts`). */
interface Surface {
  /** lower case, whitespace runs one space: the key names are counted by */
  key: string;
  keyWords: string[];
  /** whitespace runs one space */
  plain: string;
  lowerPlain: string;
  /** the words of `lowerPlain` */
  lowerWords: string[];
  allCaps: boolean;
  /** of a person's full name: its first and last words that are no place, body or team word */
  personWords: string[];
  /** its key and, of a name of two words or more, its first and last words: everything by which clustering relates one
   * name to another (votes, the retyping pass's names, the words of people's and companies' names, people's clusters),
   * so that names sharing none of these are clustered apart */
  links: string[];
}

/** The facts of the written forms of names, kept between clusterings of one document (`ClusterOptions.surfaces`). */
export class SurfaceFacts {
  private readonly facts = new Map<string, Surface>();

  of(written: string): Surface {
    let f = this.facts.get(written);
    if (!f) {
      // a document's names are a few thousand forms; a cache grown far past that holds forms long edited away
      if (this.facts.size > SURFACES_KEPT) this.facts.clear();
      const key = norm(written);
      const keyWords = nameWords(key);
      const plain = oneSpaced(written);
      const personWords = keyWords.length >= 2 ? [keyWords[0], keyWords[keyWords.length - 1]].filter(x => !clsType(classify(x))) : [];
      const lowerPlain = plain.toLowerCase();
      // the retyping pass splits keys at spaces alone, the rest of clustering at any whitespace
      const spaced = key.split(' ');
      const links = [...new Set([key, keyWords[0] ?? key, keyWords[keyWords.length - 1] ?? key, spaced[0], spaced[spaced.length - 1]])];
      f = { key, keyWords, plain, lowerPlain, lowerWords: nameWords(lowerPlain), allCaps: isAllCaps(plain), personWords, links };
      this.facts.set(written, f);
    }
    return f;
  }
}

const SURFACES_KEPT = 200_000;

/** Where each of the mentions `kept` (a subsequence of `all`, mentions copied or not) stands in `all`; undefined when
 * `kept` is `all` itself. */
function indexesOfKept(all: readonly EntityMention[], kept: readonly EntityMention[]): number[] | undefined {
  if (kept === all) return undefined;
  const out: number[] = [];
  let j = 0;
  for (const m of kept) {
    while (all[j].start !== m.start || all[j].end !== m.end) j++;
    out.push(j++);
  }
  return out;
}

function cluster(text: string, mentions: EntityMention[], options: ClusterOptions): Entity[] {
  const keepWeak = new Set<EntityType>(options.keepWeak ?? ['place', 'organization']);
  let inOrder = true;
  for (let k = 1; k < mentions.length && inOrder; k++) inOrder = mentions[k - 1].start < mentions[k].start;
  const ordered = inOrder ? mentions : [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const sporty = sportsNear(() => options.sportsWords ?? sportsWords(text));
  // names typed again with what all their mentions say (names/retype.ts): it may drop mentions, never reorders them
  const surfaces = options.surfaces ?? new SurfaceFacts();
  const writtenAll = inOrder && options.written?.length === mentions.length ? options.written : ordered.map(m => text.slice(m.start, m.end));
  const factsAll = writtenAll.map(s => surfaces.of(s));
  const sorted = retype(text, ordered, sporty, options.retyped, factsAll.map(f => f.key));
  const keptAt = indexesOfKept(ordered, sorted);
  const written = keptAt ? keptAt.map(j => writtenAll[j]) : writtenAll;
  const facts = keptAt ? keptAt.map(j => factsAll[j]) : factsAll;

  // Strong evidence per name, and the words of people's full names.
  const votes = new Map<string, Record<EntityType, number>>();
  const personWords = new Map<string, number>();
  for (let k = 0; k < sorted.length; k++) {
    const m = sorted[k];
    if (m.weak) continue;
    const key = facts[k].key;
    let v = votes.get(key);
    if (!v) votes.set(key, (v = { person: 0, organization: 0, place: 0 }));
    v[m.type]++;
    if (m.type === 'person') for (const x of facts[k].personWords) personWords.set(x, (personWords.get(x) ?? 0) + 1);
  }
  // `Magna` after `Magna International Inc`, `Ruch` after `Ruch SA`: the first word of a company's name is the company.
  const orgWords = new Set<string>();
  for (let k = 0; k < sorted.length; k++) {
    const m = sorted[k];
    if (m.weak || m.type !== 'organization') continue;
    const w = facts[k].keyWords;
    if (w.length >= 2 && CORPORATE.test(w[w.length - 1]) && !personWords.has(w[0])) orgWords.add(w[0]);
  }
  // the type with the most votes; on a tie, person before place before organization
  const best = (v: Record<EntityType, number>): EntityType => {
    let type: EntityType = v.place > v.person ? 'place' : 'person';
    if (v.organization > v[type]) type = 'organization';
    return type;
  };

  /** the mentions kept, by their index in `sorted`, with their types */
  const kept: number[] = [];
  const types: EntityType[] = [];
  let lastEnd = -1;
  for (let k = 0; k < sorted.length; k++) {
    const m = sorted[k];
    if (m.start < lastEnd || m.end <= m.start) continue; // overlapping mentions: the first, longest one wins
    const { key, keyWords } = facts[k];
    const v = votes.get(key);
    let type = m.type;
    if (v) type = best(v);
    else if (m.weak) {
      const w = keyWords;
      if (w.length === 1 && orgWords.has(w[0])) type = 'organization';
      else if (w.length === 1 && personWords.has(w[0])) type = 'person';
      else if (m.lone && sporty(m.start)) type = 'organization';
      else if (m.keep === false || (!keepWeak.has(m.type) && !m.keep)) continue;
    } else if (m.type === 'person' && !m.title && orgWords.has(key)) type = 'organization';
    else if (m.type !== 'person' && !m.title && keyWords.length === 1 && personWords.has(key)) type = 'person';
    if (type === 'place' && m.team && sporty(m.start)) type = 'organization';
    kept.push(k);
    types.push(type);
    lastEnd = m.end;
  }

  // People: full names open clusters; a lone surname, `Mr. X` or `President X` joins the nearest earlier full name
  // ending (or, for family-name-first names, starting) with it.
  interface Cluster { words: string[]; canonical: string; seen: number[]; linked: number; gender?: 'm' | 'f' }
  const clusters: Cluster[] = [];
  const byWord = new Map<string, Set<Cluster>>();
  /** the cluster of each kept person, by its index in `kept` */
  const clusterOf = new Map<number, Cluster>();
  const index = (c: Cluster, w: string) => { let l = byWord.get(w); if (!l) byWord.set(w, (l = new Set())); l.add(c); };
  const persons: number[] = [];
  for (let n = 0; n < kept.length; n++) if (types[n] === 'person') persons.push(n);
  for (const n of persons) {
    const k = kept[n];
    const f = facts[k];
    const w = f.lowerWords;
    if (w.length < 2) continue;
    const s = f.plain;
    const last = w[w.length - 1];
    let c: Cluster | undefined;
    for (const x of byWord.get(last) ?? []) {
      if (x.words[x.words.length - 1] !== last) continue;
      // `Vladimir V. Putin` and `Vladimir Putin`; `Suu Kyi` inside `Aung San Suu Kyi`
      if (sameGiven(x.words[0], w[0]) || endsWith(x.words, w) || endsWith(w, x.words)) { c = x; break; }
    }
    if (!c) { c = { words: w, canonical: s, seen: [], linked: 0, gender: genderOf(w[0]) }; clusters.push(c); }
    else if (labelBefore(c.words, w) || (!labelBefore(w, c.words)
      && (w.length > c.words.length || (w.length === c.words.length && (s.length > c.canonical.length || (isAllCaps(c.canonical) && !f.allCaps)))))) { c.words = w; c.canonical = s; }
    c.seen.push(sorted[k].start);
    index(c, last);
    index(c, w[0]);
    clusterOf.set(n, c);
  }
  for (const n of persons) {
    if (clusterOf.has(n)) continue;
    const m = sorted[kept[n]];
    const w = facts[kept[n]].lowerWords;
    let cands = [...(byWord.get(w[0]) ?? [])];
    if (cands.length === 0) continue;
    // `Mrs. Clinton` is not `Bill Clinton`, nor `Mr. Obama` `Michelle Obama` when she is the only Obama named in full
    const g = /^(?:mrs|ms|miss|mme|lady|dame|madam)\.?$/i.test(m.title ?? '') ? 'f' : /^(?:mr|sir|lord|monsieur|herr)\.?$/i.test(m.title ?? '') ? 'm' : undefined;
    if (g) {
      cands = cands.filter(c => c.gender !== (g === 'f' ? 'm' : 'f'));
      if (cands.length === 0) continue;
    }
    // prefer a surname match, then a full name seen before the mention, then the person mentioned most so far, then the
    // most recent one; with no full name before, the first one after
    const rank = (c: Cluster): number[] => {
      let lo = 0, hi = c.seen.length; // full mentions before m.start
      while (lo < hi) { const mid = (lo + hi) >> 1; if (c.seen[mid] < m.start) lo = mid + 1; else hi = mid; }
      const before = lo > 0 ? c.seen[lo - 1] : -1;
      return [c.words[c.words.length - 1] === w[0] ? 1 : 0, before >= 0 ? 1 : 0, before >= 0 ? lo + c.linked : 0, before >= 0 ? before : -c.seen[0]];
    };
    const better = (x: number[], y: number[]) => { for (let k = 0; k < x.length; k++) if (x[k] !== y[k]) return y[k] > x[k]; return false; };
    let c = cands[0], best = rank(c);
    for (const k of cands.slice(1)) { const r = rank(k); if (better(best, r)) { c = k; best = r; } }
    c.linked++;
    clusterOf.set(n, c);
  }
  // A place or body named in a capitals headline or dateline (`HARBOR CITY —`) takes the form the text writes it in.
  const writtenAs = new Map<string, string>();
  for (let n = 0; n < kept.length; n++) {
    if (types[n] === 'person') continue;
    const f = facts[kept[n]];
    if (!f.allCaps && !writtenAs.has(f.lowerPlain)) writtenAs.set(f.lowerPlain, f.plain);
  }
  // Ids: a person's cluster object, or one name of one type for places and bodies; numbered in order of first mention.
  const personIds = new Map<Cluster, number>();
  const nameIds = [new Map<string, number>(), new Map<string, number>(), new Map<string, number>()];
  let ids = 0;
  const entities: Entity[] = [];
  const previous = options.previous ?? [];
  /** the latest body named in full by its head word (`Washington Post` under `post`), for `the Post` after it */
  const bodyByHead = new Map<string, string>();
  let p = 0;
  for (let n = 0; n < kept.length; n++) {
    const k = kept[n];
    const m = sorted[k], f = facts[k], type = types[n];
    const c = type === 'person' ? clusterOf.get(n) : undefined;
    let canonical = c ? c.canonical : f.allCaps ? writtenAs.get(f.lowerPlain) ?? f.plain : f.plain;
    if (type === 'organization') {
      const w = f.keyWords;
      if (w.length === 1 && THE_BEFORE.test(text.slice(Math.max(0, m.start - 4), m.start))) canonical = bodyByHead.get(w[0]) ?? canonical;
      else if (namedByHead(w)) bodyByHead.set(w[w.length - 1], canonical);
    }
    let cluster: number | undefined;
    if (c) {
      cluster = personIds.get(c);
      if (cluster === undefined) personIds.set(c, (cluster = ids++));
    } else {
      const named = nameIds[TYPE_INDEX[type]];
      cluster = named.get(canonical);
      if (cluster === undefined) named.set(canonical, (cluster = ids++));
    }
    while (p < previous.length && previous[p].start < m.start) p++;
    const was = previous[p];
    entities.push(was && was.start === m.start && was.end === m.end && was.type === type && was.canonical === canonical && was.cluster === cluster && was.text === written[k]
      ? was
      : { start: m.start, end: m.end, text: written[k], type, canonical, cluster });
  }
  return entities;
}

const THE_BEFORE = /\bthe\s$/i;
/** A body's name whose last word is its head and whose words before it name which one (`Washington Post`, `Texas Senate`):
 * `the Post` after it is that body. Not when an `of` makes another word the head (`Library of Congress`), nor after an
 * adjective (`White House`, `Supreme Court`), whose head alone names another body (`the House`) as often as this one. */
function namedByHead(words: string[]): boolean {
  if (words.length < 2 || words.includes('of')) return false;
  const first = classify(words[0]);
  return first !== 'common' && first !== 'demonym' && first !== 'date';
}

const TYPE_INDEX: Record<EntityType, number> = { person: 0, organization: 1, place: 2 };

/** The clusters named by `entities` (as `clusterEntities` returns them), indexed by id. */
export function listClusters(entities: readonly Entity[]): EntityCluster[] {
  const clusters: EntityCluster[] = [];
  const aliases: Set<string>[] = [];
  for (const e of entities) {
    let c = clusters[e.cluster];
    if (!c) {
      c = clusters[e.cluster] = { id: e.cluster, canonical: e.canonical, type: e.type, aliases: [], mentions: 0 };
      aliases[e.cluster] = new Set();
      const gender = e.type === 'person' ? genderOf(nameWords(e.canonical.toLowerCase())[0] ?? '') : undefined;
      if (gender) c.gender = gender === 'f' ? 'female' : 'male';
    }
    c.mentions++;
    const form = oneSpaced(e.text);
    if (form !== c.canonical) aliases[e.cluster].add(form);
  }
  for (const c of clusters) c.aliases = [...aliases[c.id]].sort();
  return clusters;
}

/** Written in capitals (`HARBOR CITY`); short acronyms (`NATO`, `BBC`) are their own written form and never count. */
const isAllCaps = (s: string) => s.length > 4 && s === s.toUpperCase() && s !== s.toLowerCase();

const CORPORATE = /^(?:inc|inc\.|corp|corp\.|co|co\.|ltd|ltd\.|llc|plc|ag|sa|nv|gmbh|spa|bhd|group|holdings|corporation|company|international|industries|bank|airlines|motors)$/;

const SPORTS = /\b(?:soccer|football|cricket|tennis|golf|rugby|baseball|basketball|hockey|cycling|athletics|league|cup|match(?:es)?|goals?|scored|striker|midfielder|innings|wickets?|batsman|bowler|championship|club|coach|tournament|seeded|semi-?final|quarter-?final|standings|halftime|half-time|inning|pitcher|homers?|squad|fixtures?|scorers?|stumps|unbeaten|division|premier)\b/gi;

/** Where the sports words of `text` start, in order. Words never span a line, so a text's list is its lines' lists. */
export function sportsWords(text: string): number[] {
  const hits: number[] = [];
  SPORTS.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SPORTS.exec(text))) hits.push(m.index);
  return hits;
}

/** How far before and after a position sports words count for it. */
const SPORTS_BEFORE = 1500;
const SPORTS_AFTER = 2500;

/** The stretch of text whose sports words decide whether `at` lies in sports news. */
export function sportsReach(at: number): { from: number; to: number } {
  return { from: at - SPORTS_BEFORE, to: at + SPORTS_AFTER };
}

/** Whether a position lies in sports news: enough sports words in the text around it. `words` (their starts, in
 * order) is asked for only when a position is. */
export function sportsNear(words: () => number[]): (at: number) => boolean {
  let hits: number[] | undefined;
  const countBefore = (x: number) => {
    let lo = 0, hi = hits!.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (hits![mid] < x) lo = mid + 1; else hi = mid; }
    return lo;
  };
  return (at: number) => {
    hits ??= words();
    const { from, to } = sportsReach(at);
    return countBefore(to) - countBefore(from) >= 4;
  };
}
