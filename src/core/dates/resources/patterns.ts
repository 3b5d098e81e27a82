// The patterns of date and time expressions news text uses: one rule per regular expression of named groups, in
// order (the first that matches at a position wins); `extract.ts` has one normalizer per rule. Values follow TIMEX3
// (TimeML 1.2.1, TIDES 2005): see README, "Dates in the Analysis". Data only: built from the vocabulary.
import { NUMBER_WORDS, ZONES } from './vocabulary';

export const MON_FULL = 'January|February|March|April|May|June|July|August|September|October|November|December';
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
const HOLIDAYS = ["Thanksgiving(?: Day)?", "Christmas(?: Day| Eve)?", "New Year['’]s(?: Day| Eve)?", "Easter(?: Sunday| Monday| week)?", "Good Friday", "Election Day", "Independence Day", "Fourth of July", "July Fourth", "Labor Day", "Memorial Day", "Veterans Day", "Valentine['’]s Day", "Halloween", "Boxing Day", "Mother['’]s Day", "Father['’]s Day", "Presidents['’]? Day", "Martin Luther King(?: Jr\\.)? Day"];
const HOLIDAY = `(?:${HOLIDAYS.join('|')})`;
/** Words before a count that soften or bound it ("about two weeks ago"); their `mod` is in MOD_CODE. */
const APPROX_WORDS = ['almost', 'nearly', 'about', 'some', 'more\\s+than', 'less\\s+than', 'over', 'just', 'roughly', 'around', 'barely', 'only', 'exactly'];
const APPROX = APPROX_WORDS.map(anyCase).join('|');
const QUAL = '(?:[Ee]arly|[Ll]ate|[Mm]id|[Mm]iddle)';
/** "this year", "next year", "last year" after a part of the year (February this year, the first half of next year). */
const YEAR_OF = '(?:the\\s+)?(?<yof>this|next|last|previous|coming)\\s+year(?![a-z])';

const TIME_SRC =
  `(?:(?<th>\\d{1,2})(?::(?<tm>[0-5]\\d))?(?::[0-5]\\d)?\\s?(?<ap>${AMPM})(?:\\s?\\(?(?<tz>${ZONE})\\)?)?` +
  `|(?<=\\b(?:at|by|from|until|before|after)\\s)(?<th2>[01]?\\d|2[0-3]):(?<tm2>[0-5]\\d)(?:\\s?(?<tz2>${ZONE}))?(?![\\d:])` +
  `|(?<th3>[01]?\\d|2[0-3])[:.](?<tm3>[0-5]\\d)\\s?\\(?(?<tz3>${ZONE})\\)?` +
  `|(?<th5>1[0-2]|[1-9])(?::(?<tm5>[0-5]\\d))?\\s+(?:o['’]clock\\s+)?in\\s+the\\s+(?<tpart>morning|afternoon|evening)(?![a-z])` +
  `|(?<named>noon|midnight|midday)(?![a-z]))`;

/** After "April 24": "and 25", "to 5, 2024" (sticky, tried right after a month and day). */
export const CONJOINED_DAY = new RegExp(`\\s*(?:and|or|&|to|through|-|–)\\s*(?<day>3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?(?![\\d:])(?:,?\\s+(?<year>${YEAR}))?`, 'y');

/** Before "9 January": "6 to ", "14 and " (tried on the few characters before a day and month). */
export const CONJOINED_DAY_BEFORE = /(?<![\d.,$£€#])(?<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?:\s+(?:and|or|to|through)\s+(?:the\s+)?|\s*&\s*|[-–])$/;

/** A capitalized full month name right after an expression ("the Sunday May 5 edition"). */
export const MONTH_AFTER = new RegExp(`^\\s+(?:${MON_FULL})\\b`);

/** One rule per top-level named group; the first that matches at a position wins, so longer forms come first. */
export const RULES: readonly string[] = [
  // 2024-05-16, 2024-05-16T07:51:00-04:00, 1999-02-16 12:55:33
  `(?<iso>(?<!\\d)(?<iy>\\d{4})-(?<im>0[1-9]|1[0-2])-(?<id>0[1-9]|[12]\\d|3[01])(?:[T ](?<ih>[01]\\d|2[0-3]):(?<imin>[0-5]\\d)(?::[0-5]\\d(?:\\.\\d+)?)?(?<izone>Z|[+-]\\d\\d:?\\d\\d)?)?(?![\\d-]))`,
  // 5/16/2024, 12/05/1998 09:42:00
  `(?<slash>(?<![\\d/])(?<sa>\\d{1,2})/(?<sb>\\d{1,2})/(?<sy>\\d{4}|\\d{2})(?![\\d/])(?:\\s+(?<sh>[01]?\\d|2[0-3]):(?<smin>[0-5]\\d)(?::[0-5]\\d)?)?)`,
  // (Thursday,) May 16(, 2024)
  `(?<mdy>(?<weekof>(?:the\\s+)?week\\s+of\\s+)?${WD_PREFIX}?(?:(?<mdq>early|late|mid)[- ])?(?<mdm>${MON})\\s+(?<mdd>${DAY})(?:,?\\s+(?<mdyy>${YEAR}))?)`,
  // (Thursday,) 16 May (2024)
  `(?<dmy>${WD_PREFIX}?(?:the\\s+)?(?<dmd>${DAY})(?:\\s+of)?\\s+(?<dmm>${MON})(?:,?\\s+(?<dmyy>${YEAR}))?)`,
  // spring of 1998, late fall 2023
  `(?<season>(?:(?<sq>${QUAL})[- ])?(?<sname>[Ss]pring|[Ss]ummer|[Ff]all|[Aa]utumn|[Ww]inter)(?:\\s+of)?\\s+(?<syear>${YEAR}))`,
  // (early) March 2024, March of 1999, February this year, (late-)November, mid-May
  `(?<month>(?:(?<mq>${QUAL})[- ](?:in\\s+)?)?(?<mm>${MON})(?:(?:,?\\s+|\\s+of\\s+)(?<myear>${YEAR})|\\s+(?:of\\s+)?${YEAR_OF})?)`,
  // the 1990s, the early '90s, the mid-1800s
  `(?<decade>(?:(?<dq>${QUAL})[- ])?(?:(?<dc>1[5-9]\\d0|20\\d0)['’]?s|['’](?<dshort>\\d0)['’]?s)(?![\\w]))`,
  // every Monday, each Tuesday, on Mondays: a set, the same weekday of every week
  `(?<wdset>(?:[Ee]very|[Ee]ach)\\s+(?<wsn>${WD_FULL})(?![a-z])|(?<wsp>${WD_FULL})s(?![a-z]))`,
  // (last|next) (Thursday)( morning)
  `(?<wd>(?:(?<wdq>[Ll]ast|[Nn]ext|[Tt]his|[Cc]oming|[Pp]ast)\\s+)?(?<wdn>${WD_FULL})(?![a-z])(?<wdposs>['’]s)?(?:\\s+(?<wdp>${PART}))?)`,
  // today, tonight, yesterday (morning), tomorrow, this morning, last night
  `(?<deictic>(?:the\\s+day\\s+(?<ddir>before\\s+yesterday|after\\s+tomorrow))|(?<dword>[Tt]oday|[Tt]onight|[Yy]esterday|[Tt]omorrow)(?:['’]s)?(?:\\s+(?<dpart>${PART}))?|(?<dthis>[Tt]his|[Ll]ast)\\s+(?<dthispart>morning|afternoon|evening|night))(?![a-z])`,
  // the next day, that evening, later that day, the following morning, the same day: from the date just mentioned;
  // the day before (last Tuesday), the night after, the year before: from the day named after it, else the date before it
  `(?<narr>(?:(?<nq>[Ee]arlier|[Ll]ater)\\s+)?(?:(?<ndir>[Tt]hat|[Tt]he\\s+next|[Tt]he\\s+following|[Tt]he\\s+previous|[Tt]he\\s+same|[Tt]hat\\s+same)\\s+)(?<nunit>day|morning|afternoon|evening|night)(?![a-z-])|[Tt]he\\s+(?<bunit>day|morning|afternoon|evening|night|week|month|year)\\s+(?<bdir>before|after)(?![a-z]))`,
  // in the fall (not "the fall of the city")
  `(?<tseason>(?<=\\b(?:in|during|by|until|since|through)\\s)the\\s+(?<tsname>spring|summer|fall|autumn|winter)(?![a-z])(?!\\s+of\\b))`,
  // over the weekend
  `(?<wkend>(?<=\\b(?:over|during|at|on|for)\\s)the\\s+weekend(?![a-z]))`,
  // earlier this year, last week, next month, this weekend, the past year, last fall, this quarter, early next year
  `(?<rel>(?:(?<rq>[Ee]arlier|[Ll]ater|[Ee]arly|[Ll]ate|[Mm]id)[\\s-]+)?(?:the\\s+)?(?<rdir>[Tt]his|[Ll]ast|[Nn]ext|[Pp]ast|[Pp]revious|[Cc]oming|[Cc]urrent|[Tt]hat|[Ff]ollowing)\\s+(?:same\\s+)?(?<runit>week|month|year|weekend|spring|summer|fall|autumn|winter|decade|century|quarter)(?![a-z-]))`,
  // two weeks ago, a decade ago, almost four years ago, three days later
  `(?<ago>(?:(?<aq>${APPROX})\\s+)?(?<an>${NUM})\\s+(?<au>day|week|month|year|decade|centur(?:y|ie))s?\\s+(?<adir>ago|earlier|before|after|later|from\\s+now|hence)(?![a-z]))`,
  // (last) Thanksgiving
  `(?<holiday>(?:(?<hq>[Ll]ast|[Nn]ext|[Tt]his)\\s+)?(?<hname>${HOLIDAY})(?![A-Za-z])(?:\\s+(?<hyear>${YEAR}))?)`,
  // the third quarter (of 1998, of next year)
  `(?<quarter>(?:the\\s+)?(?<qn>first|second|third|fourth|1st|2nd|3rd|4th)[- ]quarter(?![a-z])(?:\\s+of\\s+(?:(?<qyear>${YEAR})|${YEAR_OF}))?)`,
  // the first half of 1999 (of this year)
  `(?<half>(?:the\\s+)?(?<hfn>first|second)\\s+half\\s+of\\s+(?:(?<hfyear>${YEAR})|${YEAR_OF}))`,
  // fiscal 1999, fiscal year 1998, FY1998, FY99
  `(?<fiscal>(?:FY\\s?|[Ff]iscal\\s+(?:[Yy]ear\\s+)?)(?<fyy>${YEAR}|\\d\\d(?![\\d'’-])))`,
  // 7:51 AM EDT, 10 p.m., noon
  `(?<time>${TIME_SRC})`,
  // (early) 1998, post-1959
  `(?<year>(?:(?<yq>${QUAL})[- ])?(?<yy>${YEAR}))`,
];

const withoutNames = (source: string) => source.replace(/\(\?<[A-Za-z]\w*>/g, '(?:');
/** Each rule as a sticky pattern of its own, with its named groups, by the name of its top-level group. */
export const RULE_PATTERNS: ReadonlyArray<{ name: string; pattern: RegExp }> =
  RULES.map(rule => ({ name: /^\(\?<(\w+)>/.exec(rule)![1], pattern: new RegExp(rule, 'y') }));
/**
 * All rules as one sticky pattern, each rule one unnamed group and nothing else captured: which rule, if any, matches
 * at a position (the first that does, as in an alternation). A failed try of it costs a fifth of a failed try of the
 * rules with their hundred named groups, which are reset at each; the rule that matched runs on its own after it.
 * None of the rules refers back to a group, so taking the names away changes no match.
 */
export const ANY_RULE = new RegExp(RULES.map(rule => `(${withoutNames(rule)})`).join('|'), 'y');

const firstWord = (alternative: string) => /^[A-Za-z]+/.exec(alternative.replace(/^\(\?:/, ''))![0].toLowerCase();
/**
 * The words (lower case) a rule may begin with: a rule is tried at a digit, at an apostrophe before a digit ('90s)
 * and at the start of a word in this list, never elsewhere. Most words of a text are not in it, so the pattern runs at
 * a few positions in a hundred instead of at every word. Each rule's first words:
 */
const START_WORDS: readonly string[] = [
  // months and weekdays, written out or abbreviated (mdy, dmy, month, wd)
  ...MON_FULL.split('|'), ...MON_ABBR.split('|'), ...WD_FULL.split('|'), ...WD_ABBR.split('|'),
  // on Mondays (wdset)
  ...WD_FULL.split('|').map(w => `${w}s`),
  // early, late, mid, middle (mdy, season, month, decade, rel, year); earlier, later (narr, rel)
  'early', 'late', 'mid', 'middle', 'earlier', 'later',
  // the week of May 16 (mdy)
  'week',
  'spring', 'summer', 'fall', 'autumn', 'winter',
  'last', 'next', 'this', 'coming', 'past', 'previous', 'current', 'following',
  'today', 'tonight', 'yesterday', 'tomorrow',
  // counts (ago): about two weeks ago, twenty-one years ago, several days later
  ...APPROX_WORDS.map(firstWord), ...TENS.split('|'), ...Object.keys(NUMBER_WORDS).filter(w => !/^(?:a|an)\b/.test(w)).map(firstWord),
  ...HOLIDAYS.map(firstWord),
  'first', 'second', 'third', 'fourth',
  'noon', 'midnight', 'midday',
  // fiscal 1999, FY1998; every Monday, each Tuesday
  'fiscal', 'fy', 'every', 'each',
].map(w => w.toLowerCase());

/** Frequent words that begin a rule only before certain words: "the" in "the next day", "a" in "a year ago". */
const START_BEFORE: Record<string, readonly string[]> = {
  // the week of May 16, the next day, the day before, in the fall, over the weekend, the past year, the third quarter,
  // the day after tomorrow; and a digit: the 16th of May, the 2nd quarter
  the: ['week', 'weekend', 'next', 'following', 'previous', 'same', 'day', 'morning', 'afternoon', 'evening', 'night',
    'month', 'year', 'spring', 'summer', 'fall', 'autumn', 'winter', 'this', 'last', 'past', 'coming', 'current', 'that',
    'first', 'second', 'third', 'fourth'],
  // that day, that same evening, that year
  that: ['same', 'day', 'morning', 'afternoon', 'evening', 'night', 'week', 'weekend', 'month', 'year', 'spring', 'summer',
    'fall', 'autumn', 'winter', 'decade', 'century', 'quarter'],
  // a year ago, a few days later, a couple of weeks; the count rule also reads a plural after them ("a years ago" in
  // a typo), so the plural may start a rule too
  a: ['couple', 'few', 'days?', 'weeks?', 'months?', 'years?', 'decades?', 'century', 'centuries'],
  an: ['days?', 'weeks?', 'months?', 'years?', 'decades?', 'century', 'centuries'],
};

/** Where a rule may begin (see START_WORDS), in one pass and matching no character: `extract.ts` tries the rules only
 * at these positions. */
export const START = new RegExp(`(?<![A-Za-z0-9_])(?=\\d|['’]\\d|(?:${START_WORDS.join('|')})(?![A-Za-z])|(?:${
  Object.entries(START_BEFORE).map(([w, next]) => `${w}\\s+(?:${next.join('|')})(?![A-Za-z])`).join('|')}|the\\s+\\d))`, 'gi');
