// The anchoring pass: gives each extracted expression its value and records what it was resolved against. Scoped
// per article: an article's dates hang on its dateline or byline; a tweet, a caption or a quoted block with a date
// of its own anchors only itself; "the next day" and its kin count from the date just mentioned in the same scope;
// the caller's reference date is used only where nothing else applies. Cheap: no text is scanned here.
import type { Article, Block, DateAnchor, DateAnchorKind, DateMention, Span } from '../types';
import { isNarrative, resolve } from './resolve';
import type { Expression } from './spec';

/** What a scope's relative dates are resolved against. */
export interface AnchorSource {
  kind: DateAnchorKind;
  date: string;
  span?: Span;
}

/** The stretch a narrative link may reach back over: the latest date mentioned in it. */
interface Scope {
  source: AnchorSource | undefined;
  previous?: { value: string; span: Span };
}

/** Anchors one scope's expressions (offsets already in the document) in order; `scope.previous` moves along. */
function anchorScope(text: string, expressions: Expression[], scope: Scope, out: DateMention[]): void {
  for (const e of expressions) {
    let value: string | null = null;
    let anchor: DateAnchor;
    if (e.spec.type === 'absolute') {
      value = e.spec.value;
      anchor = { kind: 'absolute' };
    } else {
      const prev = isNarrative(e.spec) ? scope.previous : undefined;
      const fromPrevious = prev ? resolve(e, prev.value) : null;
      const source = scope.source;
      if (fromPrevious !== null && prev && e.spec.type === 'previous') {
        value = fromPrevious;
        anchor = { kind: 'previous', date: prev.value, span: prev.span, shift: { unit: e.spec.unit, n: e.spec.n } };
      } else if (source && (value = resolve(e, source.date)) !== null) {
        anchor = source.span ? { kind: source.kind, date: source.date, span: source.span } : { kind: source.kind, date: source.date };
      } else anchor = { kind: 'none' };
    }
    const mention: DateMention = { start: e.start, end: e.end, text: text.slice(e.start, e.end), value, anchor };
    if (e.mod) mention.mod = e.mod;
    out.push(mention);
    if (value !== null && /^\d{4}/.test(value)) scope.previous = { value, span: { start: e.start, end: e.end } };
  }
}

/** Expressions at document offsets. */
const placed = (local: Expression[], offset: number): Expression[] =>
  local.map(e => ({ ...e, start: e.start + offset, end: e.end + offset }));

/** The first expression with a full day that needs no anchor: the date a caption or quoted block carries. */
function ownDate(expressions: Expression[]): { date: string; span: Span } | undefined {
  for (const e of expressions) {
    if (e.spec.type === 'absolute' && /^\d{4}-\d\d-\d\d/.test(e.spec.value)) return { date: e.spec.value.slice(0, 10), span: { start: e.start, end: e.end } };
  }
  return undefined;
}

/** A paragraph quoted as a block: an e-mail style `>` line. */
const QUOTED_BLOCK = /^>/;

/**
 * The dates of a document: `extracted[i]` holds block i's expressions at offsets local to the block. `reference`
 * (`YYYY-MM-DD`) anchors what no dateline, byline, tweet, caption or quoted block does.
 */
export function anchorDocument(text: string, blocks: Block[], articles: Article[], extracted: Expression[][], reference?: string): DateMention[] {
  const out: DateMention[] = [];
  const fallback: AnchorSource | undefined = reference ? { kind: 'reference', date: reference.slice(0, 10) } : undefined;
  let a = -1; // the article the current block is in
  let article: Scope = { source: fallback };
  let quoted: Scope | undefined;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    while (a + 1 < articles.length && articles[a + 1].start <= block.start) {
      a++;
      article = { source: articleSource(blocks, i, articles[a]) ?? fallback };
    }
    const expressions = placed(extracted[i], block.start);
    if (block.kind === 'dateline' && block.date) article.source = datelineSource(block);
    const blockText = text.slice(block.start, block.end);
    const own = block.kind === 'caption' ? ownDate(expressions) : undefined;
    if (block.kind === 'tweet' && block.date) {
      const signature = ownDateAt(expressions, block.date) ?? { start: block.start, end: block.end };
      anchorScope(text, expressions, { source: { kind: 'tweet', date: block.date.slice(0, 10), span: signature } }, out);
    } else if (own) {
      anchorScope(text, expressions, { source: { kind: 'caption', ...own } }, out);
    } else if (block.kind === 'article' && QUOTED_BLOCK.test(blockText)) {
      if (!quoted) {
        const date = ownDate(expressions);
        quoted = { source: date ? { kind: 'quote', ...date } : article.source };
      }
      anchorScope(text, expressions, quoted, out);
      continue;
    } else {
      anchorScope(text, expressions, article, out);
    }
    quoted = undefined;
  }
  return out;
}

/** The span of the date in a tweet's signature: the last expression whose value is the tweet's date. */
function ownDateAt(expressions: Expression[], date: string): Span | undefined {
  for (let i = expressions.length - 1; i >= 0; i--) {
    const e = expressions[i];
    if (e.spec.type === 'absolute' && e.spec.value.slice(0, 10) === date.slice(0, 10)) return { start: e.start, end: e.end };
  }
  return undefined;
}

function datelineSource(block: Block): AnchorSource {
  return { kind: block.byline ? 'byline' : 'dateline', date: block.date!.slice(0, 10), span: { start: block.start, end: block.end } };
}

/** An article's anchor before its first dated dateline: that dateline (a headline is dated by the dateline under it). */
function articleSource(blocks: Block[], first: number, article: Article): AnchorSource | undefined {
  for (let i = first; i < blocks.length && blocks[i].start < article.end; i++) {
    if (blocks[i].kind === 'dateline' && blocks[i].date) return datelineSource(blocks[i]);
  }
  return undefined;
}
