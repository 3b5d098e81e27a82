// Speaker phrases: the subject before a cue verb (`Kenneth Baer, a former official, said`) or after an inverted one
// (`said Rep. Jane Doe (D-Ohio)`), as a name, a pronoun or a description.
import type { Span } from '../types';
import { AUX, PRONOUNS, isCue } from '../cues';
import { ABBREV, PARTICLES, SUFFIXES, isCap, knownSurname, nameFromRun, tokens, type NameHit } from './names';

// Speaker phrases

export interface SpeakerFound {
  /** The speaker phrase as written. */
  phrase: string;
  span: Span;
  kind: 'name' | 'pronoun' | 'desc';
  name?: NameHit;
}

export const DESC_DET = /^(?:the|a|an|his|her|their|its|my|our|your|one|two|three|several|some|many|other|another|this|that)$/i;
export const PLURAL_SPEAKERS = /^(?:officials|police|critics|analysts|experts|aides|advisers|advisors|investigators|prosecutors|authorities|residents|witnesses|protesters|supporters|opponents|organizers|sources|lawmakers|democrats|republicans|researchers|scientists|economists|doctors|people|voters|activists|leaders|observers|diplomats|officers|spokesmen|parents|students|teachers|workers)$/i;

/** Appositions inside appositions are read this deep, no deeper: each level tries up to three splits, so an
 * unbounded depth is exponential in the commas (`a, ,a, ,a, …`). */
const MAX_APPOSITION_DEPTH = 2;

/** The subject at the end of `seg` (the reporter's words just before a cue verb). */
export function subjectBefore(seg: string, offset: number, text: string, depth = 0): SpeakerFound | null {
  if (seg.length > 260) {
    // a subject with its apposition is never longer than this; keep the scan short
    offset += seg.length - 260;
    seg = seg.slice(-260);
  }
  // a time between subject and cue (`Beck on Wednesday called`, `Sanders during a rally Sunday thanked`)
  seg = seg.replace(TIME_BEFORE_CUE, ' ');
  let toks = tokens(seg, offset);
  // drop auxiliaries and adverbs between subject and cue
  // (and any lower-case adverb: `Cruz gingerly said`)
  while (toks.length && (AUX.has(toks[toks.length - 1].w.toLowerCase()) || /^\p{Ll}{3,}ly$/u.test(toks[toks.length - 1].w)) && toks.length > 1 && text.slice(toks[toks.length - 1].end, offset + seg.length).trim() === '') {
    const t = toks.pop()!;
    seg = seg.slice(0, t.start - offset);
  }
  seg = seg.replace(/\s+$/, '');
  // party tags: `(R-Utah)`, `, R-Wis.,`, ages `, 25,`
  // (an acronym closing an apposition keeps the apposition's comma: `Jane Doe, the head of the agency (UNHCR), said`)
  seg = seg.replace(/\s*\([^()]{1,40}\)$/, '').replace(/\s*\((?:[RDI]-[^()]{1,20}|[\p{Lu}][\p{L}.]{1,15})\),$/u, (m: string, at: number) => (!/\([RDI]-/.test(m) && seg.lastIndexOf(',', at) >= 0 ? ',' : '')).replace(/,\s*[RDI]-[\p{L}. ]{1,15}\.?,?$/u, '').replace(/,\s*\d{1,3},?$/, '');
  toks = tokens(seg, offset);
  if (!toks.length) return null;
  const last = toks[toks.length - 1];
  const tail = seg.slice(last.end - offset);
  const contracted = /^(he|she|they|it)['’](?:s|re|ve|d|ll)$/i.exec(last.w); // `He’s claiming`
  if (tail.trim() === '' && contracted) return { phrase: contracted[1], span: { start: last.start, end: last.start + contracted[1].length }, kind: 'pronoun' };
  if (tail.trim() === '' && PRONOUNS.has(last.w.toLowerCase()) && last.w !== 'I') {
    const prev = seg.slice(0, last.start - offset);
    // `he said`: subject pronouns; `it` only where it starts a clause (not `called it`)
    if (last.w.toLowerCase() !== 'it' || /(^|[,;:—–(”"]|\b(?:and|but|as|so|because|when|while|then|where|after|before|if|later|now|what|which))\s*$/i.test(prev) || prev.trim() === '') {
      return { phrase: last.w, span: { start: last.start, end: last.end }, kind: 'pronoun' };
    }
    return null;
  }
  if (tail.trim() === ',') {
    if (depth >= MAX_APPOSITION_DEPTH) return null;
    // apposition: `Kenneth Baer, a former official who runs a firm,`
    const parts = seg.slice(0, -1).split(',');
    for (let k = Math.max(1, parts.length - 3); k < parts.length; k++) {
      const head = parts.slice(0, k).join(',');
      const appo = parts.slice(k).join(',').trim();
      // (`Sanders’ campaign manager`, `Clinton's spokesman`: a role owned by a name is an apposition too)
      if (/[“”"]/.test(appo)) continue;
      if (!/^(?:a|an|the|who|which|whose|now|then|once|also|former|head|chief|founder|president|director|executive|spokes\w+|\d+|one|another|[a-z]+ (?:of|at|for))\b/.test(appo) && !/^[a-z]/.test(appo)
        && !/^[\p{Lu}][\p{L}.\-]*(?:\s+[\p{Lu}][\p{L}.\-]*){0,2}(?:['’]s|s['’])\s+[a-z]/u.test(appo)) {
        // `The mayor, Peter Vance, said`: a name in apposition to a description is who that description is
        const named = k === parts.length - 1 ? nameOfApposition(seg, offset, appo, text) : null;
        if (named && subjectBefore(head, offset, text, depth + 1)?.kind === 'desc') return named;
        continue;
      }
      const inner = subjectBefore(head, offset, text, depth + 1);
      if (inner && inner.kind !== 'pronoun') return inner;
    }
    return null;
  }
  if (tail.trim() !== '') return null;
  if (/^(?:which|who|that)$/i.test(last.w) && toks.length > 1) {
    // `the Chicago Police Department, which reported`
    if (depth >= MAX_APPOSITION_DEPTH) return null;
    const head = seg.slice(0, last.start - offset).replace(/[\s,]+$/, '');
    const inner = subjectBefore(head, offset, text, depth + 1);
    return inner && inner.kind === 'name' ? inner : null;
  }
  if (isCap(last.w) || SUFFIXES.has(last.w.toLowerCase())) {
    if (/['’]s$/.test(last.w)) return null;
    // `the Archbishop of Canterbury`, `the Bank of England`: a titled phrase, not a person called Canterbury
    const ofPhrase = /\b(?:the\s+)?(?:[\p{Lu}][\p{L}\-]*\s+){1,3}of\s+(?:the\s+)?(?:[\p{Lu}][\p{L}'’\-]*\s*){1,3}$/u.exec(seg);
    if (ofPhrase && !/^(?:the\s+)?(?:Mr|Mrs|Ms|Dr)\b/.test(ofPhrase[0])) {
      const start = offset + ofPhrase.index;
      const phrase = text.slice(start, offset + seg.trimEnd().length);
      const lead = seg.slice(0, ofPhrase.index);
      if (/(?:^|[,;:—–(”"]|\b(?:and|but|as|so|because|when|while|then|that))\s*$/i.test(lead)) return { phrase, span: { start, end: start + phrase.length }, kind: 'desc' };
    }
    const hit = nameFromRun(toks, text);
    if (hit && hit.end === last.end) {
      // `Jane Doe, the director of the Ohio Party said`: a name after a preposition is its object, and the apposition
      // left open before the cue belongs to the name before its comma
      const lead = text.slice(Math.max(offset, hit.start - 120), hit.start);
      const comma = seg.lastIndexOf(',', hit.start - offset);
      if (OBJECT_BEFORE.test(lead) && comma > 0 && APPOSITION_OPENER.test(seg.slice(comma + 1).trimStart())) {
        if (depth >= MAX_APPOSITION_DEPTH) return null;
        const head = subjectBefore(seg.slice(0, comma), offset, text, depth + 1);
        return head && head.kind === 'name' ? head : null;
      }
      return { phrase: hit.name, span: { start: hit.start, end: hit.end }, kind: 'name', name: hit };
    }
    // A title alone (`the President said`) is a description.
  }
  // description: `the senator`, `a spokesman for the campaign`, `officials`
  const n = toks.length;
  if (PLURAL_SPEAKERS.test(last.w)) {
    let k = n - 1;
    while (k > 0 && n - k < 4 && /^[\p{L}\-]+$/u.test(toks[k - 1].w) && !isCue(toks[k - 1].w) && !/^(?:and|that|but|or|said|says|while|as)$/i.test(toks[k - 1].w)) {
      k--;
      if (DESC_DET.test(toks[k].w)) break;
    }
    const start = toks[k].start;
    return { phrase: text.slice(start, last.end), span: { start, end: last.end }, kind: 'desc' };
  }
  for (let k = n - 1; k >= 0 && n - k <= 9; k--) {
    const w = toks[k].w;
    if (k < n - 1 && (isCue(w) || /^(?:and|but|or|that|which|who|while|as|if|when|because|than|said|says)$/i.test(w))) break;
    const gap = k < n - 1 ? text.slice(toks[k].end, toks[k + 1].start) : '';
    if (/[,;:.!?()“”"—–]/.test(gap)) break;
    if (DESC_DET.test(w) || /['’]s$/.test(w)) {
      // possessive determiner: `Obama's former campaign strategist` keeps the owner
      let from = k;
      if (/['’]s$/.test(w)) {
        if (isCap(w)) while (from > 0 && isCap(toks[from - 1].w) && /^ +$/.test(text.slice(toks[from - 1].end, toks[from].start))) from--;
        else if (from > 0 && DESC_DET.test(toks[from - 1].w)) from--; // `the ad's narrator`
      }
      if (k === n - 1) return null;
      // (`another New Hampshire Republican`: capitalized words between the determiner and the head are its modifiers)
      if (/^(?:this|that|one|two|three|some|many|several|other|another)$/i.test(w) && n - k > 3 && !toks.slice(k + 1, n - 1).every(t => isCap(t.w))) return null;
      if (FUNCTION_WORDS.has(last.w.toLowerCase()) || /(?:ly|ing|ed|ful|ous|ive|al)$/i.test(last.w) && !PERSON_NOUN_ENDING.test(last.w)) return null;
      const prevWord = from > 0 ? toks[from - 1].w.toLowerCase() : '';
      const gapBefore = from > 0 ? text.slice(toks[from - 1].end, toks[from].start) : '';
      if (from > 0 && !/[,;:—–(”"]/.test(gapBefore) && (PREPOSITIONS.has(prevWord) || COMMON_VERBS.has(prevWord) || isCue(prevWord))) {
        if (PREPOSITIONS.has(prevWord)) continue; // `a narrator in the Clinton ad`: look for an earlier head
        return null;
      }
      const start = toks[from].start;
      const phrase = text.slice(start, last.end);
      if (/^(?:the|a|an)\s+(?:same|first|last|next|following|latest|former|other|time|day|week|year|story|bill|law)$/i.test(phrase) || /^an?\s+(?:statement|report)$/i.test(phrase)) return null;
      return { phrase, span: { start, end: last.end }, kind: 'desc' };
    }
  }
  return null;
}

/** A preposition (and capitalized words: titles, an organization's name) right before a name: the name is its object. */
export const OBJECT_BEFORE = /\b(?:of|for|at|with|from|by|to)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}.'’\-]*\s+)*$/u;
/** The first word of an apposition after a name's comma (`Jane Doe, the director of …`, `…, who chairs …`). */
export const APPOSITION_OPENER = /^(?:a|an|the|who|whose|now|then|former|also)\b/;

const DAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const TIME_BEFORE_CUE = new RegExp(`(?<=[\\p{L}.])\\s+(?:(?:on|last|this|early|late)\\s+(?:${DAY}|week|month|year|night|morning|afternoon|evening)(?:\\s+(?:night|morning|afternoon|evening))?|(?:during|at)\\s+an?\\s+(?:\\p{Ll}+\\s+){0,2}(?:rally|event|interview|debate|speech|meeting|appearance)(?:\\s+${DAY})?|${DAY}|yesterday|today)\\s*$`, 'u');

/** The apposition `appo` (the end of `seg`, before its comma) as a name, when it is one and nothing more. */
function nameOfApposition(seg: string, offset: number, appo: string, text: string, at = offset + seg.lastIndexOf(appo)): SpeakerFound | null {
  const toks = tokens(appo, at);
  if (!toks.length || !toks.every(t => isCap(t.w) || PARTICLES.has(t.w) || SUFFIXES.has(t.w.toLowerCase()))) return null;
  const hit = nameFromRun(toks, text);
  return hit && hit.start === toks[0].start && hit.end === toks[toks.length - 1].end && !hit.org
    ? { phrase: hit.name, span: { start: hit.start, end: hit.end }, kind: 'name', name: hit } : null;
}

export const PREPOSITIONS = new Set(['of', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'about', 'as', 'into', 'than',
  'over', 'under', 'against', 'between', 'among', 'through', 'toward', 'towards', 'upon', 'within', 'without', 'like']);
const COMMON_VERBS = new Set(['make', 'made', 'makes', 'take', 'took', 'takes', 'get', 'got', 'gets', 'give', 'gave',
  'gives', 'is', 'was', 'are', 'were', 'be', 'been', 'has', 'have', 'had', 'see', 'saw', 'do', 'did', 'cited', 'cites',
  'showed', 'shows', 'released', 'published', 'sent', 'received', 'hit', 'attacked', 'blamed', 'praised', 'accused',
  'faced', 'became', 'become', 'won', 'lost', 'used', 'uses', 'use', 'found', 'find', 'finds', 'heard', 'hear']);

/** Nouns for people that end like adjectives (`-ive`, `-al`), so a description may end with them. */
const PERSON_NOUN_ENDING = /(?:official|rival|general|federal|tribunal|council|representative|executive|operative|detective|relative|conservative|progressive|liberal|radical|principal|individual|professional|liberals|conservatives|progressives|representatives|executives|operatives|officials|rivals|individuals|professionals)$/i;

const FUNCTION_WORDS = new Set(['by', 'of', 'and', 'to', 'for', 'with', 'in', 'on', 'at', 'that', 'the', 'a', 'an', 'or', 'but',
  'from', 'as', 'is', 'was', 'were', 'are', 'be', 'it', 'its', 'his', 'her', 'their', 'this', 'these', 'those', 'which', 'who']);


/** `s` up to a comma, a parenthesis, a quote mark or a sentence end (periods of abbreviations and initials kept). */
function chunkUntilPunct(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (',;:()\n\r“”"—–'.includes(c)) return s.slice(0, i);
    if (c === '.') {
      const word = /[\p{L}.]+$/u.exec(s.slice(0, i))?.[0] ?? '';
      if (ABBREV.test(word + '.') || /^[A-Z]$/.test(word) || /[\p{L}]/u.test(s[i + 1] ?? '')) continue;
      return s.slice(0, i);
    }
  }
  return s;
}

const RANK_ORDINAL = /^\d(?:st|nd|rd|th)$/;

/** The speaker right after an inverted cue (`said Rep. Jane Doe (D-Ohio), head of …`). */
export function subjectAfter(seg: string, offset: number, text: string): SpeakerFound | null {
  const lead = seg.length - seg.trimStart().length;
  const s = seg.slice(lead);
  const pm = /^(he|she|they|it|we)\b/i.exec(s);
  if (pm) return { phrase: pm[1], span: { start: offset + lead, end: offset + lead + pm[1].length }, kind: 'pronoun' };
  // the chunk up to a comma, a parenthesis or the sentence end
  const chunk = chunkUntilPunct(s);
  const toks = tokens(chunk, offset + lead);
  if (!toks.length) return null;
  if (DESC_DET.test(toks[0].w) || PLURAL_SPEAKERS.test(toks[0].w)) {
    // `the mayor`, `a spokesman for the campaign`; stop at a clause or a time
    let k = 1;
    while (k < toks.length && k < 9 && !/^(?:who|which|that|in|on|during|after|before|when|while|and|adding|noting|calling|saying|last|this|yesterday|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i.test(toks[k].w)) k++;
    // a capitalized org after `the`: `the White House`
    const words = toks.slice(0, k);
    if (words.length === 1 && !PLURAL_SPEAKERS.test(words[0].w)) return null;
    const start = words[0].start, end = words[words.length - 1].end;
    const capped = words.length > 1 && words.slice(1).every(t => isCap(t.w));
    if (capped) {
      // `the White House` is a name; `a New Hampshire Republican` (the name stops before the last word) describes
      const hit = nameFromRun(words.slice(1), text);
      if (hit && hit.end === words[words.length - 1].end) return { phrase: hit.name, span: { start: hit.start, end: hit.end }, kind: 'name', name: hit };
    }
    return { phrase: text.slice(start, end), span: { start, end }, kind: 'desc' };
  }
  // a name, possibly after lower-case descriptors (`retired Air Force general Lloyd Newton`)
  let k = 0;
  while (k < toks.length && k < 6 && !isCap(toks[k].w)) {
    // `said master of ceremonies Jane Doe`: `of` inside a lower-case role before the name
    const roleOf = toks[k].w === 'of' && k > 0 && !DESC_DET.test(toks[k - 1].w);
    if (!roleOf && (PREPOSITIONS.has(toks[k].w) || /^(?:after|before|during|while|since|until)$/.test(toks[k].w))) return null;
    k++;
  }
  let j = k;
  while (j < toks.length && (isCap(toks[j].w) || PARTICLES.has(toks[j].w) || SUFFIXES.has(toks[j].w.toLowerCase())) && (j === k || /^ +$/.test(text.slice(toks[j - 1].end, toks[j].start)))) j++;
  if (j === k) return null;
  // `said Trump campaign spokesman Jason Miller`: lower-case role words then another capitalized run
  let run = toks.slice(k, j);
  let m = j;
  // `said Rubio's deputy campaign manager, Rich Beeson`: a role owned by a name is who speaks, not its owner
  const owner = /['’]s?$/.test(toks[j - 1].w) && j < toks.length;
  // (a rank's ordinal counts among them: `said Air Force 1st Lt. Jane Doe`, `Army Sgt. 1st Class Jane Doe`)
  while (m < toks.length && m < j + (owner ? 6 : 3) && (/^[a-z][a-z\-]*$/.test(toks[m].w) && !PREPOSITIONS.has(toks[m].w) && !/^(?:and|or|but|who|which|that|the|a|an)$/.test(toks[m].w) || RANK_ORDINAL.test(toks[m].w) || (m > j && RANK_ORDINAL.test(toks[m - 1].w) && toks[m].w === 'Class'))) m++;
  if (m > j && m < toks.length && isCap(toks[m].w)) {
    let e = m;
    while (e < toks.length && (isCap(toks[e].w) || PARTICLES.has(toks[e].w) || SUFFIXES.has(toks[e].w.toLowerCase()))) e++;
    // `said Moscow-based US lawyer Jamie Firestone`: the name after the role words
    run = toks.slice(m, e);
  } else if (owner && m > j) {
    // the role's name in apposition after its comma, else the role as written
    const appo = /^,\s*([^,;:()\n“”"]{2,60}?)\s*(?:[,.;:(]|$)/.exec(s.slice(chunk.length));
    const named = appo ? nameOfApposition(seg, offset, appo[1], text, offset + lead + chunk.length + appo[0].indexOf(appo[1])) : null;
    if (named) return named;
    const start = toks[k].start, end = toks[m - 1].end;
    return { phrase: text.slice(start, end), span: { start, end }, kind: 'desc' };
  }
  const hit = nameFromRun(run, text, k === 0 && run[0] === toks[0]);
  if (!hit) return null;
  return { phrase: hit.name, span: { start: hit.start, end: hit.end }, kind: 'name', name: hit };
}

/** `“…,” From said`, `…, Will described`: a lone capitalized word opening the clause before a cue, no name of its own
 * (`From`, `Will`, `West`) but the surname of someone the text names in full (`Al From`). */
export function surnameAlone(seg: string, offset: number, text: string): SpeakerFound | null {
  // (the word opens the clause: after the start, a comma or a quote mark, or a conjunction)
  const m = /(?:^|[,;:—–”"]|\b(?:and|but|as|while|when|that|which|who))\s*([\p{Lu}][\p{Ll}]+)\s+$/u.exec(seg);
  if (!m || !knownSurname(text, m[1])) return null;
  const start = offset + m.index + m[0].lastIndexOf(m[1]);
  return { phrase: m[1], span: { start, end: start + m[1].length }, kind: 'name', name: { name: m[1], start, end: start + m[1].length, titles: [], org: false } };
}
