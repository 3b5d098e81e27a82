// Negative rules: contexts in which a pattern's match is not a date. Data only; `extract.ts` tests a match's
// surroundings (`before`: up to 24 characters before it, `after`: up to 40 after it) against them.

/** Words that introduce a date; a bare month or an early year needs one ("in May", "since 1850"). */
export const PREP_BEFORE = /\b(?:in|since|by|until|till|through|from|to|of|during|before|after|on|early|late|mid|last|next|this|that|each|every|for|between|and|or|around)\s+$/i;

/** A number that counts things: "2000 people", "1500 troops". */
export const UNIT_WORDS_AFTER_YEAR = /^\s+(?:people|persons|men|women|children|kids|troops|soldiers|police|officers|workers|refugees|feet|foot|ft|meters|metres|miles|kilometers|kilometres|km|tons|tonnes|pounds|lbs?|kg|dollars|euros|yen|francs|marks|points|votes|seats|cars|vehicles|homes|houses|jobs|members|students|delegates|acres|hectares|barrels|employees|staff|cases|deaths|dead|shares|units|copies|calories|words|pages|rooms|beds|planes|aircraft|ships|boats|guns|rounds|species|yards|mph|rpm|hp|cc|runs|wickets|residents|voters|fans|passengers|patients|prisoners|inmates|protesters|demonstrators|others|more|of\s+(?:them|the|these|those|his|her|their))\b/i;
/** A number after a quantifier or a label: "about 2000", "Flight 1998", "Windows 2000". */
export const QUANTIFIER_BEFORE_YEAR = /\b(?:about|nearly|some|approximately|roughly|around|almost|than|least|over|up\s+to|only|just|another|all|the\s+first|the\s+last|No\.|number|Nos?\.?|Flight|Room|Route|Highway|Interstate|Windows|Euro|Expo|Vision|Agenda)\s*$/;
/** Money, a longer number or a catalogue number before a year-like number. */
export const AMOUNT_BEFORE_YEAR = /[$£€#]\s*$|\d[,.]?\s*$|\bNo\.\s*$/;
/** A year in a list of years ("in 1994, 1995 and 1997"): the number before it is a year too, not an amount. */
export const YEAR_LIST_BEFORE = /(?:^|[^\d,.])(?:19|20)\d\d,\s+$/;
/** A percentage, decimal or measure after it: "1998 percent", "2000-meter". */
export const MEASURE_AFTER_YEAR = /^(?:%|\s*percent|[,.]\d|\s*[-–]\s*(?:year|day|month|week|point|meter|metre|foot|yard|mile|page|seat|member|strong)\b)/i;
/** "2010 Harbor Street": a house number. */
export const STREET_AFTER_YEAR = /^\s+(?:[A-Z][a-z]+\s+){1,3}(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Lane|Drive|Way|Place|Court)\b/;
/** "2030 GMT", "1800 hours": a 24-hour clock time. */
export const CLOCK_AFTER_YEAR = /^\s*:\d|^\s*(?:GMT|UTC|BST|CET|CEST|[ECMP][SD]T)\b|^\s*(?:hours|hrs)\b/;

/** "May 20 percent", "May 3-5": May as a verb before a number. */
export const MAY_NUMBER_AFTER = /^\s*(?:%|percent|per\s+cent|[-–]\s*\d|million|billion|thousand|\w+s\b(?<!\bis))/;
/** "15 points", "3 percent": a count, not a day of the month. */
export const COUNT_AFTER_DAY = /^\s*(?:points?|percent|%|-?\s*(?:yard|point|foot|meter|mile))/;

/** A bare month followed by a capitalized word is a name ("June Carter", "August Wilson") unless the word starts a clause. */
export const NAME_AFTER_MONTH = /^\s+[A-Z][a-z]/;
export const CLAUSE_START_AFTER_MONTH = /^\s+(?:I|The|A|An|In|On|At|He|She|They|It|We|This|That|Last|Next)\b/;
/** "March on", "march to": the verb; "the March for Life", "the March of Dimes": a march (a year after "of" makes
 * "March of 1999" a date, read by the month rule before this test). */
export const VERB_AFTER_MARCH = /^\s+(?:on|to|against|through|toward|towards|into|for|of)\b/;
/** "high noon": the idiom, not a time. */
export const IDIOM_BEFORE_NOON = /\bhigh\s+$/i;
/** "the October slaying" is a date; "the March on Washington", "a June" are not. */
export const ARTICLE_BEFORE_MONTH = /\b(?:the|a|an)\s+$/i;
export const NOUN_AFTER_MONTH = /^\s+(?!(?:on|to|of|for|through|against|in|from|toward|towards|and|or|is|was)\b)[a-z]{3,}/;

/** "the Sunday Telegraph", "The Monday Club": a weekday as part of a name. */
export const THE_BEFORE = /\b(?:the|The)\s+$/;
export const CAPITAL_AFTER = /^\s+[A-Z][a-z]/;
/** "USA Today", "the Today programme". */
export const TODAY_NAME_BEFORE = /(?:['’]s|\bUSA|\bthe)\s+$/;
export const TODAY_NAME_AFTER = /^\s+(?:programme|program|show|newspaper)\b/;
/** "National Holocaust Memorial Day", "the Happy Mondays": a longer name ending in a holiday's or a plural weekday. */
export const NAME_BEFORE_HOLIDAY = /\b[A-Z][a-z]+\s+$/;
export const PREP_BEFORE_HOLIDAY = /\b(?:On|By|Since|Until|Before|After|At|Last|Next|This|The|Every|For|From|In|During)\s+$/;
/** A weekday with a possessive looks ahead only after these words ("ahead of Tuesday's vote"). */
export const AHEAD_BEFORE_POSSESSIVE = /\b(?:will|would|'ll|’ll|ahead\s+of|before|until|upcoming|awaiting|await)\s+(?:\S+\s+){0,2}$/i;

/** "the day before." / "the night after, police said": the phrase ends here, so it counts from the date before it. */
export const PHRASE_END_AFTER = /^\s*(?:[.,;:!?)"”’']|$)/;
/** "ten days before the failure": an event named by a noun phrase, taken to be the date just mentioned (unlike "two
 * years before she left", "a year before coming forward": stretches of time). */
export const EVENT_AFTER = /^\s+(?:the|a|an|his|her|their|its)\s+[a-z]/;
/** "April 24 and 25 in Rome": words that may follow a conjoined day (else it must end the phrase; "June 2 and 40
 * people" is a count). */
export const CLAUSE_AFTER_DAY = /^\s+(?:in|at|on|for|when|respectively|and|to|before|after|this|next|last)\b/;
