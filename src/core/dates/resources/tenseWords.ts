// Words that give the tense of a clause, for the direction of a bare weekday, month or holiday. Data only.

export const FUTURE_WORDS = new Set(['will', 'shall', "'ll", '’ll', 'wo', 'would', 'going', 'gonna', 'plan', 'plans', 'planning',
  'intend', 'intends', 'expected', 'expects', 'expect', 'anticipate', 'anticipates', 'scheduled', 'slated', 'due', 'set', 'upcoming',
  'tomorrow', 'aims', 'hopes', 'hope', 'wants', 'want', 'promised', 'vowed', 'pledged', 'threatened', 'must',
  'can', 'may', 'might', 'could', 'should', 'begins', 'starts', 'opens', 'resumes', 'meets', 'ends', 'is', 'are', 'am', 'be',
  'takes', 'arrives', 'leaves', 'heads', 'closes', 'expire', 'expires', 'deadline', 'coming', 'awaits', 'await']);
/** Words that look ahead only when "to" follows them ("plans to", "hopes to"). */
export const NEEDS_TO = new Set(['plan', 'plans', 'planning', 'intend', 'intends', 'aims', 'hopes', 'hope', 'wants', 'want', 'going', 'promised', 'vowed', 'pledged', 'threatened']);
export const INTENT = /^(?:decided|decides|agreed|agrees|planned|plans|plan|planning|hopes|hope|hoped|expected|expects|scheduled|set|slated|due|likely|ready|going|wants|want|wanted|intends|intend|intended|promised|promises|vowed|vows|pledged|pledges|threatened|threatens|aims|aimed|prepared|prepares|poised|about|has|have|is|are|was|were|seeks|sought|asked|urged|called|invited|preparing|needs|need|must|able)$/i;
export const DETERMINERS = /^(?:the|a|an|his|her|their|its|this|that|these|those|our|my|your|some|all|any|each|every|be|date|power|office|court|trial|work|school|church|jail|prison|war|bed|sea|market|zero)$/i;
export const PAST_WORDS = new Set(['said', 'says', 'was', 'were', 'had', 'did', 'told', 'met', 'made', 'took', 'came', 'went', 'gave', 'left',
  'began', 'held', 'struck', 'won', 'lost', 'got', 'put', 'set', 'saw', 'sent', 'spent', 'paid', 'found', 'fell', 'rose',
  'hit', 'shot', 'fought', 'brought', 'bought', 'sold', 'wrote', 'spoke', 'broke', 'chose', 'drove', 'flew', 'ran',
  'ago', 'last', 'earlier', 'since', 'yesterday', 'previously', 'already', 'been', 'became', 'knew', 'thought', 'felt',
  'kept', 'led', 'meant', 'read', 'stood', 'understood', 'withdrew', 'overtook', 'sank', 'swore', 'tore', 'wore',
  'began', 'built', 'caught', 'dealt', 'drew', 'fled', 'forgot', 'froze', 'grew', 'heard', 'hung', 'laid', 'lay', 'lit',
  'quit', 'rang', 'rode', 'sat', 'shook', 'slid', 'sought', 'sprang', 'stole', 'struck', 'swept', 'taught', 'threw',
  'woke', 'wound', 'cut', 'beat', 'bid', 'cast', 'let', 'shut', 'spread', 'upheld', 'overturned']);
export const NOT_PAST_ED = new Set(['need', 'indeed', 'hundred', 'red', 'bed', 'shed', 'speed', 'feed', 'seed', 'bred', 'fled',
  'proceed', 'exceed', 'succeed', 'united', 'related', 'based', 'armed', 'scheduled', 'expected', 'planned', 'slated',
  'proposed', 'intended', 'supposed', 'used', 'tired', 'concerned', 'interested', 'advanced', 'limited', 'detailed',
  'wed', 'embed', 'med', 'ted', 'fred', 'ed', 'ned', 'coed', 'sled', 'weed', 'breed', 'greed', 'creed', 'steed']);

