// Moving through a dump like code: which entity a position names, where it is defined and mentioned, and what each
// article holds. Plain functions over an Analysis, joined by cluster id; the editor's providers only convert offsets.
import type { Analysis, Article, DateMention, Entity, Quote, Span } from './types';

/** The innermost span containing the offset (hovering the last character counts too). */
export function spanAt<T extends Span>(spans: readonly T[], offset: number): T | undefined {
  let best: T | undefined;
  for (const s of spans) {
    if (s.start <= offset && offset < s.end && (!best || s.end - s.start < best.end - best.start)) best = s;
  }
  return best;
}

/** The quote whose attribution names its speaker at the offset (`she` in `she said`), or undefined. */
export function quoteAttributedAt(analysis: Analysis, offset: number): Quote | undefined {
  return analysis.quotes.find(q => q.speakerSpan !== undefined && q.speakerSpan.start <= offset && offset < q.speakerSpan.end);
}

/**
 * The cluster a position names: a mention of an entity, or the speaker named in a quote's attribution (`she said`
 * names the quote's speaker too). Undefined elsewhere.
 */
export function clusterAt(analysis: Analysis, offset: number): number | undefined {
  const entity = spanAt(analysis.entities, offset);
  return entity ? entity.cluster : quoteAttributedAt(analysis, offset)?.speakerCluster;
}

/** Every mention of a cluster, in document order. */
export function mentionsOfCluster(analysis: Analysis, cluster: number): Entity[] {
  return analysis.entities.filter(e => e.cluster === cluster);
}

/** The quotes attributed to a cluster, in document order. */
export function quotesOfCluster(analysis: Analysis, cluster: number): Quote[] {
  return analysis.quotes.filter(q => q.speakerCluster === cluster);
}

/**
 * Where an entity is "defined": its first mention written as its full name (`Xi Jinping` for `Mr. Xi`), else its
 * first mention of the most words.
 */
export function definitionOf(analysis: Analysis, cluster: number): Entity | undefined {
  const canonical = analysis.clusters[cluster]?.canonical;
  let best: Entity | undefined;
  let bestWords = 0;
  for (const e of analysis.entities) {
    if (e.cluster !== cluster) continue;
    if (e.text === canonical) return e;
    const words = e.text.split(/\s+/).length;
    if (words > bestWords) {
      best = e;
      bestWords = words;
    }
  }
  return best;
}

/**
 * Every place a cluster is referred to: its mentions, and the speaker spans of its quotes that are not mentions
 * (`she said`), in document order without duplicates.
 */
export function referencesOf(analysis: Analysis, cluster: number): { span: Span; speaker: boolean }[] {
  const found = new Map<number, { span: Span; speaker: boolean }>();
  for (const e of mentionsOfCluster(analysis, cluster)) found.set(e.start, { span: { start: e.start, end: e.end }, speaker: false });
  for (const q of quotesOfCluster(analysis, cluster)) {
    if (!q.speakerSpan) continue;
    const known = found.get(q.speakerSpan.start);
    if (known) known.speaker = true;
    else found.set(q.speakerSpan.start, { span: { start: q.speakerSpan.start, end: q.speakerSpan.end }, speaker: true });
  }
  return [...found.values()].sort((a, b) => a.span.start - b.span.start);
}

/** A relative date and the offset of what it was resolved against (a dateline, a tweet signature), when in the text. */
export function dateAt(analysis: Analysis, offset: number): DateMention | undefined {
  return spanAt(analysis.dates, offset);
}

/** The block (dateline, tweet signature) that starts at or holds `offset`. */
export function blockAt(analysis: Analysis, offset: number): Span | undefined {
  return analysis.blocks.find(b => b.start <= offset && offset < Math.max(b.end, b.start + 1));
}

export interface ArticleSummary {
  article: Article;
  index: number;
  quotes: Quote[];
  /** The names of the article's speakers, most quoted first. */
  speakers: string[];
}

/** Each article with its quotes and speakers (one pass over the quotes, both lists in document order). */
export function articleSummaries(analysis: Analysis): ArticleSummary[] {
  const summaries = analysis.articles.map((article, index) => ({ article, index, quotes: [] as Quote[], speakers: [] as string[] }));
  let a = 0;
  for (const q of analysis.quotes) {
    while (a < summaries.length && summaries[a].article.end <= q.start) a++;
    if (a >= summaries.length) break;
    if (summaries[a].article.start <= q.start) summaries[a].quotes.push(q);
  }
  for (const s of summaries) {
    const counts = new Map<string, number>();
    for (const q of s.quotes) if (q.speaker) counts.set(q.speaker, (counts.get(q.speaker) ?? 0) + 1);
    s.speakers = [...counts.entries()].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0])).map(e => e[0]);
  }
  return summaries;
}
