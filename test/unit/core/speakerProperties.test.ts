// Property tests of the speaker invariants across entities, dates and attribution: a speaker whose words are a name is
// that name's cluster; no date or place is a speaker; a pronoun takes the nearest gender-compatible person and a plural
// one no single person; a cue and its speaker on two lines the segmenter joined still meet.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { analyze } from '../../../src/core/analyze';
import type { Analysis } from '../../../src/core/types';

const covers = (o: { start: number; end: number }, i: { start: number; end: number }) => o.start <= i.start && i.end <= o.end;
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

function checkSpeakers(text: string, a: Analysis): void {
  for (const q of a.quotes) {
    if (!q.speaker || !q.speakerSpan) continue;
    const named = a.entities.find(e => e.type !== 'place' && covers(e, q.speakerSpan!));
    if (named) {
      assert.equal(q.speakerCluster, named.cluster, `speaker of ${q.text} is not the cluster of ${named.text}`);
      assert.equal(q.speaker, a.clusters[named.cluster].canonical);
    }
    for (const d of a.dates) assert.ok(!overlaps(d, q.speakerSpan), `date ${d.text} is the speaker of ${q.text}`);
    const place = a.entities.find(e => e.type === 'place' && covers(e, q.speakerSpan!));
    assert.ok(!place || q.speakerCluster === undefined || a.clusters[q.speakerCluster].type !== 'place', `place ${place?.text} speaks ${q.text}`);
  }
}

const first = { m: ['Peter', 'David', 'John', 'Michael', 'Robert'], f: ['Mary', 'Susan', 'Linda', 'Karen', 'Elizabeth'] };
const last = ['Vance', 'Collins', 'Okafor', 'Brennan', 'Lindqvist', 'Hale'];
const times = ['on Saturday', 'after Saturday’s meeting', 'on March 3', 'last week', 'yesterday'];

describe('speaker invariants (property)', () => {
  it('a named speaker is its cluster and no date is a speaker (generated attributions)', () => {
    const sentence = fc.record({
      given: fc.constantFrom(...first.m, ...first.f), family: fc.constantFrom(...last), time: fc.constantFrom(...times),
      form: fc.nat(3), title: fc.constantFrom('', 'Mayor ', 'Sen. ', 'Democrat ', 'spokesman '),
    }).map(({ given, family, time, form, title }) => {
      const who = `${title}${given} ${family}`;
      return [`“We will win,” ${who} said ${time}.`, `${who} said ${time}: “We will win.”`,
        `“We will win,” said ${who} ${time}.`, `A spokesman for ${family} Corp said ${time}: “We will win.”`][form];
    });
    fc.assert(fc.property(fc.array(sentence, { minLength: 1, maxLength: 6 }), parts => {
      const text = parts.join('\n\n');
      checkSpeakers(text, analyze(text));
    }), { numRuns: 150 });
  });

  it('a named speaker is its cluster and no date is a speaker (every dump in the repo)', () => {
    for (const f of ['samples/city-council.txt', 'test/fixtures/harbor-week.news.txt', 'test/fixtures/riverside-dispatch.txt',
      'test/fixtures/no-dateline.txt', 'test/fixtures/ui/council.txt']) {
      const text = readFileSync(f, 'utf8');
      checkSpeakers(text, analyze(text));
    }
  });

  it('a pronoun takes the nearest person of its gender', () => {
    const pair = fc.record({
      he: fc.constantFrom(...first.m), she: fc.constantFrom(...first.f),
      a: fc.constantFrom(...last), b: fc.constantFrom(...last), manFirst: fc.boolean(), pronoun: fc.constantFrom('he', 'she'),
    }).filter(r => r.a !== r.b);
    fc.assert(fc.property(pair, ({ he, she, a, b, manFirst, pronoun }) => {
      const man = `${he} ${a}`, woman = `${she} ${b}`;
      const text = `${manFirst ? man : woman} met ${manFirst ? woman : man} on the pier. “It went well,” ${pronoun} said.`;
      const q = analyze(text).quotes[0];
      assert.equal(q.speaker, pronoun === 'he' ? man : woman, text);
    }), { numRuns: 100 });
  });

  it('a plural pronoun never takes one person: `they` is a body of the text or no one', () => {
    const scene = fc.record({
      he: fc.constantFrom(...first.m), she: fc.constantFrom(...first.f), a: fc.constantFrom(...last), b: fc.constantFrom(...last),
      body: fc.constantFrom('', 'the Harbor Workers Union', 'the harbor workers'), manFirst: fc.boolean(),
    }).filter(r => r.a !== r.b);
    fc.assert(fc.property(scene, ({ he, she, a, b, body, manFirst }) => {
      const man = `${he} ${a}`, woman = `${she} ${b}`;
      const met = body ? `${manFirst ? man : woman} met ${body}` : `${manFirst ? man : woman} met ${manFirst ? woman : man}`;
      const text = `${met} on the pier. “It went well,” they said.`;
      const q = analyze(text).quotes[0];
      assert.ok(q.speaker !== man && q.speaker !== woman, `${text} -> ${q.speaker}`);
      if (body === 'the Harbor Workers Union') assert.equal(q.speaker, 'Harbor Workers Union', text);
    }), { numRuns: 60 });
  });

  it('a cue at a line end and its speaker on the next line, joined by the segmenter, meet', () => {
    const split = fc.record({ given: fc.constantFrom(...first.f), family: fc.constantFrom(...last), title: fc.constantFrom('Mayor', 'Councillor', 'Dr.') });
    fc.assert(fc.property(split, ({ given, family, title }) => {
      const text = `The council met on the pier. “The ferry line will open in spring,” said\n${title} ${given} ${family}, who chairs the board.`;
      const a = analyze(text);
      assert.equal(a.blocks.filter(b => b.kind === 'article').length, 1, 'the segmenter joins the two lines');
      assert.equal(a.quotes[0].speaker, `${given} ${family}`);
    }), { numRuns: 30 });
  });
});

describe('speakers: hand-written cases', () => {
  const speakerOf = (text: string) => analyze(text).quotes[0]?.speaker;
  it('a date after the cue is never the speaker', () => {
    // the union's spokesman speaks for the union; the weekday after the cue is no subject
    const q = analyze('A spokesman for Unison said after Saturday’s meeting: “We will strike.”').quotes[0];
    assert.equal(q.speaker, 'Unison');
    assert.deepEqual(q.speakerSpan, { start: 16, end: 22 });
  });
  it('S&P is a speaker', () => assert.equal(speakerOf('“We expect the market to fall,” S&P said.'), 'S&P'));
  it('he is the man, not the woman mentioned last', () => assert.equal(speakerOf('Peter Vance met Mary Collins on Monday. “It went well,” he said.'), 'Peter Vance'));
  it('a role before a name makes a person, not a place', () => {
    const a = analyze('Yukos spokesman Mike Lake told reporters: “We will appeal.”');
    assert.equal(a.quotes[0].speaker, 'Mike Lake');
    assert.equal(a.entities.find(e => e.text === 'Mike Lake')?.type, 'person');
  });
  it('party labels and titles stay out of canonical names', () => {
    const a = analyze('Democrat Hillary Clinton said: “No.” Representatives James E. Clyburn said, “Yes.”');
    assert.deepEqual(a.quotes.map(q => q.speaker), ['Hillary Clinton', 'James E. Clyburn']);
  });
});
