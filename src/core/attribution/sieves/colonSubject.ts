// Quote sieve `colon-subject`, for a quote a colon introduces and no cue attributes: a name right before the colon
// (`- Jane Doe: “…”`, `Rep. Jane Doe (R-Ohio): “…”`) is the speaker; else the first person or organization of the
// introducing sentence (`Acme Corp released the following statement: “…”`, `a fundraising email sent out by Doe warned:
// “…”`), else a pronoun that opens it. A colon hands the floor to someone, so a sentence that names one hands it to them.
import type { Entity } from '../../types';
import { SUBORDINATORS } from '../../lexicon';
import { nameFromRun, tokens } from '../names';
import type { Found, QuoteSite } from '../sieve';

export function colonSubject(site: QuoteSite): Found | null {
  const colon = site.before.trimEnd();
  // (a comma after the words that name a statement hands over the floor as a colon does: `Doe issued a statement, “…”`)
  if (!colon.endsWith(':') && !(site.closedSentence && STATEMENT_COMMA.test(colon))) return null;
  return introducer(site.text, site.masked, site.entities, site.sentenceStart, site.sentenceStart + colon.length - 1);
}

/** The speaker a sentence in [from, colon) ending with a colon hands the floor to. */
export function introducer(text: string, masked: string, entities: readonly Entity[], from: number, colon: number): Found | null {
  // a party tag or state in parentheses before the colon belongs to the name: `Rep. Jane Doe (R-Ohio):`
  const head = masked.slice(from, colon).replace(/\s*\([^()]{1,30}\)\s*$/, '').trimEnd();
  // a sentence that itself quotes (`“Title,” by Jane Doe:`) cites rather than hands over the floor
  if (/[“”"]/.test(head)) return null;
  const end = from + head.length;
  // (`When Doe suggested it, Roe fired back:`: the subject of a subordinate clause that opens the sentence is not the
  // sentence's, so the floor goes to a name after the clause's comma)
  const clause = SUBORDINATE_OPENING.exec(head);
  const after = clause ? from + clause[0].length : from;
  let lo = 0, hi = entities.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (entities[mid].start < after) lo = mid + 1; else hi = mid; }
  let first: Entity | undefined;
  for (let i = lo; i < entities.length && entities[i].start < end; i++) {
    const e = entities[i];
    if (e.end > end || masked[e.start] === 'x') continue;
    // (`Later that month on CNN:`: a name right before the colon after a preposition is where, not who)
    if (e.end === end && !PREPOSITION_BEFORE.test(masked.slice(Math.max(from, e.start - 12), e.start))) return named(text, e);
    // an object (`worried about Jane Doe, …`) is not who speaks; `by Jane Doe`, `from Acme` may be
    if (first || PREPOSITION_BEFORE.test(masked.slice(Math.max(from, e.start - 12), e.start))) continue;
    // `Senate Majority Leader Jane Doe`: an organization that is only a title before a person's name
    const next = entities[i + 1];
    first = e.type === 'organization' && next?.type === 'person' && next.end <= end && /^(?:\s+[\p{Lu}][\p{L}.\-]*){0,3}\s+$/u.test(masked.slice(e.end, next.start)) ? next : e;
  }
  const p = /^\s*(He|She|They)\b/u.exec(head);
  if (p && (!first || first.start > from + p[0].length)) {
    const start = from + p[0].indexOf(p[1]);
    return { sp: { phrase: p[1], span: { start, end: start + p[1].length }, kind: 'pronoun' }, cue: null, how: 'colon-subject' };
  }
  return first ? named(text, first) : null;
}

const STATEMENT_COMMA = /\b(?:issued|released|posted|sent|put out|gave)\s+(?:a|an)\s+(?:\p{Ll}+\s+)?(?:statement|message|tweet|email|post)(?:\s+\p{Lu}\p{Ll}+day)?,$/u;

/** A subordinate clause opening the sentence, up to its comma. */
const SUBORDINATE_OPENING = new RegExp(`^\\s*(?:${SUBORDINATORS.join('|')})\\b[^,]*,`, 'i');

/** A preposition (and `the`) right before a name: the name is an object, not the subject. (`phrases.ts`'s OBJECT_BEFORE
 * also takes capitalised words between them.) */
const PREPOSITION_BEFORE = /\b(?:about|for|of|to|with|on|in|at|against|among|over|toward|towards|into|than|like|as)\s+(?:the\s+)?$/i;

function named(text: string, e: Entity): Found {
  const toks = tokens(text.slice(e.start, e.end), e.start);
  const hit = nameFromRun(toks, text) ?? { name: e.text, start: e.start, end: e.end, titles: [], org: e.type === 'organization' };
  return { sp: { phrase: hit.name, span: { start: hit.start, end: hit.end }, kind: 'name', name: hit }, cue: null, how: 'colon-subject' };
}
