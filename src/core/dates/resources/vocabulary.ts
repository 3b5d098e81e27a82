// Normalization tables: the words of dates and what they stand for. Data only; the patterns are built from these
// keys and the normalizers look the matched words up here.

export const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10,
  november: 11, december: 12, jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10,
  nov: 11, dec: 12,
};

export const WEEKDAYS: Record<string, number> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
  sun: 0, mon: 1, tue: 2, tues: 2, wed: 3, thu: 4, thur: 4, thurs: 4, fri: 5, sat: 6,
};

export const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
  'a few': 3, few: 3, several: 3, 'a couple of': 2, 'a couple': 2, couple: 2,
};

export const ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 };

/** Offsets in minutes east of UTC; `null` marks zones whose offset depends on US daylight saving time. */
export const ZONES: Record<string, number | null> = {
  EDT: -240, EST: -300, CDT: -300, CST: -360, MDT: -360, MST: -420, PDT: -420, PST: -480, AKDT: -480, AKST: -540,
  HST: -600, GMT: 0, UTC: 0, Z: 0, BST: 60, CET: 60, CEST: 120, EET: 120, EEST: 180, MSK: 180, JST: 540, KST: 540,
  HKT: 480, SGT: 480, AEST: 600, AEDT: 660, ET: null, CT: null, MT: null, PT: null,
  Eastern: null, Central: null, Mountain: null, Pacific: null,
};
/** Standard-time offsets of the US zones written without S or D. */
export const US_ZONE_BASE: Record<string, number> = { ET: -300, CT: -360, MT: -420, PT: -480, EASTERN: -300, CENTRAL: -360, MOUNTAIN: -420, PACIFIC: -480 };

/** TIMEX3 codes for parts of the day. "night" is TNI, as TimeML writes it. */
export const PART_CODE: Record<string, string> = { morning: 'TMO', afternoon: 'TAF', evening: 'TEV', night: 'TNI', overnight: 'TNI', tonight: 'TNI' };
export const SEASON_CODE: Record<string, string> = { spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' };
/** The month each season begins in (northern hemisphere, meteorological). */
export const SEASON_START: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/** TIMEX3 `mod` for the words that narrow or soften a date. */
export const MOD_CODE: Record<string, string> = {
  early: 'START', late: 'END', mid: 'MID', middle: 'MID',
  about: 'APPROX', around: 'APPROX', roughly: 'APPROX', some: 'APPROX', nearly: 'APPROX', almost: 'APPROX',
  'more than': 'MORE_THAN', over: 'MORE_THAN', 'less than': 'LESS_THAN', just: 'EQUAL_OR_LESS',
};

/**
 * Holidays: a fixed day, the n-th weekday of a month (n = -1 for the last), or days from Easter Sunday.
 * Keys are the lower-case names with straight apostrophes.
 */
export type HolidayRule = { fixed: [number, number] } | { nth: [month: number, weekday: number, n: number] } | { easter: number } | { election: true };
export const HOLIDAYS: Record<string, HolidayRule> = {
  thanksgiving: { nth: [11, 4, 4] }, 'thanksgiving day': { nth: [11, 4, 4] },
  christmas: { fixed: [12, 25] }, 'christmas day': { fixed: [12, 25] }, 'christmas eve': { fixed: [12, 24] },
  "new year's": { fixed: [1, 1] }, "new year's day": { fixed: [1, 1] }, "new year's eve": { fixed: [12, 31] },
  easter: { easter: 0 }, 'easter sunday': { easter: 0 }, 'easter monday': { easter: 1 }, 'easter week': { easter: 0 },
  'good friday': { easter: -2 },
  'election day': { election: true },
  'independence day': { fixed: [7, 4] }, 'fourth of july': { fixed: [7, 4] }, 'july fourth': { fixed: [7, 4] },
  'labor day': { nth: [9, 1, 1] }, 'memorial day': { nth: [5, 1, -1] }, 'veterans day': { fixed: [11, 11] },
  "valentine's day": { fixed: [2, 14] }, halloween: { fixed: [10, 31] }, 'boxing day': { fixed: [12, 26] },
  "mother's day": { nth: [5, 0, 2] }, "father's day": { nth: [6, 0, 3] },
  "presidents' day": { nth: [2, 1, 3] }, "presidents day": { nth: [2, 1, 3] }, "president's day": { nth: [2, 1, 3] },
  'martin luther king day': { nth: [1, 1, 3] }, 'martin luther king jr. day': { nth: [1, 1, 3] },
};
