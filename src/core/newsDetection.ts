// Whether a plain text reads like news, so that the editor leaves licenses, logs, code, lists and tables alone.
// One linear pass over the first NEWS_SAMPLE_CHARS characters: news is mostly prose (lines of words ending in
// sentences), told in the third person about named people, with reporting verbs, quotes and datelines; manuals,
// licenses and READMEs speak to "you" in the present and legal text "shall"; code, logs, tables and lists are not
// prose at all.

/** How much of a document the decision reads: the top of a dump says what it is. */
export const NEWS_SAMPLE_CHARS = 16_384;

export interface NewsEvidence {
  /** Words in prose lines. */
  words: number;
  /** Sentence ends in prose lines. */
  sentences: number;
  /** Share of the non-blank characters that sit in prose lines (0–1). */
  prose: number;
  /** Share of the prose lines longer than a hard-wrapped line (manuals, licenses and notes wrap at ~80 columns). */
  longLines: number;
  /** Reporting verbs and phrases: said, told, according to… */
  cues: number;
  /** Quotes next to a reporting verb (`“…,” she said`, `said: "…"`). */
  attributedQuotes: number;
  /** An agency-style dateline (`LONDON (Reuters) —`, `BOSTON —`) or a dated byline (`By Jane Doe, May 16, 2024`,
   * `Updated on: June 3, 2024 / 7:51 AM EDT`) near the top. */
  dateline: boolean;
  /** Capitalized words inside sentences (names), per prose word. */
  nameRate: number;
  /** he, she, they, his, her… per prose word. */
  thirdPersonRate: number;
  /** you, your per prose word outside quotes (a speaker may say "you"). */
  secondPersonRate: number;
  /** shall, hereby, warranty, licensor… per prose word outside quotes. */
  legalRate: number;
  /** software, file, option, install… per prose word outside quotes. */
  technicalRate: number;
}

/**
 * The measure, as data. A text must be mostly prose with several sentences (or one attributed quote, or a
 * dateline); then each piece of evidence adds its weight times its value, and a positive sum reads as news. The
 * weights were fitted (logistic regression, then rounded) on half of the texts scripts/eval-news-detection.mjs
 * gathers and checked on the other half; rates are capped so that one extreme feature cannot decide alone.
 */
const MIN_PROSE = 0.5;
const MIN_SENTENCES = 2;
const BIAS = -1.6;
const WEIGHTS: readonly { feature: (e: NewsEvidence) => number; weight: number }[] = [
  { feature: e => e.prose, weight: 0.2 },
  { feature: e => e.longLines, weight: 3.4 },
  { feature: e => Math.min(e.cues / Math.max(1, e.sentences), 1), weight: 1 },
  { feature: e => (e.attributedQuotes > 0 ? 1 : 0), weight: 1.4 },
  // Rare in the fitting texts (the fit gave it almost nothing), but an agency dateline is news by definition.
  { feature: e => (e.dateline ? 1 : 0), weight: 1 },
  { feature: e => Math.min(e.nameRate, 0.3), weight: 7 },
  { feature: e => Math.min(e.thirdPersonRate, 0.1), weight: 170 },
  { feature: e => Math.min(e.secondPersonRate, 0.1), weight: -30 },
  { feature: e => Math.min(e.legalRate, 0.1), weight: -110 },
  { feature: e => Math.min(e.technicalRate, 0.1), weight: -150 },
];

const PROSE_MIN_WORDS = 6;
const SENTENCE_MIN_WORDS = 3;
const SENTENCE_END = /[a-z0-9][.!?]["”’)]?$/;
const LONG_LINE = 100;
const REPORTING = /\b(?:said|says|told|tells|added|adds|according to|announced|stated|explained|insisted|warned|confirmed|claimed|argued|denied|reported|admitted|acknowledged|recalled|urged)\b/g;
const ATTRIBUTED = /[,.!?…]\s*["”’]\s+(?:[\w.'-]+\s+){0,5}?(?:said|says|told|added|adds|asked|explained|insisted|warned)\b|\b(?:said|says|told [\w ]{1,30}|added|adds|explained|insisted|warned)[,:]?\s+["“]/g;
const DATELINE = /^[A-Z][A-Z.'-]+(?:[ ,]+[A-Z][A-Za-z.'-]*){0,4}\s*(?:\([A-Za-z. ]{1,30}\))?\s*[—–]|^[A-Z][A-Z.'-]+(?:[ ,]+[A-Za-z.'-]+){0,4}\s*\((?:AP|Reuters|AFP|UPI|Bloomberg|CNN|BBC|dpa|Xinhua)\)\s*[-—–]/;
/** A byline or a web page's time stamp that carries a full date, as news sites print them under a headline. */
const DATED_BYLINE = /^(?:By\s+\p{Lu}[^,\n]{1,60},|(?:Updated|Published|Posted)(?:\s+on)?:?)\s.*\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}/u;
const THIRD_PERSON = new Set(['he', 'she', 'they', 'his', 'her', 'hers', 'him', 'them', 'their']);
const SECOND_PERSON = new Set(['you', 'your', 'yours', 'yourself']);
/** The vocabulary of licenses and copyright notices. */
const LEGAL = new Set([
  'shall', 'hereby', 'herein', 'thereof', 'hereunder', 'warranty', 'warranties', 'licensor', 'licensee', 'licensed', 'liability',
  'merchantability', 'sublicense', 'redistribution', 'redistributions', 'license', 'licence', 'licenses', 'copyright', 'copyrighted',
  'pursuant', 'notwithstanding',
]);
/** The vocabulary of manuals, READMEs and release notes (only words news seldom uses). */
const TECHNICAL = new Set([
  'documentation', 'install', 'installed', 'installation', 'module', 'modules', 'argument', 'arguments', 'directory', 'parameter',
  'parameters', 'configuration', 'configure', 'default', 'function', 'functions', 'variable', 'variables', 'string', 'strings',
  'returns', 'bug', 'bugs', 'upstream', 'compile', 'compiled', 'compiler', 'binary', 'binaries', 'kernel', 'debian', 'linux', 'api',
  'implementation', 'deprecated', 'script', 'scripts', 'package', 'packages', 'option', 'options', 'modify', 'modifications',
  'distribute', 'applicable', 'syntax', 'runtime', 'dependency', 'dependencies', 'config', 'plugin', 'plugins', 'usage',
]);
/** Characters that mark code, markup, data and logs rather than prose. */
const MARKUP = new Set(['{', '}', '<', '>', '=', ';', '|', '\\', '_', '#', '*', '[', ']', '/', '@', '$', '^', '~', '`', '\t']);
/** Words that open sentences or stand capitalized anyway without naming anyone. */
const NOT_NAMES = new Set(['I', 'A', 'The', 'It', 'In', 'On', 'At', 'But', 'And', 'If', 'This', 'That', 'He', 'She', 'We', 'They', 'You']);

/** Splits one prose line into words (letters, digits, apostrophes, hyphens). */
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

export function newsEvidence(fullText: string): NewsEvidence {
  const text = fullText.length > NEWS_SAMPLE_CHARS ? fullText.slice(0, NEWS_SAMPLE_CHARS) : fullText;
  let words = 0;
  let sentences = 0;
  let proseChars = 0;
  let proseLines = 0;
  let long = 0;
  let allChars = 0;
  let names = 0;
  let thirdPerson = 0;
  let secondPerson = 0;
  let legal = 0;
  let technical = 0;
  let cues = 0;
  let attributedQuotes = 0;
  let dateline = false;
  let lineNumber = 0;
  for (const rawLine of text.split('\n')) {
    const line = rawLine.trim();
    if (line === '') continue;
    lineNumber++;
    allChars += line.length;
    if (lineNumber <= 20 && !dateline) dateline = DATELINE.test(line) || DATED_BYLINE.test(line);
    if (!isProse(line)) continue;
    proseChars += line.length;
    proseLines++;
    if (line.length > LONG_LINE) long++;
    let sentenceStart = true;
    let quoted = false;
    let lastEnd = 0;
    for (const match of line.matchAll(WORD)) {
      const word = match[0];
      words++;
      for (let i = lastEnd; i < match.index; i++) {
        const c = line.charAt(i);
        if (c === '“') quoted = true;
        else if (c === '”') quoted = false;
        else if (c === '"') quoted = !quoted;
      }
      lastEnd = match.index + word.length;
      const lower = word.toLowerCase();
      if (THIRD_PERSON.has(lower)) thirdPerson++;
      else if (quoted) {
        // What a speaker says is not the text's own voice.
      } else if (SECOND_PERSON.has(lower)) secondPerson++;
      else if (LEGAL.has(lower)) legal++;
      else if (TECHNICAL.has(lower)) technical++;
      if (!sentenceStart && /^\p{Lu}\p{Ll}/u.test(word) && !NOT_NAMES.has(word)) names++;
      const after = line.charAt(match.index + word.length);
      const next = line.charAt(match.index + word.length + 1);
      sentenceStart = (after === '.' || after === '!' || after === '?') && (next === '' || next === ' ' || next === '"' || next === '”' || next === '’');
      if (sentenceStart && /\p{Ll}|\d/u.test(word.charAt(word.length - 1))) sentences++;
    }
    cues += countMatches(line, REPORTING);
    attributedQuotes += countMatches(line, ATTRIBUTED);
  }
  const per = (n: number) => (words === 0 ? 0 : n / words);
  return {
    words,
    sentences,
    prose: allChars === 0 ? 0 : proseChars / allChars,
    longLines: proseLines === 0 ? 0 : long / proseLines,
    cues,
    attributedQuotes,
    dateline,
    nameRate: per(names),
    thirdPersonRate: per(thirdPerson),
    secondPersonRate: per(secondPerson),
    legalRate: per(legal),
    technicalRate: per(technical),
  };
}

/** How strongly the evidence says news: positive reads as news. */
export function newsScore(e: NewsEvidence): number {
  if (e.prose < MIN_PROSE) return -1;
  if (e.sentences < MIN_SENTENCES && e.attributedQuotes === 0 && !e.dateline) return -1;
  let score = BIAS;
  for (const { feature, weight } of WEIGHTS) score += weight * feature(e);
  return score;
}

/** Whether the text reads like news (see WEIGHTS). */
export function readsLikeNews(text: string): boolean {
  return newsScore(newsEvidence(text)) > 0;
}

/** A line of running text: enough words, and no characters of code, markup or data. */
function isProse(line: string): boolean {
  // Comments, bullets and markup open with one of these; running text does not.
  if (MARKUP.has(line.charAt(0)) || line.startsWith('- ') || line.startsWith('-- ')) return false;
  let markup = 0;
  let letters = 0;
  let spaces = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charAt(i);
    if (MARKUP.has(c)) markup++;
    else if (c === ' ') spaces++;
    else if (/\p{L}/u.test(c)) letters++;
  }
  // A short line is prose when it ends a sentence (`“Start,” said Mayor Elena Vasquez.`), not when it is an item.
  const words = spaces + 1;
  const long = words >= PROSE_MIN_WORDS || (words >= SENTENCE_MIN_WORDS && SENTENCE_END.test(line));
  return long && markup * 40 <= line.length && (letters + spaces) >= line.length * 0.8;
}

function countMatches(line: string, pattern: RegExp): number {
  pattern.lastIndex = 0;
  let n = 0;
  while (pattern.exec(line) !== null) n++;
  return n;
}
