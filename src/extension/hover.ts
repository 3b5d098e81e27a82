// Hover cards: on a person, organization or place, a date, or a quote — built from the document's analysis.
import * as vscode from 'vscode';
import type { Analysis, DateMention, Entity, Quote } from '../core/types';
import type { AnalysisService } from './analysisService';
import { describeDate } from '../core/calendar';
import { mentionsOf, quotesBy, quotesOfCluster, shortQuote, spanAt } from './format';

/** The only commands a hover link may run. */
export const HOVER_COMMANDS = ['newsLens.revealQuote', 'newsLens.setReferenceDate'];
const QUOTES_LISTED = 5;

export class NewsHoverProvider implements vscode.HoverProvider {
  constructor(private readonly service: AnalysisService) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<vscode.Hover | undefined> {
    const result = await this.service.analysisFor(document, token);
    if (!result || token.isCancellationRequested || result.version !== document.version) return undefined;
    const analysis = result.analysis;
    const offset = document.offsetAt(position);
    const entity = spanAt(analysis.entities, offset);
    const date = spanAt(analysis.dates, offset);
    // On a quote, or on the speaker named in its attribution ("she said").
    const quote = spanAt(analysis.quotes, offset) ?? analysis.quotes.find(q => q.speakerSpan && q.speakerSpan.start <= offset && offset < q.speakerSpan.end);
    const cards: { md: string; start: number; end: number }[] = [];
    if (entity) cards.push({ md: entityCard(document, analysis, entity), ...entity });
    else if (date) cards.push({ md: dateCard(document, date), ...date });
    if (quote) {
      const span = quote.start <= offset && offset < quote.end ? quote : quote.speakerSpan ?? quote;
      cards.push({ md: quoteCard(document, analysis, quote), start: span.start, end: span.end });
    }
    if (cards.length === 0) return undefined;
    const markdown = new vscode.MarkdownString(cards.map(c => c.md).join('\n\n---\n\n'));
    markdown.isTrusted = { enabledCommands: HOVER_COMMANDS };
    markdown.supportThemeIcons = true;
    const first = cards[0];
    return new vscode.Hover(markdown, new vscode.Range(document.positionAt(first.start), document.positionAt(first.end)));
  }
}

/** Escapes text for Markdown so names and quotes show as written. */
export function escape(text: string): string {
  return text.replace(/[\\`*_[\]<>|~]/g, c => `\\${c}`).replace(/\r\n|\r|\n/g, ' ');
}

function lineOf(document: vscode.TextDocument, offset: number): number {
  return document.positionAt(offset).line + 1;
}

export function revealLink(document: vscode.TextDocument, quote: Quote): string {
  const args = encodeURIComponent(JSON.stringify([document.uri.toString(), quote.start, quote.end]));
  return `[“${escape(shortQuote(quote.text, 70))}”](command:newsLens.revealQuote?${args} "Go to line ${lineOf(document, quote.start)}")`;
}

const TYPE_WORD: Record<Entity['type'], string> = { person: 'person', organization: 'organization', place: 'place' };

function entityCard(document: vscode.TextDocument, analysis: Analysis, entity: Entity): string {
  const cluster = analysis.clusters[entity.cluster];
  const mentions = mentionsOf(analysis, entity);
  const lines = [`**${escape(cluster.canonical)}** · ${TYPE_WORD[cluster.type]}`];
  // The forms of its mentions, and the titled forms attribution saw it under (`Mr. Xi`).
  const speaker = analysis.speakers.find(s => s.cluster === entity.cluster);
  const aliases = [...new Set([...cluster.aliases, ...(speaker?.aliases ?? [])])].sort();
  if (aliases.length > 0) lines.push(`Seen as: ${aliases.map(a => `*${escape(a)}*`).join(', ')}`);
  lines.push(`${mentions.length} ${mentions.length === 1 ? 'mention' : 'mentions'} in this document`);
  const quotes = quotesOfCluster(analysis, entity.cluster);
  if (quotes.length > 0) {
    lines.push(`Quotes (${quotes.length}):`);
    const list = quotes.slice(0, QUOTES_LISTED).map((q, i) => `${i + 1}. ${revealLink(document, q)} — line ${lineOf(document, q.start)}`);
    if (quotes.length > QUOTES_LISTED) list.push(`\n…and ${quotes.length - QUOTES_LISTED} more in the Speakers view`);
    return `${lines.join('\n\n')}\n\n${list.join('\n')}`;
  }
  return lines.join('\n\n');
}

function dateCard(document: vscode.TextDocument, date: DateMention): string {
  if (date.value === null) {
    return [
      `**${escape(date.text)}** · date`,
      'Could not be resolved to a calendar date: no dateline before it and no reference date set.',
      '[Set Reference Date…](command:newsLens.setReferenceDate)',
    ].join('\n\n');
  }
  const lines = [`**${escape(describeDate(date.value))}** · date`, `Value: \`${date.value}\``];
  const anchor = date.anchor;
  if (anchor) {
    const where =
      anchor.source === 'dateline' && anchor.offset !== undefined ? `the dateline on line ${lineOf(document, anchor.offset)}`
      : anchor.source === 'tweet' && anchor.offset !== undefined ? `the tweet signature on line ${lineOf(document, anchor.offset)}`
      : anchor.source === 'option' ? 'the reference date you set'
      : `the ${anchor.source}`;
    lines.push(`Resolved against ${where} (${escape(describeDate(anchor.date))})`);
  } else if (/\b\d{4}\b/.test(date.text)) {
    lines.push('Written out in full in the text');
  }
  return lines.join('\n\n');
}

function quoteCard(document: vscode.TextDocument, analysis: Analysis, quote: Quote): string {
  const lines = [`**Quote** · line ${lineOf(document, quote.start)}`];
  if (quote.speaker) {
    const theirs = quotesBy(analysis, quote);
    const index = theirs.findIndex(q => q.start === quote.start && q.end === quote.end) + 1;
    lines.push(`Speaker: **${escape(quote.speaker)}** — quote ${index} of ${theirs.length}`);
  } else {
    lines.push('Speaker: *unattributed*');
  }
  lines.push(`Cue: ${quote.cue ? `*${escape(quote.cue)}*` : '—'}`);
  lines.push(`Kind: ${quote.kind}`);
  const article = analysis.articles.find(a => a.start <= quote.start && quote.start < a.end);
  if (article?.title || article?.date) {
    const parts = [article.title ? `“${escape(article.title)}”` : '', article.date ? escape(describeDate(article.date)) : ''].filter(Boolean);
    lines.push(`Article: ${parts.join(', ')}`);
  }
  return lines.join('\n\n');
}
