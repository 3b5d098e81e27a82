// The vocabulary of attribution: cue verbs of news, titles that precede names, words that are not names.

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

/** Every inflected form of the cue verbs, lower case. */
export const CUE_FORMS: ReadonlySet<string> = new Set(CUE_LEMMAS.flatMap(inflect));

/** Cues that mostly introduce a description rather than speech (`called it “a disgrace”`): partial quotes only. */
export const WEAK_CUES: ReadonlySet<string> = new Set(['call', 'characterize', 'characterise', 'read', 'describe', 'accuse', 'mock', 'praise', 'criticize',
  'criticise', 'blast', 'question', 'indicate', 'signal', 'hint', 'estimate', 'post', 'chant', 'sing',
  'continue', 'answer', 'agree', 'maintain', 'charge', 'state', 'demand', 'caution', 'counter', 'promise', 'pledge', 'vow']
  .flatMap(inflect));

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
  'succinctly', 'sarcastically', 'pointedly', 'candidly', 'happily']);

/** Titles and honorifics that precede a name and never belong in a canonical name. */
export const TITLE_WORDS = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'lord', 'lady', 'president', 'vice', 'prime', 'minister',
  'secretary', 'senator', 'sen', 'rep', 'reps', 'representative', 'representatives', 'congressman', 'congresswoman', 'gov', 'governor',
  'gen', 'general', 'lt', 'col', 'capt', 'captain', 'sgt', 'maj', 'adm', 'admiral', 'cmdr', 'prof', 'professor',
  'chancellor', 'premier', 'king', 'queen', 'prince', 'princess', 'pope', 'judge', 'justice', 'mayor', 'chairman',
  'chairwoman', 'chair', 'chief', 'speaker', 'leader', 'rev', 'reverend', 'father', 'sister', 'brother', 'del',
  'delegate', 'atty', 'attorney', 'commissioner', 'director', 'ambassador', 'spokesman', 'spokeswoman',
  'spokesperson', 'officer', 'sheriff', 'detective', 'coach', 'host', 'anchor', 'pastor', 'rabbi', 'imam', 'bishop',
  'cardinal', 'archbishop', 'assemblyman', 'assemblywoman', 'councilman', 'councilwoman', 'councilmember', 'councillor',
  'councilor', 'alderman', 'alderwoman',
  'superintendent', 'lieutenant', 'colonel', 'sergeant', 'corporal', 'private', 'founder', 'ceo', 'executive',
  'economist', 'strategist', 'adviser', 'advisor', 'aide', 'candidate', 'nominee', 'pollster', 'analyst', 'manager',
  'sens', 'treasurer', 'comptroller', 'auditor', 'solicitor', 'counsel', 'chancellor', 'emir', 'sheikh', 'shah',
  'sultan', 'crown', 'mp', 'mep', 'msp', 'deputy', 'acting', 'interim', 'former', 'retired', 'late', 'st',
]);

/** Capitalized words that start sentences or clauses and are never part of a name. */
export const NOT_NAME = new Set([
  'the', 'a', 'an', 'and', 'but', 'or', 'nor', 'so', 'yet', 'for', 'in', 'on', 'at', 'to', 'of', 'by', 'with', 'from',
  'as', 'if', 'when', 'while', 'after', 'before', 'since', 'because', 'although', 'though', 'then', 'there', 'here',
  'this', 'that', 'these', 'those', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you', 'his', 'her', 'their', 'our',
  'my', 'your', 'him', 'them', 'us', 'me', 'who', 'what', 'where', 'why', 'how', 'which', 'not', 'no', 'yes', 'all',
  'some', 'many', 'most', 'more', 'other', 'another', 'each', 'every', 'both', 'either', 'neither', 'one', 'two',
  'three', 'still', 'also', 'even', 'just', 'only', 'now', 'today', 'tonight', 'yesterday', 'tomorrow', 'later',
  'earlier', 'meanwhile', 'however', 'instead', 'indeed', 'asked', 'says', 'said', 'speaking', 'according',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr',
  'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'democratic', 'republican', 'democrat', 'democrats',
  'republicans', 'gop', 'conservative', 'liberal', 'independent', 'libertarian', 'progressive', 'longtime', 'veteran',
  'senior', 'top', 'former', 'retired', 'then', 'outgoing', 'incoming', 'fellow', 'rival', 'like', 'unlike',
  'during', 'despite', 'until', 'about', 'over', 'under', 'into', 'through', 'did', 'does', 'do', 'is', 'was', 'were',
  'are', 'will', 'would', 'can', 'could', 'should', 'has', 'have', 'had', 'well', 'oh', 'ok', 'okay', 'please',
  'thank', 'thanks', 'mr.', 'ms.', 'mrs.', 'dr.', 'u.s.', 'u.s', 'u.k', 'u.n', 'e.u', 'us', 'american', 'americans', 'asked', 'told', 'wrote',
]);

/** Last words that mark a capitalized run as an organization rather than a person. */
export const ORG_HEADS = new Set([
  'house', 'post', 'times', 'news', 'journal', 'committee', 'council', 'department', 'ministry', 'party', 'campaign',
  'association', 'university', 'college', 'kremlin', 'agency', 'commission', 'office', 'bureau', 'court', 'congress',
  'senate', 'pentagon', 'police', 'government', 'administration', 'foundation', 'institute', 'center', 'centre',
  'group', 'union', 'company', 'corporation', 'corp', 'inc', 'bank', 'fund', 'service', 'network', 'reuters', 'press',
  'tribune', 'herald', 'globe', 'politifact', 'board', 'coalition', 'alliance', 'organization', 'organisation',
  'nations', 'states', 'army', 'navy', 'force', 'guard', 'church', 'school', 'hospital', 'caucus', 'federation',
  'cnn', 'msnbc', 'fox', 'nbc', 'abc', 'cbs', 'bbc', 'ap', 'afp', 'fbi', 'cia', 'nato', 'imf', 'un', 'eu', 'dnc',
  'rnc', 'naacp', 'assembly', 'parliament', 'cabinet', 'secretariat', 'trust', 'project', 'society', 'institution',
  'magazine', 'review', 'daily', 'weekly', 'radio', 'television', 'tv', 'channel', 'hedge', 'partners', 'llc', 'ltd',
  'authority', 'directorate', 'command', 'headquarters', 'embassy', 'consulate', 'mission', 'team', 'club',
  'league', 'treasury', 'exchequer', 'commons', 'lords', 'industries', 'motors', 'airlines', 'ag', 'sa', 'gmbh', 'plc', 'co', 'firm', 'watch', 'monitor',
]);

/** Pronouns that can be a speaker. */
export const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'i', 'we']);
