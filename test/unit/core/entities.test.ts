import assert from 'node:assert/strict';
import fc from 'fast-check';
import { SurfaceFacts } from '../../../src/core/clusters';
import { clusterEntities, findEntityMentions, type EntityMention } from '../../../src/core/entities';
import type { Entity } from '../../../src/core/types';
import { applyEdit, dump, edit } from './analyzeEdits.fixture';

/** What analyze() does: mentions per line with block-local offsets, then one document-wide clustering pass. */
function entities(text: string): Entity[] {
  const mentions: EntityMention[] = [];
  const lineBreak = /\r\n|\r|\n/g;
  let start = 0;
  for (;;) {
    const m = lineBreak.exec(text);
    const end = m ? m.index : text.length;
    for (const x of findEntityMentions(text.slice(start, end))) mentions.push({ ...x, start: x.start + start, end: x.end + start });
    if (!m) break;
    start = m.index + m[0].length;
  }
  const out = clusterEntities(text, mentions);
  for (const e of out) assert.equal(text.slice(e.start, e.end), e.text, `offsets of ${e.text}`);
  return out;
}
const texts = (es: Entity[], type?: string) => es.filter(e => !type || e.type === type).map(e => e.text);
const find = (es: Entity[], text: string) => es.filter(e => e.text === text);

describe('entities: spans', () => {
  it('keeps possessives, trailing punctuation and quote marks out of spans', () => {
    const es = entities('Putin’s visit to Beijing. “Xi Jinping,” an aide said, met President Macron\'s envoy in Paris; -Olaf Scholz was not there.');
    assert.deepEqual(texts(es, 'person'), ['Putin', 'Xi Jinping', 'Macron', 'Olaf Scholz']);
    assert.deepEqual(texts(es, 'place'), ['Beijing', 'Paris']);
  });

  it('leaves titles outside the person span but keeps abbreviation dots that belong to names', () => {
    const es = entities('President Vladimir V. Putin of Russia met Secretary of State Antony J. Blinken and executives of Ford Motor Co. in the U.S. capital.');
    assert.deepEqual(texts(es, 'person'), ['Vladimir V. Putin', 'Antony J. Blinken']);
    assert.ok(texts(es, 'organization').includes('Ford Motor Co.'));
    assert.ok(texts(es, 'place').includes('U.S.'));
  });

  it('splits a body or country from the titled person after it', () => {
    const es = entities('U.S. Treasury Secretary Janet L. Yellen met Chicago Cardinal Blase Cupich. Ms. Yellen smiled.');
    assert.deepEqual(es.map(e => `${e.type}:${e.text}=${e.canonical}`), ['organization:U.S. Treasury=U.S. Treasury', 'person:Janet L. Yellen=Janet L. Yellen',
      'place:Chicago=Chicago', 'person:Blase Cupich=Blase Cupich', 'person:Yellen=Janet L. Yellen']);
  });

  it('types places, organizations and people from the words around them', () => {
    const es = entities('Shares of Acme Holdings Inc rose on the Tokyo exchange, the Ministry of Finance said, after coach Pelle Svanstrom resigned in Kirovabad.');
    assert.deepEqual(find(es, 'Acme Holdings Inc').map(e => e.type), ['organization']);
    assert.deepEqual(find(es, 'Ministry of Finance').map(e => e.type), ['organization']);
    assert.deepEqual(find(es, 'Pelle Svanstrom').map(e => e.type), ['person']);
    assert.deepEqual(find(es, 'Kirovabad').map(e => e.type), ['place']);
  });

  it('knows well-known places written with accents', () => {
    const es = entities('Fans in São Paulo and Zürich cheered, while officials in Bogotá stayed quiet.');
    assert.deepEqual(es.map(e => `${e.type}:${e.text}`), ['place:São Paulo', 'place:Zürich', 'place:Bogotá']);
  });

  it('takes the capitals opening an agency-style dateline for a place (`LAKEMONT —`, `BOSTON (AP) —`)', () => {
    const es = entities('LAKEMONT — The town council met on Tuesday.\nBOSTON (AP) — Officials said little.\nBREAKING — Nothing here.');
    assert.deepEqual(texts(es, 'place'), ['LAKEMONT', 'BOSTON']);
  });

  it('names a place from a capitals dateline as the text writes it elsewhere', () => {
    const es = entities('HARBOR CITY — The ferry sails at dawn.\nResidents of Harbor City cheered.');
    assert.deepEqual(es.filter(e => e.type === 'place').map(e => [e.text, e.canonical]), [['HARBOR CITY', 'Harbor City'], ['Harbor City', 'Harbor City']]);
  });

  it('reads capitalised headlines and datelines without taking every word for a name', () => {
    const es = entities('SOCCER - KOVALENKO NAMED AS UKRAINE CAPTAIN.\nKIEV 1996-08-30\nMidfielder Oleh Kovalenko was named captain of Ukraine on Friday.');
    assert.deepEqual(es.map(e => `${e.type}:${e.text}`), ['person:KOVALENKO', 'place:UKRAINE', 'place:KIEV', 'person:Oleh Kovalenko', 'place:Ukraine']);
  });
});

describe('entities: clusters', () => {
  it('joins President X, Mr. X and a bare surname to the full name, canonical without titles', () => {
    const es = entities('President Vladimir V. Putin arrived on Thursday.\nMr. Putin smiled. Later Putin left, and Vladimir Putin was seen in Moscow.');
    const people = es.filter(e => e.type === 'person');
    assert.deepEqual(people.map(e => e.text), ['Vladimir V. Putin', 'Putin', 'Putin', 'Vladimir Putin']);
    for (const p of people) assert.equal(p.canonical, 'Vladimir V. Putin');
  });

  it('links Mr. Xi to Xi Jinping: the family name comes first', () => {
    const es = entities('China’s leader, Xi Jinping, hosted the talks.\n“We are friends,” Mr. Xi said.');
    assert.deepEqual(es.filter(e => e.type === 'person').map(e => [e.text, e.canonical]), [['Xi Jinping', 'Xi Jinping'], ['Xi', 'Xi Jinping']]);
  });

  it('links Ms. Surname and Mrs. Surname to the nearest earlier person of that name', () => {
    const es = entities('Bill Clinton spoke first. Then Hillary Clinton took the stage, and Mrs. Clinton said she was ready.\nLater Bill Clinton returned. Mr. Clinton waved. Ana Rivera, a spokeswoman, and Ms. Rivera declined to comment.');
    const linked = es.filter(e => e.type === 'person').map(e => `${e.text}=${e.canonical}`);
    assert.deepEqual(linked, ['Bill Clinton=Bill Clinton', 'Hillary Clinton=Hillary Clinton', 'Clinton=Hillary Clinton',
      'Bill Clinton=Bill Clinton', 'Clinton=Bill Clinton', 'Ana Rivera=Ana Rivera', 'Rivera=Ana Rivera']);
  });

  it('keeps Mr. Surname apart when the only full name of that surname is a woman\'s', () => {
    const es = entities('Greta Lindqvist opened the gallery on Friday.\nMr. Lindqvist, her husband, gave a speech. Ms. Lindqvist thanked him.');
    assert.deepEqual(es.filter(e => e.type === 'person').map(e => `${e.text}=${e.canonical}`),
      ['Greta Lindqvist=Greta Lindqvist', 'Lindqvist=Lindqvist', 'Lindqvist=Greta Lindqvist']);
  });

  it('joins `the Post` to the body named in full before it by that head word, not `the House` to `White House`', () => {
    const es = entities('The Harbor Ledger broke the story on Monday.\nThe mayor had resigned, the Ledger said.');
    assert.deepEqual(es.filter(e => e.type === 'organization').map(e => `${e.text}=${e.canonical}`),
      ['Harbor Ledger=Harbor Ledger', 'Ledger=Harbor Ledger']);
    assert.equal(new Set(es.filter(e => e.type === 'organization').map(e => e.cluster)).size, 1);
    const house = entities('The White House declined to comment.\nThe bill passed the House on Friday.');
    assert.ok(house.every(e => e.text !== 'House' || e.canonical === 'House'));
  });

  it('joins a two-word surname to the full name that ends with it', () => {
    // the clustering alone, on mentions given by hand (the tagger types `Aung San Suu Kyi` as an organization)
    const text = 'Aung San Suu Kyi addressed supporters in Rangoon.\nSuu Kyi said the talks would go on.';
    const es = clusterEntities(text, [{ start: 0, end: 16, type: 'person' }, { start: 41, end: 48, type: 'place' }, { start: 50, end: 57, type: 'person' }]);
    assert.deepEqual(es.filter(e => e.type === 'person').map(e => `${e.text}=${e.canonical}`), ['Aung San Suu Kyi=Aung San Suu Kyi', 'Suu Kyi=Aung San Suu Kyi']);
  });

  it('uses Mr. and Mrs. to choose between two people of the same surname, else the one mentioned most', () => {
    const es = entities('Bill Clinton and Hillary Clinton arrived together. Mr. Clinton spoke first.\nHillary Clinton answered questions, and Clinton said she would return.');
    const linked = es.filter(e => e.text === 'Clinton').map(e => e.canonical);
    assert.deepEqual(linked, ['Bill Clinton', 'Hillary Clinton']);
  });

  it('confirms a sentence-initial surname and a headline name by the full name elsewhere in the document', () => {
    const es = entities('MARTINEZ TO LEAD THE PANEL\nCarla Martinez will chair the inquiry.\nMartinez, 54, is a former judge.');
    assert.deepEqual(es.map(e => `${e.type}:${e.text}=${e.canonical}`), ['person:MARTINEZ=Carla Martinez', 'person:Carla Martinez=Carla Martinez', 'person:Martinez=Carla Martinez']);
  });

  it('keeps a nickname or label before a full name out of its canonical form, whichever comes first', () => {
    const es = entities('Supporters booed Sneaky Maria Lopez on Monday.\nMaria Lopez said it would fail. Lopez left early.');
    assert.deepEqual(es.filter(e => e.type === 'person').map(e => `${e.text}=${e.canonical}`),
      ['Sneaky Maria Lopez=Maria Lopez', 'Maria Lopez=Maria Lopez', 'Lopez=Maria Lopez']);
    const later = entities('Maria Lopez spoke first. Her opponent kept calling her Sneaky Maria Lopez.');
    assert.deepEqual(later.filter(e => e.type === 'person').map(e => e.canonical), ['Maria Lopez', 'Maria Lopez']);
  });

  it('still takes a longer given name as the fullest form', () => {
    const es = entities('Ann Marie Keller opened the session.\nMarie Keller, 61, said little.');
    assert.deepEqual(es.filter(e => e.type === 'person').map(e => e.canonical), ['Ann Marie Keller', 'Ann Marie Keller']);
  });

  it('uses the fullest name seen as canonical even when the surname came first', () => {
    const es = entities('Okafor scored twice.\nThe striker, Emeka J. Okafor, was named man of the match; coach Ruth Daniels praised Okafor.');
    for (const e of es.filter(x => x.type === 'person' && /Okafor/.test(x.text))) assert.equal(e.canonical, 'Emeka J. Okafor');
  });
});

describe('entities: what is not a person', () => {
  it('does not take the Kremlin, Western, Credit, days, months or nationalities for people', () => {
    const es = entities('The Kremlin said on Monday that Western sanctions had failed.\nRussian and American officials met in May.\nCredit: Reuters');
    assert.deepEqual(texts(es, 'person'), []);
    assert.deepEqual(find(es, 'Kremlin').map(e => e.type), ['organization']);
    for (const w of ['Western', 'Monday', 'Russian', 'American', 'May', 'Credit']) assert.deepEqual(find(es, w), [], w);
  });

  it('does not take a title-case headline such as Putin-Xi Summit for a person', () => {
    const es = entities('Putin-Xi Summit Ends With Pledges of Deeper Ties\nVladimir Putin and Xi Jinping signed a statement.');
    assert.deepEqual(texts(es, 'person'), ['Vladimir Putin', 'Xi Jinping']);
  });

  it('drops capitalised sentence openers and titles of works', () => {
    const es = entities('But Dana Whitfield disagreed. Meanwhile the film About Schmidt and The Motorcycle Diaries were nominated.');
    assert.deepEqual(texts(es, 'person'), ['Dana Whitfield']);
  });
});

describe('entities: bodies, handles and local titles', () => {
  it('reads a name after "the", a newspaper and a body with "and" inside as organizations', () => {
    const es = entities('The Harbor Ledger reported that the Securities and Exchange Commission had opened an inquiry into Bellweather Partners.');
    assert.deepEqual(es.map(e => `${e.type}:${e.text}`), ['organization:Harbor Ledger', 'organization:Securities and Exchange Commission', 'organization:Bellweather Partners']);
  });

  it('keeps local-government titles out of spans and ignores handles and links', () => {
    const es = entities('Councilman Tom Okafor voted no.\n— Elena Vasquez (@MayorVasquez) March 15, 2025 https://t.co/AbC123 via NewsWire.com');
    assert.deepEqual(texts(es), ['Tom Okafor', 'Elena Vasquez']);
  });

  it('keeps companies written in CamelCase and with an ampersand out of people', () => {
    const es = entities('Former WorldCom boss Bernard Ebbers sold shares of Procter & Gamble and PayPal.');
    assert.deepEqual(es.map(e => `${e.type}:${e.text}`), ['organization:WorldCom', 'person:Bernard Ebbers', 'organization:Procter & Gamble', 'organization:PayPal']);
  });
});

describe('entities: photo credits', () => {
  it('finds the photographer in a glued credit and in a Photo: line', () => {
    const es = entities('The leaders walked past a band at the start of a visit.CreditCredit…Jane Roe/Agence France-Presse\nPhoto: Tomas Lindqvist/AP');
    assert.deepEqual(texts(es, 'person'), ['Jane Roe', 'Tomas Lindqvist']);
    assert.ok(!es.some(e => /Credit/.test(e.text)));
    assert.deepEqual(find(es, 'Agence France-Presse').map(e => e.type), ['organization']);
  });
});

describe('entities: sports', () => {
  it('reads clubs in a results table as organizations and countries as places', () => {
    const es = entities('SOCCER - ENGLISH LEAGUE RESULTS.\nLONDON 1996-08-31\nResults of English league matches on Saturday:\nChelsea 2 Middlesbrough 0\nLiverpool 1 Everton 1\nEngland 3 Moldova 0');
    for (const club of ['Chelsea', 'Middlesbrough', 'Liverpool', 'Everton']) assert.deepEqual(find(es, club).map(e => e.type), ['organization'], club);
    assert.deepEqual(find(es, 'England').map(e => e.type), ['place']);
    assert.deepEqual(find(es, 'LONDON').map(e => e.type), ['place']);
  });
});

describe('entities: awkward input', () => {
  it('keeps exact UTF-16 offsets next to emoji, flags and CRLF line ends', () => {
    const text = '🇺🇸 Joe Biden 👋🏽 met Xi Jinping😀 in Beijing.\r\nMr. Xi replied.\r\n';
    const es = entities(text);
    assert.deepEqual(es.map(e => e.text), ['Joe Biden', 'Xi Jinping', 'Beijing', 'Xi']);
    assert.equal(es[3].canonical, 'Xi Jinping');
    assert.equal(es[3].start, text.indexOf('Xi replied'));
  });

  it('survives empty, all-caps, right-to-left and non-Latin text', () => {
    assert.deepEqual(findEntityMentions(''), []);
    assert.deepEqual(clusterEntities('', []), []);
    const caps = entities('THE PRIME MINISTER MET PRESIDENT JOE BIDEN IN WASHINGTON ON TUESDAY.');
    assert.ok(caps.some(e => e.text === 'WASHINGTON' && e.type === 'place'));
    const rtl = entities('قال الرئيس محمود عباس إن Mahmoud Abbas visited Paris');
    assert.deepEqual(rtl.map(e => e.text), ['Mahmoud Abbas', 'Paris']);
    entities('Владимир Путин встретился с Си Цзиньпином в Пекине. 習近平は北京にいた。');
  });

  // Speed is measured by `npm run bench`; here the test's time limit only guards against a hang or a quadratic pass.
  it('handles a 5 MB single line', function () {
    this.timeout(60_000);
    const sentence = 'Chancellor Olaf Scholz met Ana Rivera of Acme Holdings Inc in Berlin on Monday, officials said. ';
    const text = sentence.repeat(Math.ceil(5_000_000 / sentence.length));
    const es = entities(text);
    assert.ok(es.length > 150_000);
    assert.equal(es.at(-1)!.text, 'Berlin');
  });
});

describe('entities: clustering again after an edit', () => {
  /** Every line's mentions at document offsets, as `entities` gathers them. */
  function mentionsOf(text: string): EntityMention[] {
    const mentions: EntityMention[] = [];
    let start = 0;
    for (const line of text.split('\n')) {
      for (const x of findEntityMentions(line)) mentions.push({ ...x, start: x.start + start, end: x.end + start });
      start += line.length + 1;
    }
    return mentions;
  }

  it('gives the entities a first clustering gives, with the texts, written forms and entities of an earlier one', () => {
    fc.assert(
      fc.property(dump, edit, fc.nat(4), (text, e, dropped) => {
        const surfaces = new SurfaceFacts();
        const edited = applyEdit(text, e);
        const mentions = mentionsOf(edited);
        // earlier entities: of the text before the edit, or of the same text with some mentions missing, whose clusters
        // are numbered differently
        const before = dropped === 0
          ? clusterEntities(text, mentionsOf(text), { surfaces })
          : clusterEntities(edited, mentions.filter((_, i) => i % 5 !== dropped), { surfaces });
        const written = mentions.map(m => edited.slice(m.start, m.end));
        const again = clusterEntities(edited, mentions, { surfaces, written, previous: before });
        assert.deepEqual(again, clusterEntities(edited, mentions));
      }),
      { numRuns: 40 },
    );
  });
});
