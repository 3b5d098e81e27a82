// The engine's entry: analyze(text) -> Analysis. An Analyzer keeps what it found in the text it analyzed last, so
// that after an edit only the runs of lines around it are segmented again (resegment.ts), only the blocks it touched
// are searched for names and dates, and only the articles whose text, blocks or names changed are anchored and
// attributed again; everything outside the edit keeps its results at offsets moved by the edit's length. Names keep
// their clusters when the edit changed no mention; else clustering runs over the blocks' kept mentions, as linking
// speakers and the speaker index always do. The analysis is always the one a fresh analyze(text) gives.
import { attributeQuotes, withoutDateSpeakers } from './attribution';
import { anchorDocument, extractDates, type Expression } from './dates';
import { sportsNear, sportsReach, sportsWords } from './clusters';
import { clusterEntities, findEntityMentions, listClusters, type EntityMention } from './entities';
import { findQuotes } from './quotes';
import { findEdit, resegment, type Edit, type Segmentation } from './resegment';
import { segmentTracked } from './segment';
import { linkSpeakers, speakersArePeople } from './speakerLinks';
import { buildSpeakers } from './speakers';
import type { Analysis, AnalyzeOptions, Article, Block, Cluster, DateMention, Entity, Quote } from './types';

const SKIP_ENTITIES = new Set(['menu', 'boilerplate', 'video']);

/** What one block's text holds, at offsets local to the block; names only once a block of a kind that has them asks. */
interface BlockResult {
  mentions?: EntityMention[];
  expressions: Expression[];
  /** where its sports words start */
  sports: number[];
}

/** One article's blocks (with their results), dates, names and attributed quotes, at document offsets as they were
 * when the article started at `start`. */
interface ArticleResult {
  start: number;
  end: number;
  blocks: Block[];
  blockResults: BlockResult[];
  dates: DateMention[];
  entities: Entity[];
  quotes: Quote[];
}

/** The name mentions of a text in order, each as its block found it (`found`) and its block's start (`at`). */
interface Mentions {
  found: EntityMention[];
  at: number[];
}

/** The last text analyzed and what was found in it. */
interface Previous {
  text: string;
  reference: string | undefined;
  segmentation: Segmentation;
  blockResults: BlockResult[];
  mentions: Mentions;
  /** where the sports words start */
  sports: number[];
  entities: Entity[];
  clusters: Cluster[];
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
    const mentions: Mentions = { found: [], at: [] };
    const sports: number[] = [];
    for (let i = 0; i < blocks.length; i++) {
      const block = blocks[i];
      if (!SKIP_ENTITIES.has(block.kind)) {
        for (const m of blockResults[i].mentions!) {
          mentions.found.push(m);
          mentions.at.push(block.start);
        }
      }
      for (const at of blockResults[i].sports) sports.push(at + block.start);
    }

    const moved = previous && edit ? movedEntities(previous, edit, mentions, sports) : undefined;
    const typed = moved ?? clusterEntities(text, mentions.found.map((m, i) => placeMention(m, mentions.at[i])), { sportsWords: sports });
    const typedClusters = moved ? previous!.clusters : listClusters(typed);
    const articles = findArticles(text, blocks);
    const articleResults = new Map<number, ArticleResult>();
    const found = analyzeByArticle(text, articles, blocks, blockResults, typed, options.referenceDate, articleResults,
      previous && edit ? { results: previous.articleResults, edit } : undefined);
    const dates = found.dates;
    const attributed = withoutDateSpeakers(found.quotes, dates);
    // A place that speaks is a person (speakerLinks.ts): decided after attribution, so the kept names stay as clustered.
    const entities = speakersArePeople(typed, attributed);
    const clusters = entities === typed ? typedClusters : listClusters(entities);
    const quotes = linkSpeakers(attributed, entities, clusters, articles);
    this.previous = { text, reference: options.referenceDate, segmentation, blockResults, mentions, sports, entities: typed, clusters: typedClusters, articleResults };
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

/**
 * The previous analysis's names moved by the edit, when the edit changed nothing their clustering reads: the same
 * mentions (moved), and the same judgement of sports news for every mention whose reach of text the edit touched
 * (elsewhere the sports words around a mention are the same ones). Undefined when clustering must run again.
 */
function movedEntities(previous: Previous, edit: Edit, mentions: Mentions, sports: number[]): Entity[] | undefined {
  const old = previous.mentions;
  if (old.found.length !== mentions.found.length) return undefined;
  const wasSporty = sportsNear(() => previous.sports);
  const isSporty = sportsNear(() => sports);
  // a sports word next to the edit may have changed with it
  const touchedFrom = edit.start - SPORTS_WORD_REACH, touchedTo = edit.newEnd + SPORTS_WORD_REACH;
  for (let i = 0; i < mentions.found.length; i++) {
    const m = mentions.found[i], o = old.found[i];
    const start = m.start + mentions.at[i], oldStart = o.start + old.at[i];
    if (beforeEdit(start, m.end + mentions.at[i], edit) !== oldStart) return undefined;
    // a block whose text did not change keeps its mentions, the very same objects
    if (m !== o && (o.end - o.start !== m.end - m.start || o.type !== m.type || o.weak !== m.weak || o.keep !== m.keep ||
      o.title !== m.title || o.lone !== m.lone || o.team !== m.team || o.evidence !== m.evidence)) return undefined;
    // lone and team mentions are typed by the sports news around them, and so are the names the retyping pass judges
    if (m.lone || m.team || m.evidence !== undefined) {
      const reach = sportsReach(start);
      if (reach.from <= touchedTo && reach.to >= touchedFrom && isSporty(start) !== wasSporty(oldStart)) return undefined;
    }
  }
  const delta = edit.newEnd - edit.oldEnd;
  return previous.entities.map(e =>
    e.end <= edit.start ? e : { start: e.start + delta, end: e.end + delta, text: e.text, type: e.type, canonical: e.canonical, cluster: e.cluster });
}

/** More than the longest sports word and the characters around it that decide whether it is one. */
const SPORTS_WORD_REACH = 32;

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
    if (!result) result = { expressions: extractDates(blockText), sports: sportsWords(blockText) };
    if (!result.mentions && !SKIP_ENTITIES.has(block.kind)) result.mentions = findEntityMentions(blockText);
    results.push(result);
  }
  return results;
}

/**
 * Dates, quotes and speakers, article by article: dates hang on the article's dateline, and who "he" is or which
 * Smith "Mr. Smith" means is settled inside the article. An article whose text, blocks and dates did not change
 * keeps its dates, and one whose names did not change either keeps its quotes, so an edit re-anchors and
 * re-attributes one article, not the dump. Fills `results` with this text's articles.
 */
function analyzeByArticle(
  text: string, articles: Article[], blocks: Block[], blockResults: BlockResult[], entities: Entity[], reference: string | undefined,
  results: Map<number, ArticleResult>, previous: { results: Map<number, ArticleResult>; edit: Edit } | undefined,
): { dates: DateMention[]; quotes: Quote[] } {
  const dates: DateMention[] = [];
  const quotes: Quote[] = [];
  let b = 0;
  let e = 0;
  let a = 0;
  for (const [start, end] of articleRanges(text, articles)) {
    const article = articles[a]?.start === start ? articles[a++] : undefined;
    const firstBlock = b;
    while (b < blocks.length && blocks[b].start < end) b++;
    const firstEntity = e;
    while (e < entities.length && entities[e].start < end) e++;
    const was = previous && beforeEdit(start, end, previous.edit);
    const old = was === undefined ? undefined : previous!.results.get(was);
    // The same text (the stretch lies outside the edit) with the same blocks gives the same dates; with the same names
    // too (a cluster's canonical can change with text elsewhere), the same quotes.
    const by = old ? start - old.start : 0;
    const sameDates = !!old && old.end - old.start === end - start && sameBlocks(old.blocks, blocks, firstBlock, b, by) && sameResults(old.blockResults, blockResults, firstBlock);
    const sameQuotes = sameDates && sameEntities(old!.entities, entities, firstEntity, e, by);
    const entry: ArticleResult = {
      start, end,
      blocks: blocks.slice(firstBlock, b),
      blockResults: blockResults.slice(firstBlock, b),
      dates: sameDates ? moved(old!.dates, by, shiftDate) : anchorDocument(text, blocks.slice(firstBlock, b), article ? [article] : [], blockResults.slice(firstBlock, b).map(r => r.expressions), reference),
      entities: entities.slice(firstEntity, e),
      quotes: sameQuotes ? moved(old!.quotes, by, shiftQuote) : attributeArticle(text, start, end, blocks.slice(firstBlock, b), entities.slice(firstEntity, e)),
    };
    results.set(start, entry);
    for (const d of entry.dates) dates.push(d);
    for (const q of entry.quotes) quotes.push(q);
  }
  return { dates, quotes };
}

/** The quotes of the article in [start, end) with their speakers, at document offsets. */
function attributeArticle(text: string, start: number, end: number, blocks: Block[], entities: Entity[]): Quote[] {
  const localText = text.slice(start, end);
  const localEntities = entities.map((e): Entity => ({ start: e.start - start, end: e.end - start, text: e.text, type: e.type, canonical: e.canonical, cluster: e.cluster }));
  const localBlocks = blocks.map(x => shift(x, -start));
  return attributeQuotes(localText, findQuotes(localText), localEntities, localBlocks).map(q => shiftQuote(q, start));
}

/** `items` moved by `by` (the same objects when it is 0). */
function moved<T>(items: T[], by: number, move: (item: T, by: number) => T): T[] {
  return by === 0 ? items : items.map(x => move(x, by));
}

/** Did the blocks from `from` on get the very results `cached` holds (results are kept per block across edits)? */
function sameResults(cached: BlockResult[], results: BlockResult[], from: number): boolean {
  for (let i = 0; i < cached.length; i++) if (cached[i] !== results[from + i]) return false;
  return true;
}

/** Are `cached`, moved by `offset`, the same names as `entities[from, to)`? */
function sameEntities(cached: Entity[], entities: Entity[], from: number, to: number, offset: number): boolean {
  if (cached.length !== to - from) return false;
  for (let i = 0; i < cached.length; i++) {
    const x = cached[i], y = entities[from + i];
    if (x.start + offset !== y.start || x.end + offset !== y.end || x.type !== y.type || x.canonical !== y.canonical) return false;
  }
  return true;
}

/** Are `cached`, moved by `offset`, the same blocks as `blocks[from, to)`? */
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

function shiftDate(d: DateMention, by: number): DateMention {
  const placed = shift(d, by);
  if (d.anchor.span) placed.anchor = { ...d.anchor, span: shift(d.anchor.span, by) };
  return placed;
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
  return { start: m.start + offset, end: m.end + offset, type: m.type, weak: m.weak, keep: m.keep, title: m.title, lone: m.lone, team: m.team, evidence: m.evidence };
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
