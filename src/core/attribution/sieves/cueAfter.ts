// Quote sieve `cue-after`: `“…,” X said` and `“…,” said X`, right after the closing mark.
import { isCue, isCueAt } from '../../cues';
import { CUE_WORD, adjectiveBefore, cueAt } from '../cue';
import { nameFromRun, tokens } from '../names';
import { DESC_DET, PLURAL_SPEAKERS, PREPOSITIONS, subjectAfter, subjectBefore, surnameAlone } from '../phrases';
import { PRONOUNS } from '../../cues';
import type { Found, QuoteSite } from '../sieve';

export function cueAfter(site: QuoteSite): Found | null {
  // a quote inside words that attribute it leaves the words after it to a sentence of their own (`Doe asserted that
  // “… broken.” Roe said …`) or to a clause of their own (`Doe accuses him of “…” and Roe says …`, `… at “…,” Roe
  // said: “…”`)
  const embedded = /[\p{L}]\s*$/u.test(site.before) && hasCue(site.before);
  if (embedded && (site.closedSentence || /^[\s,]*(?:and|but)\s/.test(site.afterText))) return null;
  const found = postAttribution(site.afterText, site.quote.end, site.text, site.closedSentence) ?? signatureLine(site);
  if (embedded && found?.cue && site.text[found.cue.span.end] === ':') return null;
  return found;
}

/** Do the words hold a cue verb in lower case? */
function hasCue(words: string): boolean {
  for (const m of words.matchAll(CUE_WORD)) if (/^\p{Ll}/u.test(m[0]) && isCueAt(words, m.index!, m[0])) return true;
  return false;
}

/** A signature on the line after a quote that ends its paragraph: `“…”` / `- Jane Doe.` / `—Jane Doe, Salem.` */
function signatureLine({ text, quote, afterText, closedSentence }: QuoteSite): Found | null {
  if (!closedSentence || afterText.trim() !== '') return null;
  const m = /^[ \t]*(?:\r?\n[ \t]*){1,2}([-—–―][ \t]*)([\p{Lu}][^\n.,;]{1,60}?)(?:\.|,[^\n]{0,80})?[ \t]*(?:\r?\n|$)/u.exec(text.slice(quote.end, quote.end + 200));
  if (!m) return null;
  const dash = quote.end + m.index + m[0].indexOf(m[1]);
  const toks = tokens(m[2], dash + m[1].length);
  const hit = nameFromRun(toks, text);
  if (!hit || hit.end !== toks[toks.length - 1].end) return null;
  return { sp: { phrase: hit.name, span: { start: hit.start, end: hit.end }, kind: 'name', name: hit }, cue: { cue: text[dash], span: { start: dash, end: dash + 1 }, weak: false }, how: 'cue-after' };
}

/** Words that open a clause of its own after a quote (`“…” until Haley said`); not `as` (`“…,” as Doe put it`). */
const SUBORDINATORS = /^(?:until|unless|when|whenever|after|before|because|since|while|although|if|once|whereas)$/;

/** A cue's own report: a colon, or a `that` clause (a time word after `that` is no clause: `he said that night`). */
const OWN_REPORT = /^(?:\s+(?:to|at)\s+(?:him|her|them|us|me|reporters|the \p{Ll}+|[\p{Lu}][\p{L}]+))?\s*(?::|\s+that\s+(?!night|day|morning|afternoon|evening|week|month|year|time)\p{L})/u;

const QUOTED_AS = /\s(?:is|was|were|are|has been|had been)\s+quoted\s+(?:as\s+)?$/i;

function postAttribution(after: string, offset: number, text: string, closedSentence: boolean): Found | null {
  const lead = /^[\s,]*(?:[—–―-]+\s*)?/.exec(after)![0];
  const s = after.slice(lead.length);
  const base = offset + lead.length;
  if (!s) return null;
  if (closedSentence && !/^[\p{Lu}]|^(?:he|she|they)\b/u.test(s) && !/^[a-z]/.test(s)) return null;
  // a signature dash: `” ― Jane Doe.`
  if ((/[—–―]/.test(lead) || /\s-\s*$/.test(lead) || (/^-\s*$/.test(lead) && /\s/.test(text[offset - 2] ?? ''))) && /^[\p{Lu}]/u.test(s)) {
    // (a hyphen stands for the dash when spaced from the quote: `” - Jane Doe.`, `” -Jane Doe, Ohio.`)
    const m = /^([^.,;\n]{2,60}?)(?:\.|,[^\n]{0,80})?\s*$/.exec(s);
    if (m) {
      const toks = tokens(m[1], base);
      const hit = nameFromRun(toks, text);
      if (hit && hit.end === toks[toks.length - 1].end) return { sp: { phrase: hit.name, span: { start: hit.start, end: hit.end }, kind: 'name', name: hit }, cue: { cue: lead.trim(), span: { start: offset + lead.search(/[—–―-]/), end: offset + lead.search(/[—–―-]/) + 1 }, weak: false }, how: 'cue-after' };
    }
  }
  // inverted: `said X` (a participle is never inverted: `…,” claiming that …` is the clause of the sentence's subject)
  const inv = /^([\p{L}]+)(?:\s+(?:out|in))?\b/u.exec(s);
  // (`"…anonymity" said Nick Merrill`: `said` needs no comma before it)
  if (inv && isCue(inv[1]) && (/[,—–―-]/.test(lead) || /[,?!][”"’]?\s*$/.test(text.slice(offset - 3, offset)) || /^(?:said|says)$/.test(inv[1])) && !/^(?:tell|tells|told)$|ing$/i.test(inv[1])) {
    const cue = cueAt(text, base, inv[1]);
    const sp = subjectAfter(text.slice(cue.span.end, base + s.length), cue.span.end, text);
    if (sp) return { sp, cue, how: 'cue-after' };
  }
  // normal: `X said`, within a short stretch
  CUE_WORD.lastIndex = 0;
  let words = 0;
  for (let m = CUE_WORD.exec(s); m && m.index < 300; m = CUE_WORD.exec(s)) {
    words++;
    if (!isCueAt(s, m.index, m[0]) || m.index === 0 || /^[\p{Lu}]/u.test(m[0])) continue;
    // `“…” Jane Doe is quoted as saying.`: the passive names its subject
    const quoted = /^saying$/i.test(m[0]) && words <= 8 ? QUOTED_AS.exec(s.slice(0, m.index)) : null;
    if (quoted) {
      const sp = subjectBefore(s.slice(0, quoted.index), base, text);
      if (sp) return { sp, cue: cueAt(text, base + m.index, m[0]), how: 'cue-after' };
    }
    if (/^(?:calling|saying|adding|noting|arguing|asking|explaining|continuing|telling|insisting|claiming|warning|stating|writing)$/i.test(m[0])
      && !/\b(?:is|was|are|were|been|be|am|keeps|kept)\s+$/i.test(s.slice(0, m.index))) {
      // `…,” he said, adding` is found earlier; a participle right after the subject is `X, saying`
      if (words > 1 && /,\s*$/.test(s.slice(0, m.index))) {
        const sp = subjectBefore(s.slice(0, m.index).replace(/,\s*$/, ''), base, text);
        // (only a subject that opens the words after the quote: `He went on to endorse Ayotte, calling` is his)
        if (sp && sp.kind !== 'desc' && /^\s*(?:(?:the|a|an|[\p{Lu}][\p{L}.'’\-]*)\s+)*$/u.test(s.slice(0, sp.span.start - base))) return { sp, cue: cueAt(text, base + m.index, m[0]), how: 'cue-after' };
      }
      continue;
    }
    const seg = s.slice(0, m.index);
    if (/[“”"]/.test(seg)) return null;
    // a passive (`hours after the aide was charged`): its subject is who the words are about, not who says them
    if (/(?:ed|told|written)$/i.test(m[0]) && /\b(?:was|were|is|are|be|been|being)\s+$/i.test(seg)) continue;
    if (!/(?:ed|said|told|wrote|ing)$/i.test(m[0]) && adjectiveBefore(seg)) continue; // `his recent remarks`
    const firstWord = /^[\p{L}'’]+/u.exec(seg)?.[0] ?? '';
    const oddStart = /^[\p{Ll}]/u.test(firstWord) && !DESC_DET.test(firstWord) && !PRONOUNS.has(firstWord) && !PLURAL_SPEAKERS.test(firstWord);
    // (`“…” until Haley said`: a cue in a clause of its own reports something else)
    if (oddStart && (PREPOSITIONS.has(firstWord) || SUBORDINATORS.test(firstWord) || words > 8)) return null;
    if (/^\s+(?:was|is|were|are|has|had|have)\b/.test(s.slice(m.index + m[0].length, m.index + m[0].length + 6))) continue; // `his comment was`
    if (closedSentence && (words > 9 || !/^\s*(?:(?:asked|told|urged|reminded|warned)\s+(?:[\p{Lu}][\p{L}]+\s+)?\p{Ll}{3,}s|[\p{L}]+(?:\s+out|\s+in)?(?:\s+(?:reporters|journalists|supporters|the (?:\p{Ll}+ )?(?:crowd|audience))|\s+[\p{Lu}][\p{L}]+)?)(?:\s+\p{Ll}+ly)?\s*(?:[,.;:!?]|$|\s+(?:on|in|at|during|to|about|of|from|as|while|when|with|after|before|later|earlier|last|this|yesterday|today|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)/u.test(s.slice(m.index)))) return null;
    if (/\b(?:that|which|who|because|if|when|whether)\b/.test(seg) && !/,\s*(?:a|an|the|who|which)\b/.test(seg)) return null;
    // after a closed quote, a cue with a colon or a `that` clause of its own reports what follows it (`She replied to
    // him that …`, `The candidate reiterated: “…”`), not the quote before it
    if (closedSentence && OWN_REPORT.test(s.slice(m.index + m[0].length, m.index + m[0].length + 60))) return null;
    const sp = subjectBefore(seg, base, text) ?? surnameAlone(seg, base, text);
    if (oddStart && sp?.kind !== 'name') return null; // `panel Chairman Jane Doe said` is fine, `and his comment` not
    if (sp) {
      if (closedSentence && sp.kind === 'desc' && !/^(?:the|a|an|some|one|two|several|many|his|her|their|its)\b/i.test(sp.phrase)) return null;
      return { sp, cue: cueAt(text, base + m.index, m[0]), how: 'cue-after' };
    }
    if (closedSentence) return null;
    // `one of the states suing …, said`: a noun that looks like a cue; read on
  }
  return null;
}
