import assert from 'node:assert/strict';
import { attributeQuotes, type AttributedQuote } from '../../../src/core/attribution';
import { findQuotes } from '../../../src/core/quotes';
import type { Block, Entity } from '../../../src/core/types';

function run(text: string, entities: Entity[] = [], blocks: Block[] = []): AttributedQuote[] {
  return attributeQuotes(text, findQuotes(text), entities, blocks);
}
/** The attributed quote whose text contains `snippet`. */
function quote(text: string, snippet: string, entities: Entity[] = [], blocks: Block[] = []): AttributedQuote {
  const q = run(text, entities, blocks).find(x => x.text.includes(snippet));
  assert.ok(q, `no quote with ${snippet}`);
  return q;
}

describe('attributeQuotes', () => {
  it('`“…,” X said` with the fullest earlier name and exact spans', () => {
    const text = 'Governor Maria Lindqvist signed the bill on Monday.\n\n“This is a good day for the state,” Lindqvist said.';
    const q = quote(text, 'good day');
    assert.equal(q.speaker, 'Maria Lindqvist');
    assert.equal(q.cue, 'said');
    assert.equal(q.kind, 'direct');
    assert.equal(text.slice(q.speakerSpan!.start, q.speakerSpan!.end), 'Lindqvist');
    assert.equal(text.slice(q.cueSpan!.start, q.cueSpan!.end), 'said');
  });

  it('`“…,” said X, a professor at …`', () => {
    const text = '“The data do not support that claim,” said Tomas Eriksen, a professor of economics at Norland University.';
    const q = quote(text, 'data do not');
    assert.equal(q.speaker, 'Tomas Eriksen');
    assert.equal(q.cue, 'said');
  });

  it('`X said: “…”` and `X told Reuters …`', () => {
    const a = 'Senator Paula Grant said: “We will not vote for this budget.”';
    assert.equal(quote(a, 'not vote').speaker, 'Paula Grant');
    const b = 'Harbour master Ian Tull told Reuters: “The port will reopen on Friday.”';
    const q = quote(b, 'port will');
    assert.equal(q.speaker, 'Ian Tull');
    assert.equal(q.cue, 'told Reuters');
  });

  it('a fragment inside reported speech is partial and attributed', () => {
    const text = 'Finance Minister Lena Hoff said the agreement could “lay the groundwork for a lasting recovery” in the region.';
    const q = quote(text, 'groundwork');
    assert.equal(q.kind, 'partial');
    assert.equal(q.speaker, 'Lena Hoff');
  });

  it('scare quotes and titles get no speaker', () => {
    const text = 'The two leaders announced a “no-limits” partnership. Later, Ms. Hoff said she had read the book “Winds of the North” twice.';
    const scare = quote(text, 'no-limits');
    assert.equal(scare.kind, 'scare');
    assert.equal(scare.speaker, null);
    const title = quote(text, 'Winds');
    assert.equal(title.kind, 'title');
    assert.equal(title.speaker, null);
    const song = 'The band said it would release a song called “Harbour Lights” in May.';
    assert.equal(quote(song, 'Harbour').kind, 'title');
    assert.equal(quote(song, 'Harbour').speaker, null);
    const show = 'Governor Ellen Marsh said on NBC’s “Morning Table” that the vote was close.';
    assert.equal(quote(show, 'Morning Table').kind, 'title');
  });

  it('`according to X` and cue verbs in other tenses', () => {
    const a = 'The river will crest on Sunday, according to hydrologist Ana Brandt, who called it “the highest level in a decade.”';
    assert.equal(quote(a, 'highest level').speaker, 'Ana Brandt');
    const b = 'Coach Dev Raman has repeatedly insisted that “nobody is bigger than the team.”';
    assert.equal(quote(b, 'nobody').speaker, 'Dev Raman');
    const c = '“We are saving lives,” Dr. Ines Koval is saying to anyone who will listen.';
    assert.equal(quote(c, 'saving lives').speaker, 'Ines Koval');
  });

  it('resolves `he said` to the most recent compatible person', () => {
    const text = 'Mayor Peter Vance met the striking drivers on Tuesday.\n\n“Nobody wants this to last,” he said.';
    const q = quote(text, 'Nobody wants');
    assert.equal(q.speaker, 'Peter Vance');
    assert.equal(text.slice(q.speakerSpan!.start, q.speakerSpan!.end), 'he');
  });

  it('resolves a title phrase to the person introduced with that title', () => {
    const text = 'Ukrainian President Volodymyr Zelenskyy met donors in Rome.\n\nThe Ukrainian leader warned that “winter will be hard for every family.”';
    assert.equal(quote(text, 'winter').speaker, 'Volodymyr Zelenskyy');
    const b = 'Sen. Rosa Delgado opposed the bill.\n\n“It is a giveaway,” the senator said.';
    assert.equal(quote(b, 'giveaway').speaker, 'Rosa Delgado');
  });

  it('lets organizations speak', () => {
    const text = '“The talks were constructive,” the Kremlin said in a statement.\n\nThe White House said it “welcomes any step toward peace.”';
    assert.equal(quote(text, 'constructive').speaker, 'Kremlin');
    assert.equal(quote(text, 'welcomes').speaker, 'White House');
  });

  it('keeps a description when no name is given', () => {
    const text = '“We expect a decision next week,” a spokesman for the campaign said.';
    assert.equal(quote(text, 'decision').speaker, 'a spokesman for the campaign');
  });

  it('continues a speaker turn into the next quote of the paragraph and the next paragraph', () => {
    const text = '“We are not done,” said Coach Hana Ito. “Not even close.”\n\n“The second half was ours.”\n\nThe team flies home on Sunday.';
    const qs = run(text);
    assert.deepEqual(qs.map(q => q.speaker), ['Hana Ito', 'Hana Ito', 'Hana Ito']);
  });

  it('takes the speaker of `X continued:` for the quote paragraph that follows', () => {
    const text = 'Ruth Abara spoke for an hour. Abara continued:\n\n“The clinic will stay open as long as I live.”';
    assert.equal(quote(text, 'clinic').speaker, 'Ruth Abara');
  });

  it('gives one speaker to a quote running over two paragraphs', () => {
    const text = 'The city hired an outside engineer in May. Engineer Carl Moss said: “The bridge is safe.\n\n“But the ramps need work.”';
    const qs = run(text);
    assert.equal(qs.length, 1);
    assert.equal(qs[0].speaker, 'Carl Moss');
  });

  it('prefers an entity cluster name that is fuller than the attribution', () => {
    const text = '“We will appeal,” Okoro said.';
    const at = text.indexOf('Okoro');
    const entities: Entity[] = [{ start: at, end: at + 5, text: 'Okoro', type: 'person', canonical: 'Adaeze Okoro', cluster: 0 }];
    assert.equal(quote(text, 'appeal', entities).speaker, 'Adaeze Okoro');
  });

  it('uses the people found by the entity pass as pronoun antecedents', () => {
    const text = 'Okonjo arrived late to the summit.\n\n“We are ready to sign,” she said.';
    assert.equal(quote(text, 'ready').speaker, null);
    const entities: Entity[] = [{ start: 0, end: 6, text: 'Okonjo', type: 'person', canonical: 'Ngozi Okonjo', cluster: 0 }];
    assert.equal(quote(text, 'ready', entities).speaker, 'Ngozi Okonjo');
  });

  it('strips titles from speaker names and resolves `Mr. X` to a later full name when no earlier one exists', () => {
    const text = '“It was a fair trial,” Mr. Halvorsen said.\n\nDefense lawyer Jon Halvorsen has practiced for 30 years.';
    assert.equal(quote(text, 'fair trial').speaker, 'Jon Halvorsen');
  });

  it('takes a tweet author from the signature and gives menu quotes no speaker', () => {
    const text = '“Proud of our volunteers today” https://t.co/abc\n— Lena Ruiz (@lenaruiz) May 16, 2024\n- “Latest” videos';
    const sig = text.indexOf('—');
    const menuAt = text.indexOf('- “Latest');
    const blocks: Block[] = [
      { start: 0, end: sig - 1, kind: 'tweet' },
      { start: sig, end: menuAt - 1, kind: 'tweet' },
      { start: menuAt, end: text.length, kind: 'menu' },
    ];
    assert.equal(quote(text, 'volunteers', [], blocks).speaker, 'Lena Ruiz');
    assert.equal(quote(text, 'Latest', [], blocks).speaker, null);
  });

  it('keeps offsets exact with CRLF line ends and emoji', () => {
    const text = 'Fans 🎉 waited.\r\n\r\n“We did it 🏆,” captain Sara Lind said.\r\n';
    const q = quote(text, 'did it');
    assert.equal(text.slice(q.start, q.end), q.text);
    assert.equal(text.slice(q.speakerSpan!.start, q.speakerSpan!.end), 'Sara Lind');
    assert.equal(q.speaker, 'Sara Lind');
  });

  it('does not attribute a quote whose only cue belongs to another sentence', () => {
    const text = 'The report was released on Monday. It described a “culture of silence” at the agency.';
    assert.equal(quote(text, 'culture').speaker, null);
  });

  it('reads long appositions, role words before names and inverted cues before a quote', () => {
    const a = '“The numbers are soft,” Marta Quist, a pollster who runs a small firm in Leeds, said on Tuesday.';
    assert.equal(quote(a, 'numbers').speaker, 'Marta Quist');
    const b = '“Nobody reads the fine print,” said Lisbon-based consumer lawyer Rui Matos.';
    assert.equal(quote(b, 'fine print').speaker, 'Rui Matos');
    const c = 'Tax adviser Omar Reyes was blunter. Said Reyes: “This plan is a mess.”';
    assert.equal(quote(c, 'mess').speaker, 'Omar Reyes');
    const d = 'Union leader Tilda Berg spoke outside. She’s claiming the deal is “a betrayal of every member.”';
    assert.equal(quote(d, 'betrayal').speaker, 'Tilda Berg');
  });

  it('treats `the Archbishop of X` as a description and a nickname before a full name as no part of it', () => {
    const a = 'The wedding was announced on Friday. “I am delighted,” the Archbishop of Wexford said.';
    assert.equal(quote(a, 'delighted').speaker, 'the Archbishop of Wexford');
    const b = 'Voters met Dana Whitfield in May. Critics mock “Sleepy Dana Whitfield” online.\n\n“I sleep fine,” Whitfield said.';
    assert.equal(quote(b, 'sleep fine').speaker, 'Dana Whitfield');
  });

  it('strips local-government titles from the speaker (Councillor, Alderman)', () => {
    const text = '“The bridge must wait,” said Councillor Ana Beltrán. “It will cost too much,” Alderman Joe Pike warned.';
    assert.equal(quote(text, 'The bridge').speaker, 'Ana Beltrán');
    assert.equal(quote(text, 'It will cost').speaker, 'Joe Pike');
  });

  it('does not take a capitalized noun that looks like a cue (`the United States`) for one', () => {
    const text = 'Ministers met in the United States, saying that “trade must stay open to everyone.”';
    assert.notEqual(quote(text, 'trade must').speaker, 'United');
  });

  // Speed is measured by `npm run bench`; here the test's time limit only guards against a hang or a quadratic pass.
  it('attributes 50,000 quotes', function () {
    this.timeout(30_000);
    const para = '“We will rebuild the market,” Mayor Ada Brook said. She added that the work would be “slow but steady.”\n\n';
    const text = para.repeat(25_000);
    const qs = run(text);
    assert.equal(qs.length, 50_000);
    assert.equal(qs[49_999].speaker, 'Ada Brook');
  });
});
