// "Extract Quotes": every quote with its speaker, cue, kind, position and its article's date, as Markdown, JSON or CSV.
// The editor command and `news-lens extract-quotes` both print exactly this.
import { LineIndex } from './lines';
import { findEchoes } from './quoteEchoes';
import type { Analysis } from './types';

export type QuoteFormat = 'md' | 'json' | 'csv';
export const QUOTE_FORMATS: readonly QuoteFormat[] = ['md', 'json', 'csv'];

export interface QuoteRecord {
  file?: string;
  quote: string;
  speaker: string | null;
  cue: string | null;
  kind: string;
  /** One-based line and column, as editors show them. */
  line: number;
  column: number;
  start: number;
  end: number;
  /** The date of the article the quote sits in (its dateline), or null. */
  articleDate: string | null;
  article: string | null;
  /** Where else the quote appears, word for word or nearly (`file.txt:12`); set by the callers that look. */
  alsoIn?: string[];
}

/** A quote placed for the "also in" column: its file as the reader names it, its one-based line, its article's index. */
export interface PlacedQuote {
  text: string;
  file: string;
  line: number;
  article: number;
}

/**
 * For each quote, where else it appears word for word or nearly (`file.txt:12`), best match first: in the other
 * articles of its own file and in the other files, never in its own article (a quote repeated in its own article is
 * the article quoting itself).
 */
export function alsoInPlaces(quotes: readonly PlacedQuote[]): string[][] {
  const sameArticle = (i: number, j: number) => quotes[i].file === quotes[j].file && quotes[i].article === quotes[j].article;
  return findEchoes(quotes.map(q => q.text), sameArticle).map(matches => matches.map(m => `${quotes[m.id].file}:${quotes[m.id].line}`));
}

export function quoteRecords(text: string, analysis: Analysis, file?: string): QuoteRecord[] {
  const lines = new LineIndex(text);
  return analysis.quotes.map(q => {
    const pos = lines.position(q.start);
    const article = analysis.articles[articleIndexAt(analysis.articles, q.start)];
    return {
      ...(file !== undefined ? { file } : {}),
      quote: unquoted(q.text),
      speaker: q.speaker,
      cue: q.cue,
      kind: q.kind,
      line: pos.line + 1,
      column: pos.character + 1,
      start: q.start,
      end: q.end,
      articleDate: article?.date ?? null,
      article: article?.title ?? null,
    };
  });
}

/**
 * The index of the article holding `offset`, or -1 (articles are in text order and do not overlap): a binary search,
 * not a scan per quote.
 */
export function articleIndexAt(articles: Analysis['articles'], offset: number): number {
  let lo = 0, hi = articles.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (articles[mid].end <= offset) lo = mid + 1; else hi = mid; }
  const a = articles[lo];
  return a && a.start <= offset && offset < a.end ? lo : -1;
}

export function formatQuotes(records: QuoteRecord[], format: QuoteFormat): string {
  switch (format) {
    case 'json':
      return JSON.stringify(records, null, 2) + '\n';
    case 'csv':
      return toCsv(records);
    case 'md':
      return toMarkdown(records);
  }
}

/** A quote's words without its opening and closing marks. */
export function unquoted(quote: string): string {
  return quote.replace(/^[“"‘'«„]+|[”"’'»]+$/g, '').trim();
}

const COLUMNS: (keyof QuoteRecord)[] = ['file', 'line', 'column', 'speaker', 'cue', 'kind', 'articleDate', 'quote', 'alsoIn'];
/** Columns shown only when some record has them. */
const OPTIONAL_COLUMNS: (keyof QuoteRecord)[] = ['file', 'alsoIn'];

function columnsFor(records: QuoteRecord[]): (keyof QuoteRecord)[] {
  return COLUMNS.filter(c => !OPTIONAL_COLUMNS.includes(c) || records.some(r => r[c] !== undefined));
}

/** A cell's text: lists (`alsoIn`) joined with semicolons. */
function cellText(v: unknown): string {
  return v === null || v === undefined ? '' : Array.isArray(v) ? v.join('; ') : String(v);
}

function toCsv(records: QuoteRecord[]): string {
  const cols = columnsFor(records);
  const cell = (v: unknown) => {
    const s = formulaGuarded(cellText(v));
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  // CRLF line ends, as RFC 4180 and spreadsheet programs expect.
  return [cols.join(','), ...records.map(r => cols.map(c => cell(r[c])).join(','))].join('\r\n') + '\r\n';
}

/** A spreadsheet runs a cell starting with = + - @ (or a tab or CR before them) as a formula; a leading ' keeps it text (OWASP CSV injection). */
function formulaGuarded(s: string): string {
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}

function toMarkdown(records: QuoteRecord[]): string {
  const cols = columnsFor(records);
  const header: Record<string, string> = {
    file: 'File', line: 'Line', column: 'Col', speaker: 'Speaker', cue: 'Cue', kind: 'Kind', articleDate: 'Article date', quote: 'Quote', alsoIn: 'Also in',
  };
  const cell = (v: unknown) =>
    (cellText(v) || '—').replace(/\|/g, '\\|').replace(/\r\n|\r|\n/g, '<br>');
  const rows = [
    `| ${cols.map(c => header[c]).join(' | ')} |`,
    `| ${cols.map(c => (c === 'line' || c === 'column' ? '---:' : '---')).join(' | ')} |`,
    ...records.map(r => `| ${cols.map(c => cell(r[c])).join(' | ')} |`),
  ];
  const title = `# Quotes (${records.length})`;
  return `${title}\n\n${records.length ? rows.join('\n') : '_No quotes found._'}\n`;
}
