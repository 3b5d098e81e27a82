import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { analyze, Analyzer } from '../../../src/core/analyze';
import { applyEdit, dump, edit, nameEdit, nameEditSteps, sentences } from './analyzeEdits.fixture';

const sample = readFileSync('samples/city-council.txt', 'utf8');

describe('analyze', () => {
  it('returns the news-lens/2 schema with offsets that slice the text exactly', () => {
    const a = analyze(sample);
    assert.equal(a.schema, 'news-lens/2');
    for (const span of [...a.entities, ...a.dates, ...a.quotes]) assert.equal(sample.slice(span.start, span.end), span.text);
    assert.ok(a.quotes.length >= 5);
  });

  it('gives the same result from a cached analyzer after a one-character edit elsewhere', () => {
    const analyzer = new Analyzer();
    analyzer.analyze(sample);
    const edited = sample.replace('packed a community hall', 'packed a community halls');
    assert.deepEqual(analyzer.analyze(edited), analyze(edited));
  });

  it('handles empty and whitespace-only text', () => {
    for (const t of ['', ' \n\r\n\t ']) {
      const a = analyze(t);
      assert.deepEqual([a.entities.length, a.dates.length, a.quotes.length], [0, 0, 0]);
    }
  });
});

describe('Analyzer after edits', () => {
  it('gives, after any sequence of edits, the analysis a fresh analyze gives the new text', function () {
    this.timeout(180_000); // a hang guard: 150 dumps, each analyzed afresh after every edit
    fc.assert(
      fc.property(dump, fc.array(edit, { minLength: 1, maxLength: 6 }), (text, edits) => {
        const analyzer = new Analyzer();
        analyzer.analyze(text);
        for (const e of edits) {
          text = applyEdit(text, e);
          assert.deepEqual(analyzer.analyze(text), analyze(text));
        }
      }),
      { numRuns: 150 },
    );
  });

  it('gives, after every key of a sentence typed anywhere, the analysis a fresh analyze gives', function () {
    this.timeout(300_000); // a hang guard
    fc.assert(
      fc.property(dump, fc.nat(), fc.nat(sentences.length - 1), (text, position, which) => {
        const analyzer = new Analyzer();
        analyzer.analyze(text);
        const at = position % (text.length + 1);
        const sentence = sentences[which];
        for (let n = 1; n <= sentence.length; n++) {
          const typed = text.slice(0, at) + sentence.slice(0, n) + text.slice(at);
          assert.deepEqual(analyzer.analyze(typed), analyze(typed));
        }
      }),
      { numRuns: 12 },
    );
  });

  it('gives the analysis a fresh analyze gives after edits at the edges of names, which change what retyping reads of them', function () {
    this.timeout(300_000); // a hang guard
    fc.assert(
      fc.property(dump, fc.array(fc.tuple(fc.nat(), fc.boolean(), edit), { minLength: 2, maxLength: 8 }), (text, edits) => {
        const analyzer = new Analyzer();
        let entities = analyzer.analyze(text).entities;
        for (const [which, atEnd, e] of edits) {
          // just before or just after a name the analysis found: the words around a mention are part of its evidence
          const name = entities[which % Math.max(1, entities.length)];
          const at = name ? (atEnd ? name.end : name.start) : e.at;
          text = applyEdit(text, { ...e, at, remove: Math.min(e.remove, 3) });
          const fresh = analyze(text);
          assert.deepEqual(analyzer.analyze(text), fresh);
          entities = fresh.entities;
        }
      }),
      { numRuns: 40 },
    );
  });

  it('gives the analysis a fresh analyze gives after edits that add, remove, merge or split names, or change a dateline', function () {
    this.timeout(300_000); // a hang guard
    fc.assert(
      fc.property(dump, fc.array(fc.tuple(nameEdit, fc.nat(), fc.nat()), { minLength: 1, maxLength: 6 }), (text, edits) => {
        const analyzer = new Analyzer();
        let analysis = analyzer.analyze(text);
        for (const [kind, which, other] of edits) {
          for (const step of nameEditSteps(text, analysis, kind, which, other)) {
            text = step;
            analysis = analyze(text);
            assert.deepEqual(analyzer.analyze(text), analysis);
          }
        }
      }),
      { numRuns: 40 },
    );
  });

  it('keeps a name before an edit in its place when a mention before it in the same paragraph is dropped', () => {
    // the edit splits a line after `Lakemont`; the one-letter line `P` above it stops being a mention, so clustering
    // runs again for that paragraph, and `Lakemont`, unchanged but before the edit, must not move by the edit's length
    const analyzer = new Analyzer();
    const text = 'Harbor Council Delays Ferry Vote\nLAKEMONT, Monday, March 4, 2024 (AP) —\n\nThe council said on Tuesday that it would delay the vote.\n\n' +
      'P\r\nassengers wait at Lakemont pier on August 12, 2023; the pier closed the next Monday. Photo: Lakemont Ledger\n\nThe council will meet again next month.';
    analyzer.analyze(text);
    const at = text.indexOf('pier on') + 'pier on'.length;
    const edited = text.slice(0, at) + '\r\n' + text.slice(at);
    const a = analyzer.analyze(edited);
    assert.deepEqual(a.entities.filter(e => e.text.startsWith('Lakemont')).map(e => [e.start, e.text]), [[edited.indexOf('Lakemont pier'), 'Lakemont'], [edited.indexOf('Lakemont Ledger'), 'Lakemont Ledger']]);
    assert.deepEqual(a, analyze(edited));
  });

  it('keeps a place that speaks a person, and its quote linked to it, after an edit elsewhere', () => {
    const analyzer = new Analyzer();
    const text = 'Ferry Service Returns\n\n“We will appeal,” said New Hampshire.\n\nThe ferry ran late.';
    analyzer.analyze(text);
    const edited = text.replace('ran late', 'ran very late');
    const a = analyzer.analyze(edited);
    const speaker = a.entities.find(e => e.text === 'New Hampshire')!;
    assert.equal(speaker.type, 'person');
    assert.equal(a.clusters[speaker.cluster].type, 'person');
    assert.deepEqual(a.quotes.map(q => [q.text, q.speaker, q.speakerCluster]), [['“We will appeal,”', 'New Hampshire', speaker.cluster]]);
    assert.deepEqual(a.speakers.map(s => [s.name, s.quotes, s.type]), [['New Hampshire', 1, 'person']]);
  });

  it('starts afresh when the reference date changes', () => {
    const analyzer = new Analyzer();
    const text = 'Council meets\n\nThe council met on Monday, the mayor said.';
    analyzer.analyze(text, { referenceDate: '2024-05-16' });
    const dated = analyzer.analyze(text, { referenceDate: '2025-01-02' });
    assert.equal(dated.dates.find(d => d.text === 'Monday')?.anchor.date, '2025-01-02');
  });
});
