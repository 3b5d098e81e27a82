// The engine's entry: analyze(text) -> Analysis. An Analyzer keeps what it found in the text it analyzed last, so
// that after an edit only the runs of lines around it are segmented again (resegment.ts), only the blocks it touched
// are searched for names and dates, and only the articles whose text, blocks or names changed are anchored and
// attributed again; everything outside the edit keeps its results at offsets moved by the edit's length. Names keep
// their clusters when the edit changed no mention; else only the mentions it changed are clustered again when no other
// mention shares a key or a first or last word with them (clusterEdits.ts); else clustering runs over the blocks' kept
// mentions, reusing what did not move. With the same clusters and the same places speaking, the cluster list and
// speaker index are kept and only the articles whose quotes changed are linked to clusters again; else every article
// is. The analysis is always the one a fresh analyze(text) gives.
import { attributeQuotes, withoutDateSpeakers, type AttributedQuote } from './attribution';
import { anchorDocument, extractDates, type Expression } from './dates';
import { beforeEdit, changedLists, clusterChanged, LinkCounts, SPORTS_WORD_REACH, type ListChange, type MentionList } from './clusterEdits';
import { sportsNear, sportsReach, sportsWords, SurfaceFacts } from './clusters';
import { clusterEntities, findEntityMentions, listClusters, type EntityMention } from './entities';
import { RetypeMemo } from './names/retype';
import { findQuotes } from './quotes';
import { findEdit, resegment, type Edit, type Segmentation } from './resegment';
import { segmentTracked } from './segment';
import { asPeople, SpeakerLinker, speakingPlaces } from './speakerLinks';
import { buildSpeakers } from './speakers';
import type { Analysis, AnalyzeOptions, Article, Block, Cluster, DateMention, Entity, Quote, Speaker } from './types';

const SKIP_ENTITIES = new Set(['menu', 'boilerplate', 'video']);

/** What one block's text holds, at offsets local to the block; names only once a block of a kind that has them asks. */
interface BlockResult {
  mentions?: EntityMention[];
  expressions: Expression[];
  /** where its sports words start */
  sports: number[];
}

/** One article of an analysis: its blocks (with their results) and names as ranges of the analysis's lists, its dates
 * and linked quotes at document offsets, its attributed quotes at the offsets of when the article started at
 * `quotesStart`. */
interface ArticleResult {
  start: number;
  end: number;
  /** false for the text before the first article */
  isArticle: boolean;
  /** its blocks and their results: [firstBlock, endBlock) */
  firstBlock: number;
  endBlock: number;
  /** its names as clustered, before places that speak become people: [firstEntity, endEntity) */
  firstEntity: number;
  endEntity: number;
  dates: DateMention[];
  /** attributed, without speakers that are dates */
  quotes: Quote[];
  quotesStart: number;
  /** where among its names the places are that speak in `quotes` */
  speaking: number[];
  /** `quotes` linked to the clusters of the analysis */
  linked: Quote[];
  /** the article's `quotes` are the cached ones */
  kept: boolean;
}

/** The last text analyzed and what was found in it. */
interface Previous {
  text: string;
  reference: string | undefined;
  segmentation: Segmentation;
  blockResults: BlockResult[];
  /** the name mentions of the text in order, block by block */
  mentions: MentionList[];
  /** where the sports words start */
  sports: () => number[];
  /** the names as clustered, before places that speak become people */
  entities: Entity[];
  /** how many of the mentions have each link of clustering */
  links: LinkCounts;
  /** the clusters of the analysis, and the places that speak in it (cluster ids, sorted, joined) */
  clusters: Cluster[];
  speaking: string;
  /** by the article's start */
  articleResults: Map<number, ArticleResult>;
  speakers: Speaker[];
  quotes: Quote[];
}

/** Keeps the results of the last analysis between calls; one per document. */
export class Analyzer {
  private previous: Previous | undefined;
  private readonly surfaces = new SurfaceFacts();
  private readonly retyped = new RetypeMemo();
  private readonly placed = new WeakMap<EntityMention[], Placed>();

  analyze(text: string, options: AnalyzeOptions = {}): Analysis {
    const previous = this.previous;
    const edit = previous && previous.reference === options.referenceDate ? findEdit(previous.text, text) : undefined;
    const segmentation = previous && edit
      ? resegment(previous.segmentation, text, previous.text, edit, options.referenceDate)
      : segmentTracked(text, options.referenceDate);
    const blocks = segmentation.blocks;
    const blockResults = resultsOfBlocks(text, blocks, previous && edit ? { blocks: previous.segmentation.blocks, results: previous.blockResults, edit } : undefined);
    const mentions: MentionList[] = [];
    for (let i = 0; i < blocks.length; i++) {
      const found = blockResults[i].mentions;
      if (found?.length && !SKIP_ENTITIES.has(blocks[i].kind)) mentions.push({ found, at: blocks[i].start, end: blocks[i].end });
    }
    const sports = once(() => sportsOfBlocks(blocks, blockResults));

    const moved = previous && edit ? movedEntities(previous, edit, mentions, sports) : undefined;
    // the mentions the edit replaced, when clustering must run again
    const change: ListChange | undefined = previous && edit && !moved ? changedLists(previous.mentions, mentions, edit) : undefined;
    let typed = moved;
    if (!typed && change) typed = clusterChanged(text, mentions, change, edit!, previous!, sports, this.surfaces, lists => placeMentions(text, lists, this.placed));
    if (!typed) {
      const placed = placeMentions(text, mentions, this.placed);
      typed = clusterEntities(text, placed.mentions, { sportsWords: sports(), surfaces: this.surfaces, retyped: this.retyped, written: placed.written, previous: previous?.entities });
    }
    const articles = findArticles(text, blocks);
    const articleResults = new Map<number, ArticleResult>();
    const cached: Cached | undefined = previous && edit
      ? { blocks: previous.segmentation.blocks, blockResults: previous.blockResults, entities: previous.entities, results: previous.articleResults, edit }
      : undefined;
    const found = analyzeByArticle(text, articles, blocks, blockResults, typed, options.referenceDate, articleResults, cached);
    // A place that speaks is a person (speakerLinks.ts): decided after attribution, so the kept names stay as clustered.
    const speakingIds = new Set<number>();
    for (const r of found.results) for (const i of r.speaking) speakingIds.add(typed[r.firstEntity + i].cluster);
    const speaking = [...speakingIds].sort((a, b) => a - b).join(',');
    const entities = asPeople(typed, speakingIds);
    // names that kept their clusters, with the same places speaking, keep the list of clusters
    const sameClusters = !!moved && previous!.speaking === speaking;
    const clusters = sameClusters ? previous!.clusters : listClusters(entities);
    const quotes = linkByArticle(found.results, entities, clusters, sameClusters, cached);
    const speakers = sameClusters && sameSpeakers(previous!.quotes, quotes) ? previous!.speakers : buildSpeakers(quotes, clusters);
    const links = this.countLinks(text, mentions, moved ? previous : undefined, change);
    this.previous = { text, reference: options.referenceDate, segmentation, blockResults, mentions, sports, entities: typed, links, clusters, speaking, articleResults, speakers, quotes };
    return {
      schema: 'news-lens/2',
      entities,
      clusters,
      dates: found.dates,
      quotes,
      speakers,
      blocks,
      articles,
    };
  }

  /** The links of `mentions`: those of the previous text when its mentions are unchanged (`unchanged`), or else
   * updated by the lists the edit replaced (`change`), or else counted afresh. */
  private countLinks(text: string, mentions: MentionList[], unchanged: Previous | undefined, change: ListChange | undefined): LinkCounts {
    if (unchanged) return unchanged.links;
    const previous = this.previous;
    if (change && previous) {
      previous.links.add(previous.text, previous.mentions, change.from, change.oldTo, this.surfaces, -1);
      previous.links.add(text, mentions, change.from, change.to, this.surfaces, 1);
      return previous.links;
    }
    return LinkCounts.of(text, mentions, this.surfaces);
  }
}

/**
 * The quotes of every article linked to `clusters`. An article whose quotes are the cached ones keeps their links when
 * the clusters are the same (`sameClusters`); the text before the first article is linked with the first article,
 * whose names it shares, so the two are linked again together.
 */
function linkByArticle(
  results: ArticleResult[], entities: Entity[], clusters: Cluster[], sameClusters: boolean,
  previous: { results: Map<number, ArticleResult>; edit: Edit } | undefined,
): Quote[] {
  const linker = new SpeakerLinker(clusters);
  const quotes: Quote[] = [];
  // the text before the first article, if any, has no article of its own and shares the first one's names
  const shared = results.length > 1 && !results[0].isArticle ? 2 : 1;
  const keepShared = results.slice(0, shared).every(r => r.kept);
  for (let k = 0; k < results.length; k++) {
    const r = results[k];
    const old = sameClusters && r.kept && (k >= shared || keepShared) ? previous!.results.get(beforeEdit(r.start, r.end, previous!.edit)!) : undefined;
    if (old) r.linked = moved(old.linked, r.start - old.start, shiftQuote);
    else {
      const scope = k < shared ? entities.slice(results[0].firstEntity, results[shared - 1].endEntity) : entities.slice(r.firstEntity, r.endEntity);
      r.linked = linker.linkArticle(moved(r.quotes, r.start - r.quotesStart, shiftQuote), scope);
    }
    for (const q of r.linked) quotes.push(q);
  }
  return quotes;
}

/** Do the two lists of quotes name the same speakers in the same order, in the same forms? */
function sameSpeakers(before: readonly Quote[], after: readonly Quote[]): boolean {
  if (before.length !== after.length) return false;
  for (let i = 0; i < before.length; i++) {
    const x = before[i] as Quote & AttributedQuote, y = after[i] as Quote & AttributedQuote;
    if (x === y) continue;
    if (x.speaker !== y.speaker || x.speakerCluster !== y.speakerCluster || x.speakerText !== y.speakerText || x.speakerType !== y.speakerType) return false;
  }
  return true;
}

/**
 * The previous analysis's names moved by the edit, when the edit changed nothing their clustering reads: the same
 * mentions (moved), and the same judgement of sports news for every mention whose reach of text the edit touched
 * (elsewhere the sports words around a mention are the same ones). Undefined when clustering must run again.
 */
function movedEntities(previous: Previous, edit: Edit, mentions: MentionList[], sports: () => number[]): Entity[] | undefined {
  const old = previous.mentions;
  const wasSporty = sportsNear(previous.sports);
  const isSporty = sportsNear(sports);
  // a sports word next to the edit may have changed with it
  const touchedFrom = edit.start - SPORTS_WORD_REACH, touchedTo = edit.newEnd + SPORTS_WORD_REACH;
  const sameSports = (m: EntityMention, start: number, oldStart: number): boolean => {
    // lone and team mentions are typed by the sports news around them, and so are the names the retyping pass judges
    if (!m.lone && !m.team && m.evidence === undefined) return true;
    const reach = sportsReach(start);
    return reach.from > touchedTo || reach.to < touchedFrom || isSporty(start) === wasSporty(oldStart);
  };
  // both sequences mention by mention: list i, mention k of this text; list j, mention l of the previous one
  let i = 0, k = 0, j = 0, l = 0;
  for (;;) {
    while (i < mentions.length && k === mentions[i].found.length) { i++; k = 0; }
    while (j < old.length && l === old[j].found.length) { j++; l = 0; }
    if (i === mentions.length || j === old.length) {
      if (i !== mentions.length || j !== old.length) return undefined;
      break;
    }
    const list = mentions[i], oldList = old[j];
    // a block whose text did not change keeps its mentions, the very same list
    if (k === 0 && l === 0 && list.found === oldList.found && beforeEdit(list.at, list.end, edit) === oldList.at) {
      if (sportsReach(list.at).from <= touchedTo && sportsReach(list.end).to >= touchedFrom) {
        for (const m of list.found) if (!sameSports(m, m.start + list.at, m.start + oldList.at)) return undefined;
      }
      i++;
      j++;
      continue;
    }
    const m = list.found[k], o = oldList.found[l];
    const start = m.start + list.at, oldStart = o.start + oldList.at;
    if (beforeEdit(start, m.end + list.at, edit) !== oldStart) return undefined;
    if (m !== o && (o.end - o.start !== m.end - m.start || o.type !== m.type || o.weak !== m.weak || o.keep !== m.keep ||
      o.title !== m.title || o.lone !== m.lone || o.team !== m.team || o.evidence !== m.evidence)) return undefined;
    if (!sameSports(m, start, oldStart)) return undefined;
    k++;
    l++;
  }
  const delta = edit.newEnd - edit.oldEnd;
  return previous.entities.map(e =>
    e.end <= edit.start ? e : { start: e.start + delta, end: e.end + delta, text: e.text, type: e.type, canonical: e.canonical, cluster: e.cluster });
}

/** Where the sports words of the text start, in order, from each block's own. */
function sportsOfBlocks(blocks: Block[], results: BlockResult[]): number[] {
  const sports: number[] = [];
  for (let i = 0; i < blocks.length; i++) for (const at of results[i].sports) sports.push(at + blocks[i].start);
  return sports;
}

/** A block's mentions at document offsets, for a block at `at`, and their texts. */
interface Placed {
  at: number;
  mentions: EntityMention[];
  written: string[];
}

/** The mentions at document offsets and their texts. A block's list placed before is reused (`placed`, by the block's
 * list of mentions): its texts always, its mentions when the block has not moved. Mentions are built with the same
 * fields in the same order: clustering reads tens of thousands of them, and objects of one shape are much faster to
 * read than a mix of shapes. */
function placeMentions(text: string, lists: readonly MentionList[], placed: WeakMap<EntityMention[], Placed>): { mentions: EntityMention[]; written: string[] } {
  const mentions: EntityMention[] = [];
  const written: string[] = [];
  for (const { found, at } of lists) {
    let p = placed.get(found);
    if (!p || p.at !== at) {
      p = {
        at,
        mentions: found.map(m => ({ start: m.start + at, end: m.end + at, type: m.type, weak: m.weak, keep: m.keep, title: m.title, lone: m.lone, team: m.team, evidence: m.evidence, cue: m.cue })),
        written: p?.written ?? found.map(m => text.slice(m.start + at, m.end + at)),
      };
      placed.set(found, p);
    }
    for (let i = 0; i < found.length; i++) {
      mentions.push(p.mentions[i]);
      written.push(p.written[i]);
    }
  }
  return { mentions, written };
}

/** `make()`, computed the first time it is asked for. */
function once<T>(make: () => T): () => T {
  let value: T | undefined;
  let made = false;
  return () => {
    if (!made) { value = make(); made = true; }
    return value as T;
  };
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
    if (!result) result = { expressions: extractDates(blockText), sports: sportsWords(blockText) };
    if (!result.mentions && !SKIP_ENTITIES.has(block.kind)) result.mentions = findEntityMentions(blockText);
    results.push(result);
  }
  return results;
}

/** What an analysis cached, for the next one. */
interface Cached {
  blocks: Block[];
  blockResults: BlockResult[];
  entities: Entity[];
  results: Map<number, ArticleResult>;
  edit: Edit;
}

/**
 * Dates and attributed quotes, article by article: dates hang on the article's dateline, and who "he" is or which
 * Smith "Mr. Smith" means is settled inside the article. An article whose text, blocks and dates did not change
 * keeps its dates, and one whose names did not change either keeps its quotes, so an edit re-anchors and
 * re-attributes one article, not the dump. Fills `results` with this text's articles.
 */
function analyzeByArticle(
  text: string, articles: Article[], blocks: Block[], blockResults: BlockResult[], entities: Entity[], reference: string | undefined,
  results: Map<number, ArticleResult>, previous: Cached | undefined,
): { dates: DateMention[]; results: ArticleResult[] } {
  const dates: DateMention[] = [];
  const inOrder: ArticleResult[] = [];
  let e = 0;
  for (const { start, end, article, firstBlock, endBlock: b } of articleSpans(text, articles, blocks)) {
    const firstEntity = e;
    while (e < entities.length && entities[e].start < end) e++;
    const was = previous && beforeEdit(start, end, previous.edit);
    const old = was === undefined ? undefined : previous!.results.get(was);
    // The same text (the stretch lies outside the edit) with the same blocks gives the same dates; with the same names
    // too (a cluster's canonical can change with text elsewhere), the same quotes.
    const by = old ? start - old.start : 0;
    const sameDates = !!old && old.end - old.start === end - start &&
      sameBlocks(previous!.blocks, old.firstBlock, old.endBlock, blocks, firstBlock, b, by) &&
      sameResults(previous!.blockResults, old.firstBlock, old.endBlock, blockResults, firstBlock);
    const sameQuotes = sameDates && sameEntities(previous!.entities, old!.firstEntity, old!.endEntity, entities, firstEntity, e, by);
    const articleDates = sameDates ? moved(old!.dates, by, shiftDate) : anchorDocument(text, blocks.slice(firstBlock, b), article ? [article] : [], blockResults.slice(firstBlock, b).map(r => r.expressions), reference);
    let quotes: Quote[], quotesStart = start, speaking: number[];
    if (sameQuotes) {
      quotes = old!.quotes;
      quotesStart = old!.quotesStart;
      speaking = old!.speaking;
    } else {
      const articleEntities = entities.slice(firstEntity, e);
      // a date overlapping a speaker span lies in the same article, so dates are checked article by article
      quotes = withoutDateSpeakers(attributeArticle(text, start, end, blocks.slice(firstBlock, b), articleEntities), articleDates);
      speaking = speakingPlaces(articleEntities, quotes);
    }
    const entry: ArticleResult = {
      start, end, isArticle: !!article, firstBlock, endBlock: b, firstEntity, endEntity: e,
      dates: articleDates, quotes, quotesStart, speaking, linked: [], kept: sameQuotes,
    };
    results.set(start, entry);
    inOrder.push(entry);
    for (const d of entry.dates) dates.push(d);
  }
  return { dates, results: inOrder };
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

/** Did the blocks from `from` on get the very results `cached[first, end)` holds (results are kept per block across
 * edits)? */
function sameResults(cached: BlockResult[], first: number, end: number, results: BlockResult[], from: number): boolean {
  for (let i = first; i < end; i++) if (cached[i] !== results[from + i - first]) return false;
  return true;
}

/** Are `cached[first, end)`, moved by `offset`, the same names as `entities[from, to)`? */
function sameEntities(cached: Entity[], first: number, end: number, entities: Entity[], from: number, to: number, offset: number): boolean {
  if (end - first !== to - from) return false;
  for (let i = 0; i < to - from; i++) {
    const x = cached[first + i], y = entities[from + i];
    if (x.start + offset !== y.start || x.end + offset !== y.end || x.type !== y.type || x.canonical !== y.canonical) return false;
  }
  return true;
}

/** Are `cached[first, end)`, moved by `offset`, the same blocks as `blocks[from, to)`? */
function sameBlocks(cached: Block[], first: number, end: number, blocks: Block[], from: number, to: number, offset: number): boolean {
  if (end - first !== to - from) return false;
  for (let i = 0; i < to - from; i++) {
    const x = cached[first + i], y = blocks[from + i];
    if (x.start + offset !== y.start || x.end + offset !== y.end || x.kind !== y.kind || x.date !== y.date || x.byline !== y.byline) return false;
  }
  return true;
}

/** The text cut at article starts, so that every offset belongs to one stretch (text before the first article too), each
 * with its article and blocks. */
function articleSpans(text: string, articles: Article[], blocks: Block[]): ArticleSpan[] {
  const cuts = [0, ...articles.map(a => a.start).filter(s => s > 0), text.length];
  const spans: ArticleSpan[] = [];
  let a = 0;
  let b = 0;
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i], end = cuts[i + 1];
    if (end <= start) continue;
    const article = articles[a]?.start === start ? articles[a++] : undefined;
    const firstBlock = b;
    while (b < blocks.length && blocks[b].start < end) b++;
    spans.push({ start, end, article, firstBlock, endBlock: b });
  }
  return spans;
}

/** One stretch of `articleSpans`: [start, end), its article (none for text before the first), its blocks [firstBlock, endBlock). */
interface ArticleSpan {
  start: number;
  end: number;
  article: Article | undefined;
  firstBlock: number;
  endBlock: number;
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

/**
 * The layers that need no names, as `analyze` finds them: blocks, articles, dates (anchored article by article) and
 * quotes (found article by article, of the kind the quote finder gives: attribution may find one partial), without
 * speakers, cues, names or clusters. A few milliseconds where the whole analysis takes tens: the editor paints them
 * first while the rest is worked out.
 */
export function analyzeQuotesAndDates(text: string, options: AnalyzeOptions = {}): Analysis {
  const blocks = segmentTracked(text, options.referenceDate).blocks;
  const articles = findArticles(text, blocks);
  const dates: DateMention[] = [];
  const quotes: Quote[] = [];
  for (const { start, end, article, firstBlock, endBlock } of articleSpans(text, articles, blocks)) {
    const articleBlocks = blocks.slice(firstBlock, endBlock);
    const expressions = articleBlocks.map(block => extractDates(text.slice(block.start, block.end)));
    for (const d of anchorDocument(text, articleBlocks, article ? [article] : [], expressions, options.referenceDate)) dates.push(d);
    for (const q of findQuotes(text.slice(start, end))) {
      quotes.push({ start: q.start + start, end: q.end + start, text: text.slice(q.start + start, q.end + start), speaker: null, cue: null, kind: q.kind });
    }
  }
  return { schema: 'news-lens/2', entities: [], clusters: [], dates, quotes, speakers: [], blocks, articles };
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
