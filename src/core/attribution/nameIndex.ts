// Document-wide name index: full names by last word, persons in order (for pronouns), titles (for `the senator`).
import type { Entity } from '../types';
import { NOT_NAME, ORG_HEADS, TITLE_WORDS } from '../cues';
import { genderOf as firstNameGender } from '../gazetteer';
import { SUFFIXES, lower, nameFromRun, tokens } from './names';

export interface Mention { at: number; name: string; org: boolean }

export class NameIndex {
  /** last word (lower case) → full names with their first offsets and counts */
  private byLast = new Map<string, { name: string; at: number; count: number; org: boolean }[]>();
  /** persons and organizations in text order */
  readonly mentions: Mention[] = [];
  /** titles seen before names: title word → mentions */
  private byTitle = new Map<string, Mention[]>();
  /** names that behave like people's: their surname is used alone, or they carry a title or honorific */
  readonly personLike = new Set<string>();
  /** multi-word names seen after an honorific (`Mrs Parker Bowles`): compound surnames */
  readonly surnames = new Set<string>();
  /** gender learned from honorifics */
  private gender = new Map<string, 'm' | 'f'>();

  constructor(text: string, entities: Entity[]) {
    const RUN = /(?:(?:[\p{Lu}]\.){2,}|[\p{Lu}][\p{L}'’\-]*\.?|[\p{Lu}]\.)(?:[ \u00a0]+(?:(?:de|da|del|di|du|van|von|der|la|le|bin|al|ibn)[ \u00a0]+)?(?:[\p{Lu}][\p{L}'’\-]*\.?|[\p{Lu}]\.(?:[\p{Lu}]\.)?|II|III|IV))*/gu;
    const singles: { at: number; w: string; title: string | null }[] = [];
    const titledSingles: { at: number; w: string; titles: string[] }[] = [];
    for (let m = RUN.exec(text); m; m = RUN.exec(text)) {
      const run = m[0];
      if (run.indexOf(' ') < 0 && run.indexOf('\u00a0') < 0) {
        // one capitalized word: a surname, maybe after a lower-case title (`the senator`) — cheap path
        const w = run.replace(/['’]s$|\.$/, '');
        const lw = w.toLowerCase();
        if (w.length < 2 || NOT_NAME.has(lw) || TITLE_WORDS.has(lw)) continue;
        const title = lowerTitleBefore(text, m.index);
        singles.push({ at: m.index, w, title: null });
        if (title) titledSingles.push({ at: m.index, w, titles: [title] });
        continue;
      }
      const toks = tokens(run, m.index);
      const hit = nameFromRun(toks, text);
      if (!hit) continue;
      // A name may also follow a lower-case title (`press secretary Josh Earnest`).
      const low = hit.start === m.index ? lowerTitleBefore(text, hit.start) : null;
      const titles = low ? [...hit.titles, low] : hit.titles;
      if (hit.name.includes(' ')) {
        this.addFull(hit.name, hit.start, hit.org);
        const men = { at: hit.start, name: hit.name, org: hit.org };
        this.mentions.push(men);
        for (const t of titles) (this.byTitle.get(t) ?? this.byTitle.set(t, []).get(t)!).push(men);
        if (titles.length && !hit.org) this.personLike.add(hit.name);
        if (titles.some(t => t === 'mr' || t === 'mrs' || t === 'ms' || t === 'miss' || t === 'dr')) this.surnames.add(hit.name);
        if (titles.includes('mr')) this.gender.set(hit.name, 'm');
        if (titles.includes('mrs') || titles.includes('ms') || titles.includes('miss')) this.gender.set(hit.name, 'f');
      } else {
        singles.push({ at: hit.start, w: hit.name, title: titles.find(t => t === 'mr' || t === 'mrs' || t === 'ms' || t === 'miss') ?? null });
        if (titles.length) titledSingles.push({ at: hit.start, w: hit.name, titles }); // `President Obama`
      }
    }
    // an article names each of its people many times: each canonical is cleaned once
    const cleaned = new Map<string, string>();
    for (const e of entities) {
      if (e.type === 'place') continue;
      let canon = cleaned.get(e.canonical);
      if (canon === undefined) cleaned.set(e.canonical, (canon = cleanCanonical(e.canonical)));
      if (!canon.includes(' ')) continue;
      this.addFull(canon, e.start, e.type === 'organization');
      // the entity pass's people and organizations are antecedents too
      this.mentions.push({ at: e.start, name: canon, org: e.type === 'organization' });
      if (e.type === 'person') this.personLike.add(canon);
    }
    // Surnames alone are mentions of the full name they resolve to.
    const cache = new Map<string, string>();
    for (const s of singles) {
      if (!this.byLast.has(lastWord(s.w))) continue;
      let full = cache.get(s.w);
      if (full === undefined) { full = this.resolve(s.w, Infinity); cache.set(s.w, full); }
      if (full !== s.w) this.personLike.add(full);
      if (full !== s.w) {
        this.mentions.push({ at: s.at, name: full, org: false });
        if (s.title === 'mr') this.gender.set(full, 'm');
        else if (s.title) this.gender.set(full, 'f');
      }
    }
    for (const t of titledSingles) {
      const full = this.resolve(t.w, t.at);
      for (const title of t.titles) (this.byTitle.get(title) ?? this.byTitle.set(title, []).get(title)!).push({ at: t.at, name: full, org: false });
    }
    this.mentions.sort((a, b) => a.at - b.at);
    // places found by the entity pass are nobody's antecedent
    const places = new Set<number>();
    for (const e of entities) if (e.type === 'place') places.add(e.start);
    if (places.size) {
      let kept = 0;
      for (const m of this.mentions) if (!places.has(m.at)) this.mentions[kept++] = m;
      this.mentions.length = kept;
    }
    for (const list of this.byTitle.values()) list.sort((a, b) => a.at - b.at);
  }

  private addFull(name: string, at: number, org: boolean) {
    const last = lastWord(name);
    const list = this.byLast.get(last) ?? this.byLast.set(last, []).get(last)!;
    const found = list.find(x => x.name === name);
    if (found) { found.count++; found.at = Math.min(found.at, at); } else list.push({ name, at, count: 1, org });
  }

  /** The fullest form of `name` in the document: earlier forms first, else later ones. */
  resolve(name: string, at: number): string {
    const words = name.split(' ');
    const list = this.byLast.get(lastWord(name));
    if (!list) return name;
    const fits = list.filter(x => {
      const xs = x.name.split(' ');
      return xs.length > words.length && words.every(w => xs.includes(w));
    });
    if (!fits.length) return name;
    const earlier = fits.filter(x => x.at < at);
    const pool = earlier.length ? earlier : fits;
    pool.sort((a, b) => b.count - a.count || b.name.length - a.name.length || a.at - b.at);
    // `Crooked Hillary Clinton`: a word glued before a full name seen on its own is a descriptor, not a name
    const best = pool[0].name;
    if (words.length > 1 && best.endsWith(' ' + name) && !this.surnames.has(name)) return name;
    const inner = fits.find(x => x.name.includes(' ') && best.endsWith(' ' + x.name) && !this.surnames.has(x.name));
    return inner ? inner.name : best;
  }

  isOrg(name: string): boolean {
    return this.byLast.get(lastWord(name))?.find(x => x.name === name)?.org ?? ORG_HEADS.has(lastWord(name));
  }

  /** Gender learned from honorifics and pronouns, else the one the first name usually has. */
  genderOf(name: string): 'm' | 'f' | undefined {
    const learned = this.gender.get(name);
    if (learned) return learned;
    const space = name.indexOf(' ');
    return space > 0 ? firstNameGender(name.slice(0, space).toLowerCase()) : undefined;
  }

  learnGender(name: string, g: 'm' | 'f') {
    if (!this.gender.has(name)) this.gender.set(name, g);
  }

  /** The most recent mention before `at` (binary search), filtered. */
  lastMention(at: number, ok: (m: Mention) => boolean, floor = 0): Mention | undefined {
    let lo = 0, hi = this.mentions.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (this.mentions[mid].at < at) lo = mid + 1; else hi = mid; }
    for (let i = lo - 1; i >= 0 && this.mentions[i].at >= floor; i--) if (ok(this.mentions[i])) return this.mentions[i];
    return undefined;
  }

  /** The first mention in [from, to), filtered. */
  firstMention(from: number, to: number, ok: (m: Mention) => boolean): Mention | undefined {
    let lo = 0, hi = this.mentions.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (this.mentions[mid].at < from) lo = mid + 1; else hi = mid; }
    for (let i = lo; i < this.mentions.length && this.mentions[i].at < to; i++) if (ok(this.mentions[i])) return this.mentions[i];
    return undefined;
  }

  byTitleBefore(title: string, at: number): Mention | undefined {
    const list = this.byTitle.get(title);
    if (!list) return undefined;
    let lo = 0, hi = list.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (list[mid].at < at) lo = mid + 1; else hi = mid; }
    return lo > 0 ? list[lo - 1] : undefined;
  }
}

/** A lower-case title word right before `at` (`the senator Jane Doe`, `press secretary Josh Earnest`). */
function lowerTitleBefore(text: string, at: number): string | null {
  let e = at - 1;
  if (text[e] !== ' ') return null;
  let b = e;
  while (b > 0 && b > at - 20 && isLowerOrHyphen(text.charCodeAt(b - 1))) b--;
  if (b === e) return null;
  const w = text.slice(b, e);
  return TITLE_WORDS.has(w) ? w : null;
}

/** /[a-z\-]/ of one UTF-16 unit. */
const isLowerOrHyphen = (c: number) => (c >= 97 && c <= 122) || c === 45;

export function lastWord(name: string): string {
  let end = name.length;
  for (;;) {
    const sp = name.lastIndexOf(' ', end - 1);
    const w = name.slice(sp + 1, end).toLowerCase();
    if (sp < 0 || !SUFFIXES.has(w)) return w.endsWith('’s') || w.endsWith("'s") ? w.slice(0, -2) : w;
    end = sp;
  }
}

/** An entity canonical without leading titles (`President Vladimir V. Putin` → `Vladimir V. Putin`). */
export function cleanCanonical(s: string): string {
  const ws = s.replace(/['’]s$/, '').split(/\s+/).filter(Boolean);
  let k = 0;
  while (k < ws.length - 1 && (TITLE_WORDS.has(lower(ws[k])) || NOT_NAME.has(lower(ws[k])))) k++;
  return ws.slice(k).join(' ');
}
