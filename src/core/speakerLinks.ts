// Joins each attributed quote to the entity cluster of its speaker, so that a speaker who is an entity is named by the
// cluster's canonical name and found by id everywhere (speakers index, hovers, trees, Extract Quotes).
import type { Article, Cluster, Entity, Quote } from './types';

/** The people and organizations named in one stretch of text, by canonical name and by alias. */
class NamesInScope {
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
 * Sets `speakerCluster` (and `speaker` to that cluster's canonical name) on every quote whose speaker is an entity:
 * the person or organization mention its speaker span lies in (or that lies in it), else the cluster of the same
 * article whose canonical name or alias is the speaker's name, else such a cluster anywhere in the document.
 * `entities` and `articles` are in document order and do not overlap. Linear in quotes + entities (times a log).
 */
export function linkSpeakers(quotes: readonly Quote[], entities: readonly Entity[], clusters: readonly Cluster[], articles: readonly Article[]): Quote[] {
  const byArticle = articles.map(() => new NamesInScope());
  const whole = new NamesInScope();
  const seen = new Set<number>();
  let a = 0;
  for (const e of entities) {
    if (e.type === 'place') continue;
    while (a + 1 < articles.length && articles[a + 1].start <= e.start) a++;
    const key = a * clusters.length + e.cluster;
    if (seen.has(key)) continue;
    seen.add(key);
    byArticle[a]?.add(clusters[e.cluster]);
    whole.add(clusters[e.cluster]);
  }

  return quotes.map(q => {
    if (!q.speaker) return q;
    let id = q.speakerSpan ? clusterAt(entities, q.speakerSpan.start, q.speakerSpan.end) : undefined;
    if (id === undefined) {
      const name = q.speaker.replace(/\s+/g, ' ');
      id = byArticle[articleAt(articles, q.start)]?.find(name) ?? whole.find(name);
    }
    return id === undefined ? q : { ...q, speaker: clusters[id].canonical, speakerCluster: id };
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

function articleAt(articles: readonly Article[], offset: number): number {
  let lo = 0, hi = articles.length - 1;
  while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (articles[mid].start <= offset) lo = mid; else hi = mid - 1; }
  return lo;
}

/**
 * A place never speaks: a name of two words or more that a quote's speaker phrase lies in (`Yukos spokesman Mike Lake
 * told reporters`, `said Mary Marsh, chief executive of the NSPCC`) is a person, and so is every mention of its
 * cluster. Returns `entities` itself when no place speaks. Linear in quotes + entities (times a log).
 */
export function speakersArePeople(entities: readonly Entity[], quotes: readonly Quote[]): Entity[] {
  const speaking = new Set<number>();
  for (const q of quotes) {
    if (!q.speaker || !q.speakerSpan || !q.sieve?.endsWith('/name')) continue;
    const e = placeHolding(entities, q.speakerSpan.start, q.speakerSpan.end);
    if (e && /\S\s+\S/.test(e.text)) speaking.add(e.cluster);
  }
  if (!speaking.size) return entities as Entity[];
  return entities.map(e => (speaking.has(e.cluster) && e.type === 'place' ? { ...e, type: 'person' } : e));
}

/** The place mention that holds [start, end), if any. */
function placeHolding(entities: readonly Entity[], start: number, end: number): Entity | undefined {
  let lo = 0, hi = entities.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (entities[mid].end <= start) lo = mid + 1; else hi = mid; }
  const e = entities[lo];
  return e && e.type === 'place' && e.start <= start && end <= e.end ? e : undefined;
}
