// The tense of the clause around an expression: whether a bare "Tuesday" or "in March" lies behind or ahead of the
// anchor. Read from the text alone, so it is part of extraction and needs no anchor.
import { DETERMINERS, FUTURE_WORDS, INTENT, NEEDS_TO, NOT_PAST_ED, PAST_WORDS } from './resources/tenseWords';

export type Tense = 'past' | 'future' | undefined;

const WORD_RE = /[A-Za-z’']+/g;
const NEGATION_BEFORE_MODAL = /\b(?:neither|nor|never|no\s+one|nobody|none)\b/i;

/** The tense that governs the expression at [start, end) in `text`: the nearest tense-bearing word before it in the
 * same sentence, else after it. */
export function tenseAt(text: string, start: number, end: number): Tense {
  let from = start;
  const limit = Math.max(0, start - 240);
  while (from > limit) {
    const c = text.charCodeAt(from - 1);
    if (c === 10 || c === 13 || c === 59 /* ; */) break;
    if ((c === 46 || c === 33 || c === 63) && /\s/.test(text[from] ?? ' ') && /\s[A-Z“"‘'(]|\s*$/.test(text.slice(from, from + 3))) {
      // a sentence end, unless an abbreviation such as "Mr." or "Oct." or an initial
      const before = text.slice(Math.max(0, from - 6), from - 1);
      if (!/(?:\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Sen|Rep|Gov|Lt|Col|Capt|Jan|Feb|Aug|Sept?|Oct|Nov|Dec|No|U\.S|[A-Za-z]))$/.test(before)) break;
    }
    from--;
  }
  const left = text.slice(from, start);
  const words = left.match(WORD_RE) ?? [];
  for (let i = words.length - 1; i >= 0; i--) {
    // "Neither he nor his parents could be located": a modal after a negation earlier in the clause reports the past
    if (/^(?:could|would)$/i.test(words[i]) && NEGATION_BEFORE_MODAL.test(words.slice(Math.max(0, i - 8), i).join(' '))) return 'past';
    const t = classifyWord(words[i], words[i - 1], words[i + 1]);
    if (t) return t;
  }
  let to = end;
  const rightLimit = Math.min(text.length, end + 160);
  while (to < rightLimit && !/[.!?;\n\r]/.test(text[to])) to++;
  const right = (text.slice(end, to).match(WORD_RE) ?? []).slice(0, 12);
  for (let i = 0; i < right.length; i++) {
    const t = classifyWord(right[i], right[i - 1], right[i + 1]);
    if (t) return t;
  }
  return undefined;
}

function classifyWord(word: string, previous: string | undefined, next: string | undefined): Tense {
  const w = word.toLowerCase();
  if (w === 'to') {
    // "decided to admit them in March", "is due to arrive" look ahead; "to the city", "staged … to mark" do not
    return previous && INTENT.test(previous) && next && /^[a-z]+$/.test(next) && !DETERMINERS.test(next) && !/(?:ing|ed)$/.test(next) ? 'future' : undefined;
  }
  if ((w === 'was' || w === 'were') && next && /^(?:planning|going|expected|scheduled|due|set|slated|about|to|supposed)$/.test(next)) return 'future';
  if (w === 'until' && previous && /^(?:postponed|delayed|adjourned|deferred|extended|recessed|suspended|given|put|wait|waiting)$/i.test(previous)) return 'future';
  if (NEEDS_TO.has(w)) return next === 'to' ? 'future' : undefined;
  if (next === 'for' && /^(?:planned|set|scheduled|slated|due|expected|earmarked|penciled|pencilled|booked|timed)$/.test(w)) return 'future';
  // "is heard", "are expected": a present passive looks ahead; after "be" the modal before it decides
  if (previous && /^(?:is|are|am)$/i.test(previous) && (PAST_WORDS.has(w) || /[a-z]ed$/.test(w))) return 'future';
  if (previous && /^be$/i.test(previous) && (PAST_WORDS.has(w) || /[a-z]ed$/.test(w))) return undefined;
  if (w === 'be') return undefined;
  // "could not be reached", "would not say": a negated modal reports what did not happen
  if ((w === 'could' || w === 'would') && (next === 'not' || (previous && /^(?:not|never|neither|nor)$/i.test(previous)))) return 'past';
  if (w.endsWith("'ll") || w.endsWith('’ll')) return 'future';
  if (w === 'set' || w === 'due') {
    // "is set to", "are due to" look forward; "set" after a subject is often past
    return previous && /^(is|are|was|were|been|be)$/i.test(previous) ? 'future' : w === 'set' ? 'past' : undefined;
  }
  if (w === 'is' || w === 'are' || w === 'am' || w === 'be') return 'future';
  if (FUTURE_WORDS.has(w)) return 'future';
  if (PAST_WORDS.has(w)) return 'past';
  if (w.length > 3 && w.endsWith('ed') && !NOT_PAST_ED.has(w) && word[0] === word[0].toLowerCase()) {
    return 'past';
  }
  return undefined;
}

