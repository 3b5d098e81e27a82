// Property-based checks of the engine over random and mutated news text: it never throws, every span slices the
// text exactly, results are deterministic and independent of line endings, and spans of one kind never overlap.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { analyze } from '../../../src/core/analyze';
import type { Analysis } from '../../../src/core/types';

// Paragraphs of the fictional dumps in the repo: the sample and the editor tests' fixtures.
const dumps = ['samples/city-council.txt', 'test/fixtures/harbor-week.news.txt', 'test/fixtures/riverside-dispatch.txt',
  'test/fixtures/no-dateline.txt', 'test/fixtures/ui/council.txt'];
const paragraphs = dumps.flatMap(f => readFileSync(f, 'utf8').split(/\r?\n/)).filter(l => l.trim());

const newsWords = [
  'said', 'told', 'Mayor', 'Elena', 'Vasquez', 'Mr.', 'Okafor', 'the', 'council', 'on', 'Thursday', 'last', 'week',
  'March', '14,', '2025', 'Harbor', 'City', 'Reuters', 'according', 'to', 'he', 'she', 'warned', '—', '-', '“', '”',
  '"', "'", '‘', '’', '(@handle)', 'https://t.co/x1', '02:44', '7:51', 'AM', 'EDT', '/', '$240', 'billion', '😀',
  '𝒳', 'שלום', 'مرحبا', 'ÉCOLE', 'Zoë', '.', ',', ':', 'Credit', 'Photos', 'in', 'November', 'will', 'meet',
];
const word = fc.constantFrom(...newsWords);
const separator = fc.constantFrom(' ', ' ', ' ', '\n', '\n\n', '\r\n', '\t', '');
const newsText = fc.array(fc.tuple(word, separator), { maxLength: 80 }).map(parts => parts.map(([w, s]) => w + s).join(''));

/** Real paragraphs cut, duplicated, shuffled, with quotes and dashes dropped in and line endings changed. */
const mutatedText = fc
  .record({
    picks: fc.array(fc.nat(paragraphs.length - 1), { minLength: 1, maxLength: 12 }),
    cuts: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 3 }),
    inserts: fc.array(fc.tuple(fc.nat(), fc.constantFrom('“', '”', '"', '—', '‘', '\n', '😀')), { maxLength: 6 }),
    crlf: fc.boolean(),
    blankLines: fc.boolean(),
  })
  .map(({ picks, cuts, inserts, crlf, blankLines }) => {
    let text = picks.map(i => paragraphs[i]).join(blankLines ? '\n\n' : '\n');
    for (const [a, b] of cuts) {
      const from = a % (text.length + 1);
      text = text.slice(0, from) + text.slice(Math.min(text.length, from + (b % 40)));
    }
    for (const [at, mark] of inserts) {
      const i = at % (text.length + 1);
      text = text.slice(0, i) + mark + text.slice(i);
    }
    return crlf ? text.replace(/\r?\n/g, '\r\n') : text;
  });

function checkSpans(text: string, a: Analysis): void {
  for (const group of [a.entities, a.dates, a.quotes] as { start: number; end: number; text: string }[][]) {
    const sorted = [...group].sort((x, y) => x.start - y.start);
    for (const [i, s] of sorted.entries()) {
      assert.ok(s.start >= 0 && s.start < s.end && s.end <= text.length, `span ${s.start}-${s.end} out of range`);
      assert.equal(text.slice(s.start, s.end), s.text);
      if (i > 0) assert.ok(sorted[i - 1].end <= s.start, `overlapping spans "${sorted[i - 1].text}" and "${s.text}"`);
    }
  }
  for (const b of a.blocks) assert.ok(b.start >= 0 && b.start <= b.end && b.end <= text.length);
}

/** What the user sees of an analysis, with offsets mapped back from CRLF text to the LF text. */
function annotations(a: Analysis, toLf: (offset: number) => number) {
  return {
    entities: a.entities.map(e => [toLf(e.start), toLf(e.end), e.type, e.canonical]),
    dates: a.dates.map(d => [toLf(d.start), toLf(d.end), d.value]),
    quotes: a.quotes.map(q => [toLf(q.start), toLf(q.end), q.kind, q.speaker, q.cue]),
    speakers: a.speakers,
  };
}

describe('engine properties', () => {
  it('never throws, and every span slices the text exactly without overlaps (random news-like text)', () => {
    fc.assert(fc.property(newsText, text => checkSpans(text, analyze(text))), { numRuns: 150 });
  });

  it('never throws on mutated real text (cut, duplicated, shuffled, quotes and dashes inserted)', () => {
    fc.assert(fc.property(mutatedText, text => checkSpans(text, analyze(text))), { numRuns: 80 });
  });

  it('is deterministic', () => {
    fc.assert(fc.property(mutatedText, text => assert.deepEqual(analyze(text), analyze(text))), { numRuns: 30 });
  });

  it('gives the same annotations for LF and CRLF versions of a text', () => {
    const lfText = mutatedText.map(t => t.replace(/\r\n/g, '\n'));
    fc.assert(
      fc.property(lfText, lf => {
        const crlf = lf.replace(/\n/g, '\r\n');
        // In the CRLF text, each line break before an offset adds one code unit.
        const crPositions: number[] = [];
        for (let i = 0; i < crlf.length; i++) if (crlf[i] === '\r') crPositions.push(i);
        const toLf = (offset: number) => offset - crPositions.filter(p => p < offset).length;
        assert.deepEqual(annotations(analyze(crlf), toLf), annotations(analyze(lf), o => o));
      }),
      { numRuns: 40 },
    );
  });
});
