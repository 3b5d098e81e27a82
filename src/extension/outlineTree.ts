// The shape of the outline as plain offsets (outline.ts names the symbols and turns them into VS Code's): in a dump of
// several articles each article spans its whole text, so the breadcrumb bar names the article the cursor is in; a
// single article is the file itself and gets no level of its own. Inside, the quotes in the order of the text, grouped
// into turns: the quotes a speaker says one after the other. Turns never overlap, so the symbol containing the cursor
// is always the speaker talking there (VS Code takes the first symbol whose range contains the cursor; a speaker
// spanning all of their quotes would also contain the quotes of whoever spoke in between).
import { articleSummaries, type ArticleSummary } from '../core/navigation';
import type { Analysis, Quote, Span } from '../core/types';
import { speakerKey } from './format';

interface Ranged {
  start: number;
  end: number;
  /** The part named by the symbol: the headline's line, the speaker's name, the quote. Always inside start..end. */
  selection: Span;
}

export interface ArticleNode extends Ranged {
  kind: 'article';
  summary: ArticleSummary;
  children: TurnNode[];
}

export interface TurnNode extends Ranged {
  kind: 'turn';
  /** The speaker's name, or null for unattributed quotes. */
  speaker: string | null;
  children: QuoteNode[];
}

export interface QuoteNode extends Ranged {
  kind: 'quote';
  quote: Quote;
}

export type OutlineNode = ArticleNode | TurnNode | QuoteNode;

export function outlineTree(analysis: Analysis, text: string): (ArticleNode | TurnNode)[] {
  const whole = { start: 0, end: text.length };
  const summaries = articleSummaries(analysis);
  if (summaries.length < 2) return turnNodes(analysis.quotes, whole);
  const inArticle = new Set<Quote>();
  for (const s of summaries) for (const q of s.quotes) inArticle.add(q);
  const nodes: (ArticleNode | TurnNode)[] = summaries.map(s => articleNode(s, text));
  // Quotes before the first article (or between articles) stay at the top level, where they stand in the text.
  for (const turn of turnNodes(analysis.quotes.filter(q => !inArticle.has(q)), whole)) nodes.push(turn);
  return nodes.sort((a, b) => a.start - b.start);
}

/** The article from its first to its last character, selected on its first line (the headline, usually). */
function articleNode(summary: ArticleSummary, text: string): ArticleNode {
  const { article } = summary;
  const lineEnd = text.indexOf('\n', article.start);
  const firstLineEnd = Math.min(article.end, lineEnd < 0 ? text.length : lineEnd);
  return {
    kind: 'article', summary, start: article.start, end: article.end,
    selection: { start: article.start, end: Math.max(article.start, firstLineEnd) },
    children: turnNodes(summary.quotes, article),
  };
}

/** Consecutive quotes of the same speaker (or consecutive unattributed quotes), in text order. */
function turnsOf(quotes: readonly Quote[]): Quote[][] {
  const turns: Quote[][] = [];
  for (const q of quotes) {
    const last = turns[turns.length - 1];
    if (last && speakerKey(last[0]) === speakerKey(q)) last.push(q);
    else turns.push([q]);
  }
  return turns;
}

/**
 * A node per turn, spanning its quotes and their attributions (`said Mayor Jonas Whitfield`) but never reaching into
 * the neighbouring turns' quotes or out of `container`.
 */
function turnNodes(quotes: readonly Quote[], container: Span): TurnNode[] {
  const turns = turnsOf(quotes);
  let previousEnd = container.start;
  return turns.map((turn, i) => {
    const first = turn[0];
    const last = turn[turn.length - 1];
    let start = first.start;
    let end = last.end;
    for (const q of turn) {
      if (q.speakerSpan) {
        start = Math.min(start, q.speakerSpan.start);
        end = Math.max(end, q.speakerSpan.end);
      }
    }
    start = Math.max(start, previousEnd);
    end = Math.min(end, i + 1 < turns.length ? turns[i + 1][0].start : container.end);
    previousEnd = end;
    const named = first.speakerSpan && first.speakerSpan.start >= start && first.speakerSpan.end <= end ? first.speakerSpan : first;
    return {
      kind: 'turn', speaker: first.speaker, start, end,
      selection: clamp(named, start, end),
      children: turn.map((q): QuoteNode => ({ kind: 'quote', quote: q, start: q.start, end: q.end, selection: { start: q.start, end: q.end } })),
    };
  });
}

/** A span cut to start..end (a quote running past its article's end is named by its part inside). */
function clamp(span: Span, start: number, end: number): Span {
  const from = Math.min(Math.max(span.start, start), end);
  return { start: from, end: Math.max(from, Math.min(span.end, end)) };
}
