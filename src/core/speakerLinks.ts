// Joins each attributed quote to the entity cluster of its speaker, so that a speaker who is an entity is named by the
// cluster's canonical name and found by id everywhere (speakers index, hovers, trees, Extract Quotes).
import type { Article, Cluster, Entity, Quote } from './types';

/** The people and organizations named in one stretch of text, by canonical name and by alias. */
export class NamesInScope {
  private readonly canonical = new Map<string, number>();
  private readonly alias = new Map<string, number>();

  add(cluster: Cluster): void {
    if (!this.canonical.has(cluster.canonical)) this.canonical.set(cluster.canonical, cluster.id);
    for (const a of cluster.aliases) if (!this.alias.has(a)) this.alias.set(a, cluster.id);
  }

  find(name: string): number | undefined {
    return this.canonical.get(name) ?? this.alias.get(name);
  }
}

/**
 * Links quotes to clusters (see `linkSpeakers`) one article at a time, so that after an edit only the articles it
 * touched are linked again. The names of the whole document are gathered once, when a quote first needs them.
 */
export class SpeakerLinker {
  private whole: NamesInScope | undefined;

  constructor(private readonly clusters: readonly Cluster[]) {}

  /** The quotes of one article with their clusters; `entities` are the article's, in document order. */
  linkArticle(quotes: readonly Quote[], entities: readonly Entity[]): Quote[] {
    let names: NamesInScope | undefined;
    return quotes.map(q => this.link(q, entities, () => (names ??= this.namesOf(entities))));
  }

  /** One quote; `entities` hold every mention its speaker span touches, `article` the names of its article. */
  link(q: Quote, entities: readonly Entity[], article: () => NamesInScope): Quote {
    if (!q.speaker) return q;
    let id = q.speakerSpan ? clusterAt(entities, q.speakerSpan.start, q.speakerSpan.end) : undefined;
    if (id === undefined) {
      const name = q.speaker.replace(/\s+/g, ' ');
      id = article().find(name) ?? this.wholeDocument().find(name);
    }
    return id === undefined ? q : { ...q, speaker: this.clusters[id].canonical, speakerCluster: id };
  }

  /** The people and organizations among `entities`. */
  namesOf(entities: readonly Entity[]): NamesInScope {
    const names = new NamesInScope();
    const seen = new Set<number>();
    for (const e of entities) {
      if (e.type === 'place' || seen.has(e.cluster)) continue;
      seen.add(e.cluster);
      names.add(this.clusters[e.cluster]);
    }
    return names;
  }

  /** Clusters are numbered in order of first mention and all mentions of one have its type, so adding them in id
   * order adds them in the order the document names them. */
  private wholeDocument(): NamesInScope {
    if (!this.whole) {
      this.whole = new NamesInScope();
      for (const c of this.clusters) if (c.type !== 'place') this.whole.add(c);
    }
    return this.whole;
  }
}

/**
 * Sets `speakerCluster` (and `speaker` to that cluster's canonical name) on every quote whose speaker is an entity:
 * the person or organization mention its speaker span lies in (or that lies in it), else the cluster of the same
 * article whose canonical name or alias is the speaker's name, else such a cluster anywhere in the document.
 * `entities` and `articles` are in document order and do not overlap; text before the first article counts as part
 * of it. Linear in quotes + entities (times a log).
 */
export function linkSpeakers(quotes: readonly Quote[], entities: readonly Entity[], clusters: readonly Cluster[], articles: readonly Article[]): Quote[] {
  const linker = new SpeakerLinker(clusters);
  // the entities of each article: [firsts[a], firsts[a + 1])
  const firsts: number[] = [0];
  let e = 0;
  for (let a = 1; a < articles.length; a++) {
    while (e < entities.length && entities[e].start < articles[a].start) e++;
    firsts.push(e);
  }
  firsts.push(entities.length);
  const names: NamesInScope[] = [];
  return quotes.map(q => {
    const a = articleAt(articles, q.start);
    return linker.link(q, entities, () => (names[a] ??= linker.namesOf(entities.slice(firsts[a], firsts[a + 1]))));
  });
}

/** The cluster of the person or organization mention that holds [start, end); else, of the mentions inside it, the
 * last person (`Yukos spokesman Mike Lake`), or the last organization. */
function clusterAt(entities: readonly Entity[], start: number, end: number): number | undefined {
  // first mention ending after `start` (mentions do not overlap, so their ends are sorted too)
  let lo = 0, hi = entities.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (entities[mid].end <= start) lo = mid + 1; else hi = mid; }
  let person: number | undefined;
  let organization: number | undefined;
  for (let j = lo; j < entities.length && entities[j].start < end; j++) {
    const e = entities[j];
    if (e.type === 'place') continue;
    if (e.start <= start && end <= e.end) return e.cluster;
    if (start <= e.start && e.end <= end) {
      if (e.type === 'person') person = e.cluster;
      else organization = e.cluster;
    }
  }
  return person ?? organization;
}

/**
 * A place never speaks: a name of two words or more that a quote's speaker phrase lies in (`Yukos spokesman Mike Lake
 * told reporters`, `said Mary Marsh, chief executive of the NSPCC`) is a person, and so is every mention of its
 * cluster. Returns `entities` itself when no place speaks. Linear in quotes + entities (times a log).
 */
export function speakersArePeople(entities: readonly Entity[], quotes: readonly Quote[]): Entity[] {
  return asPeople(entities, new Set(speakingPlaces(entities, quotes).map(i => entities[i].cluster)));
}

/** Where in `entities` (document order, not overlapping) the places are that speak in `quotes`. */
export function speakingPlaces(entities: readonly Entity[], quotes: readonly Quote[]): number[] {
  const speaking: number[] = [];
  for (const q of quotes) {
    if (!q.speaker || !q.speakerSpan || !q.sieve?.endsWith('/name')) continue;
    const i = placeHolding(entities, q.speakerSpan.start, q.speakerSpan.end);
    if (i >= 0 && /\S\s+\S/.test(entities[i].text)) speaking.push(i);
  }
  return speaking;
}

/** `entities` with every mention of the `speaking` clusters a person; `entities` itself when there are none. */
export function asPeople(entities: readonly Entity[], speaking: ReadonlySet<number>): Entity[] {
  if (!speaking.size) return entities as Entity[];
  return entities.map(e => (e.type === 'place' && speaking.has(e.cluster) ? { ...e, type: 'person' } : e));
}

function articleAt(articles: readonly Article[], offset: number): number {
  let lo = 0, hi = articles.length - 1;
  while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (articles[mid].start <= offset) lo = mid; else hi = mid - 1; }
  return lo;
}

/** The index of the place mention that holds [start, end), or -1. */
function placeHolding(entities: readonly Entity[], start: number, end: number): number {
  let lo = 0, hi = entities.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (entities[mid].end <= start) lo = mid + 1; else hi = mid; }
  const e = entities[lo];
  return e && e.type === 'place' && e.start <= start && end <= e.end ? lo : -1;
}
