// Is a short quoted phrase someone's words, or a term the reporter quotes (`the so-called “deal”`)? A scare or partial
// quote for which a quote sieve found a speaker is kept as speech only when a linear model over the quote's shape and
// its attribution says so. The model is an averaged perceptron trained by `npm run train:speakers`
// (scripts/train-speakers.ts) on polnear-train; its weights live in reportedModel.ts, keyed by feature names (no text
// of the corpus).
import type { QuoteKind } from '../types';
import type { Found, QuoteSite } from './sieve';
import { REPORTED_MODEL } from './reportedModel';

export interface ReportedModel { bias: number; weights: Readonly<Record<string, number>> }

/** Words that often stand right before a quoted term or a quoted phrase of speech (a closed list, so a feature names
 * a word of the language, never of a corpus). */
const BEFORE_WORDS = new Set(['a', 'an', 'the', 'as', 'of', 'that', 'to', 'for', 'his', 'her', 'their', 'its', 'our', 'my',
  'called', 'call', 'calls', 'calling', 'dubbed', 'described', 'labeled', 'branded', 'termed', 'was', 'is', 'be', 'were',
  'are', 'being', 'and', 'or', 'but', 'it', 'them', 'him', 'this', 'in', 'on', 'with', 'about', 'by', 'from', 'so-called',
  'said', 'says', 'say', 'saying', 'told', 'wrote', 'added', 'promised', 'vowed', 'warned', 'urged', 'not', 'very', 'more', 'most']);
const FIRST_PERSON = /\b(?:I|I'm|I’m|I've|I’ve|I'll|I’ll|I'd|I’d|me|my|mine|we|we're|we’re|we've|we’ve|we'll|we’ll|us|our|ours)\b/i;

const bucket = (n: number, edges: readonly number[]): string => {
  let i = 0;
  while (i < edges.length && n > edges[i]) i++;
  return i < edges.length ? `<=${edges[i]}` : `>${edges[edges.length - 1]}`;
};

/** The features of a scare or partial quote and the speaker a quote sieve found for it. */
function reportedFeatures(site: QuoteSite, found: Found, kind: QuoteKind): string[] {
  const inner = site.text.slice(site.quote.start + 1, site.quote.end - 1).trim();
  const wordCount = inner.split(/\s+/).filter(Boolean).length;
  const f: string[] = [`kind=${site.kind}`, `final=${kind}`, `sieve=${found.how}`, `mention=${found.sp.kind}`];
  const words = bucket(wordCount, [1, 2, 3, 5, 8, 12]);
  f.push(`words${words}`, `words${words}&kind=${site.kind}`);
  if (found.cue) {
    const verb = found.cue.cue.split(/\s+/)[0].toLowerCase();
    f.push(`cue=${verb}`, `weak=${found.cue.weak}`, `weak=${found.cue.weak}&words${words}`);
    const gap = found.cue.span.start >= site.quote.end ? found.cue.span.start - site.quote.end : site.quote.start - found.cue.span.end;
    f.push(`cueGap${bucket(gap, [3, 12, 40, 100])}`, `cueAfter=${found.cue.span.start >= site.quote.end}`);
  } else f.push('noCue');
  const last = withoutClosingMarks(inner);
  const end = last.slice(-1);
  f.push(`ends=${/[.?!]/.test(end) ? 'stop' : end === ',' ? 'comma' : 'none'}`);
  f.push(`upperStart=${/^[\p{Lu}]/u.test(inner)}`);
  const titleCase = inner.split(/\s+/).every(w => !/^[\p{L}]/u.test(w) || /^[\p{Lu}\d]/u.test(w));
  if (titleCase && wordCount > 1) f.push('titleCase');
  if (FIRST_PERSON.test(inner)) f.push('firstPerson');
  if (/\byou(?:r|'re|’re)?\b/i.test(inner)) f.push('secondPerson');
  if (/[[\]]/.test(inner)) f.push('bracket');
  const prev = /([\p{L}-]+)\W*$/u.exec(site.before.slice(-40));
  const word = prev?.[1].toLowerCase();
  f.push(`prev=${word === undefined ? 'none' : BEFORE_WORDS.has(word) ? word : /^[\p{Lu}]/u.test(prev![1]) ? 'Cap' : 'other'}`);
  const beforeEnd = site.before.trimEnd().slice(-1);
  f.push(`prevMark=${beforeEnd === ',' || beforeEnd === ':' ? beforeEnd : beforeEnd === '' ? 'start' : 'other'}`);
  if (site.block?.kind === 'headline') f.push('headline');
  // the rules the model replaced, as one feature: a short term with a weak cue (`called it “a disgrace”`) is not
  // speech, nor is a scare quote no cue attributes, nor a quote of fewer than four words a sentence's subject is
  // the only clue to (`Trump called it “absurd.”`)
  const term = LAST_SIEVES.has(found.how) ? site.kind === 'scare' || (found.how === 'sentence-subject' && wordCount < 4)
    : (site.kind === 'scare' && (found.how !== 'cue-after' ? (found.cue?.weak || wordCount < 3) : wordCount <= 1)) || (!!found.cue?.weak && wordCount <= 3);
  f.push(`term=${term}`);
  return f;
}

function withoutClosingMarks(s: string): string {
  let end = s.length;
  while (end > 0 && /[”"’'\s]/.test(s[end - 1])) end--;
  return s.slice(0, end);
}

/** The sieves that read a quote no cue attributes (index.ts, LAST_SIEVES). */
const LAST_SIEVES = new Set(['sentence-subject', 'colon-subject']);

let model: ReportedModel = REPORTED_MODEL;
let recorder: ((site: QuoteSite, features: string[]) => void) | undefined;

/** Is the scare or partial quote at `site` speech, the speaker `found` for it its speaker? By the model, over
 * `reportedFeatures`; the training script's recorder sees the features first. */
export function isReportedSpeech(site: QuoteSite, found: Found, kind: QuoteKind): boolean {
  const features = reportedFeatures(site, found, kind);
  recorder?.(site, features);
  let s = model.bias;
  for (const x of features) s += model.weights[x] ?? 0;
  return s > 0;
}

/** For training and evaluation (scripts/train-speakers.ts): the model to use, and a callback that sees each scare or
 * partial quote's features before the gate decides. */
export function useReportedModel(m: ReportedModel, record?: (site: QuoteSite, features: string[]) => void): void {
  model = m;
  recorder = record;
}
