// The engine's entry: analyze(text) -> Analysis. Block-local work (names, dates) is cached by block text, so a
// document that changes in one place re-analyses only that block; the document-wide passes are cheap.
import { attributeQuotes } from './attribution';
import { findDates } from './dates';
import { clusterEntities, findEntityMentions, type EntityMention } from './entities';
import { findQuotes } from './quotes';
import { segment } from './segment';
import { buildSpeakers } from './speakers';
import type { Analysis, AnalyzeOptions, Article, Block, DateAnchor, DateMention } from './types';

const SKIP_ENTITIES = new Set(['menu', 'boilerplate', 'video']);

/** Keeps block results between calls; one per document. */
export class Analyzer {
  private entityCache = new Map<string, EntityMention[]>();
  private dateCache = new Map<string, DateMention[]>();

  analyze(input: string, options: AnalyzeOptions = {}): Analysis {
    const text = input;
    const blocks = segment(text, options.referenceDate);
    const usedEntities = new Map<string, EntityMention[]>();
    const usedDates = new Map<string, DateMention[]>();
    const mentions: EntityMention[] = [];
    const dates: DateMention[] = [];
    let anchor: DateAnchor | undefined = options.referenceDate ? { date: options.referenceDate, source: 'option' } : undefined;

    for (let i = 0; i < blocks.length; i++) {
      const block = blocks[i];
      const blockText = text.slice(block.start, block.end);
      if (block.date && (block.kind === 'dateline' || block.kind === 'tweet')) {
        anchor = { date: block.date.slice(0, 10), source: block.kind, offset: block.start };
      }
      // A headline is dated by the dateline right under it, not by the previous article's.
      const next = blocks[i + 1];
      const blockAnchor: DateAnchor | undefined = block.kind === 'headline' && next?.kind === 'dateline' && next.date
        ? { date: next.date.slice(0, 10), source: 'dateline', offset: next.start }
        : anchor;
      if (!SKIP_ENTITIES.has(block.kind)) {
        const local = cached(this.entityCache, usedEntities, blockText, () => findEntityMentions(blockText));
        for (const m of local) mentions.push({ ...m, start: m.start + block.start, end: m.end + block.start });
      }
      const dateKey = `${blockAnchor?.date ?? ''}\u0000${blockText}`;
      const localDates = cached(this.dateCache, usedDates, dateKey, () => findDates(blockText, blockAnchor?.date));
      for (const d of localDates) {
        const placed: DateMention = { ...d, start: d.start + block.start, end: d.end + block.start };
        if (blockAnchor && d.anchor === undefined && d.value !== null && isRelative(d)) placed.anchor = blockAnchor;
        dates.push(placed);
      }
    }
    // Results not used by this text are dropped, so the caches stay the size of the document.
    this.entityCache = usedEntities;
    this.dateCache = usedDates;

    const entities = clusterEntities(text, mentions);
    const quotes = attributeQuotes(text, findQuotes(text), entities, blocks);
    return {
      schema: 'news-lens/1',
      entities,
      dates,
      quotes,
      speakers: buildSpeakers(quotes, entities),
      blocks,
      articles: findArticles(text, blocks),
    };
  }
}

/** Analyses one text with no cache kept. */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  return new Analyzer().analyze(text, options);
}

function cached<T>(cache: Map<string, T>, used: Map<string, T>, key: string, compute: () => T): T {
  let value = used.get(key) ?? cache.get(key);
  if (value === undefined) value = compute();
  used.set(key, value);
  return value;
}

function isRelative(d: DateMention): boolean {
  return !/\b\d{4}\b/.test(d.text);
}

/** An article starts at a headline, or at a dateline that no headline introduced. */
function findArticles(text: string, blocks: Block[]): Article[] {
  const starts: { block: Block; title?: string }[] = [];
  blocks.forEach((b, i) => {
    const previous = blocks[i - 1];
    if (b.kind === 'headline') starts.push({ block: b, title: text.slice(b.start, b.end) });
    else if (b.kind === 'dateline' && previous?.kind !== 'headline') starts.push({ block: b });
  });
  if (starts.length === 0 && blocks.length > 0) starts.push({ block: blocks[0] });
  return starts.map((s, i) => {
    const end = i + 1 < starts.length ? lastEndBefore(blocks, starts[i + 1].block.start) : blocks[blocks.length - 1].end;
    const date = blocks.find(b => b.start >= s.block.start && b.end <= end && b.kind === 'dateline' && b.date)?.date;
    return { start: s.block.start, end, ...(s.title ? { title: s.title } : {}), ...(date ? { date } : {}) };
  });
}

function lastEndBefore(blocks: Block[], offset: number): number {
  let end = blocks[0].end;
  for (const b of blocks) if (b.end <= offset) end = b.end;
  return end;
}
