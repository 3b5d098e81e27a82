// Turns an underspecified value into a TIMEX3 value, given the anchor it is read against. No text here: everything
// the text said (tense, qualifiers) is already in the spec.
import { addDays, dayNumber, weekday, type YMD } from '../calendar';
import { fmtDay, fmtDayTime, fmtMonth, fmtWeek, fmtYear, holidayIn, pad, parseDay, shiftDay, shiftFrom, validDay } from './normalize';
import { SEASON_START } from './resources/vocabulary';
import type { Expression, Spec } from './spec';
import type { Tense } from './tense';

/** Does the expression need an anchor (or a previous date) to get a value? */
export function needsAnchor(spec: Spec): boolean {
  return spec.type !== 'absolute';
}

/** Is its value counted from the date mentioned before it rather than from the anchor? */
export function isNarrative(spec: Spec): spec is Extract<Spec, { type: 'previous' }> {
  return spec.type === 'previous';
}

/** The value of `e` against `anchor` (a `YYYY-MM-DD…` value: a dateline's date, the previous date, …), or null. */
export function resolve(e: Expression, anchor: string | undefined): string | null {
  const spec = e.spec;
  if (spec.type !== 'shifted') return resolveUnshifted(e, anchor);
  // one level only: extraction never shifts a shifted day
  const base = parseDay(resolveUnshifted({ ...e, spec: spec.base }, anchor) ?? undefined);
  if (!base) return null;
  const to = shiftDay(base, spec.unit, spec.n);
  return to.day ? fmtDay(to.day) + (e.part ?? '') : to.value;
}

function resolveUnshifted(e: Expression, anchor: string | undefined): string | null {
  const spec = e.spec;
  if (spec.type === 'absolute') return spec.value;
  if (spec.type === 'previous') return anchor ? fromPrevious(e, spec, anchor) : null;
  const ref = parseDay(anchor);
  if (!ref) return null;
  const day = dayOf(spec, ref);
  if (day) return e.time ? fmtDayTime(day, e.time) : fmtDay(day) + (e.part ?? '');
  return periodOf(spec, ref);
}

/** Counted from a previous date, at the granularity the unit needs; null when that date is coarser. */
function fromPrevious(e: Expression, spec: Extract<Spec, { type: 'previous' }>, previous: string): string | null {
  const m = /^(\d{4})(?:-(\d\d)(?:-(\d\d))?)?(?![\d-W])/.exec(previous) ?? /^(\d{4})/.exec(previous);
  if (!m) return null;
  const unit = spec.unit;
  // "that same day" after "last October" is a day in October 1998 whose number is not known: TIMEX3 writes the
  // unknown digits as X (`1998-10-XX`, "that month" after "in 1998": `1998-XX`); a count from it is unknown
  if ((unit === 'day' && !m[3]) || (unit === 'month' && !m[2])) {
    if (spec.n !== 0) return null;
    const known = m[2] ? `${m[1]}-${m[2]}` : m[1];
    return unit === 'month' ? `${known}-XX` : `${known}${m[2] ? '' : '-XX'}-XX${e.time ? `T${pad(e.time.h)}:${pad(e.time.m)}` : e.part ?? ''}`;
  }
  if (unit === 'week' && !m[3]) return spec.n === 0 ? previous : null;
  const base = { y: +m[1], m: +(m[2] ?? 1), d: +(m[3] ?? 1) };
  if (spec.n === 0) {
    if (unit === 'day') return e.time ? fmtDayTime(base, e.time) : fmtDay(base) + (e.part ?? '');
    if (unit === 'week') return fmtWeek(base);
    if (unit === 'month') return fmtMonth(base.y, base.m);
    return fmtYear(base.y);
  }
  const shifted = shiftFrom(base, unit, spec.n);
  if (unit === 'day' && shifted.day) return e.time ? fmtDayTime(shifted.day, e.time) : shifted.value + (e.part ?? '');
  return shifted.value;
}

function dayOf(spec: Spec, ref: YMD): YMD | undefined {
  switch (spec.type) {
    case 'monthDay': return spec.week ? undefined : resolveMonthDay(spec.m, spec.d, ref, spec.tense);
    case 'weekday': return resolveWeekday(spec.dow, ref, spec.qualifier, spec.tense);
    case 'day': return addDays(ref, spec.offset);
    case 'clock': return ref;
    case 'ago': return spec.unit === 'day' ? addDays(ref, spec.n) : undefined;
    case 'holiday': return /week$/.test(spec.name) ? undefined : resolveHoliday(spec.name, spec.qualifier, ref, spec.tense);
    default: return undefined;
  }
}

function periodOf(spec: Spec, ref: YMD): string | null {
  switch (spec.type) {
    case 'monthDay': {
      const day = resolveMonthDay(spec.m, spec.d, ref, spec.tense);
      return day ? fmtWeek(day) : null;
    }
    case 'month': { const r = resolveMonth(spec.m, ref, spec.tense); return fmtMonth(r.y, r.m); }
    case 'ofYear': return `${fmtYear(ref.y + spec.step)}-${spec.part}`;
    case 'unit': return unitValue(spec.unit, spec.step, ref);
    case 'season': return seasonValue(spec.code, spec.step, spec.tense, ref);
    case 'weekend': {
      const dow = weekday(ref);
      const day = dow === 0 || dow === 6 ? ref : addDays(ref, spec.tense === 'future' ? 0 : -7);
      return fmtWeek(day) + '-WE';
    }
    case 'ago': return shiftFrom(ref, spec.unit, spec.n).value;
    case 'holiday': {
      const day = resolveHoliday(spec.name, spec.qualifier, ref, spec.tense);
      return day ? fmtWeek(day) : null;
    }
    case 'quarter': {
      // this year's quarter if it has begun or the clause looks ahead, else last year's
      const current = Math.floor((ref.m - 1) / 3) + 1;
      const y = spec.n <= current || spec.tense === 'future' ? ref.y : ref.y - 1;
      return `${fmtYear(y)}-Q${spec.n}`;
    }
    case 'shortDecade': {
      const century = Math.floor(ref.y / 100);
      const y = century * 100 + spec.decade > ref.y ? (century - 1) * 100 + spec.decade : century * 100 + spec.decade;
      return String(Math.floor(y / 10));
    }
    default: return null;
  }
}

function unitValue(unit: string, step: number, ref: YMD): string {
  if (unit === 'week' || unit === 'weekend') return fmtWeek(addDays(ref, 7 * step)) + (unit === 'weekend' ? '-WE' : '');
  if (unit === 'month') { const idx = ref.y * 12 + ref.m - 1 + step; return fmtMonth(Math.floor(idx / 12), (idx % 12) + 1); }
  if (unit === 'year') return fmtYear(ref.y + step);
  if (unit === 'decade') return String(Math.floor(ref.y / 10) + step);
  if (unit === 'century') return String(Math.floor(ref.y / 100) + step);
  const idx = ref.y * 4 + Math.floor((ref.m - 1) / 3) + step;
  return `${fmtYear(Math.floor(idx / 4))}-Q${(idx % 4) + 1}`;
}

function seasonValue(code: string, step: number | undefined, tense: Tense, ref: YMD): string {
  if (step === undefined) {
    const r = resolveMonth(SEASON_START[code], ref, tense);
    return `${fmtYear(r.y)}-${code}`;
  }
  const refSeason = ref.m === 12 || ref.m <= 2 ? 'WI' : ref.m <= 5 ? 'SP' : ref.m <= 8 ? 'SU' : 'FA';
  const refSeasonYear = ref.m <= 2 ? ref.y - 1 : ref.y;
  const month = ref.m <= 2 ? ref.m + 12 : ref.m;
  let y: number;
  if (step === 0) y = code === refSeason ? refSeasonYear : ref.y;
  else if (step < 0) y = SEASON_START[code] < month && code !== refSeason ? refSeasonYear : refSeasonYear - 1;
  else y = SEASON_START[code] > month && code !== refSeason ? refSeasonYear : refSeasonYear + 1;
  return `${fmtYear(y)}-${code}`;
}

/** A month-and-day without a year: the occurrence before or after the reference, by tense, else the nearest. */
function resolveMonthDay(m: number, d: number, ref: YMD, tense: Tense): YMD | undefined {
  const cands = [ref.y - 1, ref.y, ref.y + 1].map(y => validDay(y, m, d)).filter((p): p is YMD => !!p);
  if (!cands.length) return undefined;
  return nearestByTense(cands, ref, tense);
}

/** Of dates around the reference: tense decides, unless it would send the date most of a year away; else the nearest. */
function nearestByTense(cands: YMD[], ref: YMD, tense: Tense): YMD | undefined {
  const r = dayNumber(ref);
  const before = cands.filter(p => dayNumber(p) <= r).pop();
  const after = cands.find(p => dayNumber(p) >= r);
  if (!before) return after;
  if (!after) return before;
  const db = r - dayNumber(before), da = dayNumber(after) - r;
  if (tense === 'future' && da <= 300) return after;
  if (tense === 'past' && db <= 300) return before;
  return da < db ? after : before;
}

/** A bare month: this year's, the previous or the next one, by tense. */
function resolveMonth(m: number, ref: YMD, tense: Tense): { y: number; m: number } {
  if (m === ref.m) return { y: ref.y, m };
  const beforeY = m < ref.m ? ref.y : ref.y - 1;
  const afterY = m > ref.m ? ref.y : ref.y + 1;
  // news reports what happened: without a tense that looks ahead, the month is the last one
  return { y: tense === 'future' ? afterY : beforeY, m };
}

function resolveWeekday(dow: number, ref: YMD, qualifier: string | undefined, tense: Tense): YMD {
  const diffBack = (weekday(ref) - dow + 7) % 7; // 0 when the reference is that day
  const diffFwd = (dow - weekday(ref) + 7) % 7;
  if (qualifier === 'last' || qualifier === 'past') return addDays(ref, -(diffBack || 7));
  // "next Friday" is the Friday of next week
  if (qualifier === 'next') return addDays(ref, 7 - ((weekday(ref) + 6) % 7) + ((dow + 6) % 7));
  if (qualifier === 'coming') return addDays(ref, diffFwd);
  if (qualifier === 'this') return tense === 'past' ? addDays(ref, -diffBack) : addDays(ref, diffFwd);
  return tense === 'future' ? addDays(ref, diffFwd) : addDays(ref, -diffBack);
}

function resolveHoliday(key: string, qualifier: string | undefined, ref: YMD, tense: Tense): YMD | undefined {
  const prev = holidayIn(key, ref.y - 1), cur = holidayIn(key, ref.y), next = holidayIn(key, ref.y + 1);
  if (!prev || !cur || !next) return undefined;
  const r = dayNumber(ref);
  if (qualifier === 'last') return dayNumber(cur) < r ? cur : prev;
  if (qualifier === 'next') return dayNumber(cur) > r ? cur : next;
  if (qualifier === 'this') return cur;
  return nearestByTense([prev, cur, next], ref, tense);
}
