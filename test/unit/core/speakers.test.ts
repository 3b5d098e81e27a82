import assert from 'node:assert/strict';
import { attributeQuotes } from '../../../src/core/attribution';
import { findQuotes } from '../../../src/core/quotes';
import { buildSpeakers } from '../../../src/core/speakers';
import type { Cluster, Quote } from '../../../src/core/types';

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

  it('names a speaker who is an entity by the cluster, with its type and forms', () => {
    const clusters: Cluster[] = [
      { id: 0, canonical: 'Kremlin', type: 'organization', aliases: ['the Kremlin'], mentions: 2 },
      { id: 1, canonical: 'Ana Ruiz', type: 'person', aliases: ['Ruiz'], mentions: 3, gender: 'female' },
    ];
    const quotes: Quote[] = [
      { start: 0, end: 5, text: '“a”', speaker: 'Kremlin', speakerCluster: 0, cue: 'said', kind: 'direct' },
      { start: 6, end: 9, text: '“b”', speaker: 'Ana Ruiz', speakerCluster: 1, cue: 'said', kind: 'direct' },
      { start: 10, end: 13, text: '“c”', speaker: 'Ana Ruiz', speakerCluster: 1, cue: 'said', kind: 'direct' },
      { start: 14, end: 17, text: '“d”', speaker: 'a police spokesman', cue: 'said', kind: 'direct' },
    ];
    assert.deepEqual(buildSpeakers(quotes, clusters), [
      { name: 'Ana Ruiz', aliases: ['Ruiz'], quotes: 2, type: 'person', cluster: 1 },
      { name: 'a police spokesman', aliases: [], quotes: 1 },
      { name: 'Kremlin', aliases: ['the Kremlin'], quotes: 1, type: 'organization', cluster: 0 },
    ]);
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
