// Quote sieve `cue-before`: `X said: “…”`, `X said that “…”`, `X said it could “…”`, `Said Ellis: “…”`: the last cue
// in the sentence before the quote.
import { isCue, isCueAt } from '../../cues';
import { SUBORDINATORS } from '../../lexicon';
import { CUE_WORD, adjectiveBefore, cueAt } from '../cue';
import { nameFromRun, tokens, usedInLowerCase } from '../names';
import { PREPOSITIONS, subjectAfter, subjectBefore, surnameAlone, type SpeakerFound } from '../phrases';
import type { Found, QuoteSite } from '../sieve';

export function cueBefore(site: QuoteSite): Found | null {
  return preAttribution(site.before, site.sentenceStart, site.text);
}

const NOUN_BEFORE = /(?:\b(?:a|an|the|his|her|its|their|our|my|your|this|that)\s+|[\p{L}]['’]s?\s+(?:[\p{L}\-]+\s+)?)$/iu;

/** `a snappy retort:`, `a Twitter comment`: a cue's bare form after an article and one modifier is a noun (a
 * singular subject would take `retorts`). */
const MODIFIED_NOUN_BEFORE = /\b(?:a|an)\s+[\p{L}\-]+\s+$/iu;

/** `footage of Jane Doe saying`, `a clip showing Doe telling`, `…, with Doe noting`: the name is the participle's subject. */
const OF_NAME_BEFORE = /\b(?:of|showing|shows|show|from|with)\s+(?:[\p{Lu}][\p{L}'’.\-]*\s+){1,3}$/u;

/** What may follow the name of an inverted cue before the quote: nothing but a comma or colon, or an apposition. */
const INVERTED_TAIL = /^(?:[^,;:]*[,:]?|\s*,[^,;:“”"]{1,120},)\s*$/;

/** An inverted cue between commas inside the sentence (`The paradox of it, says Jane Doe, a historian, is that “…”`). */
const PARENTHETICAL_TAIL = /^(?:\s*,[^,;:“”"]{1,120})?,\s+[\p{Ll}]/u;

/** Does the sentence prefix end with a cue and a comma (`Trump said, “…`)? */
export function cueBeforeEnds(before: string): boolean {
  const m = /([\p{L}]+)(?:\s+[\p{Lu}][\p{L}'’.\-]*){0,3},\s*$/u.exec(before);
  return !!m && isCue(m[1]);
}

/** `X said: “…”`, `X said that “…”`, `X said it could “…”`: the last cue in the sentence before the quote. */
export function preAttribution(before: string, offset: number, text: string): Found | null {
  CUE_WORD.lastIndex = 0;
  const cues: RegExpExecArray[] = [];
  for (let m = CUE_WORD.exec(before); m; m = CUE_WORD.exec(before)) {
    // a capitalized cue only at the sentence start (`Said Ellis:`), never `the United States`
    if (isCueAt(before, m.index, m[0]) && (/^[\p{Ll}]/u.test(m[0]) || before.slice(0, m.index).trim() === '')) cues.push(m);
  }
  let participle: RegExpExecArray | null = null;
  for (let k = cues.length - 1; k >= 0 && k >= cues.length - 6; k--) {
    const m = cues[k];
    const w = m[0].toLowerCase();
    const seg = before.slice(0, m.index);
    // a cue form after a determiner or a possessive is a noun (`a snappy retort:`, `Bush's Facebook post:`)
    if (!/(?:ed|said|told|wrote|ing)$/.test(w) && (NOUN_BEFORE.test(seg) || adjectiveBefore(seg))) continue;
    if (!/(?:s|ed|said|told|wrote|ing)$/.test(w) && MODIFIED_NOUN_BEFORE.test(seg)) continue;
    // a participle after a noun phrase (`posted a comment on Facebook, saying`, `on Facebook writing`) is the clause's
    if (/ing$/.test(w) && (/,\s*$/.test(seg) || seg.trim() === '' || !/\b(?:he|she|they|who|and|was|is|were|are|been|be|keeps|kept|(?:he|she|they)['’](?:s|re))\s+$/i.test(seg) && !OF_NAME_BEFORE.test(seg))) {
      // `X said, adding that “…”`, `X …, saying “…”`: the subject of an earlier cue, else of the sentence
      participle ??= m;
      continue;
    }
    if (/^(?:said|says)$/.test(w) && /\b(?:was|were|is|are|be|been|being|it|has|have|had)\s+$/i.test(seg) && !/\b(?:he|she|they|it)\s+(?:has|had|have)\s+$/i.test(seg)) continue; // `it is said`
    // a passive (`Doe has been called “…”`, `Doe was asked`): its subject is who the words are about
    if (/(?:ed|told|written)$/.test(w) && /\b(?:was|were|is|are|be|been|being)\s+$/i.test(seg)) continue;
    // `… if asked`, `when pressed`: a participle after a subordinator has no subject of its own
    if (/ed$/.test(w) && /\b(?:if|when|unless|until|whenever|as)\s+$/i.test(seg)) continue;
    const sp = subjectBefore(seg, offset, text) ?? surnameAlone(seg, offset, text);
    // (`When Doe suggested it, Roe fired back: “…”`, `a clip that Doe called “distasteful,” Roe said`: a cue in a
    // subordinate or relative clause that closes before the quote is not the quote's)
    if (sp && inClosedClause(before, sp.span.start - offset, m.index + m[0].length)) continue;
    if (sp) return { sp, cue: cueAt(text, offset + (participle ?? m).index, (participle ?? m)[0]), how: 'cue-before' };
    // a verb coordinated with the sentence's first (`Bush thought for a moment and said`): that one's subject
    if (!participle && /\s(?:and|then|but)\s+(?:(?:\p{Ll}+ly|now|also|later|then)\s+)?$/u.test(seg)) {
      const sub = clauseSubject(seg, offset, text);
      if (sub) return { sp: sub, cue: cueAt(text, offset + m.index, m[0]), how: 'cue-before' };
    }
    if (seg.trim() === '' || /[,;:]\s*$/.test(seg)) {
      // inverted before the quote: `Said Ellis: “…”`, `Said Ellis, who grew up there, “…”`
      const cue = cueAt(text, offset + m.index, m[0]);
      const rest = before.slice(cue.span.end - offset);
      const inv = subjectAfter(rest, cue.span.end, text);
      const tail = rest.slice(inv ? inv.span.end - cue.span.end : 0);
      if (inv && inv.kind === 'name' && (INVERTED_TAIL.test(tail) || PARENTHETICAL_TAIL.test(tail))) return { sp: inv, cue, how: 'cue-before' };
    }
  }
  if (participle) {
    const sub = leadingSubject(before, offset, text);
    if (sub) return { sp: sub, cue: cueAt(text, offset + participle.index, participle[0]), how: 'cue-before' };
  }
  return null;
}

/** Does the subject at `subjectAt` of `before` open a subordinate clause (`When Doe …`) or a relative one (`… that Doe
 * …`) that a comma closes after its cue (ending at `cueEnd`), with more of the sentence between it and the quote? */
function inClosedClause(before: string, subjectAt: number, cueEnd: number): boolean {
  const clauseStart = Math.max(before.lastIndexOf(',', subjectAt), before.lastIndexOf(';', subjectAt), before.lastIndexOf(':', subjectAt)) + 1;
  const lead = before.slice(clauseStart, subjectAt);
  if (/[“”"]/.test(lead) || lead.split(/\s+/).filter(Boolean).length > 8) return false;
  const rest = before.slice(cueEnd);
  // (a relative clause's cue takes no `that` clause of its own: `in which he pledged that, if elected, …` is his)
  const opens = SUBORDINATE_LEAD.test(lead) || (RELATIVE_LEAD.test(lead) && !/^\s*that\b/.test(rest));
  return opens && /,[”"’]?\s*[\p{L}]+\s+[\p{L}]/u.test(rest);
}

/** A subordinate clause's first word (lexicon's SUBORDINATORS). */
const SUBORDINATE_LEAD = new RegExp(`^\\s*(?:${SUBORDINATORS.join('|')})\\b`, 'i');
/** An object relative clause: `a clip that Doe called`, `which the Tax Office estimates`; not `in which`. */
const RELATIVE_LEAD = /(?<!\b(?:in|on|at|of|by|for|with|from|to)\s+)\b(?:that|which|whom)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}.'’\-]*\s+)*$/u;

/** The subject that opens the clause `seg` ends in (after its last comma): a name or a pronoun followed by a lower-case
 * word, its verb (`Asked about it, Bush thought for a moment and`); none for `I` or `we`, the writer. */
function clauseSubject(seg: string, offset: number, text: string): SpeakerFound | null {
  let from = Math.max(seg.lastIndexOf(','), seg.lastIndexOf(';'), seg.lastIndexOf(':')) + 1;
  // `Jane Doe backed the senator in 2010, but now said`: a comma before the conjunction, the subject before it
  if (from > 0 && /^\s*(?:and|but|then)\s/.test(seg.slice(from))) from = Math.max(seg.lastIndexOf(',', from - 2), seg.lastIndexOf(';', from - 2), seg.lastIndexOf(':', from - 2)) + 1;
  const m = /^\s*((?:[\p{Lu}][\p{L}'’.\-]*\s+){0,4}?[\p{Lu}][\p{L}'’\-]*|he|she|they)\s+\p{Ll}/u.exec(seg.slice(from));
  if (!m) return null;
  const start = offset + from + m[0].indexOf(m[1]);
  if (/^(?:he|she|they)$/i.test(m[1])) return { phrase: m[1], span: { start, end: start + m[1].length }, kind: 'pronoun' };
  const toks = tokens(m[1], start);
  const hit = nameFromRun(toks, text);
  return hit && hit.end === toks[toks.length - 1].end ? { phrase: hit.name, span: { start: hit.start, end: hit.end }, kind: 'name', name: hit } : null;
}

/** The subject at the start of the clause before a participle cue (`Trump, speaking in Ohio, said`). */
function leadingSubject(before: string, offset: number, text: string): SpeakerFound | null {
  const sent = before;
  // the first name or pronoun of the sentence
  const NAME = /((?:[\p{Lu}][\p{L}'’.\-]*\s+){0,4}[\p{Lu}][\p{L}'’\-]*|he|she|they|it|He|She|They|It)\b/uy;
  // the sentence's own start (`Hillary Clinton spoke …, arguing`), else after an opening phrase (`In Ohio, Trump …`,
  // `Speaking in Salem, New Hampshire, Trump went after Bush, calling`): after a comma, a name followed by its verb
  // wins over one followed by a comma, which may be the end of a place
  let m: RegExpExecArray | null = null;
  let beforeComma: RegExpExecArray | null = null;
  const starts = [0];
  // (past the first comma only when the sentence opens with a phrase: `After …`, `Speaking …`; `76-year-old Jane
  // Doe, founder of the institute, YAF member in the 1960s, endorsed` has no opening phrase)
  const opener = OPENING_WORD.test(sent.trimStart());
  for (let c = sent.indexOf(','); c >= 0 && starts.length <= (opener ? MAX_OPENING_COMMAS : 1); c = sent.indexOf(',', c + 1)) starts.push(c + 1);
  for (const at of starts) {
    // (the opening phrase holds no subject: `Early in his campaign, Trump …`, `Ironically, the …`, `Like Doe, Roe …`)
    if (at === 0 && opener && starts.length > 1) continue;
    let k = at;
    while (k < sent.length && /\s/.test(sent[k])) k++;
    NAME.lastIndex = k;
    const mm = NAME.exec(sent);
    if (!mm) continue;
    // (`Following a meeting, the council …`: a participle opening the sentence is no name)
    if (/^[\p{Lu}][\p{Ll}]+ing$/u.test(mm[1])) continue;
    const rest = sent.slice(mm.index + mm[0].length);
    // a name in capitals is a dateline (`TALLAHASSEE —`), and a subject goes on with its verb or an apposition
    if (/^[\p{Lu}\s.'’\-]{4,}$/u.test(mm[1]) || !SUBJECT_GOES_ON.test(rest)) continue;
    // `Early in his campaign, …`: a word the text writes in lower case, opening the sentence before a preposition
    if (at === 0 && !/\s/.test(mm[1]) && PREPOSITIONS.has(/^\s+(\p{Ll}+)/u.exec(rest)?.[1] ?? '') && usedInLowerCase(text, mm[1])) continue;
    if (!/^(?:he|she|they|it)$/i.test(mm[1]) && !nameFromRun(tokens(mm[1], offset + k), text)) continue;
    if (at > 0 && /^\s*,/.test(rest)) { beforeComma ??= mm; continue; }
    m = mm;
    break;
  }
  m ??= beforeComma;
  if (!m) return null;
  const start = offset + m.index;
  const seg = m[1];
  if (/^(?:he|she|they|it)$/i.test(seg)) return { phrase: seg, span: { start, end: start + seg.length }, kind: 'pronoun' };
  const toks = tokens(seg, start);
  const hit = nameFromRun(toks, text);
  if (!hit) return null;
  return { phrase: hit.name, span: { start: hit.start, end: hit.end }, kind: 'name', name: hit };
}

/** After a subject: its verb, an apposition or a possessive, past a party tag (`Sen. Jane Doe (D-Ohio) visited`). */
const SUBJECT_GOES_ON = /^(?:\s*\([^()]{1,30}\))?(?:\s+\p{Ll}|\s*,|['’]s?\s)/u;

/** Opening phrases are looked past up to this many commas (`After the vote in Salem, Ohio, on Friday, Jane Doe …`). */
const MAX_OPENING_COMMAS = 4;
/** The first word of a sentence that opens with a phrase before its subject. */
const OPENING_WORD = /^(?:after|before|when|while|as|since|although|though|despite|during|until|following|in|on|at|for|with|from|by|of|to|over|under|amid|among|asked|earlier|later|meanwhile|like|unlike|early|\p{L}+ing|\p{L}+ly)\b/iu;
