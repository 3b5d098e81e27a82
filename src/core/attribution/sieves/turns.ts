// Turn sieves, for a direct quote that found no cue of its own: it goes on the speaker turn of a quote next to it
// (`turn-previous`, `turn-next`, `turn-paragraph`), or it is introduced by the paragraph before (`paragraph-intro`:
// `Caddell continued:`) or by the sentence before it (`sentence-before`: `…, Schiff said. “The other factor …”`).
import type { Entity } from '../../types';
import { sentenceStart } from '../../sentences';
import { lastNonSpaceBefore } from '../masking';
import type { AttributedQuote, Found } from '../sieve';
import { laterAttribution } from './cueLater';
import { preAttribution } from './cueBefore';
import { introducer } from './colonSubject';
import { subjectOfIntro } from './introColon';
import { subjectOfSentence } from './sentenceSubject';

/** A quote without a speaker among the quotes attributed so far (`out`, in text order). */
export interface TurnSite {
  text: string;
  masked: string;
  out: readonly AttributedQuote[];
  i: number;
  paraStart: (pos: number) => number;
  paraEnd: (pos: number) => number;
  /** People and organizations of the entity pass, by start. */
  entities: readonly Entity[];
}

/** A turn sieve gives the quote whose speaker goes on, or a mention of its own. */
export type TurnHit = { from: AttributedQuote } | { found: Found };

export interface TurnSieve {
  id: string;
  /** It reads partial quotes too (the others read direct quotes only). */
  partialToo?: boolean;
  find: (site: TurnSite) => TurnHit | null;
}

/** The quote before `i` in its paragraph, passing over scare quotes and titles (or the one just before that). */
function previous({ out, i, paraStart }: TurnSite): AttributedQuote | undefined {
  const pStart = paraStart(out[i].start);
  let pi = i - 1;
  while (pi >= 0 && (out[pi].kind === 'scare' || out[pi].kind === 'title') && out[pi].end > pStart) pi--;
  return out[pi];
}

/** Does the quote open its paragraph? */
function opensParagraph({ out, i, masked, paraStart }: TurnSite): boolean {
  const q = out[i];
  const pStart = paraStart(q.start);
  return q.start === pStart || lastNonSpaceBefore(masked, q.start) < pStart;
}

/** The same paragraph: the quote before it goes on. */
export const turnPrevious: TurnSieve = {
  id: 'turn-previous',
  find(site) {
    const prev = previous(site);
    const ok = prev && prev.speaker && prev.kind !== 'scare' && prev.kind !== 'title' && prev.end > site.paraStart(site.out[site.i].start);
    return ok ? { from: prev } : null;
  },
};

/** `“A,” said an Iowa Democrat, “and B.”`: a sentence split by its attribution goes on with the same speaker. */
export const turnSplit: TurnSieve = {
  id: 'turn-split',
  partialToo: true,
  find({ out, i, text }) {
    const q = out[i];
    const prev = out[i - 1];
    if (!prev || !prev.speaker || !prev.speakerSpan || prev.kind === 'scare' || prev.kind === 'title') return null;
    if (prev.speakerSpan.start < prev.end || prev.speakerSpan.end > q.start || q.start - prev.end > 200) return null;
    // (the periods of abbreviations and initials end no sentence: `said Rep. Jane Doe (D-Va.),`)
    const between = text.slice(prev.end, q.start).replace(/\b([A-Z][a-z]{0,3})\./g, '$1');
    // (`“…,” said Jane Doe, adding that “…”`, `…, urging them to “…”`: a participle clause goes on with its subject)
    // (a word or two quoted there is a term: `calling it a “special place.”`)
    if (/^\s*,?\s*[^.?!;:“”"\n]*,\s*$/.test(between)) return { from: prev };
    const words = q.text.split(/\s+/).filter(Boolean).length;
    return words >= 3 && /^\s*,?\s*[^.?!;:“”"\n]*,\s*\p{Ll}+ing\b[^.?!;:“”"\n]*$/u.test(between) ? { from: prev } : null;
  },
};

/** `“A.” “B,” she said.`: the quote right after it, with nothing between. */
export const turnNext: TurnSieve = {
  id: 'turn-next',
  find({ out, i, text, masked, paraEnd }) {
    const q = out[i];
    const next = out[i + 1];
    const ok = next && next.speaker && next.kind === 'direct' && next.start < paraEnd(q.end - 1)
      && /^[\s,]*$/.test(masked.slice(q.end, next.start).replace(/^[^“"]*?$/, '')) && text.slice(q.end, next.start).trim() === '';
    return ok ? { from: next } : null;
  },
};

/** A paragraph that is nothing but a quote, after one whose last quote is attributed and followed by nothing but its
 * attribution: the same speaker goes on. */
export const turnParagraph: TurnSieve = {
  id: 'turn-paragraph',
  find(site) {
    const { out, i, text, masked, paraStart, paraEnd } = site;
    const q = out[i];
    if (!opensParagraph(site)) return null;
    const prevEnd = lastNonSpaceBefore(text, paraStart(q.start));
    if (prevEnd < 0) return null;
    const prev = previous(site);
    const fillsParagraph = text.slice(q.end, paraEnd(q.end - 1)).trim() === '';
    if (!prev || !prev.speaker || prev.kind !== 'direct' || prev.start < paraStart(prevEnd) || !fillsParagraph) return null;
    const tail = masked.slice(prev.end, prevEnd + 1);
    return tail.length < 160 && !/[.?!]\s+[\p{Lu}][^.?!]*[.?!]\s*$/u.test(tail.replace(/^[^.?!]*[.?!]/, '')) ? { from: prev } : null;
  },
};

/** A quote paragraph after one that ends `X said:`, `Caddell continued:` or `Jared Potts echoed:`. */
export const paragraphIntro: TurnSieve = {
  id: 'paragraph-intro',
  find(site) {
    const { out, i, text, masked, paraStart } = site;
    if (!opensParagraph(site)) return null;
    const prevEnd = lastNonSpaceBefore(text, paraStart(out[i].start));
    if (prevEnd < 0) return null;
    const prevPStart = paraStart(prevEnd);
    if (!/:\s*$/.test(masked.slice(prevPStart, prevEnd + 1))) return null;
    const sS = sentenceStart(masked, prevEnd, Math.max(prevPStart, prevEnd - 600));
    const sent = masked.slice(sS, prevEnd);
    // `Trump leaned in and boomed:`: with no cue, the sentence's subject
    const found = preAttribution(sent, sS, text) ?? subjectOfIntro(sent, sS, text) ?? subjectOfSentence(text, masked, site.entities, sS, prevEnd)
      ?? introducer(text, masked, site.entities, sS, prevEnd);
    return found ? { found } : null;
  },
};

/** A quote paragraph after a paragraph whose last sentence is a person's doing (`Valastro praised the governor's
 * leadership.`, `Howard continued his scathing remarks.`): that person speaks. Nothing else may share the quote's
 * paragraph, and no quote in that sentence may have a speaker of its own. */
export const paragraphSubject: TurnSieve = {
  id: 'paragraph-subject',
  find(site) {
    const { out, i, text, masked, paraStart, paraEnd } = site;
    const q = out[i];
    if (!opensParagraph(site) || !/^[\s.,]*$/.test(text.slice(q.end, paraEnd(q.end - 1)))) return null;
    if (!/\p{Ll}/u.test(q.text)) return null; // `“DIVISIVE, STUPID AND WRONG”`: a heading in capitals
    const prevEnd = lastNonSpaceBefore(text, paraStart(q.start));
    if (prevEnd < 0) return null;
    const prev = previous(site);
    // (the sentence may end in a partial quote: `Massie now said Trump had “the obligation to unite us.”`)
    const quoted = prev && prev.end === prevEnd + 1 && prev.kind === 'partial' && text[prevEnd - 1] === '.' ? prev : undefined;
    if (text[prevEnd] !== '.' && !quoted) return null;
    const prevPStart = paraStart(prevEnd);
    const sS = sentenceStart(masked, quoted ? quoted.start : prevEnd, Math.max(prevPStart, prevEnd - 600));
    // that partial quote's speaker, when it has one, goes on
    if (quoted?.speaker) return { from: quoted };
    if (!quoted && prev && prev.end > sS && prev.speaker) return null;
    const found = subjectOfSentence(text, masked, site.entities, sS, quoted ? quoted.start : prevEnd);
    // (a named subject only: `She pauses.` before a quote paragraph is too weak a sign of who speaks there)
    return found && found.sp.kind === 'name' ? { found: { ...found, how: 'paragraph-subject' } } : null;
  },
};

/** `…, Schiff said. “The other factor …”`: the sentence before, in the same paragraph, reports the speaker. */
export const sentenceBefore: TurnSieve = {
  id: 'sentence-before',
  find(site) {
    const { out, i, text, masked, paraStart } = site;
    const q = out[i];
    const pStart = paraStart(q.start);
    const prev = previous(site);
    // (a quote before it in the paragraph that has a speaker hands it on: turn-previous)
    if (opensParagraph(site) || (prev && prev.end > pStart && prev.speaker)) return null;
    const e = lastNonSpaceBefore(text, q.start);
    if (e < pStart || !/[.]/.test(text[e]) || masked[e - 1] === 'x') return null;
    const sS = sentenceStart(masked, e, Math.max(pStart, e - 600));
    // a quote in that sentence no one said (`… a “change agent,” Cole said.`) is read as the reporter's words: its
    // marks become spaces, so offsets stay
    const sent = masked.slice(sS, e).replace(/[“”"]/g, ' ');
    const found = laterAttribution(sent, sS, text) ?? preAttribution(sent, sS, text);
    return found ? { found } : null;
  },
};
