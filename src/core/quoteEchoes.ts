// Quote echoes: the same quote in two articles or files, word for word or nearly (a few words changed, trimmed,
// re-punctuated). Quotes are compared as sets of word pairs; candidates come from an inverted index looked up by each
// quote's rarest pairs, so finding the echoes of n quotes costs about n lookups, never n² comparisons.

/** Quotes shorter than this many words (scare quotes, titles, `"worth trying"`) are too common to link. */
const MIN_WORDS = 5;
/** How many of a quote's rarest word pairs are looked up. */
const LOOKUPS = 4;
/** At most this many quotes are read from one posting list: a pair that common says nothing about one quote. */
const POSTING_CAP = 256;
/** Share of the shorter quote's word pairs found in the other: near-identical wording. */
const PAIR_OVERLAP = 0.75;
/** Or: this share of its words, with at least PAIR_OVERLAP_LOOSE of its pairs (two or three words changed). */
const WORD_OVERLAP = 0.8;
const PAIR_OVERLAP_LOOSE = 0.5;
/** Longest quotes (in words) a word diff is computed for: the diff is quadratic in the two quotes' lengths. */
const DIFF_MAX_WORDS = 400;

/** A quote's words, lower-cased, without punctuation or quote marks (`Don’t` and `dont` are the same word). */
export function echoWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’'‘`]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

function pairsOf(words: string[]): Set<string> {
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < words.length; i++) pairs.add(`${words[i]} ${words[i + 1]}`);
  return pairs;
}

export interface EchoMatch {
  id: number;
  /** Share of the shorter quote's word pairs found in the other, 0..1. */
  similarity: number;
  /** The same words in the same order (punctuation and case aside). */
  exact: boolean;
}

interface Entry {
  words: string[];
  pairs: Set<string>;
  wordSet: Set<string>;
}

/** The quotes of a workspace (or a document), by caller-chosen id; quotes can be added and removed one by one. */
export class EchoIndex {
  private readonly entries = new Map<number, Entry>();
  private readonly postings = new Map<string, Set<number>>();

  get size(): number {
    return this.entries.size;
  }

  add(id: number, text: string): void {
    this.remove(id);
    const entry = entryOf(text);
    if (!entry) return;
    this.entries.set(id, entry);
    for (const pair of entry.pairs) {
      let list = this.postings.get(pair);
      if (!list) this.postings.set(pair, (list = new Set()));
      list.add(id);
    }
  }

  remove(id: number): void {
    const entry = this.entries.get(id);
    if (!entry) return;
    this.entries.delete(id);
    for (const pair of entry.pairs) {
      const list = this.postings.get(pair);
      list?.delete(id);
      if (list?.size === 0) this.postings.delete(pair);
    }
  }

  /** The indexed quotes that echo `text`, best first; `accept` leaves out ids (the quote itself, its own article). */
  query(text: string, accept: (id: number) => boolean = () => true): EchoMatch[] {
    const query = entryOf(text);
    if (!query) return [];
    const rarest = [...query.pairs]
      .map(pair => ({ pair, list: this.postings.get(pair) }))
      .filter((p): p is { pair: string; list: Set<number> } => p.list !== undefined)
      .sort((a, b) => a.list.size - b.list.size)
      .slice(0, LOOKUPS);
    const seen = new Set<number>();
    const matches: EchoMatch[] = [];
    for (const { list } of rarest) {
      let read = 0;
      for (const id of list) {
        if (read++ >= POSTING_CAP) break;
        if (seen.has(id)) continue;
        seen.add(id);
        if (!accept(id)) continue;
        const other = this.entries.get(id);
        const match = other && compare(query, other);
        if (match) matches.push({ id, ...match });
      }
    }
    return matches.sort((a, b) => b.similarity - a.similarity || a.id - b.id);
  }
}

function entryOf(text: string): Entry | undefined {
  const words = echoWords(text);
  if (words.length < MIN_WORDS) return undefined;
  return { words, pairs: pairsOf(words), wordSet: new Set(words) };
}

function overlap(a: Set<string>, b: Set<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const x of small) if (large.has(x)) shared++;
  return small.size === 0 ? 0 : shared / small.size;
}

function compare(a: Entry, b: Entry): { similarity: number; exact: boolean } | undefined {
  const pairs = overlap(a.pairs, b.pairs);
  const echoes = pairs >= PAIR_OVERLAP || (pairs >= PAIR_OVERLAP_LOOSE && overlap(a.wordSet, b.wordSet) >= WORD_OVERLAP);
  if (!echoes) return undefined;
  const exact = a.words.length === b.words.length && a.words.every((w, i) => w === b.words[i]);
  return { similarity: pairs, exact };
}

/** Finds, for every quote of a list, the others that echo it (`skip(i, j)` true leaves a pair out). */
export function findEchoes(texts: readonly string[], skip: (i: number, j: number) => boolean = () => false): EchoMatch[][] {
  const index = new EchoIndex();
  texts.forEach((t, i) => index.add(i, t));
  return texts.map((t, i) => index.query(t, j => j !== i && !skip(i, j)));
}

export type DiffPart = { op: 'same' | 'removed' | 'added'; text: string };

/**
 * The word-by-word difference from quote `a` to quote `b` (words compared without case and punctuation, shown as
 * written), or undefined when the quotes are too long to compare cheaply.
 */
export function wordDiff(a: string, b: string): DiffPart[] | undefined {
  const wa = a.split(/\s+/).filter(Boolean);
  const wb = b.split(/\s+/).filter(Boolean);
  if (wa.length > DIFF_MAX_WORDS || wb.length > DIFF_MAX_WORDS) return undefined;
  const key = (w: string) => echoWords(w).join(' ');
  const ka = wa.map(key);
  const kb = wb.map(key);
  // Longest common subsequence, filled from the end so the walk below goes forward.
  const width = kb.length + 1;
  const lcs = new Uint16Array((ka.length + 1) * width);
  for (let i = ka.length - 1; i >= 0; i--) {
    for (let j = kb.length - 1; j >= 0; j--) {
      lcs[i * width + j] = ka[i] === kb[j] ? lcs[(i + 1) * width + j + 1] + 1 : Math.max(lcs[(i + 1) * width + j], lcs[i * width + j + 1]);
    }
  }
  const parts: DiffPart[] = [];
  const push = (op: DiffPart['op'], text: string) => {
    const last = parts[parts.length - 1];
    if (last?.op === op) last.text += ` ${text}`;
    else parts.push({ op, text });
  };
  let i = 0;
  let j = 0;
  while (i < ka.length || j < kb.length) {
    if (i < ka.length && j < kb.length && ka[i] === kb[j]) {
      push('same', wb[j]);
      i++;
      j++;
    } else if (i < ka.length && (j >= kb.length || lcs[(i + 1) * width + j] >= lcs[i * width + j + 1])) {
      push('removed', wa[i++]);
    } else {
      push('added', wb[j++]);
    }
  }
  return parts;
}
