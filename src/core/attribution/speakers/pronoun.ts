// Speaker sieves for pronouns: `he`/`she` take the subject of their own sentence, else the speaker or subject of one of
// the few sentences before it, else the most recent person of that gender (preferring one who already spoke nearby);
// `they`/`it` take the most recent organization.
import { sentenceStart } from '../../sentences';
import { isCue } from '../../cues';
import { isRole } from '../../gazetteer';
import { ROLES_AFTER_NAME } from '../../lexicon';
import type { Mention } from '../nameIndex';
import type { SpeakerContext, SpeakerSieve } from '../sieve';

/** The latest speaker (in text order) that passes `ok`, looking back over at most 50 entries. */
function lastSpeaker(ctx: SpeakerContext, ok: (x: { name: string; org: boolean }) => boolean, floor: number) {
  const h = ctx.history;
  for (let i = h.length - 1; i >= 0 && i >= h.length - 50; i--) {
    const x = h[i];
    if (x.at < floor) return undefined;
    if (ok(x)) return x;
  }
  return undefined;
}

/** Does the first lower-case word after the name at `at` (past its capitalized words and an apposition between
 * commas), before `end`, pass `test`? */
function wordAfterName(masked: string, at: number, end: number, test: (w: string) => boolean): boolean {
  const m = NAME_THEN_WORD.exec(masked.slice(at, Math.min(end, at + 160)));
  return !!m && test(m[1]);
}

const NAME_THEN_WORD = /^(?:[\p{Lu}][\p{L}'’.\-]*[ \u00a0]+){0,3}[\p{Lu}][\p{L}'’\-]*(?:,[^,;:“”"]{1,80},)?\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+)/u;

/** Role nouns a name may modify (`Cruz spokesman`, `Clinton campaign`): that name is not the clause's subject. */
const isRoleWord = (w: string) => ROLES_AFTER_NAME.has(w) || isRole(w);

const SAME_PRONOUN = { m: /\b(?:he|him|his|himself)\b/i, f: /\b(?:she|her|hers|herself)\b/i };

/**
 * Who the pronoun continues from the few sentences before its own (back across at most one paragraph break): the
 * nearest sentence where a fitting person spoke gives that speaker, else the fitting person it names first (its
 * subject, in news prose), a cue's subject before any other. A sentence that holds the same pronoun before any name
 * (`He also said …`) continues an earlier chain: left to the most-recent rule, as is no sentence found.
 */
function earlierSubject(masked: string, sS: number, floor: number, g: 'm' | 'f', subjectOf: (from: number, to: number) => Mention | undefined,
  spoke: (from: number) => { name: string } | undefined): { name: string } | undefined {
  let end = sS;
  let breaks = 0;
  for (let k = 0; k < 3; k++) {
    let e = end;
    let newline = false;
    while (e > floor && /\s/.test(masked[e - 1])) { if (masked[e - 1] === '\n') newline = true; e--; }
    if (newline) breaks++;
    if (e <= floor || breaks > 1) return undefined;
    const s = sentenceStart(masked, e, Math.max(floor, e - 400));
    const said = spoke(s);
    if (said) return said;
    const subject = subjectOf(s, e);
    const pronoun = SAME_PRONOUN[g].exec(masked.slice(s, e));
    if (pronoun && (!subject || s + pronoun.index < subject.at)) return undefined;
    if (subject) return subject;
    end = s;
  }
  return undefined;
}

export const personalPronoun: SpeakerSieve = {
  id: 'pronoun',
  resolve(sp, at, ctx) {
    const p = sp.phrase.toLowerCase();
    if (sp.kind !== 'pronoun' || (p !== 'he' && p !== 'she')) return null;
    const { index, masked, spoke } = ctx;
    const floor = ctx.articleFloor(at);
    const g = p === 'he' ? 'm' : 'f';
    const loose = (name: string, org: boolean) => !org && (index.genderOf(name) ?? g) === g;
    const strict = (name: string, org: boolean) => loose(name, org)
      && (index.personLike.has(name) || index.genderOf(name) !== undefined || spoke.has(name));
    for (const ok of [strict, loose]) {
      // the subject of the pronoun's own sentence (`Clinton says she …`): the first person there who is a cue's
      // subject (`With Trump out, Cross said he …`), else the first there, but not one that only modifies a role
      // (`Cruz spokesman Rick Tyler`)
      const sS = sentenceStart(masked, at, Math.max(floor, at - 400));
      const usable = (x: Mention) => ok(x.name, x.org) && masked[x.at] !== 'x';
      // between `from` and `to`: the first fitting person who is a cue's subject, else the first not modifying a role
      const subjectIn = (from: number, to: number, fits: (x: Mention) => boolean) =>
        index.firstMention(from, to, x => fits(x) && wordAfterName(masked, x.at, to, isCue))
        ?? index.firstMention(from, to, x => fits(x) && !wordAfterName(masked, x.at, to, isRoleWord));
      const inSentence = subjectIn(sS, at, usable);
      if (inSentence) { index.learnGender(inSentence.name, g); return { name: inSentence.name, type: 'person', by: 'pronoun-sentence' }; }
      // (an owner is no subject: `As for Carson’s remark, Levine laughed.`)
      const subject = (x: Mention) => usable(x) && !/^[\p{L}'’.\- ]*?[’']s\b/u.test(masked.slice(x.at, x.at + x.name.length + 3));
      const earlier = earlierSubject(masked, sS, floor, g, (from, to) => subjectIn(from, to, subject),
        from => lastSpeaker(ctx, x => ok(x.name, x.org), Math.max(floor, from)));
      if (earlier) { index.learnGender(earlier.name, g); return { name: earlier.name, type: 'person', by: 'pronoun-previous' }; }
      // the most recent person mentioned, preferring one who already spoke nearby
      const m = index.lastMention(at, x => ok(x.name, x.org) && masked[x.at] !== 'x', floor);
      const h = lastSpeaker(ctx, x => ok(x.name, x.org), floor);
      const pick = h && (!m || h.at >= m.at - 1500) ? h.name : m?.name;
      if (pick) { index.learnGender(pick, g); return { name: pick, type: 'person', by: 'pronoun-recent' }; }
    }
    return null;
  },
};

export const organizationPronoun: SpeakerSieve = {
  id: 'pronoun-org',
  resolve(sp, at, ctx) {
    const p = sp.phrase.toLowerCase();
    if (sp.kind !== 'pronoun' || (p !== 'they' && p !== 'it')) return null;
    const floor = ctx.articleFloor(at);
    const h = lastSpeaker(ctx, x => x.org, floor);
    const m = ctx.index.lastMention(at, x => x.org, floor);
    const pick = h && (!m || h.at >= m.at - 600) ? h.name : m?.name;
    return pick ? { name: pick, type: 'organization', by: 'pronoun-org' } : null;
  },
};
