import assert from 'node:assert/strict';
import fc from 'fast-check';
import { MODEL } from '../../../../src/core/names/model';
import { TAG_COUNT, allowed, decodeModel, decodeWindow, featuresOf, findEntityMentions, spansOf } from '../../../../src/core/names/tagger';

const found = (text: string) => findEntityMentions(text).map(m => `${m.type}:${text.slice(m.start, m.end)}`);

describe('name tagger: BILOU', () => {
  it('allows a name to open only with B or U and to close only with L or U', () => {
    // tags: 0 O; person B=1 I=2 L=3 U=4; organization B=5 …; place B=9 …
    assert.equal(TAG_COUNT, 13);
    assert.ok(allowed(-1, 1) && allowed(-1, 4) && allowed(-1, 0));
    assert.ok(!allowed(-1, 2) && !allowed(-1, 3));
    assert.ok(allowed(1, 2) && allowed(1, 3) && !allowed(1, 7) && !allowed(1, 0));
    assert.ok(allowed(3, TAG_COUNT) && allowed(4, TAG_COUNT) && !allowed(1, TAG_COUNT));
  });

  it('reads spans back from tags', () => {
    assert.deepEqual(spansOf([{ a: 2, b: 5 }], [[1, 3, 0, 12]]), [[2, 3, 'person'], [5, 5, 'place']]);
  });
});

describe('name tagger: misses of the rules in modern news', () => {
  it('keeps titles and bodies out of a person', () => {
    assert.deepEqual(found('Environment Minister Karl Brandt said the plan would work.'), ['person:Karl Brandt']);
    assert.deepEqual(found('NASA Administrator Carl Weston thanked the crew.'), ['organization:NASA', 'person:Carl Weston']);
    assert.deepEqual(found('Oversight Chairman Jason Chaffetz said it was bad.'), ['person:Jason Chaffetz']);
    assert.deepEqual(found('Former DNC Chairman Don Fowler said so.'), ['organization:DNC', 'person:Don Fowler']);
  });

  it('reads a US state as a place, not a person', () => {
    assert.deepEqual(found('Governor Dana Pruitt of Virginia said the state would sue.'), ['person:Dana Pruitt', 'place:Virginia']);
  });

  it('lets a photo credit name the photographer and the agency', () => {
    assert.deepEqual(found('Crowds at the gate.Credit…Mara Lind/Nordic Press Agency'), ['person:Mara Lind', 'organization:Nordic Press Agency']);
  });

  it('keeps a particle that opens a sentence inside the name after it', () => {
    assert.deepEqual(found('“We will stay,” Le Pen told reporters in Lyon.'), ['person:Le Pen', 'place:Lyon']);
    assert.deepEqual(found('De Gaulle said nothing. Van Hollen agreed.'), ['person:De Gaulle', 'person:Van Hollen']);
  });

  it('takes the lower-case particles before a surname into the name, with the given name before them', () => {
    assert.deepEqual(found('After the vote, van Dalen said he would help.'), ['person:van Dalen']);
    assert.deepEqual(found('The film by Guillermo del Toro won.'), ['person:Guillermo del Toro']);
    assert.deepEqual(found('Officials in Ciudad de Mexico said no.'), ['organization:Ciudad de Mexico']);
  });

  it('keeps a given name that is also a word at the start of a sentence, but not in a question', () => {
    assert.deepEqual(found('Rich Pellow, a veteran organizer, said the drive would go on.'), ['person:Rich Pellow']);
    assert.deepEqual(found('Will Obama sign the bill? Nobody knows.'), ['person:Obama']);
    assert.deepEqual(found('Rich Americans paid more.'), []);
  });

  it('leaves a headline\'s verb or a caption\'s noun after a name out of it', () => {
    assert.deepEqual(found('Lindqvist Sees \'Grave Risk\' if Talks Fail.'), ['person:Lindqvist']);
    assert.deepEqual(found('Video: Governor Dana Pruitt Speech at Harbor Hall'), ['person:Dana Pruitt', 'place:Harbor Hall']);
    assert.deepEqual(found('Tom Hopes and Ann Tells met on Monday.'), ['person:Tom Hopes', 'person:Ann Tells']);
  });

  it('leaves a lead-in word and the article after it out of the body that follows (`As The … reported`)', () => {
    assert.deepEqual(found('As The Harbor Ledger reported, the mayor resigned.'), ['organization:Harbor Ledger']);
    assert.deepEqual(found('Under Armour said sales rose.'), ['organization:Under Armour']);
    assert.deepEqual(found('As The Hague said, the court met.'), ['place:The Hague']);
  });

  it('leaves an adverb the lexicon lacks out of the name after it, but not a given name that ends like one', () => {
    assert.deepEqual(found('Interestingly Kessling, a wealthy industrialist, became the voice of a party.'), ['person:Kessling']);
    assert.deepEqual(found('Kelly Marsh said no.').map(x => x.replace(/^\w+:/, '')), ['Kelly Marsh']);
  });

  it('finds no name in a handle or a web address', () => {
    assert.deepEqual(found('via @GreenLedger and www.GreenLedger.com'), []);
  });
});

describe('name tagger: decoding', () => {
  // words of names, titles, glue and sentence words, so that windows of several tokens are common
  const words = ['Mayor', 'Elena', 'Vasquez', 'Bank', 'of', 'England', 'said', 'the', 'The', 'New', 'York', 'Times', 'U.S.', 'Mr.',
    'Putin', 'met', 'Xi', 'in', 'Paris', 'Ford', 'Motor', 'Co.', 'on', 'Monday', '2005', ',', '.', '“', '”', 'Élise', 'O’Neill', '\n'];
  const sentence = fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 30 }).map(ws => ws.join(' '));

  it('scores a word\'s own features once per word as summing every feature of every token would', () => {
    const weights = decodeModel(MODEL);
    fc.assert(fc.property(sentence, text => {
      const { features } = featuresOf(text);
      const everyFeature = { ...features, words: [] };
      for (const w of features.windows) assert.deepEqual(decodeWindow(features, w, weights), decodeWindow(everyFeature, w, weights));
    }), { numRuns: 300 });
  });
});
