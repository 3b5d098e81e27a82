// Extraction: finds date and time expressions in a text and says what each means without any anchor — an
// absolute value where the text gives one, else an underspecified value (`spec.ts`) for the anchoring pass.
// The patterns, tables and negative rules are data in `resources/`; here one normalizer per pattern rule.
import { fmtDay, fmtDayTime, fmtMonth, fmtWeek, holidayIn, holidayKey, pad, parseDay, shiftDay, validDay } from './normalize';
import * as not from './resources/negative';
import { ANY_RULE, CONJOINED_DAY, CONJOINED_DAY_BEFORE, MONTH_AFTER, RULE_PATTERNS, START } from './resources/patterns';
import { MOD_CODE, MONTHS, NUMBER_WORDS, ORDINALS, PART_CODE, SEASON_CODE, WEEKDAYS } from './resources/vocabulary';
import type { Expression, Spec } from './spec';
import { tenseAt, type Tense } from './tense';

type Groups = Record<string, string | undefined>;

/** What a normalizer sees of one match. */
interface Match {
  text: string;
  g: Groups;
  /** Up to 24 characters before the match and 40 after it, for the negative rules. */
  before: string;
  after: string;
  tense: () => Tense;
}

type Meaning = Omit<Expression, 'start' | 'end'>;
type Normalizer = (m: Match) => Meaning | undefined;

const abs = (value: string, kind: Expression['kind'] = 'other'): Meaning => ({ spec: { type: 'absolute', value }, kind });
const withMod = (meaning: Meaning, word: string | undefined): Meaning => {
  const mod = word ? MOD_CODE[word.toLowerCase().replace(/\s+/g, ' ')] : undefined;
  return mod ? { ...meaning, mod } : meaning;
};

function numberOf(s: string): number | undefined {
  const k = s.toLowerCase().replace(/\s+/g, ' ');
  if (/^\d+$/.test(k)) return +k;
  const compound = /^(\w+)[- ](\w+)$/.exec(k);
  if (compound && NUMBER_WORDS[compound[1]] >= 20 && NUMBER_WORDS[compound[2]] < 10) return NUMBER_WORDS[compound[1]] + NUMBER_WORDS[compound[2]];
  return NUMBER_WORDS[k];
}

const monthOf = (word: string) => MONTHS[word.replace('.', '').toLowerCase()];

/** One normalizer per top-level group of the master pattern, in the pattern's order. */
const NORMALIZERS: Record<string, Normalizer> = {
  iso({ g }) {
    const day = validDay(+g.iy!, +g.im!, +g.id!);
    if (!day) return undefined;
    if (!g.ih) return abs(fmtDay(day), 'day');
    const zone = g.izone ? (g.izone === 'Z' ? 'Z' : g.izone.replace(/^([+-]\d\d)(\d\d)$/, '$1:$2')) : '';
    return { ...abs(`${fmtDay(day)}T${g.ih}:${g.imin}${zone}`, 'day'), time: { h: +g.ih, m: +g.imin! } };
  },
  slash({ g }) {
    let a = +g.sa!, b = +g.sb!;
    let y = +g.sy!;
    if (g.sy!.length === 2) y += y < 50 ? 2000 : 1900;
    if (a > 12 && b <= 12) [a, b] = [b, a];
    const day = validDay(y, a, b);
    if (!day) return undefined;
    if (!g.sh) return abs(fmtDay(day), 'day');
    const time = { h: +g.sh, m: +g.smin! };
    return { ...abs(fmtDayTime(day, time), 'day'), time };
  },
  mdy: monthAndDay,
  dmy: monthAndDay,
  season({ g }) {
    return withMod(abs(`${g.syear}-${SEASON_CODE[g.sname!.toLowerCase()]}`), g.sq);
  },
  month({ g, before, after, tense }) {
    const word = g.mm!;
    const month = monthOf(word);
    const isAbbr = !/^[A-Z][a-z]{2,}$/.test(word) || word.length <= 4 && !['June', 'July', 'May'].includes(word);
    if (g.myear) return withMod(abs(fmtMonth(+g.myear, month)), g.mq);
    if (g.yof) return withMod({ spec: { type: 'ofYear', part: pad(month), step: yearStep(g.yof) }, kind: 'other' }, g.mq);
    if (isAbbr && word !== 'May') return undefined;
    if (!not.PREP_BEFORE.test(before) && !g.mq) {
      if (word === 'May') return undefined; // a verb or a name unless a preposition introduces it
      if (not.NAME_AFTER_MONTH.test(after) && !not.CLAUSE_START_AFTER_MONTH.test(after)) return undefined;
      if (word === 'March' && not.VERB_AFTER_MARCH.test(after)) return undefined;
      if (not.ARTICLE_BEFORE_MONTH.test(before) && !not.NOUN_AFTER_MONTH.test(after)) return undefined;
    }
    return withMod({ spec: { type: 'month', m: month, tense: tense() }, kind: 'other' }, g.mq);
  },
  decade({ g }) {
    if (g.dshort) return withMod({ spec: { type: 'shortDecade', decade: +g.dshort }, kind: 'other' }, g.dq);
    const y = +g.dc!;
    // "the 1800s" is a century; "the 1990s" a decade
    return withMod(abs(y % 100 === 0 && y < 2000 ? String(y / 100) : String(Math.floor(y / 10))), g.dq);
  },
  wd({ g, before, after, tense }) {
    if (!g.wdq && !g.wdp && not.THE_BEFORE.test(before) && not.CAPITAL_AFTER.test(after) && !MONTH_AFTER.test(after)) return undefined;
    const dow = WEEKDAYS[g.wdn!.toLowerCase()];
    // "Wednesday's ruling" names an event already known, unless the words just before look ahead ("ahead of")
    const t: Tense = g.wdq ? undefined : g.wdposs ? (not.AHEAD_BEFORE_POSSESSIVE.test(before) ? 'future' : 'past') : tense();
    const part = g.wdp ? PART_CODE[g.wdp.toLowerCase()] : undefined;
    return { spec: { type: 'weekday', dow, qualifier: g.wdq?.toLowerCase(), tense: t }, kind: 'day', ...(part ? { part } : {}) };
  },
  deictic({ g, before, after }) {
    if (g.dword === 'Today' && (not.TODAY_NAME_BEFORE.test(before) || not.TODAY_NAME_AFTER.test(after))) return undefined;
    let offset = 0;
    let part: string | undefined;
    if (g.ddir) offset = /^before/.test(g.ddir) ? -2 : 2;
    else if (g.dword) {
      const w = g.dword.toLowerCase();
      if (w === 'yesterday') offset = -1;
      else if (w === 'tomorrow') offset = 1;
      else if (w === 'tonight') part = 'TNI';
      if (g.dpart) part = PART_CODE[g.dpart.toLowerCase()];
    } else {
      part = PART_CODE[g.dthispart!.toLowerCase()];
      if (g.dthis!.toLowerCase() === 'last') {
        if (part !== 'TNI') return undefined; // "last morning" is not a date
        offset = -1;
      }
    }
    return { spec: { type: 'day', offset }, kind: 'day', ...(part ? { part } : {}) };
  },
  narr(m) {
    const { g } = m;
    if (g.bdir) return dayBeforeOrAfter(m);
    const dir = g.ndir!.toLowerCase().replace(/\s+/g, ' ');
    const n = dir === 'the next' || dir === 'the following' ? 1 : dir === 'the previous' ? -1 : 0;
    const unit = g.nunit!.toLowerCase();
    const part = unit === 'day' ? undefined : PART_CODE[unit];
    return { spec: { type: 'previous', unit: 'day', n }, kind: 'day', ...(part ? { part } : {}) };
  },
  tseason({ g, tense }) {
    return { spec: { type: 'season', code: SEASON_CODE[g.tsname!], tense: tense() }, kind: 'other' };
  },
  wkend({ tense }) {
    return { spec: { type: 'weekend', tense: tense() }, kind: 'other' };
  },
  rel({ g, text }) {
    const dir = g.rdir!.toLowerCase();
    const unit = g.runit!;
    const mod = g.rq && /^(?:early|late|mid)$/i.test(g.rq) ? g.rq : undefined;
    if (dir === 'that') {
      if (unit !== 'year' && unit !== 'week' && unit !== 'month') return undefined;
      return withMod({ spec: { type: 'previous', unit, n: 0 }, kind: 'other' }, mod);
    }
    if (dir === 'following') {
      if (unit !== 'year' && unit !== 'week' && unit !== 'month') return undefined;
      return withMod({ spec: { type: 'previous', unit, n: 1 }, kind: 'other' }, mod);
    }
    // "the past year", "the last decade" name a stretch of time, not a point; "past three years" never matches here
    if ((unit === 'decade' || unit === 'century') && (dir === 'past' || /\bthe\s/i.test(text))) return undefined;
    const step = dir === 'last' || dir === 'past' || dir === 'previous' ? -1 : dir === 'next' || dir === 'coming' ? 1 : 0;
    const code = SEASON_CODE[unit];
    const spec: Spec = code ? { type: 'season', code, step, tense: undefined } : { type: 'unit', unit: unit as 'week', step };
    return withMod({ spec, kind: 'other' }, mod);
  },
  ago({ g, after }) {
    const n = numberOf(g.an!);
    if (n === undefined) return undefined;
    const dir = g.adir!.toLowerCase();
    const unit = g.au!.toLowerCase().replace(/ie$/, 'y');
    const signed = /^(?:ago|earlier|before)$/.test(dir) ? -n : n;
    const approx = g.aq ? MOD_CODE[g.aq.toLowerCase().replace(/\s+/g, ' ')] : undefined;
    const meaning: Meaning = /^(?:ago|from|hence)/.test(dir)
      // "two weeks ago", "a year from now": from the anchor
      ? { spec: { type: 'ago', unit, n: signed }, kind: unit === 'day' && !approx ? 'day' : 'other' }
      // "ten days before.", "a year later": from the date mentioned before it; "two days after Christmas": from that
      // day; "ten days before the failure" from the date before it too; "two years before she left": a stretch of time
      : { spec: { type: 'previous', unit, n: signed }, kind: 'other', ...(dir === 'before' || dir === 'after' ? { shift: { unit, n: signed, alone: dir === 'before' && (not.PHRASE_END_AFTER.test(after) || not.EVENT_AFTER.test(after)) } } : {}) };
    return approx ? { ...meaning, mod: approx } : meaning;
  },
  holiday({ g, before, tense }) {
    if (!g.hq && not.NAME_BEFORE_HOLIDAY.test(before) && !not.PREP_BEFORE_HOLIDAY.test(before)) return undefined;
    const key = holidayKey(g.hname!);
    const week = /week$/.test(key);
    if (g.hyear) {
      const day = holidayIn(key, +g.hyear);
      return day ? abs(week ? fmtWeek(day) : fmtDay(day), week ? 'other' : 'day') : undefined;
    }
    return { spec: { type: 'holiday', name: key, qualifier: g.hq?.toLowerCase(), tense: tense() }, kind: week ? 'other' : 'day' };
  },
  quarter({ g, tense }) {
    const n = ORDINALS[g.qn!.toLowerCase()];
    if (g.qyear) return abs(`${g.qyear}-Q${n}`);
    if (g.yof) return { spec: { type: 'ofYear', part: `Q${n}`, step: yearStep(g.yof) }, kind: 'other' };
    return { spec: { type: 'quarter', n, tense: tense() }, kind: 'other' };
  },
  half({ g }) {
    const part = `H${ORDINALS[g.hfn!.toLowerCase()]}`;
    return g.hfyear ? abs(`${g.hfyear}-${part}`) : { spec: { type: 'ofYear', part, step: yearStep(g.yof!) }, kind: 'other' };
  },
  fiscal({ g }) {
    const y = g.fyy!.length === 2 ? +g.fyy! + (+g.fyy! < 50 ? 2000 : 1900) : +g.fyy!;
    return abs(`FY${y}`);
  },
  wdset({ g, before }) {
    // "Happy Mondays": a plural weekday after a capitalized word is a name, unless the word is a preposition
    if (g.wsp && not.NAME_BEFORE_HOLIDAY.test(before) && !not.PREP_BEFORE_HOLIDAY.test(before)) return undefined;
    // ISO 8601 numbers the days of the week from Monday (1) to Sunday (7)
    return abs(`XXXX-WXX-${WEEKDAYS[(g.wsn ?? g.wsp)!.toLowerCase()] || 7}`);
  },
  time({ g, before }) {
    let h: number, mi: number, zone: string | undefined;
    if (g.named) {
      if (not.IDIOM_BEFORE_NOON.test(before)) return undefined;
      h = g.named.toLowerCase() === 'midnight' ? 0 : 12; mi = 0;
    } else if (g.th !== undefined) {
      h = +g.th; mi = g.tm ? +g.tm : 0; zone = g.tz;
      if (h < 1 || h > 12) return undefined;
      const pm = /^[pP]/.test(g.ap!);
      if (pm && h < 12) h += 12;
      if (!pm && h === 12) h = 0;
    } else if (g.th5 !== undefined) {
      // 4 in the morning, 9 in the evening
      h = +g.th5; mi = g.tm5 ? +g.tm5 : 0;
      if (g.tpart === 'morning') { if (h === 12) h = 0; } else if (h < 12) h += 12;
    } else if (g.th2 !== undefined) {
      h = +g.th2; mi = +g.tm2!; zone = g.tz2;
    } else {
      h = +g.th3!; mi = +g.tm3!; zone = g.tz3;
    }
    return { spec: { type: 'clock' }, kind: 'time', time: zone ? { h, m: mi, zone } : { h, m: mi } };
  },
  year({ g, before, after }) {
    const y = +g.yy!;
    if ((not.AMOUNT_BEFORE_YEAR.test(before) && !not.YEAR_LIST_BEFORE.test(before)) || not.MEASURE_AFTER_YEAR.test(after)) return undefined;
    if (not.UNIT_WORDS_AFTER_YEAR.test(after) || not.QUANTIFIER_BEFORE_YEAR.test(before)) return undefined;
    if (not.STREET_AFTER_YEAR.test(after) || not.CLOCK_AFTER_YEAR.test(after)) return undefined;
    if (y < 1900 && !not.PREP_BEFORE.test(before) && !g.yq) return undefined;
    return withMod(abs(g.yy!), g.yq);
  },
};

/** this (0), next or coming (1), last or previous (-1) year. */
const yearStep = (word: string) => /^(?:next|coming)$/i.test(word) ? 1 : /^(?:last|previous)$/i.test(word) ? -1 : 0;

/** the day before, the night after, the year before (the `narr` rule's second form). */
function dayBeforeOrAfter({ g, after }: Match): Meaning {
  const unit = g.bunit!.toLowerCase();
  const n = g.bdir!.toLowerCase() === 'before' ? -1 : 1;
  const part = PART_CODE[unit];
  const counted = part ? 'day' : unit;
  // alone only where the phrase ends ("the day before."); "the day before authorities issued…" counts from an event
  const alone = not.PHRASE_END_AFTER.test(after);
  return { spec: { type: 'previous', unit: counted, n }, kind: counted === 'day' ? 'day' : 'other', shift: { unit: counted, n, alone }, ...(part ? { part } : {}) };
}

function monthAndDay({ g, before, after, tense }: Match): Meaning | undefined {
  const monthWord = (g.mdm ?? g.dmm)!;
  const month = monthOf(monthWord);
  const d = parseInt((g.mdd ?? g.dmd)!, 10);
  const yearText = g.mdyy ?? g.dmyy;
  if (g.dmy && !yearText && monthWord === 'May' && !not.PREP_BEFORE.test(before.slice(-12) + ' ')) return undefined;
  if (g.mdy && !yearText && monthWord === 'May' && not.MAY_NUMBER_AFTER.test(after)) return undefined;
  if (!yearText && not.COUNT_AFTER_DAY.test(after)) return undefined;
  if (yearText) {
    const day = validDay(+yearText, month, d);
    if (!day) return undefined;
    return withMod(g.weekof ? abs(fmtWeek(day)) : abs(fmtDay(day), 'day'), g.mdq);
  }
  if (!validDay(2000, month, d)) return undefined;
  return withMod({ spec: { type: 'monthDay', m: month, d, tense: tense(), week: !!g.weekof }, kind: g.weekof ? 'other' : 'day' }, g.mdq);
}

/** Date and time expressions in `text`, in order, with offsets local to it; no anchor needed or used. */
export function extractDates(text: string): Expression[] {
  const found: Expression[] = [];
  for (let at = nextStart(text, 0); at >= 0;) {
    // nothing usable here: go on from the next word, so a rejected long form does not hide a shorter one
    let resume = at + 1;
    const rule = ruleAt(text, at);
    if (rule) {
      const { m, normalizer } = rule;
      const end = at + m[0].length;
      const meaning = normalizer({
        text: m[0], g: m.groups!,
        before: text.slice(Math.max(0, at - 24), at),
        after: text.slice(end, end + 40),
        tense: () => tenseAt(text, at, end),
      });
      if (meaning) {
        if (m.groups!.dmy !== undefined && /^\d/.test(m[0])) conjoinedDayBefore(text, at, meaning, found);
        found.push({ start: at, end, ...meaning });
        resume = meaning.spec.type === 'monthDay' && !meaning.spec.week ? conjoinedDays(text, found) ?? end : end;
      }
    }
    at = nextStart(text, resume);
  }
  return combine(text, found);
}

/** The first position at or after `from` where a rule may begin (`START`), or -1. */
function nextStart(text: string, from: number): number {
  START.lastIndex = from;
  return START.test(text) ? START.lastIndex : -1;
}

/** The rule that matches at `at` (the first of the rules, in their order, that does) with its match and normalizer. */
function ruleAt(text: string, at: number): { m: RegExpExecArray; normalizer: Normalizer } | undefined {
  ANY_RULE.lastIndex = at;
  const any = ANY_RULE.exec(text);
  if (!any) return undefined;
  let i = 0;
  while (any[i + 1] === undefined) i++;
  const { name, pattern } = RULE_PATTERNS[i];
  pattern.lastIndex = at;
  const m = pattern.exec(text)!;
  return { m, normalizer: NORMALIZERS[name] };
}

/**
 * "April 24 and 25", "May 3 to 5, 2024": a day of the month written after a month and day shares its month (and the
 * year after it, if any). Adds it after the last expression found; returns where the scan goes on, if it did.
 */
function conjoinedDays(text: string, found: Expression[]): number | undefined {
  const first = found[found.length - 1];
  if (first.spec.type !== 'monthDay') return undefined;
  CONJOINED_DAY.lastIndex = first.end;
  const c = CONJOINED_DAY.exec(text);
  if (!c || !not.PHRASE_END_AFTER.test(text.slice(CONJOINED_DAY.lastIndex, CONJOINED_DAY.lastIndex + 2)) && !not.CLAUSE_AFTER_DAY.test(text.slice(CONJOINED_DAY.lastIndex, CONJOINED_DAY.lastIndex + 12))) return undefined;
  const { m } = first.spec;
  const d = +c.groups!.day;
  const y = c.groups!.year ? +c.groups!.year : undefined;
  const day = validDay(y ?? 2000, m, d);
  if (!day || d <= first.spec.d) return undefined;
  // the words before the day have no digit: the first digit starts it
  const second: Expression = { ...first, start: first.end + c[0].search(/\d/), end: CONJOINED_DAY.lastIndex };
  if (y) {
    found[found.length - 1] = { ...first, spec: { type: 'absolute', value: fmtDay({ y, m, d: first.spec.d }) } };
    second.spec = { type: 'absolute', value: fmtDay(day) };
  } else second.spec = { ...first.spec, d };
  found.push(second);
  return CONJOINED_DAY.lastIndex;
}

/** "6 to 9 January", "14 and 15 May 2024": the day written before a day and month shares its month (and year). */
function conjoinedDayBefore(text: string, start: number, second: Meaning, found: Expression[]): void {
  const from = Math.max(found.length ? found[found.length - 1].end : 0, start - 16);
  const c = CONJOINED_DAY_BEFORE.exec(text.slice(from, start));
  if (!c) return;
  const d = +c.groups!.day;
  let spec: Spec;
  if (second.spec.type === 'monthDay') {
    if (d >= second.spec.d) return;
    spec = { ...second.spec, d };
  } else {
    const day = second.spec.type === 'absolute' ? /^(\d{4})-(\d\d)-(\d\d)$/.exec(second.spec.value) : null;
    const first = day && +day[3] > d ? validDay(+day[1], +day[2], d) : undefined;
    if (!first) return;
    spec = { type: 'absolute', value: fmtDay(first) };
  }
  found.push({ start: from + c.index, end: from + c.index + c.groups!.day.length, spec, kind: 'day' });
}

const DAY_TIME_GAP = /^(?:,?\s*(?:at|on|,)?\s*|\s*[/|·•-]\s*)$/;
const PARENTHESIS_GAP = /^\s*\([^()]{1,24}\)\s*$/;
const SENTENCE_END = /[.!?]["”’)]*\s+[A-Z]/;

/**
 * Joins a clock time with the day beside it (`7:51 AM EDT, Thu May 16, 2024`, `Friday at 10 p.m.`, `4 a.m. Thursday`,
 * `4 in the morning (4 a.m. EDT Thursday)`), and puts a clock time on its own on the day named earlier in the same sentence (a narrative link, resolved later).
 */
function combine(text: string, found: Expression[]): Expression[] {
  const out: Expression[] = [];
  let lastDay: Expression | undefined;
  for (let i = 0; i < found.length; i++) {
    let a = found[i];
    const b = found[i + 1];
    if (a.shift) {
      const { shift, ...rest } = a;
      if (b && b.kind === 'day' && b.spec.type !== 'previous' && b.spec.type !== 'shifted' && SHIFT_GAP.test(text.slice(a.end, b.start))) {
        const joined: Expression = { start: a.start, end: b.end, spec: shifted(b.spec, shift.unit, shift.n), kind: shift.unit === 'day' || shift.unit === 'week' ? 'day' : 'other', ...(a.part ? { part: a.part } : {}) };
        out.push(joined);
        lastDay = joined;
        i++;
        continue;
      }
      if (!shift.alone) continue;
      a = rest;
    }
    const c = found[i + 2];
    if (a.kind === 'time' && b?.kind === 'time' && c?.kind === 'day' && /^\s*\($/.test(text.slice(a.end, b.start)) && DAY_TIME_GAP.test(text.slice(b.end, c.start))) {
      // "at 4 in the morning (4 a.m. EDT Thursday)": the parenthesis restates the time with its day
      out.push({ ...a, spec: c.spec, kind: 'day' });
      continue;
    }
    if (b && ((a.kind === 'time' && b.kind === 'day') || (a.kind === 'day' && b.kind === 'time' && !a.time))) {
      const gap = text.slice(a.end, b.start);
      if ((DAY_TIME_GAP.test(gap) && gap.length <= 6) || PARENTHESIS_GAP.test(gap)) {
        const day = a.kind === 'day' ? a : b;
        const time = (a.kind === 'time' ? a : b).time!;
        const spec: Spec = day.spec.type === 'absolute' ? { type: 'absolute', value: withTime(day.spec.value, time) } : day.spec;
        const joined: Expression = { start: a.start, end: b.end, spec, kind: 'day', time, ...(day.mod ? { mod: day.mod } : {}) };
        out.push(joined);
        lastDay = joined;
        i++;
        continue;
      }
    }
    if (a.kind === 'time' && lastDay && a.start - lastDay.end < 200 && !SENTENCE_END.test(text.slice(lastDay.end, a.start))) {
      out.push({ ...a, spec: { type: 'previous', unit: 'day', n: 0 } });
      continue;
    }
    if (a.kind === 'day') lastDay = a;
    out.push(a);
  }
  return out;
}

const SHIFT_GAP = /^\s+(?:the\s+)?$/;

/** `n` units from the day `base` names: computed now when that day is complete, else left to the anchoring pass. */
function shifted(base: Spec, unit: string, n: number): Spec {
  const day = base.type === 'absolute' ? parseDay(base.value) : undefined;
  return day ? { type: 'absolute', value: shiftDay(day, unit, n).value } : { type: 'shifted', unit, n, base };
}

/** An absolute day value with a clock time added (`2024-05-16` → `2024-05-16T07:51-04:00`). */
function withTime(value: string, time: { h: number; m: number; zone?: string }): string {
  const m = /^(\d{4})-(\d\d)-(\d\d)/.exec(value);
  return m ? fmtDayTime({ y: +m[1], m: +m[2], d: +m[3] }, time) : value;
}
