// Calendar arithmetic on plain year/month/day numbers (all in UTC), and dates in words for people to read.
// Small and pure, so the editor's hover can use it without loading the date parser.

export interface YMD { y: number; m: number; d: number }

/** Midnight UTC of a day; years 0–99 stay themselves (`Date.UTC` alone would read them as 1900–1999). */
export function utc(y: number, m: number, d: number): Date {
  const date = new Date(Date.UTC(2000, m - 1, d));
  date.setUTCFullYear(y, m - 1, d);
  return date;
}
export function toYMD(date: Date): YMD { return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() }; }
export function addDays(p: YMD, n: number): YMD { return toYMD(new Date(utc(p.y, p.m, p.d).getTime() + n * 86400000)); }
export function dayNumber(p: YMD): number { return Math.round(utc(p.y, p.m, p.d).getTime() / 86400000); }
export function weekday(p: YMD): number { return utc(p.y, p.m, p.d).getUTCDay(); }
const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeapYear = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
/** Days in month `m` (1–12) of year `y`, proleptic Gregorian. */
export function daysInMonth(y: number, m: number): number { return m === 2 && isLeapYear(y) ? 29 : MONTH_LENGTHS[m - 1]; }

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const PART_WORDS: Record<string, string> = { TMO: 'morning', TAF: 'afternoon', TEV: 'evening', TNI: 'night' };
const SEASON_WORDS: Record<string, string> = { SP: 'spring', SU: 'summer', FA: 'autumn', WI: 'winter' };

/** A readable form of a value: `Thursday, 16 May 2024`, `May 2024`, `week 20 of 2024`, `07:51 (UTC-04:00)`, `every Monday`. */
export function describeDate(value: string): string {
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::\d{2})?(Z|[+-]\d{2}:\d{2})?|(TMO|TAF|TEV|TNI))?$/.exec(value))) {
    const p = { y: +m[1], m: +m[2], d: +m[3] };
    let s = `${DAY_NAMES[weekday(p)]}, ${p.d} ${MONTH_NAMES[p.m - 1]} ${p.y}`;
    if (m[4]) s += `, ${m[4]}:${m[5]}${m[6] ? (m[6] === 'Z' ? ' UTC' : ` (UTC${m[6]})`) : ''}`;
    if (m[7]) s += `, ${PART_WORDS[m[7]]}`;
    return s;
  }
  // X marks digits the text leaves unknown: "that same day" after "in October 1998" is `1998-10-XX`
  if ((m = /^(\d{4})-(\d{2}|XX)-XX(?:T(\d{2}):(\d{2})|(TMO|TAF|TEV|TNI))?$/.exec(value))) {
    let s = `a day in ${m[2] === 'XX' ? +m[1] : `${MONTH_NAMES[+m[2] - 1]} ${+m[1]}`}`;
    if (m[3]) s += `, ${m[3]}:${m[4]}`;
    if (m[5]) s += `, ${PART_WORDS[m[5]]}`;
    return s;
  }
  if ((m = /^(\d{4})-XX$/.exec(value))) return `a month of ${+m[1]}`;
  if ((m = /^XXXX-WXX-([1-7])$/.exec(value))) return `every ${DAY_NAMES[+m[1] % 7]}`;
  if ((m = /^FY(\d{4})$/.exec(value))) return `fiscal year ${+m[1]}`;
  if ((m = /^(\d{4})-H([12])$/.exec(value))) return `the ${m[2] === '1' ? 'first' : 'second'} half of ${+m[1]}`;
  if ((m = /^(\d{4})-(\d{2})$/.exec(value))) return `${MONTH_NAMES[+m[2] - 1]} ${+m[1]}`;
  if ((m = /^(\d{4})-W(\d{2})(-WE)?$/.exec(value))) {
    // the Monday of that ISO week
    const jan4 = { y: +m[1], m: 1, d: 4 };
    const monday = addDays(jan4, -((weekday(jan4) + 6) % 7) + (+m[2] - 1) * 7);
    const from = m[3] ? addDays(monday, 5) : monday;
    return `${m[3] ? 'weekend' : 'week'} ${+m[2]} of ${m[1]} (from ${DAY_NAMES[weekday(from)]}, ${from.d} ${MONTH_NAMES[from.m - 1]} ${from.y})`;
  }
  if ((m = /^(\d{4})-Q([1-4])$/.exec(value))) return `quarter ${m[2]} of ${m[1]}`;
  if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value))) return `${SEASON_WORDS[m[2]]} ${m[1]}`;
  if ((m = /^(\d{4})$/.exec(value))) return `the year ${+m[1]}`;
  if ((m = /^(\d{3})$/.exec(value))) return `the ${m[1]}0s`;
  if ((m = /^(\d{2})$/.exec(value))) { const c = +m[1] + 1; return `the ${c}${c % 10 === 1 && c !== 11 ? 'st' : c % 10 === 2 && c !== 12 ? 'nd' : c % 10 === 3 && c !== 13 ? 'rd' : 'th'} century`; }
  return value;
}
