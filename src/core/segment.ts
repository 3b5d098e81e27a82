// Splits a dump into blocks: article paragraphs, headlines, datelines, embedded tweets, video titles, captions,
// boilerplate and menu lines. One linear pass over the lines: each line is classified by what it looks like, then
// neighbouring lines are joined where they belong together (a hard-wrapped paragraph, a quote running over a line
// break, a tweet's text and its signature, a dateline over two lines).
import { dateOfLine, dateOfMentions, findDates } from './dates';
import type { Block, BlockKind } from './types';

interface Line {
  start: number;
  end: number;
  text: string;
  /** A blank line (or the start of the text) comes before this one. */
  afterBlank: boolean;
  kind: BlockKind | 'text' | 'signature';
  date?: string;
  /** The date comes from a byline or a label ("By Jane Doe, May 16, 2024", "Updated on: …"). */
  byline?: true;
}

const MAX_SPECIAL = 200;

const BOILERPLATE = new RegExp([
  'ad\\s?choices', 'podcastchoices\\.com', '^advertisement$', '^skip advertisement$', '^supported by$', '^story continues below',
  '^sign up (?:for|to)\\b', '\\bnewsletters?\\b.*\\bsign up\\b', '\\bsign up\\b.*\\bnewsletters?\\b', '^subscribe\\b', '^continue reading\\b',
  '^read more\\b', '^read the rest\\b', '^click here\\b', '^share (?:this|on)\\b', '^follow us\\b', '^download (?:the|our) app\\b',
  '^this (?:content|video|embed) is not available', 'all rights reserved', '^copyright\\s*(?:©|\\(c\\)|\\d{4})', '^©', '^related(?: articles| stories| coverage)?:',
  'we use cookies', '^listen to (?:this|the) (?:article|story|podcast)', '^thanks for (?:reading|listening|signing up)',
  '^you (?:have|must) (?:reached|be logged in)', '^(?:get|enjoy) unlimited access', '^already (?:a subscriber|have an account)',
  '^this (?:story|article) (?:was|has been) (?:updated|corrected)', '^(?:see|view) (?:all|more) (?:photos|videos)$',
  '^hide caption$', '^toggle caption$', '^enlarge this image$', '^image$', '^caption$',
].join('|'), 'i');

const CAPTION = /Credit\s*Credit|[.!?”)a-z]Credit\b|^Credit:|^(?:Photo|Photograph|Picture|Image|Illustration|Video)s?(?:\s+(?:credit|by))?\s*:\s*\S|\((?:Photo|Image|Picture)s?(?:\s+credit)?\s*:[^)]*\)\s*$|\bPhoto:\s*[A-Z][\w .&/-]{0,40}$|\/\s*(?:AP|Reuters|AFP|EPA|Getty Images|Bloomberg|Shutterstock|Alamy)(?:\s+(?:via|for)\s+Getty Images)?\s*$|\b(?:Getty Images|AP Photo|Reuters Photo)\s*$/;

const MENU = /^[-•*·▪►›]\s+([A-Z][^\d]{0,47})$/;
const VIDEO = /\s(?:\d{1,2}:)?\d{1,2}:[0-5]\d\s*$/;
const SIGNATURE = /^[—–-]{1,2}\s*([^()\n]{1,80}?)\s*\(@(\w{1,30})\)\s*(.*)$/;
const INLINE_SIGNATURE = /[—–]\s*([^()\n—–]{1,80}?)\s*\(@(\w{1,30})\)\s*((?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\s+\d{4}))\.?\s*$/;
const MONTH_WORDS = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec';
const WIRE = new RegExp(String.raw`^(?:[A-Z][A-Z.'’-]{2,}(?:\s+[A-Z][A-Z.'’-]+){0,3})(?:,\s*(?!(?:${MONTH_WORDS})\b)[A-Z][A-Za-z.'’-]*(?:\s+(?!(?:${MONTH_WORDS})\b)[A-Z][A-Za-z.'’-]*){0,3})?(?:,?\s+(?<date>[A-Za-z0-9 ,.:-]{3,40}?))?\s*(?<agency>\(\s*(?:[A-Z][A-Za-z&-]{1,14}(?:[ -][A-Z][A-Za-z&-]{1,14})?)\s*\))?\s*(?<dash>[-_—–]{1,2})?$`);
const LABELLED = /^(?:(?:last\s+)?updated(?:\s+on)?|published(?:\s+on)?|posted(?:\s+on)?|first\s+published(?:\s+on)?|modified|day|date|dated|filed|released)\b\s*:?\s*(.+)$/i;
const BYLINE = /^By\s+[A-Z][^|•·\n]{1,80}?\s*(?:[|•·]|,|\s[—–-])\s*(.+)$/;
const NAME = "[A-Z][\\p{L}.'’-]*(?:\\s+(?:[A-Z][\\p{L}.'’-]*|de|van|von|da|del|la|le|bin|al))*";
const BYLINE_ONLY = new RegExp(`^By\\s+${NAME}(?:(?:,\\s*|\\s+and\\s+|\\s*&\\s*)${NAME})*(?:\\s*[,|•·—–-]\\s*[A-Z][\\p{L}.&' -]{1,40})?$`, 'u');
const LINK_END = /(?:https?:\/\/t\.co\/\w+|pic\.twitter\.com\/\w+|https?:\/\/\S+)\s*$/;
const TERMINAL = /[.!?…:]["”’')\]]*$|["”’]$/;

/** Splits `text` into trimmed blocks with exact offsets. `reference` (`YYYY-MM-DD`) dates datelines that give no
 * year (`HAVANA, August 7 (Xinhua) --`) until a dated one comes. */
export function segment(text: string, reference?: string): Block[] {
  return segmentTracked(text, reference).blocks;
}

/** A dated line, from which on its date is the reference for the lines after it (`at`: the line's start). */
export interface ReferenceChange {
  at: number;
  date: string;
}

/** `segment`, with the reference changes it went through: what re-segmenting part of an edited text starts from. */
export function segmentTracked(text: string, reference?: string): { blocks: Block[]; references: ReferenceChange[] } {
  const lines = splitLines(text);
  const references: ReferenceChange[] = [];
  for (const line of lines) {
    classifyRemembered(line, reference);
    if (line.date) {
      reference = line.date.slice(0, 10);
      references.push({ at: line.start, date: reference });
    }
  }
  markHeadlines(lines);
  return { blocks: join(text, lines), references };
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const lineBreak = /\r\n|\r|\n/g;
  let lineStart = 0;
  let afterBlank = true;
  for (;;) {
    const match = lineBreak.exec(text);
    const lineEnd = match ? match.index : text.length;
    const line = text.slice(lineStart, lineEnd);
    const trimmed = line.trim();
    if (trimmed) {
      const lead = line.length - line.trimStart().length;
      lines.push({ start: lineStart + lead, end: lineStart + lead + trimmed.length, text: trimmed, afterBlank, kind: 'text' });
      afterBlank = false;
    } else afterBlank = true;
    if (!match) break;
    lineStart = match.index + match[0].length;
  }
  return lines;
}

/** A line's kind and date depend only on its text and the reference date: remembered across calls, since a document
 * being edited is segmented again and again with almost all of its lines unchanged. Bounded, dropped whole when full. */
const remembered = new Map<string, Map<string, Pick<Line, 'kind' | 'date' | 'byline'>>>();
let rememberedCount = 0;
const REMEMBER_AT_MOST = 200_000;

function classifyRemembered(line: Line, reference: string | undefined): void {
  const byText = remembered.get(reference ?? '') ?? remembered.set(reference ?? '', new Map()).get(reference ?? '')!;
  const known = byText.get(line.text);
  if (known) {
    line.kind = known.kind;
    if (known.date !== undefined) line.date = known.date;
    if (known.byline) line.byline = true;
    return;
  }
  classify(line, reference);
  if (++rememberedCount > REMEMBER_AT_MOST) {
    remembered.clear();
    rememberedCount = 0;
  }
  byText.set(line.text, { kind: line.kind, ...(line.date !== undefined ? { date: line.date } : {}), ...(line.byline ? { byline: true as const } : {}) });
}

function classify(line: Line, reference: string | undefined): void {
  const t = line.text;
  if (t.length > MAX_SPECIAL * 3) return;
  const sig = SIGNATURE.exec(t);
  if (sig && t.length <= MAX_SPECIAL) {
    line.kind = 'signature';
    line.date = dateOfLine(sig[3], reference);
    return;
  }
  // a tweet pasted on one line: "Text https://t.co/x— Name (@handle) May 16, 2024"
  const inline = t.length <= 600 ? INLINE_SIGNATURE.exec(t) : null;
  if (inline && inline.index > 0) {
    line.kind = 'tweet';
    line.date = dateOfLine(inline[3], reference);
    return;
  }
  if (t.length <= MAX_SPECIAL) {
    // a byline ("By Jane Doe and Ann Roe, Coast Ledger") belongs with the dateline
    if (BYLINE_ONLY.test(t)) { line.kind = 'dateline'; return; }
    const dated = datelineDate(t, reference);
    if (dated !== undefined) {
      line.kind = 'dateline';
      if (dated.date) line.date = dated.date;
      if (dated.byline) line.byline = true;
      return;
    }
    if (BOILERPLATE.test(t) && t.length <= 160) { line.kind = 'boilerplate'; return; }
    const menu = MENU.exec(t);
    if (menu && !TERMINAL.test(t) && menu[1].split(/\s+/).length <= 4 && titleLike(menu[1])) { line.kind = 'menu'; return; }
    // (a results table "4. Name (Country) Team 1:16" is not a video)
    if (VIDEO.test(t) && !/^\d/.test(t) && !/\b[ap]\.?m\.?\s*$/i.test(t) && !/[.!?]\s+\S+\s+\d+:\d\d\s*$/.test(t) && t.split(/\s+/).length >= 2) { line.kind = 'video'; return; }
  }
  if (CAPTION.test(t) && t.length <= 600) { line.kind = 'caption'; return; }
  if (/podcastchoices\.com|ad\s?choices/i.test(t)) line.kind = 'boilerplate';
}

/** The date a dateline carries (`''` for a dateline without one, such as `WASHINGTON (AP) —`), and whether a byline or
 * label gives it; undefined when the line is not a dateline. */
function datelineDate(t: string, reference: string | undefined): { date: string; byline?: true } | undefined {
  // "Updated on: …", "By Jane Doe | …": the label must be followed right away by the date (or time)
  for (const m of [LABELLED.exec(t), BYLINE.exec(t)]) {
    if (!m) continue;
    const found = findDates(m[1], reference);
    const first = found[0];
    if (!first || first.start > 0) continue;
    const d = dateOfMentions(found);
    if (d) return { date: d, byline: true };
  }
  const date = unlabelledDate(t, reference);
  return date === undefined ? undefined : { date };
}

/** The date of a dateline that is no byline: a date alone on the line, or a wire dateline (`HAVANA, August 7 (Xinhua) --`). */
function unlabelledDate(t: string, reference: string | undefined): string | undefined {
  if (t.length <= 80 && /\d/.test(t)) {
    // a date (and time) alone on the line
    const mentions = findDates(t, reference);
    if (mentions.length) {
      const covered = mentions.reduce((n, d) => n + d.text.replace(/[\s,.]/g, '').length, 0);
      const total = t.replace(/[\s,.|/·•()—–-]/g, '').length;
      const hasDay = mentions.some(d => /^\d{4}-\d\d-\d\d/.test(d.value ?? '') || /\d/.test(d.text) && /[A-Za-z]{3}/.test(d.text));
      if (hasDay && covered / total >= 0.75) return dateOfMentions(mentions) ?? '';
    }
  }
  if (t.length <= 80 && /^[A-Z][A-Z.'’-]{2}/.test(t)) {
    const wire = WIRE.exec(t);
    // the agency is a short acronym (AP, AFP) or a name (Reuters, Xinhua), not a caps phrase
    const agency = wire?.groups!.agency?.replace(/[()\s]/g, '');
    const agencyOk = !!agency && (agency.length <= 5 || /[a-z]/.test(agency));
    if (wire && (agencyOk || wire.groups!.dash || wire.groups!.date) && !(agency && !agencyOk)) {
      if (wire.groups!.date) {
        // the rest must be the date itself ("LONDON 1996-08-30", "HAVANA, August 7"), not a sentence
        const rest = wire.groups!.date;
        const found = findDates(rest, reference);
        const covered = found.reduce((n, d) => n + d.text.replace(/[^A-Za-z0-9]/g, '').length, 0);
        if (!found.length || covered < rest.replace(/[^A-Za-z0-9]/g, '').length * 0.8) return undefined;
        return dateOfMentions(found) ?? '';
      }
      return '';
    }
  }
  return undefined;
}

function words(t: string): string[] {
  return t.split(/\s+/).filter(w => /[A-Za-z]/.test(w));
}

const MINOR = /^(?:a|an|the|and|or|but|nor|for|of|in|on|at|to|by|with|from|as|into|over|after|vs\.?|v\.?|per|up|off|out|via|is|are|be|its)$/;

function titleLike(t: string): boolean {
  const ws = words(t);
  if (ws.length === 0) return false;
  const letters = t.replace(/[^A-Za-z]/g, '');
  if (letters.length >= 6 && letters === letters.toUpperCase()) return true;
  const content = ws.filter(w => !MINOR.test(w.toLowerCase()));
  const caps = content.filter(w => /^[“"‘'(]?[A-Z0-9]/.test(w)).length;
  return content.length > 0 && caps / content.length >= 0.7;
}

function headlineShape(t: string): boolean {
  if (t.length > 160 || t.length < 4) return false;
  const ws = words(t);
  if (ws.length < 2 || ws.length > 24) return false;
  if (/^[-–—•*·“"‘'(]/.test(t)) return false;
  if (/[,;:]$/.test(t)) return false;
  if (/^https?:/.test(t)) return false;
  return true;
}

function markHeadlines(lines: Line[]): void {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.kind !== 'text' || line.text.length > 160) continue;
    const next = lines[i + 1];
    const nextIsDateline = !!next && next.kind === 'dateline';
    // otherwise only a line standing alone above a paragraph can be a title
    if (!nextIsDateline) {
      if (!line.afterBlank && i > 0 && lines[i - 1].kind === 'text') continue;
      if (!next || !next.afterBlank || (next.kind !== 'text' && next.kind !== 'caption')) continue;
      if (next.text.length < 60 && !TERMINAL.test(next.text)) continue;
    }
    if (!headlineShape(line.text)) continue;
    const endsSentence = /[.]["”’)]*$/.test(line.text);
    const letters = line.text.replace(/[^A-Za-z]/g, '');
    const allCaps = letters === letters.toUpperCase();
    if (nextIsDateline) {
      // a line standing on its own above a dateline is its title, even in sentence case with a full stop
      const standsAlone = line.afterBlank || i === 0 || lines[i - 1].kind !== 'text';
      if (standsAlone || !endsSentence || allCaps || titleLike(line.text)) line.kind = 'headline';
      continue;
    }
    if (!titleLike(line.text)) continue;
    if (endsSentence && !allCaps && words(line.text).length > 20) continue;
    line.kind = 'headline';
  }
}

/** How a line changes the count of open quotations: curly marks count up and down, straight marks toggle. */
function quoteState(t: string, state: { curly: number; straight: boolean }): void {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === 0x201c) state.curly++;
    else if (c === 0x201d) state.curly = Math.max(0, state.curly - 1);
    else if (c === 34) state.straight = !state.straight;
  }
}

/** A run of lines (no blank line between them) that looks hard-wrapped at a fixed width. */
function hardWrapped(run: Line[]): boolean {
  const texts = run.filter(l => l.kind === 'text');
  if (texts.length < 2) return false;
  const max = texts.reduce((m, l) => Math.max(m, l.text.length), 0);
  if (max > 110 || max < 30) return false;
  const body = texts.slice(0, -1);
  const long = body.filter(l => l.text.length >= max * 0.7).length;
  if (long / body.length < 0.6) return false;
  // prose carries sentences over the line breaks: some line goes on in lower case
  return texts.some((l, i) => i > 0 && /^[a-z]/.test(l.text));
}

function join(text: string, lines: Line[]): Block[] {
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    // the run: lines up to the next blank line
    let j = i + 1;
    while (j < lines.length && !lines[j].afterBlank) j++;
    const run = lines.slice(i, j);
    const wrapped = hardWrapped(run);
    for (let k = 0; k < run.length; k++) {
      const line = run[k];
      if (line.kind === 'signature') {
        // the tweet: its text lines just above, or the previous paragraph when it ends with a link
        let first = k;
        while (first > 0 && run[first - 1].kind === 'text' && k - first < 4) first--;
        let start = run[first].start;
        if (first === k && line.afterBlank) {
          const prev = blocks[blocks.length - 1];
          if (prev && prev.kind === 'article' && LINK_END.test(text.slice(prev.start, prev.end)) && prev.end - prev.start < 600) {
            blocks.pop();
            start = prev.start;
          }
        } else if (first < k) {
          // those lines were already emitted as blocks of this run; a paragraph that began above them keeps them
          while (blocks.length && blocks[blocks.length - 1].start >= start) blocks.pop();
          const kept = blocks.length ? blocks[blocks.length - 1].end : -1;
          while (first < k && run[first].start < kept) first++;
          start = run[first].start;
        }
        blocks.push({ start, end: line.end, kind: 'tweet', ...(line.date ? { date: line.date } : {}) });
        continue;
      }
      if (line.kind === 'dateline') {
        let end = line.end;
        let dated = line.date ? line : undefined;
        while (k + 1 < run.length && run[k + 1].kind === 'dateline') {
          k++;
          end = run[k].end;
          if (!dated && run[k].date) dated = run[k];
        }
        blocks.push({ start: line.start, end, kind: 'dateline', ...(dated ? { date: dated.date } : {}), ...(dated?.byline ? { byline: true as const } : {}) });
        continue;
      }
      if (line.kind !== 'text') {
        blocks.push({ start: line.start, end: line.end, kind: line.kind as BlockKind, ...(line.date ? { date: line.date } : {}) });
        continue;
      }
      // a paragraph: join following text lines that continue it
      let end = line.end;
      let last = line.text;
      const quotes = { curly: 0, straight: false };
      quoteState(last, quotes);
      while (k + 1 < run.length && run[k + 1].kind === 'text') {
        const next = run[k + 1];
        // a sentence that runs on: no final punctuation and a lower-case start, or a comma or hyphen at the break
        const runsOn = !TERMINAL.test(last) && (/^[a-z(“"‘]/.test(next.text) ||
          // a long line broken after a word, before a capitalized name: "… said Councillor Ana⏎Beltrán"
          (last.length >= 40 && /[a-z]$/.test(last) && /^[A-Z][a-z]/.test(next.text)) || /[,\-–—]$|\b(?:and|or|but|nor|the|a|an|of|to|in|for|with|against|at|by|from|on|as|than|that|which|who|whose|is|are|was|were|be|has|have|had|will|would|its|their|his|her|said|says|told)$/.test(last));
        const continues = wrapped || runsOn || quotes.curly > 0 || quotes.straight;
        // a signature right after this line takes the line as tweet text
        if (!continues || (k + 2 < run.length && run[k + 2].kind === 'signature')) break;
        if (next.end - line.start > 20000) break;
        k++;
        end = next.end;
        last = next.text;
        quoteState(last, quotes);
      }
      blocks.push({ start: line.start, end, kind: 'article' });
    }
    i = j;
  }
  return blocks;
}
