// Date and time expressions, normalized to TIMEX3-style values against a reference date.
//
// A pattern layer of our own (no chrono): one global regular expression finds the expressions news text uses —
// absolute dates (`May 16, 2024`, `2024-05-16`, `5/16/2024`), months and years, weekdays, clock times with zones,
// deictic words (`today`, `last year`, `this week`, `two weeks ago`), holidays, decades — and a resolver turns each
// into a value (`2024-05-16`, `2024-05`, `2024`, `2024-W20`, `2024-05-16T07:51-04:00`). Relative expressions use the
// reference date; without one their value is null (never today's date). Where a bare weekday or month could be in
// the past or the future, the tense of the clause decides, else the nearest occurrence.
import { addDays, dayNumber, daysInMonth, weekday, type YMD } from './calendar';
import type { DateMention } from './types';

// ---------------------------------------------------------------------------------------------------------------
// Vocabulary

const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10,
  november: 11, december: 12, jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10,
  nov: 11, dec: 12,
};
const WEEKDAYS: Record<string, number> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
  sun: 0, mon: 1, tue: 2, tues: 2, wed: 3, thu: 4, thur: 4, thurs: 4, fri: 5, sat: 6,
};
const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
  'a few': 3, few: 3, several: 3, 'a couple of': 2, 'a couple': 2, couple: 2,
};
/** Offsets in minutes east of UTC; `null` marks zones whose offset depends on US daylight saving time. */
const ZONES: Record<string, number | null> = {
  EDT: -240, EST: -300, CDT: -300, CST: -360, MDT: -360, MST: -420, PDT: -420, PST: -480, AKDT: -480, AKST: -540,
  HST: -600, GMT: 0, UTC: 0, Z: 0, BST: 60, CET: 60, CEST: 120, EET: 120, EEST: 180, MSK: 180, JST: 540, KST: 540,
  HKT: 480, SGT: 480, AEST: 600, AEDT: 660, ET: null, CT: null, MT: null, PT: null,
  Eastern: null, Central: null, Mountain: null, Pacific: null,
};
const US_ZONE_BASE: Record<string, number> = { ET: -300, CT: -360, MT: -420, PT: -480, EASTERN: -300, CENTRAL: -360, MOUNTAIN: -420, PACIFIC: -480 };

const MON_FULL = 'January|February|March|April|May|June|July|August|September|October|November|December';
const MON_ABBR = 'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec';
const MON = `(?:${MON_FULL}|(?:${MON_ABBR})\\.?)(?![a-z])`;
const WD_FULL = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
const WD_ABBR = 'Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun';
const WD_PREFIX = `(?:(?:${WD_FULL}|(?:${WD_ABBR})\\.?)(?![a-z]),?\\s+)`;
const DAY = '(?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?(?!\\d|:\\d)';
const YEAR = "(?:1[6-9]\\d\\d|20\\d\\d)(?![\\d'’]|s\\b)";
const ZONE = `(?:${Object.keys(ZONES).join('|')})(?![A-Za-z])`;
const AMPM = '(?:[aApP]\\.\\s?[mM]\\.?|[aApP][mM](?![A-Za-z]))';
const PART = '(?:morning|afternoon|evening|night|overnight)';
const anyCase = (w: string) => `[${w[0].toUpperCase()}${w[0]}]${w.slice(1)}`;
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const NUM = `(?:(?:${TENS.split('|').map(anyCase).join('|')})[- ](?:one|two|three|four|five|six|seven|eight|nine)|\\d+|${['a couple of', 'a few', ...Object.keys(NUMBER_WORDS).filter(w => !w.includes(' '))].map(anyCase).join('|')})`;
const HOLIDAY = "(?:Thanksgiving(?: Day)?|Christmas(?: Day| Eve)?|New Year['’]s(?: Day| Eve)?|Easter(?: Sunday| Monday| week)?|Good Friday|Election Day|Independence Day|Fourth of July|July Fourth|Labor Day|Memorial Day|Veterans Day|Valentine['’]s Day|Halloween|Boxing Day|Mother['’]s Day|Father['’]s Day|Presidents['’]? Day|Martin Luther King(?: Jr\\.)? Day)";

const TIME_SRC =
  `(?:(?<th>\\d{1,2})(?::(?<tm>[0-5]\\d))?(?::[0-5]\\d)?\\s?(?<ap>${AMPM})(?:\\s?\\(?(?<tz>${ZONE})\\)?)?` +
  `|(?<=\\b(?:at|by|from|until|before|after)\\s)(?<th2>[01]?\\d|2[0-3]):(?<tm2>[0-5]\\d)(?:\\s?(?<tz2>${ZONE}))?(?![\\d:])` +
  `|(?<th3>[01]?\\d|2[0-3])[:.](?<tm3>[0-5]\\d)\\s?\\(?(?<tz3>${ZONE})\\)?` +
  `|(?<named>noon|midnight|midday)(?![a-z]))`;

const MONTH_AFTER = new RegExp(`^\\s+(?:${MON_FULL})\\b`);

const MASTER = new RegExp(
  [
    // 2024-05-16, 2024-05-16T07:51:00-04:00, 1999-02-16 12:55:33
    `(?<iso>(?<!\\d)(?<iy>\\d{4})-(?<im>0[1-9]|1[0-2])-(?<id>0[1-9]|[12]\\d|3[01])(?:[T ](?<ih>[01]\\d|2[0-3]):(?<imin>[0-5]\\d)(?::[0-5]\\d(?:\\.\\d+)?)?(?<izone>Z|[+-]\\d\\d:?\\d\\d)?)?(?![\\d-]))`,
    // 5/16/2024, 12/05/1998 09:42:00
    `(?<slash>(?<![\\d/])(?<sa>\\d{1,2})/(?<sb>\\d{1,2})/(?<sy>\\d{4}|\\d{2})(?![\\d/])(?:\\s+(?<sh>[01]?\\d|2[0-3]):(?<smin>[0-5]\\d)(?::[0-5]\\d)?)?)`,
    // (Thursday,) May 16(, 2024)
    `(?<mdy>(?<weekof>(?:the\\s+)?week\\s+of\\s+)?${WD_PREFIX}?(?:(?<mdq>early|late|mid)[- ])?(?<mdm>${MON})\\s+(?<mdd>${DAY})(?:,?\\s+(?<mdyy>${YEAR}))?)`,
    // (Thursday,) 16 May (2024)
    `(?<dmy>${WD_PREFIX}?(?:the\\s+)?(?<dmd>${DAY})(?:\\s+of)?\\s+(?<dmm>${MON})(?:,?\\s+(?<dmyy>${YEAR}))?)`,
    // spring of 1998, fall 2023
    `(?<season>(?<sq>early|late|mid)?[- ]?(?<sname>[Ss]pring|[Ss]ummer|[Ff]all|[Aa]utumn|[Ww]inter)(?:\\s+of)?\\s+(?<syear>${YEAR}))`,
    // (early) March 2024, (late-)November, mid-May
    `(?<month>(?:(?<mq>[Ee]arly|[Ll]ate|[Mm]id)[- ](?:in\\s+)?)?(?<mm>${MON})(?:,?\\s+(?<myear>${YEAR}))?)`,
    // the 1990s, the early '90s
    `(?<decade>(?:(?<dq>early|late|mid)[- ])?(?:(?<dc>1[5-9]\\d0|20\\d0)['’]?s|['’](?<dshort>\\d0)['’]?s)(?![\\w]))`,
    // (last|next) (Thursday)( morning)
    `(?<wd>(?:(?<wdq>[Ll]ast|[Nn]ext|[Tt]his|[Cc]oming|[Pp]ast)\\s+)?(?<wdn>${WD_FULL})(?![a-z])(?<wdposs>['’]s)?(?:\\s+(?<wdp>${PART}))?)`,
    // today, tonight, yesterday (morning), tomorrow, this morning, last night
    `(?<deictic>(?:the\\s+day\\s+(?<ddir>before\\s+yesterday|after\\s+tomorrow))|(?<dword>[Tt]oday|[Tt]onight|[Yy]esterday|[Tt]omorrow)(?:['’]s)?(?:\\s+(?<dpart>${PART}))?|(?<dthis>[Tt]his|[Ll]ast)\\s+(?<dthispart>morning|afternoon|evening|night))(?![a-z])`,
    // in the fall (not "the fall of the city")
    `(?<tseason>(?<=\\b(?:in|during|by|until|since|through)\\s)the\\s+(?<tsname>spring|summer|fall|autumn|winter)(?![a-z])(?!\\s+of\\b))`,
    // over the weekend
    `(?<wkend>(?<=\\b(?:over|during|at|on|for)\\s)the\\s+weekend(?![a-z]))`,
    // earlier this year, last week, next month, this weekend, the past year, last fall, this quarter
    `(?<rel>(?:(?<rq>[Ee]arlier|[Ll]ater|[Ee]arly|[Ll]ate)\\s+)?(?:the\\s+)?(?<rdir>[Tt]his|[Ll]ast|[Nn]ext|[Pp]ast|[Pp]revious|[Cc]oming|[Cc]urrent|[Tt]hat|[Ff]ollowing)\\s+(?:same\\s+)?(?<runit>week|month|year|weekend|spring|summer|fall|autumn|winter|decade|quarter|day)(?![a-z-]))`,
    // two weeks ago, a decade ago, almost four years ago
    `(?<ago>(?:(?:${['almost', 'nearly', 'about', 'some', 'more\\s+than', 'less\\s+than', 'over', 'just', 'roughly', 'around', 'barely', 'only', 'exactly'].map(anyCase).join('|')})\\s+)?(?<an>${NUM})\\s+(?<au>day|week|month|year|decade|centur(?:y|ie))s?\\s+(?<adir>ago|earlier|before|from\\s+now|hence))`,
    // (last) Thanksgiving
    `(?<holiday>(?:(?<hq>[Ll]ast|[Nn]ext|[Tt]his)\\s+)?(?<hname>${HOLIDAY})(?![A-Za-z])(?:\\s+(?<hyear>${YEAR}))?)`,
    // the third quarter (of 1998)
    `(?<quarter>(?:the\\s+)?(?<qn>first|second|third|fourth|1st|2nd|3rd|4th)[- ]quarter(?![a-z])(?:\\s+of\\s+(?<qyear>${YEAR}))?)`,
    // 7:51 AM EDT, 10 p.m., noon
    `(?<time>${TIME_SRC})`,
    // (early) 1998, post-1959
    `(?<year>(?:(?<yq>early|late|mid)[- ])?(?<yy>${YEAR}))`,
  ].map(s => `\\b${s}`).join('|'),
  'g',
);

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const fmtYear = (y: number) => (y < 0 ? '-' : '') + pad(Math.abs(y), 4);
const fmtDay = (p: YMD) => `${fmtYear(p.y)}-${pad(p.m)}-${pad(p.d)}`;
const fmtMonth = (y: number, m: number) => `${fmtYear(y)}-${pad(m)}`;

function isoWeek(p: YMD): { year: number; week: number } {
  const dow = (weekday(p) + 6) % 7; // Monday = 0
  const thursday = addDays(p, 3 - dow);
  const jan1 = { y: thursday.y, m: 1, d: 1 };
  return { year: thursday.y, week: 1 + Math.floor((dayNumber(thursday) - dayNumber(jan1)) / 7) };
}
const fmtWeek = (p: YMD) => { const w = isoWeek(p); return `${fmtYear(w.year)}-W${pad(w.week)}`; };

function nthWeekday(y: number, m: number, dow: number, n: number): YMD {
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
function holidayIn(name: string, y: number): YMD | undefined {
  const n = name.toLowerCase().replace(/[’']/g, "'");
  if (n.startsWith('thanksgiving')) return nthWeekday(y, 11, 4, 4);
  if (n === 'christmas eve') return { y, m: 12, d: 24 };
  if (n.startsWith('christmas')) return { y, m: 12, d: 25 };
  if (n === "new year's eve") return { y, m: 12, d: 31 };
  if (n.startsWith('new year')) return { y, m: 1, d: 1 };
  if (n === 'good friday') return addDays(easter(y), -2);
  if (n === 'easter monday') return addDays(easter(y), 1);
  if (n.startsWith('easter')) return easter(y);
  if (n === 'election day') return addDays(nthWeekday(y, 11, 1, 1), 1);
  if (n === 'independence day' || n === 'fourth of july' || n === 'july fourth') return { y, m: 7, d: 4 };
  if (n === 'labor day') return nthWeekday(y, 9, 1, 1);
  if (n === 'memorial day') return nthWeekday(y, 5, 1, -1);
  if (n === 'veterans day') return { y, m: 11, d: 11 };
  if (n.startsWith('valentine')) return { y, m: 2, d: 14 };
  if (n === 'halloween') return { y, m: 10, d: 31 };
  if (n === 'boxing day') return { y, m: 12, d: 26 };
  if (n.startsWith('mother')) return nthWeekday(y, 5, 0, 2);
  if (n.startsWith('father')) return nthWeekday(y, 6, 0, 3);
  if (n.startsWith('president')) return nthWeekday(y, 2, 1, 3);
  if (n.startsWith('martin luther king')) return nthWeekday(y, 1, 1, 3);
  return undefined;
}

/** US daylight saving time (for ET/CT/MT/PT), by the rules in force in the given year. */
function usDaylightSaving(p: YMD): boolean {
  const start = p.y >= 2007 ? nthWeekday(p.y, 3, 0, 2) : nthWeekday(p.y, 4, 0, 1);
  const end = p.y >= 2007 ? nthWeekday(p.y, 11, 0, 1) : nthWeekday(p.y, 10, 0, -1);
  const n = dayNumber(p);
  return n >= dayNumber(start) && n < dayNumber(end);
}
function zoneSuffix(zone: string | undefined, day: YMD | undefined): string {
  if (!zone) return '';
  const key = zone.toUpperCase();
  let minutes = ZONES[key] ?? ZONES[zone];
  if (minutes === undefined) return '';
  if (minutes === null) {
    if (!day) return '';
    minutes = US_ZONE_BASE[key] + (usDaylightSaving(day) ? 60 : 0);
  }
  if (minutes === 0) return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

// ---------------------------------------------------------------------------------------------------------------
// Tense of the clause around an expression

type Tense = 'past' | 'future' | undefined;

const FUTURE_WORDS = new Set(['will', 'shall', "'ll", '’ll', 'wo', 'would', 'going', 'gonna', 'plan', 'plans', 'planning',
  'intend', 'intends', 'expected', 'expects', 'expect', 'anticipate', 'anticipates', 'scheduled', 'slated', 'due', 'set', 'upcoming',
  'tomorrow', 'aims', 'hopes', 'hope', 'wants', 'want', 'promised', 'vowed', 'pledged', 'threatened', 'must',
  'can', 'may', 'might', 'could', 'should', 'begins', 'starts', 'opens', 'resumes', 'meets', 'ends', 'is', 'are', 'am', 'be',
  'takes', 'arrives', 'leaves', 'heads', 'closes', 'expire', 'expires', 'deadline', 'coming', 'awaits', 'await']);
/** Words that look ahead only when "to" follows them ("plans to", "hopes to"). */
const NEEDS_TO = new Set(['plan', 'plans', 'planning', 'intend', 'intends', 'aims', 'hopes', 'hope', 'wants', 'want', 'going', 'promised', 'vowed', 'pledged', 'threatened']);
const INTENT = /^(?:decided|decides|agreed|agrees|planned|plans|plan|planning|hopes|hope|hoped|expected|expects|scheduled|set|slated|due|likely|ready|going|wants|want|wanted|intends|intend|intended|promised|promises|vowed|vows|pledged|pledges|threatened|threatens|aims|aimed|prepared|prepares|poised|about|has|have|is|are|was|were|seeks|sought|asked|urged|called|invited|preparing|needs|need|must|able)$/i;
const DETERMINERS = /^(?:the|a|an|his|her|their|its|this|that|these|those|our|my|your|some|all|any|each|every|be|date|power|office|court|trial|work|school|church|jail|prison|war|bed|sea|market|zero)$/i;
const PAST_WORDS = new Set(['said', 'says', 'was', 'were', 'had', 'did', 'told', 'met', 'made', 'took', 'came', 'went', 'gave', 'left',
  'began', 'held', 'struck', 'won', 'lost', 'got', 'put', 'set', 'saw', 'sent', 'spent', 'paid', 'found', 'fell', 'rose',
  'hit', 'shot', 'fought', 'brought', 'bought', 'sold', 'wrote', 'spoke', 'broke', 'chose', 'drove', 'flew', 'ran',
  'ago', 'last', 'earlier', 'since', 'yesterday', 'previously', 'already', 'been', 'became', 'knew', 'thought', 'felt',
  'kept', 'led', 'meant', 'read', 'stood', 'understood', 'withdrew', 'overtook', 'sank', 'swore', 'tore', 'wore',
  'began', 'built', 'caught', 'dealt', 'drew', 'fled', 'forgot', 'froze', 'grew', 'heard', 'hung', 'laid', 'lay', 'lit',
  'quit', 'rang', 'rode', 'sat', 'shook', 'slid', 'sought', 'sprang', 'stole', 'struck', 'swept', 'taught', 'threw',
  'woke', 'wound', 'cut', 'beat', 'bid', 'cast', 'let', 'shut', 'spread', 'upheld', 'overturned']);
const NOT_PAST_ED = new Set(['need', 'indeed', 'hundred', 'red', 'bed', 'shed', 'speed', 'feed', 'seed', 'bred', 'fled',
  'proceed', 'exceed', 'succeed', 'united', 'related', 'based', 'armed', 'scheduled', 'expected', 'planned', 'slated',
  'proposed', 'intended', 'supposed', 'used', 'tired', 'concerned', 'interested', 'advanced', 'limited', 'detailed',
  'wed', 'embed', 'med', 'ted', 'fred', 'ed', 'ned', 'coed', 'sled', 'weed', 'breed', 'greed', 'creed', 'steed']);

const WORD_RE = /[A-Za-z’']+/g;

/** The tense that governs the expression at [start, end) in `text`: the nearest tense-bearing word before it in the
 * same sentence, else after it. */
export function tenseAt(text: string, start: number, end: number): Tense {
  let from = start;
  const limit = Math.max(0, start - 240);
  while (from > limit) {
    const c = text.charCodeAt(from - 1);
    if (c === 10 || c === 13 || c === 59 /* ; */) break;
    if ((c === 46 || c === 33 || c === 63) && /\s/.test(text[from] ?? ' ') && /\s[A-Z“"‘'(]|\s*$/.test(text.slice(from, from + 3))) {
      // a sentence end, unless an abbreviation such as "Mr." or "Oct." or an initial
      const before = text.slice(Math.max(0, from - 6), from - 1);
      if (!/(?:\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Sen|Rep|Gov|Lt|Col|Capt|Jan|Feb|Aug|Sept?|Oct|Nov|Dec|No|U\.S|[A-Za-z]))$/.test(before)) break;
    }
    from--;
  }
  const left = text.slice(from, start);
  const words = left.match(WORD_RE) ?? [];
  for (let i = words.length - 1; i >= 0; i--) {
    const t = classifyWord(words[i], words[i - 1], words[i + 1]);
    if (t) return t;
  }
  let to = end;
  const rightLimit = Math.min(text.length, end + 160);
  while (to < rightLimit && !/[.!?;\n\r]/.test(text[to])) to++;
  const right = (text.slice(end, to).match(WORD_RE) ?? []).slice(0, 12);
  for (let i = 0; i < right.length; i++) {
    const t = classifyWord(right[i], right[i - 1], right[i + 1]);
    if (t) return t;
  }
  return undefined;
}

function classifyWord(word: string, previous: string | undefined, next: string | undefined): Tense {
  const w = word.toLowerCase();
  if (w === 'to') {
    // "decided to admit them in March", "is due to arrive" look ahead; "to the city", "staged … to mark" do not
    return previous && INTENT.test(previous) && next && /^[a-z]+$/.test(next) && !DETERMINERS.test(next) && !/(?:ing|ed)$/.test(next) ? 'future' : undefined;
  }
  if ((w === 'was' || w === 'were') && next && /^(?:planning|going|expected|scheduled|due|set|slated|about|to|supposed)$/.test(next)) return 'future';
  if (w === 'until' && previous && /^(?:postponed|delayed|adjourned|deferred|extended|recessed|suspended|given|put|wait|waiting)$/i.test(previous)) return 'future';
  if (NEEDS_TO.has(w)) return next === 'to' ? 'future' : undefined;
  if (next === 'for' && /^(?:planned|set|scheduled|slated|due|expected|earmarked|penciled|pencilled|booked|timed)$/.test(w)) return 'future';
  // "is heard", "are expected": a present passive looks ahead; after "be" the modal before it decides
  if (previous && /^(?:is|are|am)$/i.test(previous) && (PAST_WORDS.has(w) || /[a-z]ed$/.test(w))) return 'future';
  if (previous && /^be$/i.test(previous) && (PAST_WORDS.has(w) || /[a-z]ed$/.test(w))) return undefined;
  if (w === 'be') return undefined;
  // "could not be reached", "would not say": a negated modal reports what did not happen
  if ((w === 'could' || w === 'would') && (next === 'not' || (previous && /^(?:not|never|neither|nor)$/i.test(previous)))) return 'past';
  if (w.endsWith("'ll") || w.endsWith('’ll')) return 'future';
  if (w === 'set' || w === 'due') {
    // "is set to", "are due to" look forward; "set" after a subject is often past
    return previous && /^(is|are|was|were|been|be)$/i.test(previous) ? 'future' : w === 'set' ? 'past' : undefined;
  }
  if (w === 'is' || w === 'are' || w === 'am' || w === 'be') return 'future';
  if (FUTURE_WORDS.has(w)) return 'future';
  if (PAST_WORDS.has(w)) return 'past';
  if (w.length > 3 && w.endsWith('ed') && !NOT_PAST_ED.has(w) && word[0] === word[0].toLowerCase()) {
    return 'past';
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Resolution

interface Found {
  start: number;
  end: number;
  value: string | null;
  /** What the expression denotes, so that a time can combine with a date beside it. */
  kind: 'day' | 'time' | 'other';
  day?: YMD;
  time?: { h: number; m: number; zone?: string };
  /** Time-of-day part (`TMO`, `TEV`, …) for weekdays and deictic words. */
  part?: string;
  /** `that day`, `that year`: refers to the latest date before it in the block. */
  anaphor?: string;
  /** `two days later`: so many units from the latest date before it in the block. */
  shift?: { unit: string; n: number };
}

const PART_CODE: Record<string, string> = { morning: 'TMO', afternoon: 'TAF', evening: 'TEV', night: 'TNI', overnight: 'TNI', tonight: 'TNI' };
const SEASON_CODE: Record<string, string> = { spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' };
const SEASON_START: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

function parseRef(reference: string | undefined): YMD | undefined {
  const m = reference && /^(\d{4})-(\d{2})-(\d{2})/.exec(reference);
  if (!m) return undefined;
  const p = { y: +m[1], m: +m[2], d: +m[3] };
  return p.m >= 1 && p.m <= 12 && p.d >= 1 && p.d <= daysInMonth(p.y, p.m) ? p : undefined;
}

function validDay(y: number, m: number, d: number): YMD | undefined {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m) ? { y, m, d } : undefined;
}

/** A month-and-day without a year: the occurrence before or after the reference, by tense, else the nearest. */
function resolveMonthDay(m: number, d: number, ref: YMD, tense: Tense): YMD | undefined {
  const cands = [ref.y - 1, ref.y, ref.y + 1].map(y => validDay(y, m, d)).filter((p): p is YMD => !!p);
  if (!cands.length) return undefined;
  const r = dayNumber(ref);
  const before = cands.filter(p => dayNumber(p) <= r).pop();
  const after = cands.find(p => dayNumber(p) >= r);
  if (!before) return after;
  if (!after) return before;
  const db = r - dayNumber(before), da = dayNumber(after) - r;
  // Tense decides, unless it would send the date most of a year away; without it, the nearest occurrence.
  if (tense === 'future' && da <= 300) return after;
  if (tense === 'past' && db <= 300) return before;
  return da < db ? after : before;
}

/** A bare month: this year's, the previous or the next one, by tense, else the nearest. */
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
  const q = qualifier?.toLowerCase();
  if (q === 'last' || q === 'past') return addDays(ref, -(diffBack || 7));
  // "next Friday" is the Friday of next week
  if (q === 'next') return addDays(ref, 7 - ((weekday(ref) + 6) % 7) + ((dow + 6) % 7));
  if (q === 'coming') return addDays(ref, diffFwd);
  if (q === 'this') return tense === 'past' ? addDays(ref, -diffBack) : addDays(ref, diffFwd);
  return tense === 'future' ? addDays(ref, diffFwd) : addDays(ref, -diffBack);
}

function numberOf(s: string): number | undefined {
  const k = s.toLowerCase().replace(/\s+/g, ' ');
  if (/^\d+$/.test(k)) return +k;
  const compound = /^(\w+)[- ](\w+)$/.exec(k);
  if (compound && NUMBER_WORDS[compound[1]] >= 20 && NUMBER_WORDS[compound[2]] < 10) return NUMBER_WORDS[compound[1]] + NUMBER_WORDS[compound[2]];
  return NUMBER_WORDS[k];
}

const UNIT_WORDS_AFTER_YEAR = /^\s+(?:people|persons|men|women|children|kids|troops|soldiers|police|officers|workers|refugees|feet|foot|ft|meters|metres|miles|kilometers|kilometres|km|tons|tonnes|pounds|lbs?|kg|dollars|euros|yen|francs|marks|points|votes|seats|cars|vehicles|homes|houses|jobs|members|students|delegates|acres|hectares|barrels|employees|staff|cases|deaths|dead|shares|units|copies|calories|words|pages|rooms|beds|planes|aircraft|ships|boats|guns|rounds|species|yards|mph|rpm|hp|cc|runs|wickets|residents|voters|fans|passengers|patients|prisoners|inmates|protesters|demonstrators|others|more|of\s+(?:them|the|these|those|his|her|their))\b/i;
const QUANTIFIER_BEFORE_YEAR = /\b(?:about|nearly|some|approximately|roughly|around|almost|than|least|over|up\s+to|only|just|another|all|the\s+first|the\s+last|No\.|number|Nos?\.?|Flight|Room|Route|Highway|Interstate|Windows|Euro|Expo|Vision|Agenda)\s*$/;
const PREP_BEFORE = /\b(?:in|since|by|until|till|through|from|to|of|during|before|after|on|early|late|mid|last|next|this|that|each|every|for|between|and|or|around)\s+$/i;

/** Dates in one block; offsets local to the block. `reference` is `YYYY-MM-DD` (a longer ISO value is cut) or undefined. */
const WORD_BOUNDARY = /\b/g;

export function findDates(text: string, reference: string | undefined): DateMention[] {
  const ref = parseRef(reference);
  const found: Found[] = [];
  MASTER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = MASTER.exec(text))) {
    const g = m.groups!;
    const start = m.index;
    const end = start + m[0].length;
    const f = interpret(text, start, end, g, ref);
    if (f) found.push(f);
    else if (m[0].length > 0) {
      // Nothing usable here: retry from the next word, so a rejected long form does not hide a shorter one.
      // (the next word boundary, found in place: searching a slice of the rest of the text made each retry cost
      // the length of the text)
      const at = start + 1;
      WORD_BOUNDARY.lastIndex = at + 1;
      MASTER.lastIndex = /\w/.test(text[at] ?? '') ? at : WORD_BOUNDARY.exec(text)?.index ?? at;
    }
  }
  const merged = combine(text, found, ref);
  // Anaphoric "that day" / "that year": the latest date before it in the block, at that granularity
  let last: string | undefined;
  for (const f of merged) {
    if (f.shift) {
      const m = last && /^(\d{4})(?:-(\d\d)(?:-(\d\d))?)?(?![\d-W])/.exec(last);
      const fine = f.shift.unit === 'day' || f.shift.unit === 'week' ? m?.[3] : f.shift.unit === 'month' ? m?.[2] : m?.[1];
      if (m && fine) f.value = shiftFrom({ y: +m[1], m: +(m[2] ?? 1), d: +(m[3] ?? 1) }, f.shift.unit, f.shift.n, false).value;
      continue;
    }
    if (f.anaphor && last) {
      const v = f.anaphor === 'day' ? (/^\d{4}-\d\d-\d\d/.exec(last)?.[0]) : f.anaphor === 'month' ? (/^\d{4}-\d\d(?!\d)/.exec(last)?.[0]) : f.anaphor === 'year' ? (/^\d{4}/.exec(last)?.[0]) : undefined;
      if (v) f.value = v;
    } else if (f.value && /^\d{4}/.test(f.value)) last = f.value;
  }
  return merged.map(f => ({ start: f.start, end: f.end, text: text.slice(f.start, f.end), value: f.value }));
}

function interpret(text: string, start: number, end: number, g: Record<string, string | undefined>, ref: YMD | undefined): Found | undefined {
  const tense = () => tenseAt(text, start, end);
  const before = text.slice(Math.max(0, start - 24), start);
  const after = text.slice(end, end + 40);
  if (g.iso) {
    const day = validDay(+g.iy!, +g.im!, +g.id!);
    if (!day) return undefined;
    if (g.ih) {
      const zone = g.izone ? (g.izone === 'Z' ? 'Z' : g.izone.replace(/^([+-]\d\d)(\d\d)$/, '$1:$2')) : '';
      return { start, end, kind: 'day', day, time: { h: +g.ih, m: +g.imin! }, value: `${fmtDay(day)}T${g.ih}:${g.imin}${zone}` };
    }
    return { start, end, kind: 'day', day, value: fmtDay(day) };
  }
  if (g.slash) {
    let a = +g.sa!, b = +g.sb!;
    let y = +g.sy!;
    if (g.sy!.length === 2) y += y < 50 ? 2000 : 1900;
    if (a > 12 && b <= 12) [a, b] = [b, a];
    const day = validDay(y, a, b);
    if (!day) return undefined;
    if (g.sh) {
      const time = { h: +g.sh, m: +g.smin! };
      return { start, end, kind: 'day', day, time, value: `${fmtDay(day)}T${pad(time.h)}:${pad(time.m)}` };
    }
    return { start, end, kind: 'day', day, value: fmtDay(day) };
  }
  if (g.mdy || g.dmy) {
    const monthWord = (g.mdm ?? g.dmm)!;
    const month = MONTHS[monthWord.replace('.', '').toLowerCase()];
    const d = parseInt((g.mdd ?? g.dmd)!, 10);
    const yearText = g.mdyy ?? g.dmyy;
    if (g.dmy && !yearText && monthWord === 'May' && !PREP_BEFORE.test(text.slice(Math.max(0, start - 12), start) + ' ')) return undefined;
    if (g.mdy && /^\s*(?:%|percent|per\s+cent|[-–]\s*\d|million|billion|thousand|\w+s\b(?<!\bis))/.test(after) && !yearText && monthWord === 'May') return undefined;
    // "May 3" where May is a name or a verb is rare with a day number; a time or "points" after it is not a date
    if (/^\s*(?:points?|percent|%|-?\s*(?:yard|point|foot|meter|mile))/.test(after) && !yearText) return undefined;
    const day = yearText ? validDay(+yearText, month, d) : ref ? resolveMonthDay(month, d, ref, tense()) : undefined;
    if (!day) return yearText || ref ? undefined : { start, end, kind: 'day', value: null };
    if (g.weekof) return { start, end, kind: 'other', value: fmtWeek(day) };
    return { start, end, kind: 'day', day, value: fmtDay(day) };
  }
  if (g.season) {
    const code = SEASON_CODE[g.sname!.toLowerCase()];
    return { start, end, kind: 'other', value: `${g.syear}-${code}` };
  }
  if (g.month) {
    const word = g.mm!;
    const month = MONTHS[word.replace('.', '').toLowerCase()];
    const isAbbr = !/^[A-Z][a-z]{2,}$/.test(word) || word.length <= 4 && !['June', 'July', 'May'].includes(word);
    if (g.myear) return { start, end, kind: 'other', value: fmtMonth(+g.myear, month) };
    if (isAbbr && word !== 'May') return undefined;
    const prep = PREP_BEFORE.test(before) || !!g.mq;
    if (!prep) {
      if (word === 'May') return undefined; // a verb or a name unless a preposition introduces it
      // "June Carter", "August Wilson": a name; "March on", "march to": a verb
      if (/^\s+[A-Z][a-z]/.test(after) && !/^\s+(?:I|The|A|An|In|On|At|He|She|They|It|We|This|That|Last|Next)\b/.test(after)) return undefined;
      if (/^\s+(?:on|to|against|through|toward|towards|into)\b/.test(after) && word === 'March') return undefined;
      // "the October slaying" is a date; "the March on Washington", "a June" are not
      if (/\b(?:the|a|an)\s+$/i.test(before) && !/^\s+(?!(?:on|to|of|for|through|against|in|from|toward|towards|and|or|is|was)\b)[a-z]{3,}/.test(after)) return undefined;
    }
    if (!ref) return { start, end, kind: 'other', value: null };
    const r = resolveMonth(month, ref, tense());
    return { start, end, kind: 'other', value: fmtMonth(r.y, r.m) };
  }
  if (g.decade) {
    if (g.dshort) {
      const century = ref ? Math.floor(ref.y / 100) : 19;
      const decade = +g.dshort;
      const y = ref && century * 100 + decade > ref.y ? (century - 1) * 100 + decade : century * 100 + decade;
      return { start, end, kind: 'other', value: String(Math.floor(y / 10)) };
    }
    const y = +g.dc!;
    // "the 1800s" is a century; "the 1990s" a decade
    const value = y % 100 === 0 && y < 2000 ? String(y / 100) : String(Math.floor(y / 10));
    return { start, end, kind: 'other', value };
  }
  if (g.wd) {
    // "the Sunday Telegraph", "The Monday Club": part of a name
    if (!g.wdq && !g.wdp && /\b(?:the|The)\s+$/.test(before) && /^\s+[A-Z][a-z]/.test(after) && !MONTH_AFTER.test(after)) return undefined;
    const dow = WEEKDAYS[g.wdn!.toLowerCase()];
    if (!ref) return { start, end, kind: 'day', value: null };
    // "Wednesday's ruling" names an event already known, unless the words just before look ahead ("ahead of")
    const possessiveTense = (): Tense => /\b(?:will|would|'ll|’ll|ahead\s+of|before|until|upcoming|awaiting|await)\s+(?:\S+\s+){0,2}$/i.test(before) ? 'future' : 'past';
    const day = resolveWeekday(dow, ref, g.wdq, g.wdq ? undefined : g.wdposs ? possessiveTense() : tense());
    const part = g.wdp ? PART_CODE[g.wdp.toLowerCase()] : undefined;
    return { start, end, kind: 'day', day, part, value: fmtDay(day) + (part ?? '') };
  }
  if (g.deictic) {
    // "USA Today", "the Today programme"
    if (g.dword === 'Today' && (/(?:['’]s|\bUSA|\bthe)\s+$/.test(before) || /^\s+(?:programme|program|show|newspaper)\b/.test(after))) return undefined;
    if (!ref) return { start, end, kind: 'day', value: null };
    let day = ref;
    let part: string | undefined;
    if (g.ddir) day = addDays(ref, /^before/.test(g.ddir) ? -2 : 2);
    else if (g.dword) {
      const w = g.dword.toLowerCase();
      if (w === 'yesterday') day = addDays(ref, -1);
      else if (w === 'tomorrow') day = addDays(ref, 1);
      else if (w === 'tonight') part = 'TNI';
      if (g.dpart) part = PART_CODE[g.dpart.toLowerCase()];
    } else {
      part = PART_CODE[g.dthispart!.toLowerCase()];
      if (g.dthis!.toLowerCase() === 'last') {
        if (part === 'TNI') day = addDays(ref, -1);
        else return undefined; // "last morning" is not a date
      }
    }
    return { start, end, kind: 'day', day, part, value: fmtDay(day) + (part ?? '') };
  }
  if (g.tseason) {
    if (!ref) return { start, end, kind: 'other', value: null };
    const code = SEASON_CODE[g.tsname!];
    const r = resolveMonth(SEASON_START[code], ref, tense());
    return { start, end, kind: 'other', value: `${fmtYear(r.y)}-${code}` };
  }
  if (g.wkend) {
    if (!ref) return { start, end, kind: 'other', value: null };
    const dow = weekday(ref);
    const inWeekend = dow === 0 || dow === 6;
    const t = tense();
    const day = inWeekend ? ref : addDays(ref, t === 'future' ? 0 : -7);
    return { start, end, kind: 'other', value: fmtWeek(day) + '-WE' };
  }
  if (g.rel) {
    const dir = g.rdir!.toLowerCase();
    const unit = g.runit!;
    if (dir === 'that') return unit === 'day' || unit === 'year' || unit === 'week' || unit === 'month' ? { start, end, kind: 'other', value: null, anaphor: unit } : undefined;
    if (unit === 'day') {
      // "the next day", "the previous day": a day after or before the date named before it in the block
      if (dir === 'next' || dir === 'following') return { start, end, kind: 'other', value: null, shift: { unit: 'day', n: 1 } };
      if (dir === 'previous') return { start, end, kind: 'other', value: null, shift: { unit: 'day', n: -1 } };
      return undefined;
    }
    if (dir === 'following') return undefined;
    // "the past year", "the last decade" name a stretch of time, not a point; "past three years" never matches here
    if ((dir === 'past' || /^the\s/i.test(text.slice(start + (g.rq ? g.rq.length + 1 : 0)))) && unit === 'decade') return undefined;
    if (!ref) return { start, end, kind: 'other', value: null };
    const step = dir === 'last' || dir === 'past' || dir === 'previous' ? -1 : dir === 'next' || dir === 'coming' ? 1 : 0;
    if (unit === 'week' || unit === 'weekend') {
      const day = addDays(ref, 7 * step);
      return { start, end, kind: 'other', value: fmtWeek(day) + (unit === 'weekend' ? '-WE' : '') };
    }
    if (unit === 'month') {
      const idx = ref.y * 12 + ref.m - 1 + step;
      return { start, end, kind: 'other', value: fmtMonth(Math.floor(idx / 12), (idx % 12) + 1) };
    }
    if (unit === 'year') return { start, end, kind: 'other', value: fmtYear(ref.y + step) };
    if (unit === 'decade') return { start, end, kind: 'other', value: String(Math.floor(ref.y / 10) + step) };
    if (unit === 'quarter') {
      const idx = ref.y * 4 + Math.floor((ref.m - 1) / 3) + step;
      return { start, end, kind: 'other', value: `${fmtYear(Math.floor(idx / 4))}-Q${(idx % 4) + 1}` };
    }
    const code = SEASON_CODE[unit];
    const refSeason = ref.m === 12 || ref.m <= 2 ? 'WI' : ref.m <= 5 ? 'SP' : ref.m <= 8 ? 'SU' : 'FA';
    const refSeasonYear = ref.m <= 2 ? ref.y - 1 : ref.y;
    let y = ref.y;
    if (step === 0) y = code === refSeason ? refSeasonYear : ref.y;
    else if (step < 0) y = SEASON_START[code] < (ref.m <= 2 ? ref.m + 12 : ref.m) && code !== refSeason ? refSeasonYear : refSeasonYear - 1;
    else y = SEASON_START[code] > (ref.m <= 2 ? ref.m + 12 : ref.m) && code !== refSeason ? refSeasonYear : refSeasonYear + 1;
    return { start, end, kind: 'other', value: `${fmtYear(y)}-${code}` };
  }
  if (g.ago) {
    const n = numberOf(g.an!);
    if (n === undefined) return undefined;
    const dir = g.adir!.toLowerCase();
    const unit = g.au!.toLowerCase();
    const approximate = /^(?:almost|nearly|about|some|more|less|over|roughly|around)/i.test(text.slice(start, end));
    if (dir !== 'ago' && !/now|hence/.test(dir)) {
      // "ten days before", "a year earlier": counted from the date named before it in the block (else, for
      // "earlier", from the reference date)
      const shift = { unit, n: /^(?:earlier|before)$/.test(dir) ? -n : n };
      const fallback = dir === 'earlier' && ref ? shiftFrom(ref, unit, shift.n, approximate) : undefined;
      return { start, end, kind: 'other', value: fallback?.value ?? null, shift };
    }
    if (!ref) return { start, end, kind: 'other', value: null };
    const shifted = shiftFrom(ref, unit, dir === 'ago' ? -n : n, approximate);
    return { start, end, kind: shifted.day ? 'day' : 'other', day: shifted.day, value: shifted.value };
  }
  if (g.holiday) {
    // "National Holocaust Memorial Day": a longer name
    if (!g.hq && /\b[A-Z][a-z]+\s+$/.test(before) && !/\b(?:On|By|Since|Until|Before|After|At|Last|Next|This|The|Every|For|From|In|During)\s+$/.test(before)) return undefined;
    const y = g.hyear ? +g.hyear : undefined;
    if (y) { const day = holidayIn(g.hname!, y); return day ? { start, end, kind: 'day', day, value: fmtDay(day) } : undefined; }
    if (!ref) return { start, end, kind: 'day', value: null };
    const prev = holidayIn(g.hname!, ref.y - 1), cur = holidayIn(g.hname!, ref.y), next = holidayIn(g.hname!, ref.y + 1);
    if (!prev || !cur || !next) return undefined;
    const q = g.hq?.toLowerCase();
    const r = dayNumber(ref);
    const onOrBefore = dayNumber(cur) <= r ? cur : prev;
    const onOrAfter = dayNumber(cur) >= r ? cur : next;
    let day: YMD;
    if (q === 'last') day = dayNumber(cur) < r ? cur : prev;
    else if (q === 'next') day = dayNumber(cur) > r ? cur : next;
    else if (q === 'this') day = cur;
    else {
      // as for a month and day: tense decides unless it sends the date most of a year away, else the nearest
      const t = tense();
      const da = dayNumber(onOrAfter) - r, db = r - dayNumber(onOrBefore);
      day = t === 'future' && da <= 300 ? onOrAfter : t === 'past' && db <= 300 ? onOrBefore : da < db ? onOrAfter : onOrBefore;
    }
    if (/week$/.test(g.hname!)) return { start, end, kind: 'other', value: fmtWeek(day) };
    return { start, end, kind: 'day', day, value: fmtDay(day) };
  }
  if (g.quarter) {
    const n = { first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 }[g.qn!.toLowerCase() as 'first'];
    if (g.qyear) return { start, end, kind: 'other', value: `${g.qyear}-Q${n}` };
    if (!ref) return { start, end, kind: 'other', value: null };
    // this year's quarter if it has begun or the clause looks ahead, else last year's
    const current = Math.floor((ref.m - 1) / 3) + 1;
    const y = n <= current || tense() === 'future' ? ref.y : ref.y - 1;
    return { start, end, kind: 'other', value: `${fmtYear(y)}-Q${n}` };
  }
  if (g.time) {
    let h: number, mi: number, zone: string | undefined;
    if (g.named) {
      const w = g.named.toLowerCase();
      h = w === 'midnight' ? 0 : 12; mi = 0;
    } else if (g.th !== undefined) {
      h = +g.th; mi = g.tm ? +g.tm : 0; zone = g.tz;
      if (h < 1 || h > 12) return undefined;
      const pm = /^[pP]/.test(g.ap!);
      if (pm && h < 12) h += 12;
      if (!pm && h === 12) h = 0;
    } else if (g.th2 !== undefined) {
      h = +g.th2; mi = +g.tm2!; zone = g.tz2;
    } else {
      h = +g.th3!; mi = +g.tm3!; zone = g.tz3;
    }
    const time = { h, m: mi, zone };
    if (!ref) return { start, end, kind: 'time', time, value: null };
    return { start, end, kind: 'time', time, day: ref, value: `${fmtDay(ref)}T${pad(h)}:${pad(mi)}${zoneSuffix(zone, ref)}` };
  }
  if (g.year) {
    const y = +g.yy!;
    if (/[$£€#]\s*$|\d[,.]?\s*$|\bNo\.\s*$/.test(before)) return undefined;
    if (/^(?:%|\s*percent|[,.]\d|\s*[-–]\s*(?:year|day|month|week|point|meter|metre|foot|yard|mile|page|seat|member|strong)\b)/i.test(after)) return undefined;
    if (UNIT_WORDS_AFTER_YEAR.test(after) || QUANTIFIER_BEFORE_YEAR.test(before)) return undefined;
    // "2010 Harbor Street": a house number
    if (/^\s+(?:[A-Z][a-z]+\s+){1,3}(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Lane|Drive|Way|Place|Court)\b/.test(after)) return undefined;
    if (y < 1900 && !PREP_BEFORE.test(before) && !g.yq) return undefined;
    if (/^\s*:\d/.test(after) || /^\s*(?:GMT|UTC|BST|CET|CEST|[ECMP][SD]T)\b/.test(after) || /^\s*(?:hours|hrs|GMT)\b/.test(after)) return undefined;
    return { start, end, kind: 'other', value: fmtYear(y) };
  }
  return undefined;
}

/** `n` units (day, week, month, year, decade, century) from `base`, at the granularity of the unit. */
function shiftFrom(base: YMD, unit: string, n: number, approximate: boolean): { value: string; day?: YMD } {
  if (unit === 'day') { const day = addDays(base, n); return { value: fmtDay(day), day: approximate ? undefined : day }; }
  if (unit === 'week') return { value: fmtWeek(addDays(base, 7 * n)) };
  if (unit === 'month') { const idx = base.y * 12 + base.m - 1 + n; return { value: fmtMonth(Math.floor(idx / 12), (idx % 12) + 1) }; }
  if (unit === 'year') return { value: fmtYear(base.y + n) };
  if (unit === 'decade') return { value: fmtYear(base.y + 10 * n) };
  return { value: String(Math.floor((base.y + 100 * n) / 100)) };
}


/** Joins a clock time with the day beside it (`7:51 AM EDT, Thu May 16, 2024`, `Friday at 10 p.m.`, `4 a.m. Thursday`). */
function combine(text: string, found: Found[], ref: YMD | undefined): Found[] {
  const out: Found[] = [];
  for (let i = 0; i < found.length; i++) {
    const a = found[i];
    const b = found[i + 1];
    if (b && ((a.kind === 'time' && b.kind === 'day') || (a.kind === 'day' && b.kind === 'time' && !a.time))) {
      const gap = text.slice(a.end, b.start);
      if (/^(?:,?\s*(?:at|on|,)?\s*|\s*[/|·•-]\s*)$/.test(gap) && gap.length <= 6 || /^\s*\([^()]{1,24}\)\s*$/.test(gap)) {
        const day = a.kind === 'day' ? a : b;
        const time = a.kind === 'time' ? a : b;
        const t = time.time!;
        const value = day.day
          ? `${fmtDay(day.day)}T${pad(t.h)}:${pad(t.m)}${zoneSuffix(t.zone, day.day)}`
          : null;
        out.push({ start: a.start, end: b.end, kind: 'day', day: day.day, time: t, value });
        i++;
        continue;
      }
    }
    if (a.kind === 'time' && a.value && ref) {
      // a clock time on its own belongs to the day named earlier in the same sentence
      const day = [...out].reverse().find(f => f.kind === 'day' && f.day);
      if (day && a.start - day.end < 200 && !/[.!?]["”’)]*\s+[A-Z]/.test(text.slice(day.end, a.start))) {
        const t = a.time!;
        out.push({ ...a, day: day.day, value: `${fmtDay(day.day!)}T${pad(t.h)}:${pad(t.m)}${zoneSuffix(t.zone, day.day)}` });
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

/** The date a dateline or tweet signature carries, as an ISO value (`2024-05-16`, `2024-05-16T07:51-04:00`), or undefined. */
export function dateOfLine(line: string, reference?: string): string | undefined {
  const mentions = findDates(line, reference);
  let best: string | undefined;
  for (const d of mentions) {
    if (!d.value || !/^\d{4}-\d{2}-\d{2}/.test(d.value)) continue;
    if (!best || d.value.length > best.length) best = d.value;
  }
  if (!best) return undefined;
  // a time given apart from the date on the same line: "May 16, 2024 / 7:51 AM EDT"
  if (best.length === 10) {
    const time = mentions.find(d => d.value && /T\d\d:\d\d/.test(d.value));
    if (time) best = best + time.value!.slice(10);
  }
  return best;
}
