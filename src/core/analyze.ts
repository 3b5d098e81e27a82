// The engine's entry: analyze(text) -> Analysis. An Analyzer keeps what it found in the text it analyzed last, so
// that after an edit only the runs of lines around it are segmented again (resegment.ts), only the blocks it touched
// are searched for names and dates, and only the articles whose text or names changed are attributed again; blocks
// and articles outside the edit keep their results at offsets moved by the edit's length. The document-wide passes
// (name clusters, date anchoring, the speaker index) run over those results, so the analysis is always the one a
// fresh analyze(text) gives.
import { attributeQuotes, withoutDateSpeakers } from './attribution';
import { anchorDocument, extractDates, type Expression } from './dates';
import { clusterEntities, findEntityMentions, listClusters, type EntityMention } from './entities';
import { findQuotes } from './quotes';
import { findEdit, resegment, type Edit, type Segmentation } from './resegment';
import { segmentTracked } from './segment';
import { linkSpeakers } from './speakerLinks';
import { buildSpeakers } from './speakers';
import type { Analysis, AnalyzeOptions, Article, Block, Entity, Quote } from './types';

const SKIP_ENTITIES = new Set(['menu', 'boilerplate', 'video']);

/** What one block's text holds, at offsets local to the block; names only once a block of a kind that has them asks. */
interface BlockResult {
  mentions?: EntityMention[];
  expressions: Expression[];
}

/** One article's names, blocks and attributed quotes, at offsets local to the article starting at `start`. */
interface ArticleResult {
  start: number;
  end: number;
  entities: Entity[];
  blocks: Block[];
  quotes: Quote[];
}

/** The last text analyzed and what was found in it. */
interface Previous {
  text: string;
  reference: string | undefined;
  segmentation: Segmentation;
  blockResults: BlockResult[];
  /** by the article's start */
  articleResults: Map<number, ArticleResult>;
}

/** Keeps the results of the last analysis between calls; one per document. */
export class Analyzer {
  private previous: Previous | undefined;

  analyze(text: string, options: AnalyzeOptions = {}): Analysis {
    const previous = this.previous;
    const edit = previous && previous.reference === options.referenceDate ? findEdit(previous.text, text) : undefined;
    const segmentation = previous && edit
      ? resegment(previous.segmentation, text, previous.text, edit, options.referenceDate)
      : segmentTracked(text, options.referenceDate);
    const blocks = segmentation.blocks;
    const blockResults = resultsOfBlocks(text, blocks, previous && edit ? { blocks: previous.segmentation.blocks, results: previous.blockResults, edit } : undefined);
    const mentions: EntityMention[] = [];
    const expressions: Expression[][] = [];
    for (let i = 0; i < blocks.length; i++) {
      const block = blocks[i];
      if (!SKIP_ENTITIES.has(block.kind)) for (const m of blockResults[i].mentions!) mentions.push(placeMention(m, block.start));
      expressions.push(blockResults[i].expressions);
    }

    const entities = clusterEntities(text, mentions);
    const clusters = listClusters(entities);
    const articles = findArticles(text, blocks);
    const dates = anchorDocument(text, blocks, articles, expressions, options.referenceDate);
    const articleResults = new Map<number, ArticleResult>();
    const attributed = attributeByArticle(text, articles, blocks, entities, articleResults, previous && edit ? { results: previous.articleResults, edit } : undefined);
    const quotes = linkSpeakers(withoutDateSpeakers(attributed, dates), entities, clusters, articles);
    this.previous = { text, reference: options.referenceDate, segmentation, blockResults, articleResults };
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
}

/** Where `start` (of a stretch ending at `end`) was before `edit`, if the stretch lies wholly before or after it. */
function beforeEdit(start: number, end: number, edit: Edit): number | undefined {
  if (end <= edit.start) return start;
  if (start >= edit.newEnd) return start - (edit.newEnd - edit.oldEnd);
  return undefined;
}

/** Each block's names and dates: the previous block's results where the same text stands at the moved place. */
function resultsOfBlocks(text: string, blocks: Block[], previous: { blocks: Block[]; results: BlockResult[]; edit: Edit } | undefined): BlockResult[] {
  const results: BlockResult[] = [];
  let j = 0;
  for (const block of blocks) {
    let result: BlockResult | undefined;
    const was = previous && beforeEdit(block.start, block.end, previous.edit);
    if (previous && was !== undefined) {
      const old = previous.blocks;
      while (j < old.length && old[j].start < was) j++;
      if (j < old.length && old[j].start === was && old[j].end - was === block.end - block.start) result = previous.results[j];
    }
    const blockText = result && (result.mentions || SKIP_ENTITIES.has(block.kind)) ? '' : text.slice(block.start, block.end);
    if (!result) result = { expressions: extractDates(blockText) };
    if (!result.mentions && !SKIP_ENTITIES.has(block.kind)) result.mentions = findEntityMentions(blockText);
    results.push(result);
  }
  return results;
}

/**
 * Quotes and their speakers, article by article: who "he" is or which Smith "Mr. Smith" means is settled inside
 * the article, and an article whose text, blocks and names did not change keeps its result, so an edit
 * re-attributes one article, not the dump. Fills `results` with this text's articles.
 */
function attributeByArticle(
  text: string, articles: Article[], blocks: Block[], entities: Entity[],
  results: Map<number, ArticleResult>, previous: { results: Map<number, ArticleResult>; edit: Edit } | undefined,
): Quote[] {
  const quotes: Quote[] = [];
  let b = 0;
  let e = 0;
  for (const [start, end] of articleRanges(text, articles)) {
    const firstBlock = b;
    while (b < blocks.length && blocks[b].start < end) b++;
    const firstEntity = e;
    while (e < entities.length && entities[e].start < end) e++;
    const was = previous && beforeEdit(start, end, previous.edit);
    let entry = was === undefined ? undefined : previous!.results.get(was);
    // The same text with the same blocks and names (a cluster's canonical can change with text elsewhere) gives the same quotes.
    if (!entry || entry.end - entry.start !== end - start || !sameEntities(entry.entities, entities, firstEntity, e, start) || !sameBlocks(entry.blocks, blocks, firstBlock, b, start)) {
      const localText = text.slice(start, end);
      const localEntities = entities.slice(firstEntity, e).map(x => shift(x, -start));
      const localBlocks = blocks.slice(firstBlock, b).map(x => shift(x, -start));
      entry = { start, end, entities: localEntities, blocks: localBlocks, quotes: attributeQuotes(localText, findQuotes(localText), localEntities, localBlocks) };
    } else entry = { ...entry, start, end };
    results.set(start, entry);
    for (const q of entry.quotes) quotes.push(shiftQuote(q, start));
  }
  return quotes;
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

/** Are `cached` (offsets local to an article at `offset`) the same blocks as `blocks[from, to)`? */
function sameBlocks(cached: Block[], blocks: Block[], from: number, to: number, offset: number): boolean {
  if (cached.length !== to - from) return false;
  for (let i = 0; i < cached.length; i++) {
    const x = cached[i], y = blocks[from + i];
    if (x.start + offset !== y.start || x.end + offset !== y.end || x.kind !== y.kind || x.date !== y.date || x.byline !== y.byline) return false;
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
