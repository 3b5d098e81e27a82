// Hover cards: on a person, organization or place, a date, or a quote — built from the document's analysis.
import vscode = require('vscode');
import type { Analysis, DateAnchor, DateMention, Entity, Quote } from '../core/types';
import type { AnalysisService } from './analysisService';
import { describeDate } from '../core/calendar';
import { mentionsOf, quotesBy, quotesOfCluster, shortQuote, spanAt } from './format';
import { analysisOfCurrentVersion } from './currentAnalysis';
import { quoteAttributedAt } from '../core/navigation';

/** The only commands a hover link may run. */
export const HOVER_COMMANDS = ['newsLens.revealQuote', 'newsLens.setReferenceDate'];
const QUOTES_LISTED = 5;

export class NewsHoverProvider implements vscode.HoverProvider {
  constructor(private readonly service: AnalysisService) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<vscode.Hover | undefined> {
    const result = await analysisOfCurrentVersion(this.service, document, token);
    if (!result) return undefined;
    const analysis = result.analysis;
    const offset = document.offsetAt(position);
    const entity = spanAt(analysis.entities, offset);
    const date = spanAt(analysis.dates, offset);
    // On a quote, or on the speaker named in its attribution ("she said").
    const quote = spanAt(analysis.quotes, offset) ?? quoteAttributedAt(analysis, offset);
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
  return `[“${escape(shortQuote(quote.text, 70))}”](command:newsLens.revealQuote?${args} "${vscode.l10n.t('Go to line {0}', lineOf(document, quote.start))}")`;
}

const TYPE_WORD: Record<Entity['type'], string> = { person: vscode.l10n.t('person'), organization: vscode.l10n.t('organization'), place: vscode.l10n.t('place') };

function entityCard(document: vscode.TextDocument, analysis: Analysis, entity: Entity): string {
  const cluster = analysis.clusters[entity.cluster];
  const mentions = mentionsOf(analysis, entity);
  const lines = [`**${escape(cluster.canonical)}** · ${TYPE_WORD[cluster.type]}`];
  // The forms of its mentions, and the titled forms attribution saw it under (`Mr. Xi`).
  const speaker = analysis.speakers.find(s => s.cluster === entity.cluster);
  const aliases = [...new Set([...cluster.aliases, ...(speaker?.aliases ?? [])])].sort();
  if (aliases.length > 0) lines.push(vscode.l10n.t('Seen as: {0}', aliases.map(a => `*${escape(a)}*`).join(', ')));
  lines.push(mentions.length === 1 ? vscode.l10n.t('1 mention in this document') : vscode.l10n.t('{0} mentions in this document', mentions.length));
  const quotes = quotesOfCluster(analysis, entity.cluster);
  if (quotes.length > 0) {
    lines.push(vscode.l10n.t('Quotes ({0}):', quotes.length));
    const list = quotes.slice(0, QUOTES_LISTED).map((q, i) => `${i + 1}. ${revealLink(document, q)} — ${vscode.l10n.t('line {0}', lineOf(document, q.start))}`);
    if (quotes.length > QUOTES_LISTED) list.push(`\n${vscode.l10n.t('…and {0} more in the Speakers view', quotes.length - QUOTES_LISTED)}`);
    return `${lines.join('\n\n')}\n\n${list.join('\n')}`;
  }
  return lines.join('\n\n');
}

function dateCard(document: vscode.TextDocument, date: DateMention): string {
  if (date.value === null) {
    return [
      `**${escape(date.text)}** · ${vscode.l10n.t('date')}`,
      vscode.l10n.t('Could not be resolved to a calendar date: this article has no dateline or byline before it and no reference date is set.'),
      vscode.l10n.t('[Set Reference Date…](command:newsLens.setReferenceDate)'),
    ].join('\n\n');
  }
  const lines = [
    `**${escape(describeDate(date.value))}** · ${vscode.l10n.t('date')}`,
    vscode.l10n.t('Value: `{0}`', date.value) + (date.mod ? ` · ${MOD_WORDS[date.mod] ?? date.mod} (\`${date.mod}\`)` : ''),
  ];
  lines.push(anchorSentence(document, date.anchor));
  return lines.join('\n\n');
}

const MOD_WORDS: Record<string, string> = {
  START: 'early', END: 'late', MID: 'middle', APPROX: 'about', MORE_THAN: 'more than', LESS_THAN: 'less than', EQUAL_OR_LESS: 'at most',
};
const ANCHOR_WORDS: Record<string, string> = {
  dateline: 'the dateline', byline: 'the byline', tweet: 'the tweet’s own date', caption: 'the caption’s own date', quote: 'the quoted block’s own date',
};

/** What the value was resolved against, in words: "From the dateline on line 2 (…)", "The day after …, line 9". */
function anchorSentence(document: vscode.TextDocument, anchor: DateAnchor): string {
  const on = anchor.span ? ` on line ${lineOf(document, anchor.span.start)}` : '';
  const when = anchor.date ? ` (${escape(describeDate(anchor.date))})` : '';
  switch (anchor.kind) {
    case 'absolute': return 'Written out in full in the text: needs no anchor';
    case 'previous': return `${capitalize(shiftWords(anchor.shift, anchor.date ?? ''))} ${escape(describeDate(anchor.date ?? ''))}, the date mentioned before it${anchor.span ? `, line ${lineOf(document, anchor.span.start)}` : ''}`;
    case 'reference': return `From the reference date you set${when}: no dateline or byline in this article`;
    case 'none': return 'No anchor';
    default: return `From ${ANCHOR_WORDS[anchor.kind]}${on}${when}`;
  }
}

/** "the day after", "2 weeks before", "the same year as"; "a day in" when the date before names no such day. */
function shiftWords(shift: DateAnchor['shift'], date: string): string {
  if (!shift) return 'counted from';
  const unit = shift.unit;
  if (shift.n === 0) return finerThan(unit, date) ? `a ${unit} in` : `the same ${unit} as`;
  const direction = shift.n > 0 ? 'after' : 'before';
  const n = Math.abs(shift.n);
  return n === 1 ? `the ${unit} ${direction}` : `${n} ${unit}s ${direction}`;
}

/** Is `unit` finer than what `date` gives ("day" against `2023-10`)? */
function finerThan(unit: string, date: string): boolean {
  if (unit === 'day' || unit === 'week') return !/^\d{4}-\d\d-\d\d/.test(date);
  return unit === 'month' && !/^\d{4}-\d\d/.test(date);
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function quoteCard(document: vscode.TextDocument, analysis: Analysis, quote: Quote): string {
  const lines = [vscode.l10n.t('**Quote** · line {0}', lineOf(document, quote.start))];
  if (quote.speaker) {
    const theirs = quotesBy(analysis, quote);
    const index = theirs.findIndex(q => q.start === quote.start && q.end === quote.end) + 1;
    lines.push(vscode.l10n.t('Speaker: **{0}** — quote {1} of {2}', escape(quote.speaker), index, theirs.length));
  } else {
    lines.push(vscode.l10n.t('Speaker: *unattributed*'));
  }
  lines.push(vscode.l10n.t('Cue: {0}', quote.cue ? `*${escape(quote.cue)}*` : '—'));
  lines.push(vscode.l10n.t('Kind: {0}', quote.kind));
  const article = analysis.articles.find(a => a.start <= quote.start && quote.start < a.end);
  if (article?.title || article?.date) {
    const parts = [article.title ? `“${escape(article.title)}”` : '', article.date ? escape(describeDate(article.date)) : ''].filter(Boolean);
    lines.push(vscode.l10n.t('Article: {0}', parts.join(', ')));
  }
  return lines.join('\n\n');
}
