// General world knowledge for typing names: compromise's lexicon plus small lists of our own (well-known places,
// organization and place head words, titles, demonyms, event words). Nothing here is tuned to any evaluation text.
import { LEXICON as LEX, ORG_WORDS, PLACE_WORDS, type Tags } from './compromiseLexicon';
import { GIVEN_NAME_GENDERS, HONORIFICS, NON_NAMES, ORG_HEADS, TITLES } from './lexicon';

export { HONORIFICS, TITLES };

function has(tags: Tags, tag: string): boolean {
  return tags === tag || (Array.isArray(tags) && tags.includes(tag));
}

/** The word without its final dot (`Gen.`), if it has one. */
export const bare = (lower: string) => (lower.charCodeAt(lower.length - 1) === 46 ? lower.slice(0, -1) : lower);

/** Whether the lexicon gives the word any of these tags. */
function hasAny(tags: Tags, wanted: readonly string[]): boolean {
  if (tags === undefined) return false;
  for (const t of wanted) if (has(tags, t)) return true;
  return false;
}

// The lexicon's tags of the word classes below (isFunctionWord, isClosedClass, isLeadIn, isGrammarWord).
const FUNCTION_TAGS = ['Adjective', 'Adverb', 'Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Gerund', 'PastTense', 'Modal', 'Copula', 'Value', 'Cardinal', 'Ordinal', 'QuestionWord', 'Expression', 'Plural', 'Actor'];
const CLOSED_CLASS_TAGS = ['Adverb', 'Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Modal', 'Copula', 'QuestionWord', 'Expression', 'Negative', 'Value', 'Cardinal', 'Ordinal', 'Verb', 'Comparative', 'Superlative', 'PastTense', 'PresentTense', 'Infinitive', 'Gerund', 'Plural'];
const LEAD_IN_TAGS = ['Adverb', 'Conjunction', 'Comparative', 'Superlative', 'Preposition', 'QuestionWord', 'Determiner'];
const GRAMMAR_TAGS = ['Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Modal', 'Copula', 'QuestionWord', 'Negative'];

const words = (s: string) => new Set(s.trim().split(/\s*,\s*/).filter(Boolean));

/** Well-known places compromise's lexicon lacks or types wrongly (capitals, major cities, regions). Lower case. */
const EXTRA_PLACES = words(`
afghanistan, africa, europe, asia, america, north america, south america, latin america, central america, antarctica,
australia, oceania, middle east, far east, near east, balkans, caucasus, caribbean, scandinavia, baltics, gulf,
persian gulf, west bank, gaza, gaza strip, golan heights, kashmir, kurdistan, tibet, siberia, sahara, sinai, punjab,
chechnya, bosnia, herzegovina, kosovo, serbia, montenegro, croatia, slovenia, macedonia, albania, yugoslavia,
soviet union, ussr, u.s., u.s.a., usa, us, uk, u.k., britain, great britain, england, scotland, wales, northern ireland,
ulster, hong kong, macau, macao, taiwan, east timor, new zealand, south africa, north korea, south korea,
czech republic, slovakia, ivory coast, sri lanka, el salvador, costa rica, puerto rico, new guinea, papua new guinea,
washington, new york, los angeles, san francisco, chicago, boston, houston, dallas, miami, atlanta, seattle, detroit,
philadelphia, baltimore, denver, phoenix, las vegas, new orleans, st. louis, st louis, minneapolis, pittsburgh,
cleveland, cincinnati, toronto, montreal, vancouver, ottawa, quebec, mexico city, havana, bogota, lima, caracas,
santiago, buenos aires, brasilia, rio de janeiro, sao paulo, montevideo, quito, la paz, asuncion, managua, panama city,
london, paris, berlin, bonn, frankfurt, munich, hamburg, cologne, vienna, zurich, geneva, bern, brussels, amsterdam,
the hague, rotterdam, luxembourg, copenhagen, stockholm, oslo, helsinki, reykjavik, dublin, belfast, edinburgh,
glasgow, cardiff, manchester, liverpool, birmingham, leeds, madrid, barcelona, lisbon, rome, milan, naples, turin,
florence, venice, athens, istanbul, ankara, moscow, st petersburg, st. petersburg, kiev, kyiv, minsk, warsaw, prague,
budapest, bucharest, sofia, belgrade, zagreb, sarajevo, ljubljana, skopje, tirana, vilnius, riga, tallinn, chisinau,
tbilisi, yerevan, baku, grozny, almaty, tashkent, bishkek, dushanbe, ashgabat, kabul, tehran, baghdad, basra, damascus,
beirut, amman, jerusalem, tel aviv, cairo, alexandria, riyadh, jeddah, mecca, kuwait city, doha, dubai, abu dhabi,
muscat, sanaa, aden, tripoli, tunis, algiers, rabat, casablanca, khartoum, addis ababa, nairobi, mogadishu, kampala,
kigali, bujumbura, dar es salaam, kinshasa, brazzaville, lagos, abuja, accra, dakar, abidjan, monrovia, freetown,
harare, lusaka, maputo, luanda, windhoek, pretoria, johannesburg, cape town, durban, islamabad, karachi, lahore,
new delhi, delhi, mumbai, bombay, calcutta, kolkata, madras, chennai, bangalore, dhaka, colombo, kathmandu, rangoon,
yangon, bangkok, hanoi, ho chi minh city, saigon, phnom penh, vientiane, kuala lumpur, singapore, jakarta, manila,
beijing, peking, shanghai, guangzhou, shenzhen, hong kong, taipei, seoul, pyongyang, tokyo, osaka, kyoto, sydney,
melbourne, canberra, perth, brisbane, adelaide, auckland, wellington, ankara, nicosia, valletta, strasbourg, lyon,
marseille, nice, bordeaux, monaco, antwerp, gothenburg, krakow, gdansk, odessa, sevastopol, vladivostok, kaliningrad,
wall street, silicon valley, hollywood, bollywood, westminster, whitehall, capitol hill, fleet street, europe, eurasia, pacific, atlantic, arctic, mediterranean, black sea, red sea,
baltic sea, north sea, caspian sea, indian ocean, pacific ocean, atlantic ocean
`);

/** Organizations everyone knows by name that the lexicon lacks. Lower case. */
const EXTRA_ORGS = words(`
kremlin, pentagon, white house, downing street, congress, senate, parliament, knesset, duma, state duma, bundestag,
bundesbank, federal reserve, fed, nato, un, u.n., united nations, eu, e.u., european union, european commission,
european parliament, opec, imf, world bank, wto, unicef, unesco, interpol, red cross, osce, asean, g7, g8, g20,
reuters, associated press, ap, afp, upi, bbc, cnn, nbc, cbs, abc, fox news, xinhua, tass, itar-tass, interfax, pap,
new york times, washington post, wall street journal, financial times, supreme court, security council, hamas,
hezbollah, plo, ira, taliban, al qaeda, fbi, cia, nsa, kgb, fsb, sec, nasdaq, nyse, irs, epa, fda, nasa, pla, anc,
labour, conservatives, tories, lib dems, lib dem, liberal democrat, labour party, conservative party, liberal democrats, lib-dems, snp, ukip, plaid cymru, sinn fein, dup, democrats, republicans, gop, cabinet, politburo, vatican, treasury, state department,
justice department, foreign ministry, defence ministry, defense ministry, interior ministry, finance ministry,
google, apple, microsoft, amazon, facebook, meta, twitter, tesla, samsung, sony, toyota, honda, nissan, volkswagen,
siemens, nokia, ericsson, philips, shell, exxon, chevron, gazprom, rosneft, boeing, airbus, ford, general motors, gm,
ibm, intel, huawei, alibaba, tencent, baidu, nestle, unilever, fiat, renault, peugeot, daimler, bmw, telecom
`);


/** Words that make the capitalised sequence they end a place. */
const PLACE_HEADS = words(`
river, lake, mountains, mountain, mount, mt, island, islands, isles, sea, ocean, bay, gulf, strait, straits, peninsula,
valley, desert, coast, province, county, region, district, street, avenue, road, square, airport, canal, heights,
hills, plains, republic, kingdom, emirates, states, territory, territories, city, town, village, park, bridge, port,
harbour, harbor, basin, delta, falls, forest, cape, oblast, prefecture, state, land
`);

/** Trailing words of events, awards, laws …: the CoNLL "miscellaneous" kind we do not report. */
const MISC_HEADS = words(`
cup, championship, championships, open, games, prix, olympics, olympic, award, awards, prize, trophy, festival,
summit, war, accord, accords, agreement, treaty, act, day, week, show, tour, series, rally, classic, marathon, masters,
derby, stakes, plan, index, bowl, conference, talks, crisis, revolution, era, empire, dynasty, bill, law, doctrine,
declaration, convention, protocol, trial, trials, inquest, case, scandal, affair, charter, initiative, report, award, medal, final, finals, meeting, bonds, slam,
grand slam, motion, campaign, operation, program, programme, budget, election, elections, referendum, census, bible, koran, quran, hotline, fest
`);



/** Lower-case words just before a name that make it a person. */
export const PERSON_CUES = words(`
coach, striker, midfielder, defender, goalkeeper, keeper, forward, winger, captain, skipper, manager, batsman, bowler,
spinner, pitcher, player, champion, compatriot, teammate, rival, opponent, spokesman, spokeswoman, spokesperson,
minister, president, premier, chancellor, leader, chairman, chairwoman, director, secretary, envoy, ambassador,
official, analyst, economist, dealer, trader, strategist, lawyer, attorney, judge, prosecutor, governor, senator,
mayor, general, commander, colonel, officer, king, queen, prince, princess, pope, father, son, daughter, wife, husband,
brother, sister, mother, widow, nephew, niece, uncle, aunt, cousin, actor, actress, singer, writer, author, novelist,
poet, painter, artist, photographer, director, producer, founder, owner, chief, executive, ceo, head, aide, adviser,
advisor, deputy, candidate, nominee, challenger, incumbent, dissident, activist, rebel, commentator, correspondent,
reporter, editor, columnist, professor, scientist, researcher, doctor, dr, surgeon, priest, bishop, cardinal,
archbishop, rabbi, imam, cleric, mr, mrs, ms, miss, sir, dame, told, quoted, replaced, beat, defeated, partner,
jockey, trainer, driver, rider, cyclist, sprinter, runner, swimmer, golfer, boxer, fighter, hitter, shortstop, outfielder,
quarterback, midfield, keeper, countryman, veteran, newcomer, colleague, successor, predecessor, friend, fan
`);

/** Lower-case words just before a name that make it a place. */
export const PLACE_CUES = words(`in, near, outside, from, to, into, across, toward, towards, via, at, around, throughout, inside, across, visit, visited, visiting, capital, province, town, city, village, region, streets, north, south, east, west, northern, southern, eastern, western, central`);


/** Adjectives of nationality the lexicon lacks or reads as other words (`Polish` is also a verb). */
const EXTRA_DEMONYMS = words(`polish, turkish, danish, swedish, finnish, irish, scottish, welsh, british, english, spanish,
dutch, french, kurdish, flemish, cornish, lebanese, chinese, japanese, portuguese, taiwanese, vietnamese, sudanese,
congolese, senegalese, maltese, burmese, nepalese, sri lankan, afrikaner, afrikaners, basque, catalan, bosnian, serb,
serbs, croat, croats, slovak, czech, yugoslav, soviet, arab, arabs, israeli, israelis, palestinian, palestinians,
iraqi, iraqis, iranian, afghan, pakistani, kuwaiti, saudi, yemeni, omani, qatari, emirati, pakistani, bangladeshi,
somali, kenyan, nigerian, ghanaian, zairean, rwandan, burundian, ugandan, ethiopian, eritrean, muslim, hindu, sikh,
shi'ite, sunni, kurd, kurds, latin, anglo, asian, european, african, american, western, eastern, nordic, baltic,
britons, brits, scots, dutchman, frenchman, englishman, irishman, scotsman, welshman, spaniard, dutchmen, frenchmen, englishmen, irishmen, kiwis, aussies, yanks, scandinavian, caribbean, slavic, germanic, hispanic, latino, aboriginal, kosovar, chechen, chechens, tamil, tamils`);

export type WordClass = 'place' | 'org' | 'team' | 'person' | 'first' | 'last' | 'demonym' | 'date' | 'common' | 'title' | 'unknown';

// The answers below depend on the word alone and are asked of the same words again and again (every capitalised word,
// its neighbours, the phrases of each window): each is worked out once per text and remembered, up to a bound.
const MEMO_LIMIT = 100_000;

/** `answer` remembered per word; the memory starts afresh once it holds MEMO_LIMIT words. */
function remembered<T>(answer: (lower: string) => T): (lower: string) => T {
  let memo = new Map<string, T>();
  return lower => {
    let value = memo.get(lower);
    if (value === undefined) {
      value = answer(lower);
      if (memo.size >= MEMO_LIMIT) memo = new Map();
      memo.set(lower, value);
    }
    return value;
  };
}

/** What a lower-cased word or phrase is known as. */
export const classify: (lower: string) => WordClass = remembered(classifyFolded);

let phraseOpeners: Set<string> | undefined;

/** Whether some phrase of several words that classify() knows opens with this word. A phrase opening with any other
 * word in ASCII is 'unknown' (its accents folded, it still opens with that word), so callers skip building it. */
export function opensKnownPhrase(first: string): boolean {
  if (!phraseOpeners) {
    phraseOpeners = new Set();
    const add = (key: string) => { const space = key.indexOf(' '); if (space >= 0) phraseOpeners!.add(key.slice(0, space)); };
    for (const key of [...EXTRA_DEMONYMS, ...EXTRA_ORGS, ...EXTRA_PLACES, ...NON_NAMES]) add(key);
    for (const key in LEX) add(key);
  }
  return phraseOpeners.has(first) || /[^\x00-\x7f]/.test(first);
}

function classifyFolded(lower: string): WordClass {
  const cls = classifyExact(lower);
  if (cls !== 'unknown' || !/[^\x00-\x7f]/.test(lower)) return cls;
  // `São Paulo`, `İstanbul`, `Zürich`: try the name without its accents
  const folded = lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  return folded === lower ? cls : classifyExact(folded);
}

function classifyExact(lower: string): WordClass {
  if (EXTRA_DEMONYMS.has(lower)) return 'demonym';
  if (EXTRA_ORGS.has(lower)) return 'org';
  if (EXTRA_PLACES.has(lower)) return 'place';
  const tags = LEX[lower];
  if (tags !== undefined) return classOfTags(tags);
  if (NON_NAMES.has(lower)) return 'common';
  return 'unknown';
}

/** The lexicon shares one tag set among many words: what a tag set says is worked out once per set. */
function byTagSet<T>(answer: (tags: Tags) => T): (tags: Tags) => T {
  const memo = new Map<Tags, T>();
  return tags => {
    let value = memo.get(tags);
    if (value === undefined) memo.set(tags, (value = answer(tags)));
    return value;
  };
}

/** The class of a word the lexicon knows, from its tags alone. */
const classOfTags = byTagSet((tags: Tags): WordClass => {
  if (has(tags, 'Demonym')) return 'demonym';
  if (has(tags, 'Month') || has(tags, 'WeekDay') || has(tags, 'Date')) return 'date';
  if (has(tags, 'SportsTeam')) return 'team';
  if (has(tags, 'Organization')) return 'org';
  if (has(tags, 'Country') || has(tags, 'City') || has(tags, 'Region') || has(tags, 'Place')) return 'place';
  if (has(tags, 'Person')) return 'person';
  if (has(tags, 'Honorific')) return 'title';
  if (has(tags, 'MaleName') || has(tags, 'FemaleName') || has(tags, 'FirstName')) return 'first';
  if (has(tags, 'LastName')) return 'last';
  return 'common';
});

const EXTRA_COUNTRIES = words(`u.s., u.s.a., usa, us, uk, u.k., britain, great britain, england, scotland, wales, northern ireland,
taiwan, hong kong, kosovo, palestine, vatican, ivory coast, czech republic, soviet union, ussr, yugoslavia, bosnia`);

const GRAMMAR = words(`no, not, yes, the, a, an, and, or, nor, of, to, in, on, at, by, for, with, as, but, if, so, than, then, vs`);

// The word facts below, as bits of one number per word (wordFacts).
const COUNTRY = 1, FUNCTION_WORD = 2, CLOSED_CLASS = 4, LEAD_IN = 8, GRAMMAR_WORD = 16, PLURAL_NOUN = 32, ROLE = 64,
  ADJECTIVE = 128, TITLE = 256, ORG_HEAD = 512, PLACE_HEAD = 1024, MISC_HEAD = 2048;

/** The word facts that rest on the lexicon's tags alone (for COUNTRY, FUNCTION_WORD, CLOSED_CLASS, LEAD_IN and
 * GRAMMAR_WORD, the tags' part of them). */
const factsOfTags = byTagSet((tags: Tags): number => (has(tags, 'Country') ? COUNTRY : 0)
  | (hasAny(tags, FUNCTION_TAGS) ? FUNCTION_WORD : 0)
  | (hasAny(tags, CLOSED_CLASS_TAGS) ? CLOSED_CLASS : 0)
  | (hasAny(tags, LEAD_IN_TAGS) ? LEAD_IN : 0)
  | (hasAny(tags, GRAMMAR_TAGS) ? GRAMMAR_WORD : 0)
  | (tags !== undefined && has(tags, 'Plural') && !has(tags, 'LastName') ? PLURAL_NOUN : 0)
  | (has(tags, 'Actor') && !has(tags, 'Plural') ? ROLE : 0)
  | (has(tags, 'Adjective') || has(tags, 'Comparative') || has(tags, 'Superlative') ? ADJECTIVE : 0));

function factsOfWord(lower: string): number {
  const tags = LEX[lower];
  const nonName = NON_NAMES.has(lower);
  const byTags = factsOfTags(tags);
  return (EXTRA_COUNTRIES.has(lower) || byTags & COUNTRY ? COUNTRY : 0)
    | (nonName || byTags & FUNCTION_WORD ? FUNCTION_WORD : 0)
    | (nonName || byTags & CLOSED_CLASS ? CLOSED_CLASS : 0)
    | (lower.length >= 2 && byTags & LEAD_IN ? LEAD_IN : 0)
    | (!ORG_HEADS.has(lower) && (GRAMMAR.has(lower) || byTags & GRAMMAR_WORD) ? GRAMMAR_WORD : 0)
    | (byTags & (PLURAL_NOUN | ROLE | ADJECTIVE))
    | (TITLES.has(bare(lower)) ? TITLE : 0)
    | (ORG_HEADS.has(lower) || ORG_WORDS[lower] === true ? ORG_HEAD : 0)
    | (PLACE_HEADS.has(lower) || PLACE_WORDS[lower] === true ? PLACE_HEAD : 0)
    | (MISC_HEADS.has(lower) ? MISC_HEAD : 0);
}

const wordFacts = remembered(factsOfWord);

/** A country (its national teams stay places in sports news), as opposed to a city or region that names a club. */
export const isCountry = (lower: string) => (wordFacts(lower) & COUNTRY) !== 0;

/** Lexicon words that can still be names when capitalised mid-sentence (`Dole`, `Wang`, `Hill`). */
export const isFunctionWord = (lower: string) => (wordFacts(lower) & FUNCTION_WORD) !== 0;

/** Words of closed classes and adverbs that open sentences (`But`, `When`, `Meanwhile`), never a first name. */
export const isClosedClass = (lower: string) => (wordFacts(lower) & CLOSED_CLASS) !== 0;

/** Adverbs and other closed-class words that may open a sentence before a person's name (`Later Putin left`,
 * `Meanwhile Smith`), never part of it. */
export const isLeadIn = (lower: string) => (wordFacts(lower) & LEAD_IN) !== 0;

/** Grammar words only (`No`, `The`, `And`): never the last word of a name. */
export const isGrammarWord = (lower: string) => (wordFacts(lower) & GRAMMAR_WORD) !== 0;

/** A plural common noun (`Relations`, `Events`): the last word of a body or a work, never of a person's name. */
export const isPluralNoun = (lower: string) => (wordFacts(lower) & PLURAL_NOUN) !== 0;

/** The gender a first name usually has, if the lexicon knows it. */
export function genderOf(lower: string): 'm' | 'f' | undefined {
  const given = GIVEN_NAME_GENDERS.get(lower);
  if (given) return given;
  const tags = LEX[lower];
  return has(tags, 'MaleName') ? 'm' : has(tags, 'FemaleName') ? 'f' : undefined;
}

/** An occupation or role (`Producer`, `Striker`, `Economist`): before a name it marks a person, like a title. */
export const isRole = (lower: string) => (wordFacts(lower) & ROLE) !== 0;

/** An adjective of the lexicon (`Golden`, `Desperate`), not also a name. */
export const isAdjective = (lower: string) => (wordFacts(lower) & ADJECTIVE) !== 0;

/** A title, with or without its final dot (`Gen.`). */
export const isTitle = (lower: string) => (wordFacts(lower) & TITLE) !== 0;
export const isOrgHead = (lower: string) => (wordFacts(lower) & ORG_HEAD) !== 0;
export const isPlaceHead = (lower: string) => (wordFacts(lower) & PLACE_HEAD) !== 0;
export const isMiscHead = (lower: string) => (wordFacts(lower) & MISC_HEAD) !== 0;
export const isNonName = (lower: string) => NON_NAMES.has(lower);
