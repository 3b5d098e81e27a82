// Who said each quote, and with which cue: ordered sieves, in the manner of CoreNLP's quote attribution.
//
// Everything here is regexes and bounded scans around each quote, so the pass stays linear in the text:
// 1. a masked copy of the text hides what quotes say (keeping their marks and final punctuation), so sentence
//    boundaries and cue verbs are looked for only in the reporter's own words; sentences come from the engine's one
//    splitter (sentences.ts) and run over the line breaks the segmenter joined into one block;
// 2. quote → mention: each quote is read by the QUOTE_SIEVES in order, the first that finds a speaker mention and cue
//    deciding; direct quotes left without one are read by the TURN_SIEVES (the speaker turn they belong to);
// 3. mention → speaker: the SPEAKER_SIEVES turn the mention into a speaker: a name into its fullest form, a pronoun
//    into its antecedent, a title phrase into the person introduced with that title.
// Each quote records the pair of sieves that decided it (`cue-after/name`); `npm run eval` prints each one's precision.
import type { Block, Entity, Quote, QuoteKind, Span } from '../types';
import type { QuoteSpan } from '../quotes';
import { sentenceEnd, sentenceStart } from '../sentences';
import { classify } from './kind';
import { joinBlockLines, maskQuotes, withoutClosing } from './masking';
import { NameIndex } from './nameIndex';
import { forgetLowerCaseWords, titledForm } from './names';
import type { SpeakerFound } from './phrases';
import type { AttributedQuote, Found, QuoteSieve, QuoteSite, Resolved, SpeakerContext, SpeakerSieve } from './sieve';
import { accordingTo } from './sieves/accordingTo';
import { colonSubject } from './sieves/colonSubject';
import { cueAfter } from './sieves/cueAfter';
import { cueBefore, cueBeforeEnds } from './sieves/cueBefore';
import { cueLater } from './sieves/cueLater';
import { nameVerb } from './sieves/nameVerb';
import { sentenceSubject } from './sieves/sentenceSubject';
import { tweetAuthor } from './sieves/tweetSignature';
import { paragraphIntro, paragraphSubject, sentenceBefore, turnNext, turnParagraph, turnPrevious, turnSplit, type TurnSieve } from './sieves/turns';
import { asWritten, organizationDescription } from './speakers/description';
import { byCluster } from './speakers/cluster';
import { byName } from './speakers/name';
import { organizationPronoun, personalPronoun } from './speakers/pronoun';
import { byTitle } from './speakers/title';
import { isReportedSpeech } from './reported';

export type { AttributedQuote } from './sieve';

/** Quote → mention sieves, in the order they run. */
export const QUOTE_SIEVES: readonly QuoteSieve[] = [
  // a colon right before the quote introduces it, so that sentence is read first: `X said: “…”`
  { id: 'cue-before', when: s => s.introduced, find: cueBefore },
  { id: 'cue-after', find: cueAfter },
  { id: 'cue-before', when: s => !s.introduced, find: cueBefore },
  { id: 'cue-later', when: s => !s.closedSentence, find: cueLater },
  { id: 'according-to', find: accordingTo },
  { id: 'name-verb', find: nameVerb },
];

/** Sieves for a quote the quote sieves left without a speaker, in the order they run. */
export const TURN_SIEVES: readonly TurnSieve[] = [turnSplit, turnPrevious, turnNext, turnParagraph, paragraphIntro, paragraphSubject, sentenceBefore];

/** Quote → mention sieves for a quote still without a speaker after the turn sieves, in the order they run. */
export const LAST_SIEVES: readonly QuoteSieve[] = [
  { id: 'sentence-subject', when: s => s.before.trim() !== '', find: sentenceSubject },
  { id: 'colon-subject', find: colonSubject },
];

/** Mention → speaker sieves, in the order they run. */
export const SPEAKER_SIEVES: readonly SpeakerSieve[] = [byCluster, byName, personalPronoun, organizationPronoun, byTitle, organizationDescription, asWritten];

const NO_SPEAKER_BLOCKS = new Set(['menu', 'boilerplate', 'video']);

export function attributeQuotes(text: string, quotes: QuoteSpan[], entities: Entity[], blocks: Block[]): AttributedQuote[] {
  if (!quotes.length) return [];
  const masked = joinBlockLines(maskQuotes(text, quotes), blocks);
  const paragraphs = new Paragraphs(text, blocks);
  // Article boundaries for pronoun look-back: a headline or dateline block starts one.
  const articleStarts = blocks.filter(b => b.kind === 'headline' || b.kind === 'dateline').map(b => b.start);
  const ctx: SpeakerContext = {
    text,
    masked,
    index: new NameIndex(text, entities),
    entityStarts: entities.filter(e => e.type !== 'place').sort((a, b) => a.start - b.start),
    history: [],
    spoke: new Set(),
    articleFloor: at => {
      let lo = 0, hi = articleStarts.length;
      while (lo < hi) { const mid = (lo + hi) >> 1; if (articleStarts[mid] <= at) lo = mid + 1; else hi = mid; }
      return lo > 0 ? articleStarts[lo - 1] : 0;
    },
  };
  const resolve = (sp: SpeakerFound, at: number): Resolved | null => {
    for (const sieve of SPEAKER_SIEVES) {
      const r = sieve.resolve(sp, at, ctx);
      if (r) return r;
    }
    return null;
  };
  /** The quote with the speaker `found` names; the speaker stays null when no speaker sieve resolves the mention. */
  const decide = (q: AttributedQuote, f: Found, how: string, remember: boolean): AttributedQuote => {
    const r = resolve(f.sp, f.sp.span.start);
    // a speaker named as the text writes it (a description, a name no cluster holds) may run over a line break: one
    // space, so that a CRLF text names the same speaker as its LF twin and the speakers index lists one name
    const name = r ? (r.cluster === undefined ? r.name.replace(/\s+/g, ' ') : r.name) : null;
    // a finder with no cue of its own (`X said:` a paragraph before) leaves the quote the cue and span it had found
    const quote: AttributedQuote = { ...q, speaker: name, cue: f.cue?.cue ?? q.cue ?? null };
    if (r) quote.sieve = `${how}/${r.by}`;
    if (r?.cluster !== undefined) quote.speakerCluster = r.cluster;
    if (f.cue) quote.cueSpan = f.cue.span;
    quote.speakerSpan = f.sp.span;
    quote.speakerText = f.sp.kind === 'name' ? titledForm(text, f.sp.span) : text.slice(f.sp.span.start, f.sp.span.end);
    if (r?.type) {
      quote.speakerType = r.type;
      if (!remember) return quote;
      ctx.history.push({ at: f.sp.span.start, name: name!, org: r.type === 'organization' });
      if (r.type === 'person') ctx.spoke.add(name!);
    }
    return quote;
  };

  const out: AttributedQuote[] = [];
  /** each quote's site, where the quote sieves read it */
  const sites: (QuoteSite | undefined)[] = [];
  let blockIdx = 0;
  const blockOf = (pos: number): Block | undefined => {
    while (blockIdx < blocks.length && blocks[blockIdx].end <= pos) blockIdx++;
    const b = blocks[blockIdx];
    return b && b.start <= pos ? b : undefined;
  };
  for (const q of quotes) {
    const base: AttributedQuote = { start: q.start, end: q.end, text: text.slice(q.start, q.end), speaker: null, cue: null, kind: q.kind };
    sites.push(undefined);
    const block = blockOf(q.start);
    if (block && NO_SPEAKER_BLOCKS.has(block.kind)) { out.push(base); continue; }
    const site = quoteSite(text, masked, q, block, paragraphs, ctx.entityStarts);
    if (site.kind === 'title') { out.push({ ...base, kind: 'title' }); continue; }
    sites[sites.length - 1] = site;

    let found: Found | null = null;
    for (const sieve of QUOTE_SIEVES) {
      if (sieve.when && !sieve.when(site)) continue;
      found = sieve.find(site);
      if (found) break;
    }
    const inner = text.slice(q.start + 1, q.end - 1).trim();
    const wordCount = inner.split(/\s+/).filter(Boolean).length;
    let kind = site.kind === 'scare' ? 'scare' : atSentenceStart(site) || (/[.?!]$/.test(withoutClosing(inner)) && wordCount >= 6 && /^[\p{Lu}]/u.test(inner)) ? 'direct' : 'partial';
    // a scare quote or a short partial one with a weak cue (`called it “a disgrace”`) is a term, not speech
    if (found && (site.kind === 'scare' || kind === 'partial')) {
      if (!isReportedSpeech(site, found, kind as QuoteKind)) found = null;
      else if (site.kind === 'scare') kind = 'partial';
    }
    const attributed = { ...base, kind } as AttributedQuote;
    if (found) { out.push(decide(attributed, found, found.how, true)); continue; }
    const author = block?.kind === 'tweet' ? tweetAuthor(text, block) : null;
    if (author) {
      const name = ctx.index.resolve(author.name, author.span.start);
      out.push({ ...base, kind: 'direct', speaker: name, cue: text.slice(author.cue.start, author.cue.end), speakerSpan: author.span, cueSpan: author.cue, speakerText: author.name, sieve: 'tweet-signature/name' });
      continue;
    }
    out.push(attributed);
  }

  blockIdx = 0;
  for (let i = 0; i < out.length; i++) {
    const q = out[i];
    if (q.speaker || (q.kind !== 'direct' && q.kind !== 'partial')) continue;
    const block = blockOf(q.start);
    if (block && NO_SPEAKER_BLOCKS.has(block.kind)) continue;
    const site = { text, masked, out, i, paraStart: paragraphs.start, paraEnd: paragraphs.end, entities: ctx.entityStarts };
    for (const sieve of TURN_SIEVES) {
      if (q.kind !== 'direct' && !sieve.partialToo) continue;
      const hit = sieve.find(site);
      if (!hit) continue;
      if ('found' in hit) {
        const decided = decide(q, hit.found, sieve.id, false);
        if (decided.speaker) out[i] = decided;
      } else {
        const from = hit.from;
        // a quote that found its own cue (`“…,” it added`) but no name for it keeps that cue; one without takes the
        // turn's cue with its place, so a cue's text is always the text at its span
        const cue = q.cue !== null ? { cue: q.cue } : { cue: from.cue, ...(from.cueSpan ? { cueSpan: from.cueSpan } : {}) };
        out[i] = { ...q, speaker: from.speaker, ...cue, ...(from.speakerType ? { speakerType: from.speakerType } : {}), ...(from.speakerText ? { speakerText: from.speakerText } : {}), sieve: `${sieve.id}/${from.sieve?.split('/')[1] ?? 'name'}` };
      }
      break;
    }
  }
  for (let i = 0; i < out.length; i++) {
    const site = sites[i];
    if (out[i].speaker || !site) continue;
    for (const sieve of LAST_SIEVES) {
      if (sieve.when && !sieve.when(site)) continue;
      const found = sieve.find(site);
      if (!found) continue;
      if (out[i].kind !== 'direct' && !isReportedSpeech(site, found, out[i].kind)) break;
      const decided = decide({ ...out[i], kind: out[i].kind === 'scare' ? 'partial' : out[i].kind }, found, found.how, false);
      if (decided.speaker) out[i] = decided;
      break;
    }
  }
  forgetLowerCaseWords(); // do not keep the document alive between calls
  return out;
}

/** Paragraphs are the segmenter's blocks (a hard-wrapped paragraph is one); outside every block (or with no blocks
 * given), a line is a paragraph. */
class Paragraphs {
  private readonly lineStarts: number[] = [0];
  private readonly lineEnds: number[] = [];

  constructor(text: string, private readonly blocks: Block[]) {
    for (const m of text.matchAll(/\r\n|\r|\n/g)) { this.lineEnds.push(m.index!); this.lineStarts.push(m.index! + m[0].length); }
    this.lineEnds.push(text.length);
  }

  readonly start = (pos: number): number => this.blockAt(pos)?.start ?? this.lineStarts[this.lineOf(pos)];

  readonly end = (pos: number): number => {
    const b = this.blockAt(pos);
    if (b) return b.end;
    const l = this.lineOf(pos);
    return pos >= this.lineEnds[l] ? pos : this.lineEnds[l];
  };

  private blockAt(pos: number): Block | undefined {
    const blocks = this.blocks;
    let lo = 0, hi = blocks.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (blocks[mid].end <= pos) lo = mid + 1; else hi = mid; }
    const b = blocks[lo];
    return b && b.start <= pos ? b : undefined;
  }

  private lineOf(pos: number): number {
    let lo = 0, hi = this.lineStarts.length - 1;
    while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (this.lineStarts[mid] <= pos) lo = mid; else hi = mid - 1; }
    return lo;
  }
}

/** The quote's sentence and the reporter's words around it; sentences are read at most 600 characters either side, so
 * one endless line stays linear. */
function quoteSite(text: string, masked: string, q: QuoteSpan, block: Block | undefined, paragraphs: Paragraphs, entities: readonly Entity[]): QuoteSite {
  const pStart = paragraphs.start(q.start);
  const pEnd = paragraphs.end(q.end - 1 < q.start ? q.start : q.end - 1);
  const sStart = sentenceStart(masked, q.start, Math.max(pStart, q.start - 600));
  const before = masked.slice(sStart, q.start);
  const inner = text.slice(q.start + 1, q.end - 1).trim();
  const wordCount = inner.split(/\s+/).filter(Boolean).length;
  const closedSentence = /[.?!]$/.test(withoutClosing(inner)) && !/[,]$/.test(inner);
  const beforeEnd = before.trimEnd();
  const sEnd = sentenceEnd(masked, q.end, Math.min(pEnd, q.end + 600));
  const site: QuoteSite = {
    text, masked, quote: q, block, entities,
    sentenceStart: sStart,
    before,
    sentenceEnd: sEnd,
    afterText: masked.slice(q.end, Math.min(sEnd, q.end + 360)),
    closedSentence,
    introduced: closedSentence && beforeEnd.endsWith(':'),
    kind: q.kind,
  };
  site.kind = classify(q, before, inner, wordCount, atSentenceStart(site));
  return site;
}

/** Does the quote open its sentence (`“…`, `X said: “…`, `Trump said, “…`)? */
function atSentenceStart({ before }: QuoteSite): boolean {
  const beforeEnd = before.trimEnd();
  return beforeEnd === '' || beforeEnd.endsWith(':') || (beforeEnd.endsWith(',') && cueBeforeEnds(before.slice(-80)));
}

/**
 * Quotes whose speaker phrase overlaps a date mention (`the lawsuit in December 2001`) lose that speaker: a date never
 * speaks. Both lists are in text order; one merge pass.
 */
export function withoutDateSpeakers<Q extends Quote>(quotes: Q[], dates: readonly Span[]): Q[] {
  const byStart = dates.slice().sort((a, b) => a.start - b.start);
  let maxEnd = -1;
  const reach: number[] = byStart.map(d => (maxEnd = Math.max(maxEnd, d.end)));
  if (!byStart.length) return quotes;
  return quotes.map(q => {
    const sp = q.speakerSpan;
    if (!sp || !q.speaker) return q;
    // the last date starting before the span's end; any date up to it that reaches past the span's start overlaps
    let lo = 0, hi = byStart.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (byStart[mid].start < sp.end) lo = mid + 1; else hi = mid; }
    if (lo === 0 || reach[lo - 1] <= sp.start) return q;
    return { start: q.start, end: q.end, text: q.text, speaker: null, cue: null, kind: q.kind } as Q;
  });
}
