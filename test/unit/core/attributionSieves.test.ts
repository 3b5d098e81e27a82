import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';
import { LAST_SIEVES, QUOTE_SIEVES, SPEAKER_SIEVES, TURN_SIEVES, attributeQuotes } from '../../../src/core/attribution';
import { findQuotes } from '../../../src/core/quotes';
import { sentenceEnd, sentenceStart } from '../../../src/core/sentences';
import type { Entity } from '../../../src/core/types';

/** The quote of `analyze(text)` whose text contains `snippet`. */
function quoteOf(text: string, snippet: string) {
  const q = analyze(text).quotes.find(x => x.text.includes(snippet));
  assert.ok(q, `no quote with ${snippet}`);
  return q;
}

describe('attribution sieves', () => {
  it('runs in a fixed order given as data, cue sieves before turns and before the last resort', () => {
    assert.deepEqual(QUOTE_SIEVES.map(s => s.id), ['cue-before', 'cue-after', 'cue-before', 'cue-later', 'according-to', 'name-verb']);
    assert.deepEqual(TURN_SIEVES.map(s => s.id), ['turn-split', 'turn-previous', 'turn-next', 'turn-paragraph', 'paragraph-intro', 'paragraph-subject', 'sentence-before']);
    assert.deepEqual(LAST_SIEVES.map(s => s.id), ['sentence-subject', 'colon-subject']);
    assert.deepEqual(SPEAKER_SIEVES.map(s => s.id), ['cluster', 'name', 'pronoun', 'pronoun-org', 'title', 'org-description', 'description']);
  });

  it('name-verb: a name and any verb closing the clause after the quote', () => {
    const text = 'Senator Ruth Okafor faced the committee.\n\n“Would it be negotiable?” Okafor pressed.';
    const q = quoteOf(text, 'negotiable');
    assert.equal(q.speaker, 'Ruth Okafor');
    assert.equal(q.sieve?.split('/')[0], 'name-verb');
    assert.equal(q.cue, 'pressed');
  });

  it('cue-after: an inverted `said X` with no comma before it', () => {
    const q = quoteOf('"We will appeal the ruling" said Tomas Brandt, a spokesman for the firm.', 'appeal');
    assert.equal(q.speaker, 'Tomas Brandt');
  });

  it('an apposition may be a role owned by a name', () => {
    const q = quoteOf('“We are raising money for the members,” Jeff Weaver, Sanders’ campaign manager, said in a statement.', 'raising');
    assert.equal(q.speaker, 'Jeff Weaver');
  });

  it('turn-split: a sentence split by its attribution keeps its speaker', () => {
    const text = '“She is too far behind,” said Dana Whitfield, “and the vote was not a decisive win.”';
    assert.equal(quoteOf(text, 'decisive').speaker, 'Dana Whitfield');
    assert.equal(quoteOf(text, 'decisive').sieve?.split('/')[0], 'turn-split');
  });

  it('sentence-subject: the person who opens the sentence, for a quote no cue attributes', () => {
    const text = 'Former Governor Mike Halvorsen, for his part, is labeling the plan “a blatant and belligerent abuse of power.”';
    const q = quoteOf(text, 'abuse');
    assert.equal(q.speaker, 'Mike Halvorsen');
    assert.equal(q.sieve?.split('/')[0], 'sentence-subject');
  });

  it('cue-after: a role with `of` before an inverted name, an object after the cue, a statement as the speaker', () => {
    assert.equal(quoteOf('"Thanks for coming out tonight," said master of ceremonies Dana Whitfield, a retired teacher.', 'coming out').speaker, 'Dana Whitfield');
    assert.equal(quoteOf('Tomas Brandt spoke in Ohio.\n\n“We are not changing course.” Brandt told reporters after the vote.', 'changing').speaker, 'Tomas Brandt');
    const statement = quoteOf('The firm answered on Monday. “We regret the delay and will refund every customer,” the statement said.', 'regret');
    assert.equal(statement.speaker, 'the statement');
    assert.equal(quoteOf('Ruth Okafor issued a statement calling the closure “a hard but necessary decision for all of us.”', 'necessary').speaker, 'Ruth Okafor');
  });

  it('a description written over a line break names the speaker with one space, in LF and CRLF text alike', () => {
    for (const eol of ['\n', '\r\n']) {
      assert.equal(quoteOf(`The hearing ran late.${eol}${eol}“We will appeal the ruling,” the city’s chief${eol}lawyer said.`, 'appeal').speaker, 'the city’s chief lawyer');
      assert.equal(quoteOf(`The hearing ran late. The city’s chief${eol}lawyer said: “We will appeal the ruling.”`, 'appeal').speaker, 'the city’s chief lawyer');
    }
  });

  it('cue-before: a participle after a noun phrase belongs to the clause subject, not to that noun phrase', () => {
    assert.equal(quoteOf('Ruth Okafor answered the question on Facebook writing, “We will not close the library.”', 'library').speaker, 'Ruth Okafor');
    assert.equal(quoteOf('Tomas Brandt posted a comment of his own on Twitter, saying, “We are thrilled to welcome the team home.”', 'thrilled').speaker, 'Tomas Brandt');
    assert.equal(quoteOf('Following a late meeting, Acme Corp issued a note calling the vote “a clear violation of the agreement we signed.”', 'violation').speaker, 'Acme Corp');
    assert.equal(quoteOf('The ad closes with footage of Dana Whitfield saying, “That makes me proud of this town.”', 'proud').speaker, 'Dana Whitfield');
  });

  it('cue-before: a cue form right after a determiner or a possessive is a noun, not a cue', () => {
    const q = quoteOf('Ruth Okafor spoke last. From Tomas Brandt’s post: “The bridge will reopen in May.”', 'bridge');
    assert.equal(q.speaker, 'Tomas Brandt');
  });

  it('cue-after: an adverb or a `from` phrase after the cue of a closed sentence, a plural description, new cue verbs', () => {
    const text = 'Tomas Brandt opened the meeting.\n\n“Can you name one thing the board has done?” he asks rhetorically.';
    assert.equal(quoteOf(text, 'name one thing').speaker, 'Tomas Brandt');
    assert.equal(quoteOf('“Open the gates now!” some protesters chanted, three days after the vote.', 'gates').speaker, 'some protesters');
    assert.equal(quoteOf('“Power to the people!” the group shouted from the street.', 'Power').speaker, 'the group');
    assert.equal(quoteOf('“This is wonderful!” beamed Dana Whitfield of Salem.', 'wonderful').speaker, 'Dana Whitfield');
  });

  it('cue-after: a signature after a spaced hyphen or on the line after the quote', () => {
    assert.equal(quoteOf('“The bridge will reopen in May.” - Dana Whitfield, Salem.', 'bridge').speaker, 'Dana Whitfield');
    const own = 'Rates went up.\n\n“The idea that I would close the library is false.”\n\n- Tomas Brandt.\n\nBrandt spoke in June.';
    assert.equal(quoteOf(own, 'library').speaker, 'Tomas Brandt');
  });

  it('cue-before: a party tag before the comma of an attribution, but an apposition keeps its parentheses', () => {
    assert.equal(quoteOf('After the vote, Gov. Ruth Okafor (R-OH), said, “We are ready for the next round of talks.”', 'ready').speaker, 'Ruth Okafor');
    assert.equal(quoteOf('Jane Doe, chairman of Acme Rising (a lobby group), tweeted: “The meeting was a waste of everyone’s time.”', 'waste').speaker, 'Jane Doe');
  });

  it('cue-before: the subject before a participle is no time word, dateline or bare capitalized opener', () => {
    assert.notEqual(quoteOf('Hours later, the mayor sent a note to the council, saying, “We will reopen the pool on Friday.”', 'pool').speaker, 'Hours');
    assert.equal(quoteOf('SALEM — Dana Whitfield praised the plan on Friday, saying “it is the best deal the town has had in years.”', 'best deal').speaker, 'Dana Whitfield');
  });

  it('cue-before: a participle’s subject comes after an opening phrase, past a place’s commas', () => {
    const place = 'Speaking at a diner in Salem, Oregon, Dana Whitfield went after the council, calling it “a club for insiders.”';
    assert.equal(quoteOf(place, 'insiders').speaker, 'Dana Whitfield');
    const opening = 'After a long night of counting in the county, Ruth Okafor thanked her volunteers, saying, “We could not have done this without every one of you.”';
    assert.equal(quoteOf(opening, 'every one').speaker, 'Ruth Okafor');
    // no opening phrase: a name after the second comma is part of an apposition, not the subject
    const apposition = 'Veteran organizer Tomas Brandt, head of the guild, ACME board member since 1990, backed the deal, saying it “brings the jobs home.”';
    assert.notEqual(quoteOf(apposition, 'jobs home').speaker, 'ACME');
  });

  it('cue-before: a sentence-opening word the text writes in lower case is no subject', () => {
    const text = 'Turnout was early and heavy. Early in the race, Dana Whitfield attacked the mayor, calling him “a failed manager.”';
    assert.equal(quoteOf(text, 'failed manager').speaker, 'Dana Whitfield');
  });

  it('cue-before: `Said X, an apposition, “…”` names X, and the tagger leaves the speech verb out of the name', () => {
    const text = 'The old gym will be turned into a museum. Said Dana Whitfield, who trained there as a boy, “We were all so proud of it.”';
    const a = analyze(text);
    assert.equal(quoteOf(text, 'proud').speaker, 'Dana Whitfield');
    assert.deepEqual(a.entities.filter(e => e.type === 'person').map(e => e.text), ['Dana Whitfield']);
  });

  it('cue-after: a rank with its ordinal between a service and the name (`said Air Force 1st Lt. X`)', () => {
    assert.equal(quoteOf('“I was hoping for something else,” said Air Force 1st Lt. Tomas Brandt.', 'hoping').speaker, 'Tomas Brandt');
    assert.equal(quoteOf('“The risk is real,” said Army Sgt. 1st Class Ruth Okafor, who served two tours.', 'risk').speaker, 'Ruth Okafor');
  });

  it('paragraph-subject: a quote paragraph after a paragraph whose last sentence a person opens', () => {
    const text = 'The mayor spoke first.\n\nDana Whitfield praised the council for its work on the budget.\n\n“We need people who get things done and bring us together.”\n\nThe vote is on Monday.';
    const q = quoteOf(text, 'get things done');
    assert.equal(q.speaker, 'Dana Whitfield');
    assert.equal(q.sieve, 'paragraph-subject/cluster');
    // a heading in capitals is no one's words, and a quote sharing its paragraph with the reporter's is not a turn
    const heading = 'Dana Whitfield praised the council for its work on the budget.\n\n“A BUDGET FOR EVERYONE”\n\nThe vote is on Monday.';
    assert.equal(quoteOf(heading, 'BUDGET').speaker, null);
    const shared = 'Dana Whitfield praised the council for its work on the budget.\n\n“We need people who get things done,” is the motto on the wall of the hall.';
    assert.equal(quoteOf(shared, 'get things done').speaker, null);
  });

  it('paragraph-subject: after a paragraph that ends in an attributed partial quote, its speaker goes on', () => {
    const text = 'The crowd cheered.\n\nNews 4 reached the council. Ruth Okafor shot back in a statement, saying the mayor had “made a mess of the budget.”\n\n“Frankly, this is the kind of thinking our city does not need.”';
    assert.equal(quoteOf(text, 'Frankly').speaker, 'Ruth Okafor');
  });

  it('cue-before: `X did this, but now said “…”`: the subject before the comma of the conjunction', () => {
    const text = 'Dana Whitfield used to back Mayor Tomas Brandt, but now said the city needed “a fresh start and new faces.”';
    assert.equal(quoteOf(text, 'fresh start').speaker, 'Dana Whitfield');
    assert.equal(quoteOf(text, 'fresh start').sieve, 'cue-before/cluster');
  });

  it('cue-after: right after an inverted cue, a first name that is also a word opens the name (`said Will Doyle`)', () => {
    const text = '“It is an expensive business model,” said Will Doyle, a professor at the state university. “The biggest thing is staff costs.”';
    assert.equal(quoteOf(text, 'business model').speaker, 'Will Doyle');
    assert.equal(quoteOf(text, 'staff costs').speaker, 'Will Doyle');
    // (a month that is a first name too)
    assert.equal(quoteOf('“It works,” said April Ryan of the network.', 'It works').speaker, 'April Ryan');
  });

  it('a cue form after a determiner and an adjective is a noun, not a verb with its subject', () => {
    const remarks = 'Dana Whitfield went on the radio to discuss her recent remarks about her rival, Tomas Brandt, saying “on his worst day” he would be “a better mayor than any of them.”';
    assert.equal(quoteOf(remarks, 'worst day').speaker, 'Dana Whitfield');
    const retort = 'Tomas Brandt offered a Trump-style retort on the mayor’s favorite network, tweeting at him, “you are not just a loser, you are a whiner.”';
    assert.equal(quoteOf(retort, 'whiner').speaker, 'Tomas Brandt');
  });

  it('cue-after: `“…” X is quoted as saying.`', () => {
    const text = '“Our method works where others fail because we find the right voters.” Tomas Brandt is quoted as saying. He runs a polling firm.';
    assert.equal(quoteOf(text, 'right voters').speaker, 'Tomas Brandt');
    assert.equal(quoteOf('“We will not back down,” the mayor was quoted as saying.', 'back down').speaker, 'the mayor');
  });

  it('cue-later: an inverted cue after a comma later in the sentence', () => {
    const q = quoteOf('“The members are tired of waiting” for a contract, said Ruth Okafor, the union’s president.', 'tired');
    assert.equal(q.speaker, 'Ruth Okafor');
    assert.equal(q.sieve?.split('/')[0], 'cue-later');
  });

  it('colon-subject: the name right before a colon, else the first name of the introducing sentence', () => {
    const byline = 'Turnout rose in every county - Dana Whitfield: “The early vote was twice what we saw four years ago.”';
    assert.equal(quoteOf(byline, 'twice').speaker, 'Dana Whitfield');
    assert.equal(quoteOf(byline, 'twice').sieve?.split('/')[0], 'colon-subject');
    const statement = 'When the plant closed in 2009, Mayor Tomas Brandt released the following statement: “We will find every worker a new job.”';
    assert.equal(quoteOf(statement, 'every worker').speaker, 'Tomas Brandt');
  });

  it('colon-subject: not an object of the sentence, and not a sentence that cites a quoted title', () => {
    const object = 'Worried about Tomas Brandt and his allies, the union sent a message to its members: “Stay home on Monday and do not cross the line.”';
    assert.equal(quoteOf(object, 'Stay home').speaker, null);
    const cite = 'NEW IN TOWN—“A bakery opens on Elm Street,” by the Ledger’s Ruth Okafor: “The ovens were lit at four in the morning.”';
    assert.equal(quoteOf(cite, 'ovens').speaker, null);
  });

  it('sentence-subject: not the subject of a subordinate clause, and not for a short quoted term', () => {
    assert.equal(quoteOf('When Wallace died in 1998, his family thanked the nurses for “the kindest care we have known.”', 'kindest').speaker, null);
    assert.equal(quoteOf('Senator Ruth Okafor called the plan “absurd.”', 'absurd').speaker, null);
  });

  it('sentence-subject: a he or she that opens the sentence is resolved as a pronoun', () => {
    const text = 'Peter Vance spoke in Ohio on Monday.\n\nHe described the field of candidates as “all very good people, every one of them.”';
    assert.equal(quoteOf(text, 'every one').speaker, 'Peter Vance');
  });

  it('paragraph-intro: the subject of an intro sentence without a cue verb', () => {
    const text = 'Farmer Jared Pottsworth, who drove in from the county, echoed:\n\n“He speaks his mind, and that is what the country needs.”';
    assert.equal(quoteOf(text, 'speaks his mind').speaker, 'Jared Pottsworth');
    assert.equal(quoteOf(text, 'speaks his mind').sieve?.split('/')[0], 'paragraph-intro');
  });

  it('cluster: a speaker inside an entity mention is that mention’s cluster, by id', () => {
    const text = '“We are ready,” Xi said.';
    const at = text.indexOf('Xi');
    const xi: Entity = { start: at, end: at + 2, text: 'Xi', type: 'person', canonical: 'Xi Jinping', cluster: 7 };
    const [q] = attributeQuotes(text, findQuotes(text), [xi], []);
    assert.equal(q.speaker, 'Xi Jinping');
    assert.equal(q.speakerCluster, 7);
    assert.equal(q.sieve, 'cue-after/cluster');
  });

  it('a place never speaks: a two-word name that is a speaker becomes a person, with its cluster', () => {
    const text = '"We are delighted with the decision," said Mary Marsh, chief executive of the charity.';
    const a = analyze(text);
    const marsh = a.entities.find(e => e.text === 'Mary Marsh');
    assert.ok(marsh);
    assert.equal(marsh.type, 'person');
    assert.equal(a.clusters[marsh.cluster].type, 'person');
    assert.equal(a.quotes[0].speaker, 'Mary Marsh');
    assert.equal(a.quotes[0].speakerCluster, marsh.cluster);
  });
});

describe('sentences', () => {
  it('finds the sentence around an offset, past abbreviations and initials', () => {
    const text = 'Mr. Brandt arrived at 9 a.m. on Monday. He met Sen. J. R. Holt. They talked.';
    const at = text.indexOf('met');
    assert.equal(text.slice(sentenceStart(text, at, 0), sentenceEnd(text, at, text.length)), 'He met Sen. J. R. Holt.');
    assert.equal(text.slice(sentenceStart(text, 5, 0), sentenceEnd(text, 5, text.length)), 'Mr. Brandt arrived at 9 a.m. on Monday.');
  });

  it('stops at a line break and at the floor and ceiling it is given', () => {
    const text = 'First line without end\nSecond line here. Third.';
    const at = text.indexOf('line here');
    assert.equal(text.slice(sentenceStart(text, at, 0), sentenceEnd(text, at, text.length)), 'Second line here.');
    assert.equal(sentenceStart(text, at, at - 3), at - 3);
    assert.equal(sentenceEnd(text, at, at + 4), at + 4);
  });
});

describe('attribution sieves: cues, appositions and turns', () => {
  it('cue-after: a participle after the quote is never an inverted cue; its subject is the sentence\'s', () => {
    const q = quoteOf('At a rally in Dayton, Marta Quill insisted that she has “grown the party,” claiming that she is behind the higher turnout in the county primaries.', 'grown');
    assert.equal(q.speaker, 'Marta Quill');
  });

  it('a description may end with a person noun that looks like an adjective, and capitalized modifiers may follow its determiner', () => {
    assert.equal(quoteOf('“The station has put him on leave,” a KXT5 representative said in a statement.', 'leave').speaker, 'KXT5');
    assert.equal(quoteOf('“Polls are misleading and the front-runner can bleed,” another North Dakota Republican added.', 'bleed').speaker, 'North Dakota Republican');
    assert.equal(quoteOf('“She is too far behind,” said an Oregon Democrat.', 'behind').speaker, 'Oregon Democrat');
    assert.equal(quoteOf('“We will reopen the mill,” a spokesman for the union said.', 'mill').speaker, 'a spokesman for the union');
  });

  it('sentence-before: a quote opening the sentence after `…, X said.` in the same paragraph, past a quoted term', () => {
    const text = 'Tomas Brandt spoke in Ohio.\n\nYet the governor is also a “change agent,” Brandt said. “That is exactly what voters want right now, so he is well placed.”';
    const q = quoteOf(text, 'exactly');
    assert.equal(q.speaker, 'Tomas Brandt');
    assert.equal(q.sieve?.split('/')[0], 'sentence-before');
  });
  it('a name in apposition to a description before the cue is the speaker; an organization there is not', () => {
    assert.equal(quoteOf('The mayor, Peter Vance, said the budget was “dead on arrival.”', 'arrival').speaker, 'Peter Vance');
    assert.equal(quoteOf('“We will fight this,” the union’s president, Dana Whitfield, said.', 'fight').speaker, 'Dana Whitfield');
    assert.equal(quoteOf('The agency, Acme Corp, said it was “not concerned at all by the ruling.”', 'concerned').speaker, null);
  });
  it('cue-after: a lone word that is no name of its own is the surname of the person the text names in full', () => {
    const text = 'Ada From ran the council for years.\n\n“The circumstances changed when the mills closed,” From said.';
    assert.equal(quoteOf(text, 'mills').speaker, 'Ada From');
    // without the full name, `From` is no one
    assert.equal(quoteOf('“The circumstances changed when the mills closed,” From said.', 'mills').speaker, null);
  });
  it('turn-split: a participle clause after an inverted cue goes on with its subject, unless a word or two is quoted', () => {
    const text = '“It is not new here,” said Rep. Dana Whitfield (D-Va.) at the time, adding that “we have elected women to office for a long time.”';
    assert.equal(quoteOf(text, 'elected').speaker, 'Dana Whitfield');
    assert.equal(quoteOf(text, 'elected').sieve?.split('/')[0], 'turn-split');
    const term = '“He is a hater,” Tomas Brandt said at a rally, adding that the judge was “biased.”';
    assert.equal(quoteOf(term, 'biased').speaker, null);
  });

  it('an adverb between the subject and the cue', () => {
    assert.equal(quoteOf('Asked about the race, Tomas Brandt gingerly said that was “an assessment the voters are going to make.”', 'assessment').speaker, 'Tomas Brandt');
  });
  it('cue phrases: `as X put it`, `X pointed out`; a verb put to other use is no cue', () => {
    assert.equal(quoteOf('As Dana Whitfield, the No. 2 in the council, put it: “This budget will not pass.”', 'budget').speaker, 'Dana Whitfield');
    assert.equal(quoteOf('But as Tomas Brandt pointed out, “Still, the mayor has so far declined to release any tax returns.”', 'returns').speaker, 'Tomas Brandt');
    assert.equal(quoteOf('The clerk put the file in a drawer labeled “keep for the auditors this year.”', 'auditors').speaker, null);
  });

  it('cue-after: inverted `remembered X`, `reacted X`', () => {
    assert.equal(quoteOf('“A lot of analysts told her not to do it, and she did it anyway,” remembered Roy Vetter, the former spokesman.', 'analysts').speaker, 'Roy Vetter');
    assert.equal(quoteOf('“What sport is he talking about, and where is he going with this?” reacted Marta Quill.', 'sport').speaker, 'Marta Quill');
  });

  it('cue-before: a cue coordinated with the verb of the clause\'s subject; not the writer\'s `I`', () => {
    const text = 'Asked about the job, Tomas Brandt thought for a moment and said that in this climate, “I think it is an advantage not to be famous.”';
    assert.equal(quoteOf(text, 'advantage').speaker, 'Tomas Brandt');
    const writer = 'Once in my early twenties, when my mother spoke of the devil, I laughed and said, “I do not believe in the devil at all.”';
    assert.equal(quoteOf(writer, 'devil at all').speaker, null);
  });

  it('an acronym closing an apposition keeps it an apposition; a party tag does not', () => {
    const text = 'Ruth Okafor, the United Nations High Commissioner for Refugees (UNHCR), reacted to the deal, “I am concerned about any agreement of this kind.”';
    assert.equal(quoteOf(text, 'concerned').speaker, 'Ruth Okafor');
    assert.equal(quoteOf('At a rally in Berea, Ohio, Gov. Jane Doe (R-OH), said, “I am getting ready to rent a covered wagon.”', 'wagon').speaker, 'Jane Doe');
  });
  it('cue-after: a closed question and `X asked` a plural object; a new sentence after a closed quote is no attribution', () => {
    assert.equal(quoteOf('“Why are you still endorsing him?” Marta Quill asked Republican senators. “What does this say?”', 'endorsing').speaker, 'Marta Quill');
    assert.equal(quoteOf('“We are done with the talks.” Marta Quill said the talks were over for good.', 'done with').speaker, null);
  });

  it('colon-subject: `X issued a statement,` hands the floor on as a colon does', () => {
    const text = 'Right after the vote, Tomas Brandt issued a statement, “Last night, our county was let down by the board.”';
    assert.equal(quoteOf(text, 'let down').speaker, 'Tomas Brandt');
    assert.equal(quoteOf(text, 'let down').sieve?.split('/')[0], 'colon-subject');
  });
  it('a time between subject and cue, `but now said`, and a lone surname before a cue in the sentence', () => {
    assert.equal(quoteOf('It hit the aide, who Tomas Brandt on Wednesday called “a horrible, despicable human being.”', 'despicable').speaker, 'Tomas Brandt');
    assert.equal(quoteOf('Ruth Okafor used to back the mayor, but now said the council had “the duty to bring us together again.”', 'duty').speaker, 'Ruth Okafor');
    const text = 'Kay West writes a column.\n\nFrom the speech in Iowa to the call for a new tax, West described the plan as a “caricature of the worst possibilities” of the party.';
    assert.equal(quoteOf(text, 'caricature').speaker, 'Kay West');
  });
  it('name-verb: a name and a verb with a `with` phrase closing the clause', () => {
    const text = 'Jim Bennett stood by the door.\n\n“They are all here because he is promising them free stuff,” Bennett shot back with a laugh.';
    assert.equal(quoteOf(text, 'free stuff').speaker, 'Jim Bennett');
    assert.equal(quoteOf(text, 'free stuff').sieve?.split('/')[0], 'name-verb');
  });

  it('cue-after: a cue in a clause of its own after the quote reports something else', () => {
    // `until X said`: a subordinate clause; `She replied to him that …`, `X reiterated: “…”`: a report of their own
    assert.equal(quoteOf('Tomas Brandt says he was “sitting on the fence for weeks” until Ruth Okafor said she was running.', 'fence').speaker, 'Tomas Brandt');
    const reply = 'Tomas Brandt met Ruth Okafor in May. Ruth Okafor wrote to him, “You are a great asset to the team!” He replied to her that it was an honor.';
    assert.equal(quoteOf(reply, 'asset').speaker, 'Ruth Okafor');
    const colon = 'At a hearing, Ruth Okafor declared, “I did not approve any of the payments. There were none.” The treasurer repeated: “I am sure of it.”';
    assert.equal(quoteOf(colon, 'payments').speaker, 'Ruth Okafor');
  });

  it('cue-after: a participle clause belongs to the subject that opens the words after the quote, not to an object', () => {
    const text = '“I fully support his re-election,” Tomas Brandt said, “and I will campaign for him.” He went on to praise Ruth Okafor, calling her “a rising star.”';
    assert.equal(quoteOf(text, 'campaign for him').speaker, 'Tomas Brandt');
  });

  it('cue-before: `continue to` is no cue', () => {
    assert.equal(quoteOf('Tomas Brandt said he is sure Ruth Okafor will continue to be “a champion for the workers of this city.”', 'champion').speaker, 'Tomas Brandt');
  });

  it('a role owned by a name speaks, not its owner: `said Doe’s campaign manager, Jane Roe`', () => {
    assert.equal(quoteOf('“We will count every vote,” said Okafor’s deputy campaign manager, Tomas Brandt, who ran the last race.', 'every vote').speaker, 'Tomas Brandt');
    assert.equal(quoteOf('“This is a security issue,” said Okafor’s top foreign policy aide Tomas Brandt.', 'security issue').speaker, 'Tomas Brandt');
  });

  it('a name after a preposition is its object: an apposition left open before the cue belongs to the name before it', () => {
    assert.equal(quoteOf('“We were never briefed,” Tomas Brandt, a spokesman for Governor Ruth Okafor told the paper.', 'briefed').speaker, 'Tomas Brandt');
    assert.equal(quoteOf('“Voters fear him,” Tomas Brandt, who is chairman of the Better Roads Fund said in a statement.', 'fear him').speaker, 'Tomas Brandt');
  });

  it('a cue in a subordinate or relative clause that a comma closes before the quote is not the quote’s', () => {
    const when = 'When Tomas Brandt criticized the mayor during a debate, Ruth Okafor shot back, “I chose to fulfill my duty to the city.”';
    assert.notEqual(quoteOf(when, 'fulfill').speaker, 'Tomas Brandt');
    const clip = 'In a clip that District Judge Tomas Brandt called “distasteful,” Ruth Okafor expressed a desire to “jail the whole board.”';
    assert.notEqual(quoteOf(clip, 'whole board').speaker, 'Tomas Brandt');
    // `As Doe put it,` attributes, and a relative clause's own `that` clause is its own
    assert.equal(quoteOf('As Tomas Brandt explained, the taxes were postponed, “which sounds like a lot of money.”', 'lot of money').speaker, 'Tomas Brandt');
  });

  it('colon-subject: not the subject of a subordinate clause opening the sentence, nor a name after a preposition', () => {
    const text = 'When Tomas Brandt suggested that the county would sue, Ruth Okafor fired back forcefully: “If they sue us in court, they are going to lose.”';
    assert.equal(quoteOf(text, 'going to lose').speaker, 'Ruth Okafor');
    const on = 'Tomas Brandt spoke on Monday. Then, later that month on WXYZ: “I never said we made a mistake going into it.”';
    assert.notEqual(quoteOf(on, 'mistake').speaker, 'WXYZ');
  });

  it('paragraph-subject: a named subject only, not a pronoun', () => {
    const text = 'Ruth Okafor called the office from her kitchen.\n\nShe pauses.\n\n“Well, thank you so much for the call today.”';
    assert.equal(quoteOf(text, 'thank you').speaker, null);
  });

  it('cue-after: a quote closing a sentence whose own words attribute it leaves the next sentence alone', () => {
    const text = 'In a letter, Attorney General Ruth Okafor asserted that “trust in the police is broken.” Mayor Tomas Brandt said Wednesday he, too, wants an inquiry.';
    assert.equal(quoteOf(text, 'trust in the police').speaker, 'Ruth Okafor');
    // with no cue before it, the words after it may still name the speaker
    assert.equal(quoteOf('Ruth Okafor “backs the plan. Does that fly?” former adviser Tomas Brandt asked on the radio.', 'Does that fly').speaker, 'Tomas Brandt');
  });

  it('cue-before: a participle’s subject is never in the phrase that opens the sentence (`Like X, Y …`, `Early in …`)', () => {
    assert.equal(quoteOf('Like Tomas Brandt, Ruth Okafor rejected the plan, arguing that there is “room for the county” in it.', 'room for').speaker, 'Ruth Okafor');
    assert.equal(quoteOf('Early in the race, Ruth Okafor attacked the mayor, calling him “a failed candidate.”', 'failed').speaker, 'Ruth Okafor');
  });

  it('cue-before: the subject of a passive cue is who the words are about, not who says them', () => {
    assert.equal(quoteOf('The new mayor, Ruth Okafor, has been called the “Iron Lady of the East” for her plans.', 'Iron Lady').speaker, null);
  });

  it('pronoun: in its own sentence, a cue’s subject before the first name, and never a name that modifies a role', () => {
    const cross = 'Tomas Brandt and Ruth Okafor ran.\n\nWith a vote for Tomas Brandt ruled out, Peter Vance said he is left with one option: Ruth Okafor, whom he called “the most divisive figure in years.”';
    assert.equal(quoteOf(cross, 'divisive').speaker, 'Peter Vance');
    const role = 'Tomas Brandt ran.\n\nBrandt spokesman Peter Vance said the campaign will show that Brandt has “guiding principles to make decisions as mayor,” he said.';
    assert.equal(quoteOf(role, 'guiding').speaker, 'Peter Vance');
  });

  it('cue-after: a quote inside words that attribute it leaves a coordinated clause or a colon after it alone', () => {
    assert.equal(quoteOf('Tomas Brandt accuses the mayor of “leading from behind” and Ruth Okafor says she is “losing the city.”', 'leading').speaker, 'Tomas Brandt');
    const colon = 'After Tomas Brandt said that the students might do better at “less demanding schools,” Ruth Okafor said: “I do not like what he said.”';
    assert.equal(quoteOf(colon, 'less demanding').speaker, 'Tomas Brandt');
    assert.equal(quoteOf(colon, 'do not like').speaker, 'Ruth Okafor');
  });

  it('sentence-before: an apposition left open before the cue belongs to the name before its comma', () => {
    const text = 'The vote was close.\n\nTomas Brandt, the communications director for the Ohio Farmers Party said in a statement. “There are no paper ballots to recount. The caucuses were a unique event.”';
    assert.equal(quoteOf(text, 'paper ballots').speaker, 'Tomas Brandt');
  });

  it('a show or a work in title case as the object of `told`, `with`, `performed` is a title, with no speaker', () => {
    const told = '“We have to raise the budget,” Ruth Okafor told “Good Morning Ohio” after the vote.';
    assert.equal(quoteOf(told, 'Good Morning').kind, 'title');
    assert.equal(quoteOf(told, 'Good Morning').speaker, null);
    assert.equal(quoteOf('Tomas Brandt then performed “Song for the River Valley.”', 'River Valley').kind, 'title');
    // a sentence quoted after `told` is speech
    assert.equal(quoteOf('Ruth Okafor told “the whole county will hear about this” to anyone nearby.', 'whole county').kind === 'title', false);
  });

  it('sentence-subject: not the subject of a passive (`X was asked by Y, “…”`)', () => {
    const text = 'Ruth Okafor was asked by host Tomas Brandt, who backs her, “Now, you said you were tired of hearing about it. Are you still?”';
    assert.notEqual(quoteOf(text, 'tired of hearing').speaker, 'Ruth Okafor');
    // an active verb after the subject still names the speaker
    assert.equal(quoteOf('Ruth Okafor, for her part, is labeling the plan “a blatant abuse of power.”', 'blatant').speaker, 'Ruth Okafor');
  });

  it('cue-before: a participle after `with Name` is that name’s, and a party tag does not hide the sentence’s subject', () => {
    const withName = 'Both Tomas Brandt and Ruth Okafor saw the loss of the bridge during an unexpected Northern Valley counter-attack as a sign of disarray, with Okafor noting the absurdity of positioning “a couple of hundred volunteers here, a couple of hundred there” around the levee.';
    assert.equal(quoteOf(withName, 'couple of hundred').speaker, 'Ruth Okafor');
    const tagged = 'Sen. Dana Whitfield (D-Ohio) visited a local radio show to discuss her recent remarks about her rival, Tomas Brandt, saying “on his best day” he would be “a weaker mayor” than anyone.';
    assert.equal(quoteOf(tagged, 'best day').speaker, 'Dana Whitfield');
    assert.equal(quoteOf(tagged, 'weaker mayor').speaker, 'Dana Whitfield');
  });

  it('cue-before: a cue’s bare form after an article and a modifier is a noun (`a terse retort:`, `a Facebook comment`)', () => {
    const retort = 'Tomas Brandt praised the plan. Ruth Okafor delivered a terse retort: “Nobody is buying this. We are going to vote it down.”';
    assert.equal(quoteOf(retort, 'Nobody is buying').speaker, 'Ruth Okafor');
    const comment = 'Ruth Okafor immediately posted a Facebook comment of her own, saying, “We are so proud of the whole team tonight!”';
    assert.equal(quoteOf(comment, 'so proud').speaker, 'Ruth Okafor');
  });

  it('a past participle after `if` or `when` (`if asked`) and a passive after the quote (`was charged`) have no speaker', () => {
    const ifAsked = 'Ruth Okafor distanced herself from the movement by saying she would bring her skills to the Brandt Administration if asked.   “I am going to support him, and support him gladly – not because I agree with him on everything.”';
    assert.equal(quoteOf(ifAsked, 'support him gladly').speaker, 'Ruth Okafor');
    const passive = 'Mayor Tomas Brandt defended his press aide as a "very decent man" Tuesday, hours after the staffer was charged with battery in Ohio for allegedly pushing a photographer.';
    assert.equal(quoteOf(passive, 'very decent').speaker, 'Tomas Brandt');
  });

  it('cue-before: an inverted cue between commas inside the sentence names the speaker, not the sentence’s subject', () => {
    const text = 'Ruth Okafor led the county for a decade.\n\nThe secret of Okafor, says Tomas Brandt, a historian at the Ohio Valley Museum, is that she was "one of the most stubborn mayors of the era," not for her speeches but for her budgets.';
    assert.equal(quoteOf(text, 'stubborn mayors').speaker, 'Tomas Brandt');
  });

  it('titles: a long one after a work’s noun, and the second of two after `called … or` or `starred in … and`', () => {
    const book = '“We are not selling,” Ruth Okafor said, as recalled by Tomas Brandt in Dana Whitfield\'s book “Undertow: Ruth Okafor\'s Long Battle for the Soul of the Valley Water Board.” Okafor left the room.';
    assert.equal(quoteOf(book, 'Undertow').kind, 'title');
    assert.equal(quoteOf(book, 'Undertow').speaker, null);
    assert.equal(quoteOf('A troupe of students is staging a comedy called "Los Hijos del Rio," or "Sons of the River," in the Ohio Valley Theater.', 'Sons of').kind, 'title');
    assert.equal(quoteOf('Tomas Brandt, who has starred in “Night Shift” and “River Road,” posted the clip to his channel on Thursday.', 'River Road').kind, 'title');
  });

  it('name: a name cut after a title’s abbreviation (`former Ohio Gov. and …`) is no speaker, a surname that is also a title is', () => {
    assert.equal(quoteOf('“That is what he did in the last two races,” said former Ohio Gov. and Valley Party Chairman Tomas Brandt.', 'last two races').speaker, null);
    assert.equal(quoteOf('Dana King spoke to the crowd.\n\n“It is all about turnout,” Mr. King added.', 'turnout').speaker, 'Dana King');
  });

  it('pronoun: the subject of a sentence just before wins over an earlier speaker; an owner is no subject; a sentence the pronoun opens continues its chain', () => {
    const newcomer = '“We will win,” Tomas Brandt said on Monday.\n\nJoel Vance, 39, came from Ohio to join the rally.\n\n“We will stay,” he said.';
    assert.equal(quoteOf(newcomer, 'will stay').speaker, 'Joel Vance');
    assert.equal(quoteOf(newcomer, 'will stay').sieve, 'cue-after/pronoun-previous');
    const owner = '“We will win,” Tomas Brandt said on Monday.\n\nAs for Brandt’s promise, Joel Vance found comic relief in it. “I needed a laugh,” he said.';
    assert.equal(quoteOf(owner, 'needed a laugh').speaker, 'Joel Vance');
    const chain = '“We will win,” Tomas Brandt said on Monday. He also praised Joel Vance’s budget.\n\n“It is a good plan,” he said.';
    assert.equal(quoteOf(chain, 'good plan').speaker, 'Tomas Brandt');
  });

  it('a cue form after a hyphen ends a compound (`in-state`, `non-answer`), and `riffed` is a cue', () => {
    const inState = '"We have had offices in the county since last April," said Dana Whitfield, Okafor\'s in-state communications director, "and we have been building ties that last."';
    assert.equal(quoteOf(inState, 'building ties').speaker, 'Dana Whitfield');
    const riff = 'Ruth Okafor spoke first. "Tomas, let me help you out - the answer is no," the mayor riffed on Brandt\'s non-answer about the budget, drawing laughs.';
    assert.equal(quoteOf(riff, 'help you out').speaker, 'the mayor');
  });

  it('he/she skip a person whose given name has the other gender, also names the lexicon reads as words (`Bill`, `Frank`)', () => {
    const she = 'Mary Olsen chaired the meeting on Monday. Bill Tanner spoke first about the budget.\n\n"We are ready for the vote," she said.';
    assert.equal(quoteOf(she, 'ready for the vote').speaker, 'Mary Olsen');
    const he = 'Grace Whitfield chaired the meeting on Monday. Frank Dolan spoke first about the budget.\n\n"We are ready for the vote," he said.';
    assert.equal(quoteOf(he, 'ready for the vote').speaker, 'Frank Dolan');
  });
});
