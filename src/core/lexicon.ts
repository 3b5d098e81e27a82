// The one lexicon of the engine: titles, honorifics, organization heads, non-names, cue verbs and pronouns, read by
// entity typing (gazetteer.ts, names.ts) and quote attribution alike. Lower case, no final dot.

const words = (s: string) => new Set(s.trim().split(/\s*,\s*/).filter(Boolean));

/** Titles and roles written before a name; never part of a person's span or canonical. Lower case, no dot. */
export const TITLES: ReadonlySet<string> = words(`
mr, mrs, ms, miss, mx, dr, sir, dame, lord, lady, president, vice, prime, minister, secretary, senator, sen, rep,
representative, congressman, congresswoman, councilman, councilwoman, councillor, councilor, alderman, assemblyman,
assemblywoman, commissioner, selectman, magistrate, sheriff, marshal, delegate, lawmaker, legislator, gov, governor, gen, general, col, colonel, capt, captain, lt, lieutenant,
maj, major, sgt, sergeant, adm, admiral, cmdr, commander, prof, professor, chancellor, premier, king, queen, prince,
princess, pope, judge, justice, mayor, chairman, chairwoman, chair, chief, ambassador, archbishop, bishop, cardinal,
rev, reverend, father, sister, brother, sheikh, imam, ayatollah, rabbi, deputy, foreign, defence, defense, finance,
interior, economy, trade, justice, health, labour, labor, home, state, attorney, speaker, coach, manager, detective,
inspector, officer, agent, director, executive, ceo, chief, leader, opposition, emperor, empress, crown, duke,
duchess, count, countess, baron, baroness, mme, mlle, messrs, herr, monsieur, senor, dona, don, mgr, fr,
superintendent, supt, constable, private, pvt, corporal, cpl, first, lady, grand, ayatullah, mullah, president-elect,
vice-president, ex-president, former, acting, interim, assistant, associate, senior, junior, national, security,
adviser, advisor, envoy, spokesman, spokeswoman, spokesperson, vice-chairman, treasurer, chief-executive, striker,
midfielder, defender, goalkeeper, skipper, batsman, bowler, champion, world, number, no, seed, top, veteran, defending,
representatives, reps, sens, senators, democrat, republican,
del, atty, host, anchor, pastor, councilmember, alderwoman, founder, economist, strategist, aide, candidate,
nominee, pollster, analyst, comptroller, auditor, solicitor, counsel, emir, shah, sultan, mp, mep, msp, retired,
late
`);

/** Honorifics that mark a person for sure (a bare `Mr. X` is a person). */
export const HONORIFICS: ReadonlySet<string> = words(`mr, mrs, ms, miss, mx, dr, sir, dame, prof, mme, mlle, messrs, herr, monsieur, senor, rev, sen, rep, gov, gen, col, capt, lt, sgt, adm`);

/** Words that make the capitalised sequence they end an organization. */
export const ORG_HEADS: ReadonlySet<string> = words(`
inc, inc., corp, corp., co, co., ltd, ltd., llc, plc, ag, sa, nv, gmbh, spa, bhd, group, holdings, party, ministry,
council, university, institute, commission, committee, agency, association, federation, union, bank, fund, court,
assembly, parliament, congress, senate, army, navy, police, front, movement, league, alliance, organisation,
organization, corporation, company, airlines, airways, motors, industries, systems, technologies, services,
securities, partners, trust, exchange, board, bureau, office, department, authority, council, club, united, rovers,
wanderers, athletic, school, college, academy, foundation, society, times, post, news, journal, herald, tribune,
telegraph, gazette, television, tv, radio, network, press, guard, forces, force, brigade, brigades, church,
commission, service, cabinet, government, administration, centre, center, hospital, museum, studios, records,
communications, telecom, energy, oil, petroleum, electric, pharmaceuticals, chemicals, steel, mining, bancorp,
investments, capital, insurance, assurance, financial, resources, tribunal, directorate, secretariat, chamber, bloc,
unit, desk, taskforce, ledger, observer, inquirer, examiner, courier, dispatch, bulletin, monitor, magazine, weekly,
chronicle, tribune, standard, express, mail, mirror, star, sentinel, globe, record, recorder, register, daily, relations, research, consulting, associates, media, entertainment, pictures, films,
productions, publishing, books, records, laboratories, solutions, networks, software, electronics, inquiry, watchdog, regulator, charity, trust, institution, laboratory, labs,
house, campaign, kremlin, pentagon, reuters, politifact, coalition, nations, states, caucus, cnn, msnbc, fox, nbc,
abc, cbs, bbc, ap, afp, fbi, cia, nato, imf, un, eu, dnc, rnc, naacp, project, review, channel, hedge, command,
headquarters, embassy, consulate, mission, team, treasury, exchequer, commons, lords, firm, watch
`);

/** Capitalized words that are never a name of their own: function words, calendar words, captions, sports table words. */
export const NON_NAMES: ReadonlySet<string> = words(`
credit, credits, photo, photos, photograph, image, images, video, videos, caption, source, sources, advertisement,
getty, i, a, an, the, this, that, these, those, it, its, he, she, they, we, you, his, her, their, our, my, your, there,
here, what, when, where, why, how, who, which, while, but, and, or, if, so, yet, as, at, by, for, from, in, into, of,
on, to, with, after, before, during, since, until, about, above, below, over, under, all, any, some, no, not, one,
also, then, than, now, still, just, only, even, both, each, every, many, most, more, other, such, very, mr, mrs, ms,
monday, tuesday, wednesday, thursday, friday, saturday, sunday, january, february, march, april, may, june, july,
august, september, october, november, december, jan, feb, mar, apr, jun, jul, aug, sep, sept, oct, nov, dec, mon, tue,
tues, wed, thu, thur, thurs, fri, sat, today,
tomorrow, yesterday, tonight, christmas, easter, ramadan, eid, diwali, hanukkah, thanksgiving, halloween, passover,
new year, xmas, western, eastern, northern, southern, god, internet, web, tv, ok, okay, yes, no, please,
thanks, thank, breaking, update, updated, live, watch, read, share, sign, subscribe, click, follow, more, related,
opinion, analysis, exclusive, editorial, comment, comments, newsletter, podcast, published, posted, advertisement,
summary, results, result, standings, table, note, notes, total, totals, attendance, halftime, scorers, scorer, points,
goals, innings, fall, overs, extras, bowling, batting, won, lost, drawn, played, pct, gb, pts, reuter, reporting, writing,
editing, additional, compiled, dollar, dollars, euro, euros, yen, pound, pounds, percent, am, pm, gmt, est, edt, pst,
utc, bst, cet, islam, islamic, christian, christianity, catholic, protestant, muslim, muslims, jewish, jews, sunni,
shia, shiite, communist, communists, socialist, socialists, marxist, nazi, nazis, soviet, federal, national, royal,
dvd, dvds, cd, cds, tv, pc, pcs, gdp, gnp, cpi, mp3, rfid, psp, dsl, adsl, sms, gps, hiv, aids, ceo, cfo, coo, vat, isp, isps,
hdtv, lcd, usb, ipo, rss, ict, html, url, wi-fi, wifi, ok, faq, ftse, dna, sars, gmt, bst, am, pm, q1, q2, q3, q4, mp, mps,
north, south, east, west, mid, new, old, great, soccer, football, baseball, basketball, cricket, tennis, golf, rugby,
hockey, athletics, cycling, boxing, swimming, racing, motorcycling, skiing, sailing, rowing, judo, wrestling, sport, sports, first, second, third, last, next, former, ex, inc, co, corp, ltd
`);

/** Non-names that are also first names (`Will Doyle`, `April Ryan`): right after an inverted cue (`said Will Doyle`),
 * where no modal or month can stand, they open the name. */
export const FIRST_NAME_WORDS: ReadonlySet<string> = words(`will, may, june, april, august, grace, hope, faith, joy, rich, chance`);

/** Verbs a headline writes in the present after its subject (`Obama Sees Insult in …`, `Clinton Says …`): capitalised
 * like the name before them, never part of it. None is a surname. */
export const HEADLINE_VERBS: ReadonlySet<string> = words(`says, sees, tells, warns, vows, urges, backs, slams, blasts, calls, wins,
loses, faces, seeks, plans, wants, gets, makes, takes, gives, denies, admits, defends, rejects, praises, attacks, hails, claims,
insists, pledges, signs, meets, visits, joins, quits, asks, offers, unveils, touts, mocks, accuses, endorses, agrees, expects,
fears, hopes, predicts, promises, eyes, weighs, targets, rips, bashes, fires, taps, launches, announces, confirms, reveals,
explains, suggests, argues, rallies, courts, woos, lashes, dismisses, questions, criticizes, criticises, condemns, welcomes`);

/** Common given names that compromise's lexicon reads as other words or as a name of no gender (`Bill`, `Frank`,
 * `Mark`): the gender a pronoun needs. Names given to both sexes are left out. */
export const GIVEN_NAME_GENDERS: ReadonlyMap<string, 'm' | 'f'> = new Map([
  ...[...words(`bill, bob, chuck, dick, frank, grant, herb, jack, mark, randy, ray, rich, rob, will`)].map(w => [w, 'm'] as const),
  ...[...words(`andrea, grace, peg, sue`)].map(w => [w, 'f'] as const),
]);

/** Role nouns a name may modify (`Cruz spokesman`, `Clinton campaign`): that name is not the clause's subject. The
 * lexicon's roles (`isRole`) count too. */
export const ROLES_AFTER_NAME: ReadonlySet<string> = words(`spokesman, spokeswoman, spokesperson, campaign, aide, aides, adviser,
advisor, advisers, staffer, strategist, supporters, administration, allies`);

/** Nouns a headline or caption capitalises after a name it modifies (`Obama Speech at …`, `Trump Rally`): never part of
 * a person's name. */
export const EVENTS_AFTER_NAME: ReadonlySet<string> = words(`speech, remarks, interview, rally, visit, era, presidency, doctrine,
victory, tour, address, statement, agenda, plan, debate, video, transcript`);

/** Conjunctions that open a subordinate clause (`When Doe spoke, …`); not `as`, which attributes (`As Doe put it`). */
export const SUBORDINATORS: readonly string[] = ['when', 'whenever', 'after', 'while', 'before', 'since', 'although', 'though', 'if',
  'because', 'once', 'until', 'unless'];

/** Words that open a sentence or clause before a speaker's name and are never part of it (`Democrat`, `According`). */
export const CLAUSE_WORDS: ReadonlySet<string> = words(`
nor, because, although, though, him, them, us, me, another, either, neither, two, three, later, earlier, meanwhile,
however, instead, indeed, asked, says, said, speaking, according, democratic, republican, democrat, democrats,
republicans, gop, conservative, liberal, independent, libertarian, progressive, longtime, veteran, senior, top,
retired, outgoing, incoming, fellow, rival, like, unlike, despite, through, did, does, do, is, was, were, are,
will, would, can, could, should, has, have, had, well, oh, mr., ms., mrs., dr., u.s., u.s, u.k, u.n, e.u, american,
americans, told, wrote, amid, among, hours, minutes, days, weeks, months, years, moments, pollsters, presidential
`);

// Cue verbs of news, with their inflections.
const CUE_LEMMAS = [
  'say', 'tell', 'read', 'characterize', 'characterise', 'add', 'warn', 'argue', 'insist', 'note', 'claim', 'explain', 'ask', 'write', 'tweet', 'state',
  'declare', 'continue', 'recall', 'acknowledge', 'admit', 'suggest', 'predict', 'announce', 'remark', 'observe',
  'assert', 'contend', 'maintain', 'reply', 'respond', 'answer', 'comment', 'concede', 'confirm', 'deny', 'charge',
  'complain', 'boast', 'quip', 'joke', 'vow', 'promise', 'pledge', 'urge', 'report', 'testify', 'stress',
  'emphasize', 'emphasise', 'repeat', 'reiterate', 'conclude', 'agree', 'demand', 'shout', 'yell', 'scream',
  'exclaim', 'wonder', 'muse', 'recount', 'counter', 'retort', 'reveal', 'allege', 'caution', 'post', 'blast',
  'accuse', 'mock', 'praise', 'criticize', 'criticise', 'describe', 'call', 'proclaim', 'lament',
  'opine', 'chime', 'interject', 'inform', 'assure', 'advise', 'plead', 'sing', 'chant', 'whisper', 'mutter', 'insist',
  'scoff', 'snap', 'concur', 'theorize', 'speculate', 'estimate', 'indicate', 'signal', 'hint', 'question',
  'beam', 'exhort', 'surmise', 'confess', 'remember', 'react', 'bark', 'riff',
];

const IRREGULAR: Record<string, string[]> = {
  say: ['say', 'says', 'said', 'saying'],
  read: ['read', 'reads', 'reading'],
  tell: ['tell', 'tells', 'told', 'telling'],
  write: ['write', 'writes', 'wrote', 'written', 'writing'],
  sing: ['sing', 'sings', 'sang', 'sung', 'singing'],
  snap: ['snap', 'snaps', 'snapped', 'snapping'],
  admit: ['admit', 'admits', 'admitted', 'admitting'],
  quip: ['quip', 'quips', 'quipped', 'quipping'],
  concur: ['concur', 'concurs', 'concurred', 'concurring'],
};

function inflect(lemma: string): string[] {
  if (IRREGULAR[lemma]) return IRREGULAR[lemma];
  if (lemma.endsWith('ed')) return [lemma];
  const forms = new Set<string>([lemma]);
  if (/(s|sh|ch|x|z)$/.test(lemma)) forms.add(lemma + 'es');
  else if (/[^aeiou]y$/.test(lemma)) forms.add(lemma.slice(0, -1) + 'ies');
  else forms.add(lemma + 's');
  if (lemma.endsWith('e')) { forms.add(lemma + 'd'); forms.add(lemma.slice(0, -1) + 'ing'); }
  else if (/[^aeiou]y$/.test(lemma)) { forms.add(lemma.slice(0, -1) + 'ied'); forms.add(lemma + 'ing'); }
  else { forms.add(lemma + 'ed'); forms.add(lemma + 'ing'); }
  return [...forms];
}

/** Verbs that are cues only with the word that follows them (`as Jane Doe put it,`, `Doe pointed out`): each form,
 * lower case, with that word. */
export const CUE_PHRASES: ReadonlyMap<string, string> = new Map([
  ...['put', 'puts', 'putting'].map(w => [w, 'it'] as [string, string]),
  ...['point', 'points', 'pointed', 'pointing'].map(w => [w, 'out'] as [string, string]),
]);

/** Every inflected form of the cue verbs, lower case. */
export const CUE_FORMS: ReadonlySet<string> = new Set(CUE_LEMMAS.flatMap(inflect));

/** Cues that mostly introduce a description rather than speech (`called it “a disgrace”`): partial quotes only. */
export const WEAK_CUES: ReadonlySet<string> = new Set(['call', 'characterize', 'characterise', 'read', 'describe', 'accuse', 'mock', 'praise', 'criticize',
  'criticise', 'blast', 'question', 'indicate', 'signal', 'hint', 'estimate', 'post', 'chant', 'sing',
  'continue', 'answer', 'agree', 'maintain', 'charge', 'state', 'demand', 'caution', 'counter', 'promise', 'pledge', 'vow']
  .flatMap(inflect));

/** Cue verbs that are no cue before an infinitive (`Rubio will continue to be “…”`): each form, lower case. */
const NO_CUE_BEFORE_TO: ReadonlySet<string> = new Set(['continue'].flatMap(inflect));

/** Is the word at `at` in `text` a cue: a cue verb, or a verb of CUE_PHRASES followed by its word? */
export function isCueAt(text: string, at: number, word: string): boolean {
  // a word after a hyphen ends a compound (`in-state`, `non-answer`), it is no verb
  if (text[at - 1] === '-') return false;
  if (isCue(word)) return !(NO_CUE_BEFORE_TO.has(word.toLowerCase()) && /^ +to /.test(text.slice(at + word.length, at + word.length + 5)));
  const next = CUE_PHRASES.get(word.toLowerCase());
  if (next === undefined) return false;
  const after = text.slice(at + word.length, at + word.length + next.length + 4).replace(/^ +/, '');
  return after.startsWith(next) && !/^[\p{L}]/u.test(after.slice(next.length));
}

/** Is `word` (any case) an inflected form of a cue verb? */
export function isCue(word: string): boolean {
  return CUE_FORMS.has(word.toLowerCase());
}

/** Words that may stand between a subject and its cue verb: auxiliaries and adverbs. */
export const AUX = new Set(['has', 'have', 'had', 'is', 'was', 'were', 'are', 'am', 'be', 'been', 'being', 'would',
  'will', 'could', 'should', 'might', 'may', 'can', 'did', 'does', 'do', 'also', 'later', 'then', 'further', 'again',
  'recently', 'once', 'previously', 'repeatedly', 'reportedly', 'simply', 'quickly', 'flatly', 'earlier', 'just',
  'never', 'often', 'frequently', 'long', 'since', 'already', 'publicly', 'privately', 'bluntly', 'angrily',
  'still', 'even', 'only', 'first', 'famously', 'herself', 'himself', 'openly', 'not',
  'directly', 'separately', 'subsequently', 'finally', 'immediately', 'jokingly', 'proudly', 'emphatically',
  'succinctly', 'sarcastically', 'pointedly', 'candidly', 'happily', 'now']);

/** The strongest cue verbs, as written after a subject (`Smith said`): what makes an unknown capitalized word a person. */
export const SPEECH_VERBS: ReadonlySet<string> = words(`said, says, told, added, asked, wrote, warned, argued, insisted, noted, explained, tweeted, replied, stated,
recalled, admitted, denied`);

/** Pronouns that can be a speaker, with their gender and number. */
export const PRONOUNS: ReadonlyMap<string, { gender?: 'm' | 'f'; plural: boolean }> = new Map([
  ['he', { gender: 'm', plural: false }], ['she', { gender: 'f', plural: false }], ['it', { plural: false }],
  ['i', { plural: false }], ['they', { plural: true }], ['we', { plural: true }],
]);
