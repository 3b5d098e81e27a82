// The engine's entry: analyze(text) -> Analysis. Block-local work (names, dates) is cached by block text and quote
// attribution by article, so a document that changes in one place re-analyzes only that block and its article; the
// document-wide passes (segmenting, name clusters, the speaker index) are cheap.
import { attributeQuotes, withoutDateSpeakers } from './attribution';
import { anchorDocument, extractDates, type Expression } from './dates';
import { clusterEntities, findEntityMentions, listClusters, type EntityMention } from './entities';
import { findQuotes } from './quotes';
import { segment } from './segment';
import { linkSpeakers, speakersArePeople } from './speakerLinks';
import { buildSpeakers } from './speakers';
import type { Analysis, AnalyzeOptions, Article, Block, Entity, Quote } from './types';

const SKIP_ENTITIES = new Set(['menu', 'boilerplate', 'video']);

/** Keeps block results between calls; one per document. */
export class Analyzer {
  private entityCache = new Map<string, EntityMention[]>();
  /** block text → its date expressions, before anchoring (extraction needs no anchor) */
  private dateCache = new Map<string, Expression[]>();
  /** article text → its names and the attributed quotes they gave */
  private quoteCache = new Map<string, { entities: Entity[]; quotes: Quote[] }>();

  analyze(text: string, options: AnalyzeOptions = {}): Analysis {
    const blocks = segment(text, options.referenceDate);
    const usedEntities = new Map<string, EntityMention[]>();
    const usedDates = new Map<string, Expression[]>();
    const mentions: EntityMention[] = [];
    const expressions: Expression[][] = [];

    for (let i = 0; i < blocks.length; i++) {
      const block = blocks[i];
      const blockText = text.slice(block.start, block.end);
      if (!SKIP_ENTITIES.has(block.kind)) {
        const local = cached(this.entityCache, usedEntities, blockText, () => findEntityMentions(blockText));
        for (const m of local) mentions.push(placeMention(m, block.start));
      }
      expressions.push(cached(this.dateCache, usedDates, blockText, () => extractDates(blockText)));
    }
    // Results not used by this text are dropped, so the caches stay the size of the document.
    this.entityCache = usedEntities;
    this.dateCache = usedDates;

    const typed = clusterEntities(text, mentions);
    const articles = findArticles(text, blocks);
    const dates = anchorDocument(text, blocks, articles, expressions, options.referenceDate);
    const attributed = withoutDateSpeakers(this.attributeByArticle(text, articles, blocks, typed), dates);
    const entities = speakersArePeople(typed, attributed);
    const clusters = listClusters(entities);
    const quotes = linkSpeakers(attributed, entities, clusters, articles);
    return {
      schema: 'news-lens/2',
      entities,
      clusters,
      dates,
      quotes,
      speakers: buildSpeakers(quotes, clusters),
      blocks,
      articles,
    };
  }

  /**
   * Quotes and their speakers, article by article: who "he" is or which Smith "Mr. Smith" means is settled inside
   * the article, and an article whose text and names did not change keeps its result, so an edit re-attributes
   * one article, not the dump.
   */
  private attributeByArticle(text: string, articles: Article[], blocks: Block[], entities: Entity[]): Quote[] {
    const used = new Map<string, { entities: Entity[]; quotes: Quote[] }>();
    const quotes: Quote[] = [];
    let b = 0;
    let e = 0;
    for (const [start, end] of articleRanges(text, articles)) {
      const firstBlock = b;
      while (b < blocks.length && blocks[b].start < end) b++;
      const firstEntity = e;
      while (e < entities.length && entities[e].start < end) e++;
      const localText = text.slice(start, end);
      // The same text with the same names (a cluster's canonical can change with text elsewhere) gives the same quotes.
      let entry = used.get(localText) ?? this.quoteCache.get(localText);
      if (!entry || !sameEntities(entry.entities, entities, firstEntity, e, start)) {
        const localEntities = entities.slice(firstEntity, e).map(x => shift(x, -start));
        const localBlocks = blocks.slice(firstBlock, b).map(x => shift(x, -start));
        entry = { entities: localEntities, quotes: attributeQuotes(localText, findQuotes(localText), localEntities, localBlocks) };
      }
      used.set(localText, entry);
      for (const q of entry.quotes) quotes.push(shiftQuote(q, start));
    }
    this.quoteCache = used;
    return quotes;
  }
}

/** Are `cached` (offsets local to an article at `offset`) the same names as `entities[from, to)`? */
function sameEntities(cached: Entity[], entities: Entity[], from: number, to: number, offset: number): boolean {
  if (cached.length !== to - from) return false;
  for (let i = 0; i < cached.length; i++) {
    const x = cached[i], y = entities[from + i];
    if (x.start + offset !== y.start || x.end + offset !== y.end || x.type !== y.type || x.canonical !== y.canonical) return false;
  }
  return true;
}

/** The text cut at article starts, so that every offset belongs to one range (text before the first article too). */
function articleRanges(text: string, articles: Article[]): [number, number][] {
  const cuts = [0, ...articles.map(a => a.start).filter(s => s > 0), text.length];
  const ranges: [number, number][] = [];
  for (let i = 0; i + 1 < cuts.length; i++) if (cuts[i + 1] > cuts[i]) ranges.push([cuts[i], cuts[i + 1]]);
  return ranges;
}

function shift<T extends { start: number; end: number }>(span: T, by: number): T {
  return { ...span, start: span.start + by, end: span.end + by };
}

function shiftQuote(q: Quote, by: number): Quote {
  const placed = shift(q, by);
  if (q.speakerSpan) placed.speakerSpan = shift(q.speakerSpan, by);
  if (q.cueSpan) placed.cueSpan = shift(q.cueSpan, by);
  return placed;
}

/** Analyzes one text with no cache kept. */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  return new Analyzer().analyze(text, options);
}

/** A mention moved to document offsets, always with the same fields in the same order: the document-wide passes read
 * tens of thousands of them, and objects of one shape are much faster to read than a mix of shapes. */
function placeMention(m: EntityMention, offset: number): EntityMention {
  return { start: m.start + offset, end: m.end + offset, type: m.type, weak: m.weak, keep: m.keep, title: m.title, lone: m.lone, team: m.team };
}

function cached<T>(cache: Map<string, T>, used: Map<string, T>, key: string, compute: () => T): T {
  let value = used.get(key) ?? cache.get(key);
  if (value === undefined) value = compute();
  used.set(key, value);
  return value;
}

/** An article starts at a headline, or at a dateline that no headline introduced; it ends where the next begins. */
function findArticles(text: string, blocks: Block[]): Article[] {
  const starts: number[] = [];
  blocks.forEach((b, i) => {
    if (b.kind === 'headline' || (b.kind === 'dateline' && blocks[i - 1]?.kind !== 'headline')) starts.push(i);
  });
  if (starts.length === 0 && blocks.length > 0) starts.push(0);
  return starts.map((first, n) => {
    const last = (n + 1 < starts.length ? starts[n + 1] : blocks.length) - 1;
    const head = blocks[first];
    let date: string | undefined;
    for (let i = first; i <= last && date === undefined; i++) if (blocks[i].kind === 'dateline' && blocks[i].date) date = blocks[i].date;
    return {
      start: head.start,
      end: blocks[last].end,
      ...(head.kind === 'headline' ? { title: text.slice(head.start, head.end) } : {}),
      ...(date ? { date } : {}),
    };
  });
}
