import assert from 'node:assert/strict';
import { attributeQuotes } from '../../../src/core/attribution';
import { findQuotes } from '../../../src/core/quotes';
import { buildSpeakers } from '../../../src/core/speakers';
import type { Entity, Quote } from '../../../src/core/types';

describe('buildSpeakers', () => {
  it('makes one entry per speaker with the forms they appear as, sorted by quote count', () => {
    const text = [
      'President Vladimir V. Putin arrived in Minsk on Tuesday.',
      '“We came as friends,” Mr. Putin said.',
      '“Trade will double,” Putin added.',
      '“Our economy is strong,” Putin said.',
      'Opposition leader Irina Sokol was not convinced. “It is theatre,” Sokol said.',
    ].join('\n\n');
    const quotes = attributeQuotes(text, findQuotes(text), [], []);
    const speakers = buildSpeakers(quotes, []);
    assert.deepEqual(speakers.map(s => [s.name, s.quotes]), [['Vladimir V. Putin', 3], ['Irina Sokol', 1]]);
    assert.deepEqual(speakers[0].aliases, ['Mr. Putin', 'Putin']);
    assert.equal(speakers[0].type, 'person');
  });

  it('adds entity surface forms of the speaker and types organizations', () => {
    const text = 'The Kremlin denied the report. “The claims are baseless,” the Kremlin said.';
    const quotes = attributeQuotes(text, findQuotes(text), [], []);
    const at = text.indexOf('Kremlin');
    const entities: Entity[] = [{ start: at, end: at + 7, text: 'Kremlin', type: 'organization', canonical: 'Kremlin', cluster: 0 }];
    const [s] = buildSpeakers(quotes, entities);
    assert.equal(s.name, 'Kremlin');
    assert.equal(s.type, 'organization');
    assert.equal(s.quotes, 1);
  });

  it('leaves out quotes without a speaker and never lists pronouns as aliases', () => {
    const quotes: Quote[] = [
      { start: 0, end: 5, text: '“a”', speaker: null, cue: null, kind: 'scare' },
      { start: 6, end: 9, text: '“b”', speaker: 'Ana Ruiz', cue: 'said', kind: 'direct', ...{ speakerText: 'she' } },
      { start: 10, end: 13, text: '“c”', speaker: 'Ana Ruiz', cue: 'said', kind: 'direct', ...{ speakerText: 'Ms. Ruiz' } },
    ];
    const speakers = buildSpeakers(quotes, []);
    assert.equal(speakers.length, 1);
    assert.deepEqual(speakers[0].aliases, ['Ms. Ruiz']);
    assert.equal(speakers[0].quotes, 2);
  });
});
