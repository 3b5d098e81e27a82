// Calendar rules and the TIMEX3 forms of values: formatting, ISO weeks, holidays, zone offsets, unit shifts.
import { addDays, dayNumber, daysInMonth, weekday, type YMD } from '../calendar';
import { HOLIDAYS, US_ZONE_BASE, ZONES } from './resources/vocabulary';
import type { ClockTime } from './spec';

export const pad = (n: number, w = 2) => String(n).padStart(w, '0');
export const fmtYear = (y: number) => (y < 0 ? '-' : '') + pad(Math.abs(y), 4);
export const fmtDay = (p: YMD) => `${fmtYear(p.y)}-${pad(p.m)}-${pad(p.d)}`;
export const fmtMonth = (y: number, m: number) => `${fmtYear(y)}-${pad(m)}`;

function isoWeek(p: YMD): { year: number; week: number } {
  const dow = (weekday(p) + 6) % 7; // Monday = 0
  const thursday = addDays(p, 3 - dow);
  const jan1 = { y: thursday.y, m: 1, d: 1 };
  return { year: thursday.y, week: 1 + Math.floor((dayNumber(thursday) - dayNumber(jan1)) / 7) };
}
export const fmtWeek = (p: YMD) => { const w = isoWeek(p); return `${fmtYear(w.year)}-W${pad(w.week)}`; };

export function validDay(y: number, m: number, d: number): YMD | undefined {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m) ? { y, m, d } : undefined;
}

/** `YYYY-MM-DD` (a longer value is cut) as numbers, or undefined. */
export function parseDay(value: string | undefined): YMD | undefined {
  const m = value && /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  return m ? validDay(+m[1], +m[2], +m[3]) : undefined;
}

export function nthWeekday(y: number, m: number, dow: number, n: number): YMD {
  if (n > 0) {
    const first = weekday({ y, m, d: 1 });
    return { y, m, d: 1 + ((dow - first + 7) % 7) + (n - 1) * 7 };
  }
  const lastDay = daysInMonth(y, m);
  const last = weekday({ y, m, d: lastDay });
  return { y, m, d: lastDay - ((last - dow + 7) % 7) };
}

function easter(y: number): YMD {
  const a = y % 19, b = Math.floor(y / 100), c = y % 100, d = Math.floor(b / 4), e = b % 4;
  const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4), k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return { y, m: month, d: ((h + l - 7 * m + 114) % 31) + 1 };
}

/** The lower-case key of a holiday name as written ("Valentine’s Day" → "valentine's day"). */
export const holidayKey = (name: string) => name.toLowerCase().replace(/’/g, "'");

export function holidayIn(key: string, y: number): YMD | undefined {
  const rule = HOLIDAYS[key];
  if (!rule) return undefined;
  if ('fixed' in rule) return { y, m: rule.fixed[0], d: rule.fixed[1] };
  if ('nth' in rule) return nthWeekday(y, rule.nth[0], rule.nth[1], rule.nth[2]);
  if ('easter' in rule) return addDays(easter(y), rule.easter);
  // US election day: the Tuesday after the first Monday of November
  return addDays(nthWeekday(y, 11, 1, 1), 1);
}

/** US daylight saving time (for ET/CT/MT/PT), by the rules in force in the given year. */
function usDaylightSaving(p: YMD): boolean {
  const start = p.y >= 2007 ? nthWeekday(p.y, 3, 0, 2) : nthWeekday(p.y, 4, 0, 1);
  const end = p.y >= 2007 ? nthWeekday(p.y, 11, 0, 1) : nthWeekday(p.y, 10, 0, -1);
  const n = dayNumber(p);
  return n >= dayNumber(start) && n < dayNumber(end);
}

function zoneSuffix(zone: string | undefined, day: YMD): string {
  if (!zone) return '';
  const key = zone.toUpperCase();
  let minutes = ZONES[key] ?? ZONES[zone];
  if (minutes === undefined) return '';
  if (minutes === null) minutes = US_ZONE_BASE[key] + (usDaylightSaving(day) ? 60 : 0);
  if (minutes === 0) return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** `2024-05-16T07:51-04:00`: a day with a clock time and its zone's offset on that day. */
export function fmtDayTime(day: YMD, t: ClockTime): string {
  return `${fmtDay(day)}T${pad(t.h)}:${pad(t.m)}${zoneSuffix(t.zone, day)}`;
}

/**
 * `n` units (day, week, month, year, decade, century) from `base`. Convention for decades and centuries: a count of
 * them from a point ("a decade ago", "two centuries later") names a point, at the granularity of a year (as "ten
 * years ago" does); a decade or century named as such ("the 1990s", "last decade", "this century") is a decade
 * (`199`) or century (`19`) value.
 */
/** `n` units from a day, as a day where the unit counts in days ("two weeks after May 5" is 19 May), else as `shiftFrom`. */
export function shiftDay(day: YMD, unit: string, n: number): { value: string; day?: YMD } {
  if (unit === 'day' || unit === 'week') { const to = addDays(day, unit === 'week' ? 7 * n : n); return { value: fmtDay(to), day: to }; }
  return shiftFrom(day, unit, n);
}

export function shiftFrom(base: YMD, unit: string, n: number): { value: string; day?: YMD } {
  if (unit === 'day') { const day = addDays(base, n); return { value: fmtDay(day), day }; }
  if (unit === 'week') return { value: fmtWeek(addDays(base, 7 * n)) };
  if (unit === 'month') { const idx = base.y * 12 + base.m - 1 + n; return { value: fmtMonth(Math.floor(idx / 12), (idx % 12) + 1) }; }
  if (unit === 'year') return { value: fmtYear(base.y + n) };
  if (unit === 'decade') return { value: fmtYear(base.y + 10 * n) };
  return { value: fmtYear(base.y + 100 * n) };
}
