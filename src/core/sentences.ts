// The engine's one sentence splitter: where the sentence around an offset starts and ends. It reads a text in which
// line breaks end sentences; attribution gives it the text with quoted words masked and a block's run-on line breaks
// joined, so a sentence is found in the reporter's own words and across the lines the segmenter joined.
// Both scans are bounded by the caller's floor and ceiling, so reading every quote's sentence stays linear.

const SENT_ABBREV = /(?:\b(?:Mr|Mrs|Ms|Dr|Sen|Sens|Rep|Reps|Gov|Gen|Lt|Col|Capt|Sgt|Maj|Adm|Cmdr|Prof|Rev|Del|Atty|St|Jr|Sr|No|Vol|Inc|Corp|Co|Ltd|vs|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|a\.m|p\.m|U\.S|U\.N|D\.C|R|D|I)|\b[A-Z])$/;

// kept out of the functions: tsx (tests, scripts) writes a \p{…} literal as `new RegExp(…)`, built again at every call
const SENTENCE_OPENER = /[\p{Lu}“"\d‘(]/u;
const CLOSER = /[”"’')\]]/;

/** Start of the sentence that holds `pos` (not before `floor`). */
export function sentenceStart(masked: string, pos: number, floor: number): number {
  for (let i = pos - 1; i > floor; i--) {
    const c = masked[i];
    if (c === '\n' || c === '\r') return i + 1;
    if ((c === ' ' || c === '\t') && i > floor) {
      // boundary if previous non-space chars end a sentence
      let j = i - 1;
      while (j > floor && CLOSER.test(masked[j])) j--;
      const p = masked[j];
      if (p === '.' || p === '?' || p === '!') {
        if (p === '.' && SENT_ABBREV.test(masked.slice(Math.max(floor, j - 6), j))) continue;
        let n = i + 1;
        while (masked[n] === ' ') n++;
        const next = masked[n];
        if (next && SENTENCE_OPENER.test(next)) return n;
      }
    }
  }
  return floor;
}

/** End of the sentence that holds `pos` (not after `ceil`): the offset just after its final punctuation. */
export function sentenceEnd(masked: string, pos: number, ceil: number): number {
  for (let i = pos; i < ceil; i++) {
    const c = masked[i];
    if (c === '\n' || c === '\r') return i;
    if (c === '.' || c === '?' || c === '!') {
      let j = i + 1;
      while (j < ceil && CLOSER.test(masked[j])) j++;
      if (j >= ceil || masked[j] === '\n' || masked[j] === '\r') return j;
      let n = j;
      while (masked[n] === ' ' && masked[n + 1] === ' ') n++;
      if (masked[j] === ' ' && SENTENCE_OPENER.test(masked[n + 1] ?? '')) {
        if (c === '.' && SENT_ABBREV.test(masked.slice(Math.max(0, i - 6), i))) continue;
        return j;
      }
    }
  }
  return ceil;
}

