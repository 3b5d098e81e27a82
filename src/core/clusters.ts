// The document-wide pass over cached block mentions: confirms or drops weak guesses, makes one name keep one type,
// and clusters people (`Mr. Xi`, `Xi`, `President Xi` join `Xi Jinping`) with the fullest name as canonical.
import type { Cluster as EntityCluster, Entity, EntityType } from './types';
import type { EntityMention } from './names';
import { classify, genderOf } from './gazetteer';
import { retype } from './names/retype';

const clsType = (c: string) => c === 'place' || c === 'org' || c === 'team';

const norm = (s: string) => (/\s\s|[\t\n\r\u00a0]/.test(s) ? s.replace(/\s+/g, ' ').trim() : s).toLowerCase();
const nameWords = (s: string) => s.split(/\s+/).filter(Boolean);
/** Whitespace runs made one space; most names have none to change, and are returned as they are without a copy. */
const oneSpaced = (s: string) => (/[^\S ]|\s\s/.test(s) ? s.replace(/\s+/g, ' ') : s);
/** `V.` and `Vladimir` agree, `Bill` and `Hillary` do not. */
const sameGiven = (a: string, b: string) => a === b || (a.length <= 2 && b.startsWith(a.replace(/\.$/, ''))) || (b.length <= 2 && a.startsWith(b.replace(/\.$/, '')));

const endsWith = (long: string[], short: string[]) =>
  short.length >= 2 && long.length > short.length && short.every((x, k) => long[long.length - short.length + k] === x);

export interface ClusterOptions {
  /** Keep weak guesses of these types even when nothing in the document confirms them. */
  keepWeak?: EntityType[];
  /** Where the text's sports words start (`sportsWords`), when the caller has them: else the text is scanned. */
  sportsWords?: number[];
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

function cluster(text: string, mentions: EntityMention[], options: ClusterOptions): Entity[] {
  const keepWeak = new Set<EntityType>(options.keepWeak ?? ['place', 'organization']);
  let inOrder = true;
  for (let k = 1; k < mentions.length && inOrder; k++) inOrder = mentions[k - 1].start < mentions[k].start;
  const sporty = sportsNear(() => options.sportsWords ?? sportsWords(text));
  // names typed again with what all their mentions say (names/retype.ts)
  const sorted = retype(text, inOrder ? mentions : [...mentions].sort((a, b) => a.start - b.start || b.end - a.end), sporty);
  const surface = (m: EntityMention) => text.slice(m.start, m.end);
  const keys = sorted.map(m => norm(surface(m)));

  // Strong evidence per name, and the words of people's full names.
  const votes = new Map<string, Record<EntityType, number>>();
  const personWords = new Map<string, number>();
  for (let k = 0; k < sorted.length; k++) {
    const m = sorted[k];
    if (m.weak) continue;
    const key = keys[k];
    const v = votes.get(key) ?? { person: 0, organization: 0, place: 0 };
    v[m.type]++;
    votes.set(key, v);
    if (m.type === 'person') {
      const w = nameWords(key);
      if (w.length >= 2) for (const x of [w[0], w[w.length - 1]]) if (!clsType(classify(x))) personWords.set(x, (personWords.get(x) ?? 0) + 1);
    }
  }
  // `Magna` after `Magna International Inc`, `Ruch` after `Ruch SA`: the first word of a company's name is the company.
  const orgWords = new Set<string>();
  for (let k = 0; k < sorted.length; k++) {
    const m = sorted[k];
    if (m.weak || m.type !== 'organization') continue;
    const w = nameWords(keys[k]);
    if (w.length >= 2 && CORPORATE.test(w[w.length - 1]) && !personWords.has(w[0])) orgWords.add(w[0]);
  }
  const best = (v: Record<EntityType, number>): EntityType =>
    (['person', 'place', 'organization'] as EntityType[]).reduce((x, y) => (v[y] > v[x] ? y : x));

  const kept: EntityMention[] = [];
  let lastEnd = -1;
  for (let k = 0; k < sorted.length; k++) {
    const m = sorted[k];
    if (m.start < lastEnd || m.end <= m.start) continue; // overlapping mentions: the first, longest one wins
    const key = keys[k];
    const v = votes.get(key);
    let type = m.type;
    if (v) type = best(v);
    else if (m.weak) {
      const w = nameWords(key);
      if (w.length === 1 && orgWords.has(w[0])) type = 'organization';
      else if (w.length === 1 && personWords.has(w[0])) type = 'person';
      else if (m.lone && sporty(m.start)) type = 'organization';
      else if (m.keep === false || (!keepWeak.has(m.type) && !m.keep)) continue;
    } else if (m.type === 'person' && !m.title && orgWords.has(key)) type = 'organization';
    else if (m.type !== 'person' && !m.title && nameWords(key).length === 1 && personWords.has(key)) type = 'person';
    if (type === 'place' && m.team && sporty(m.start)) type = 'organization';
    kept.push({ ...m, type });
    lastEnd = m.end;
  }

  // People: full names open clusters; a lone surname, `Mr. X` or `President X` joins the nearest earlier full name
  // ending (or, for family-name-first names, starting) with it.
  interface Cluster { words: string[]; canonical: string; seen: number[]; linked: number; gender?: 'm' | 'f' }
  const clusters: Cluster[] = [];
  const byWord = new Map<string, Set<Cluster>>();
  const clusterOf = new Map<EntityMention, Cluster>();
  const index = (c: Cluster, w: string) => { let l = byWord.get(w); if (!l) byWord.set(w, (l = new Set())); l.add(c); };
  const persons = kept.filter(m => m.type === 'person');
  for (const m of persons) {
    const s = oneSpaced(surface(m));
    const w = nameWords(s.toLowerCase());
    if (w.length < 2) continue;
    const last = w[w.length - 1];
    let c: Cluster | undefined;
    for (const k of byWord.get(last) ?? []) {
      if (k.words[k.words.length - 1] !== last) continue;
      // `Vladimir V. Putin` and `Vladimir Putin`; `Suu Kyi` inside `Aung San Suu Kyi`
      if (sameGiven(k.words[0], w[0]) || endsWith(k.words, w) || endsWith(w, k.words)) { c = k; break; }
    }
    if (!c) { c = { words: w, canonical: s, seen: [], linked: 0, gender: genderOf(w[0]) }; clusters.push(c); }
    else if (w.length > c.words.length || (w.length === c.words.length && (s.length > c.canonical.length || (isAllCaps(c.canonical) && !isAllCaps(s))))) { c.words = w; c.canonical = s; }
    c.seen.push(m.start);
    index(c, last);
    index(c, w[0]);
    clusterOf.set(m, c);
  }
  for (const m of persons) {
    if (clusterOf.has(m)) continue;
    const w = nameWords(surface(m).toLowerCase());
    let cands = [...(byWord.get(w[0]) ?? [])];
    if (cands.length === 0) continue;
    // `Mrs. Clinton` is not `Bill Clinton`
    const g = /^(?:mrs|ms|miss|mme|lady|dame|madam)\.?$/i.test(m.title ?? '') ? 'f' : /^(?:mr|sir|lord|monsieur|herr)\.?$/i.test(m.title ?? '') ? 'm' : undefined;
    if (g) { const same = cands.filter(c => c.gender !== (g === 'f' ? 'm' : 'f')); if (same.length) cands = same; }
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
    clusterOf.set(m, c);
  }
  // A place or body named in a capitals headline or dateline (`HARBOR CITY —`) takes the form the text writes it in.
  const written = new Map<string, string>();
  for (const m of kept) {
    if (m.type === 'person') continue;
    const s = oneSpaced(surface(m));
    if (!isAllCaps(s) && !written.has(s.toLowerCase())) written.set(s.toLowerCase(), s);
  }
  // Ids: a person's cluster object, or one name of one type for places and bodies; numbered in order of first mention.
  const ids = new Map<Cluster | string, number>();
  return kept.map(m => {
    const s = surface(m);
    const c = m.type === 'person' ? clusterOf.get(m) : undefined;
    const plain = oneSpaced(s);
    const canonical = c ? c.canonical : isAllCaps(plain) ? written.get(plain.toLowerCase()) ?? plain : plain;
    const key = c ?? `${m.type}\u0000${canonical}`;
    let cluster = ids.get(key);
    if (cluster === undefined) ids.set(key, (cluster = ids.size));
    return { start: m.start, end: m.end, text: s, type: m.type, canonical, cluster };
  });
}

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
