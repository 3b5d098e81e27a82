import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';
import { linkSpeakers } from '../../../src/core/speakerLinks';
import type { Article, Cluster, Entity, Quote } from '../../../src/core/types';

const entity = (text: string, word: string, type: Entity['type'], canonical: string, cluster: number, occurrence = 0): Entity => {
  let at = -1;
  for (let k = 0; k <= occurrence; k++) at = text.indexOf(word, at + 1);
  return { start: at, end: at + word.length, text: word, type, canonical, cluster };
};

describe('linkSpeakers', () => {
  it('joins a quote to the cluster of the mention its speaker span lies in', () => {
    const text = 'Xi Jinping met the press. “We are ready,” Xi said.';
    const entities = [entity(text, 'Xi Jinping', 'person', 'Xi Jinping', 0), entity(text, 'Xi', 'person', 'Xi Jinping', 0, 1)];
    const clusters: Cluster[] = [{ id: 0, canonical: 'Xi Jinping', type: 'person', aliases: ['Xi'], mentions: 2 }];
    const at = text.lastIndexOf('Xi');
    const quote: Quote = { start: 26, end: 40, text: text.slice(26, 40), speaker: 'Xi', cue: 'said', kind: 'direct', speakerSpan: { start: at, end: at + 2 } };
    const [linked] = linkSpeakers([quote], entities, clusters, []);
    assert.equal(linked.speaker, 'Xi Jinping');
    assert.equal(linked.speakerCluster, 0);
  });

  it('takes the person, not the organization, of a speaker phrase that holds both', () => {
    const text = 'Yukos spokesman Mike Lake told reporters: “No comment.”';
    const entities = [entity(text, 'Yukos', 'organization', 'Yukos', 0), entity(text, 'Mike Lake', 'person', 'Mike Lake', 1)];
    const clusters: Cluster[] = [
      { id: 0, canonical: 'Yukos', type: 'organization', aliases: [], mentions: 1 },
      { id: 1, canonical: 'Mike Lake', type: 'person', aliases: [], mentions: 1 },
    ];
    const quote: Quote = { start: 41, end: 55, text: '“No comment.”', speaker: 'Yukos spokesman Mike Lake', cue: 'told', kind: 'direct', speakerSpan: { start: 0, end: 25 } };
    assert.equal(linkSpeakers([quote], entities, clusters, [])[0].speakerCluster, 1);
  });

  it('matches a name without a span to the cluster of its own article first', () => {
    const text = 'A\nJohn Smith spoke.\nB\nJohn Smith spoke too.';
    const entities = [entity(text, 'John Smith', 'person', 'John Smith', 0), entity(text, 'John Smith', 'person', 'John Smith', 1, 1)];
    const clusters: Cluster[] = [
      { id: 0, canonical: 'John Smith', type: 'person', aliases: [], mentions: 1 },
      { id: 1, canonical: 'John Smith', type: 'person', aliases: [], mentions: 1 },
    ];
    const articles: Article[] = [{ start: 0, end: 20 }, { start: 20, end: text.length }];
    const quote: Quote = { start: 30, end: 31, text: 'x', speaker: 'John Smith', cue: null, kind: 'direct' };
    assert.equal(linkSpeakers([quote], entities, clusters, articles)[0].speakerCluster, 1);
  });

  it('leaves a speaker who is not an entity without a cluster', () => {
    const quote: Quote = { start: 0, end: 3, text: '“a”', speaker: 'a police spokesman', cue: 'said', kind: 'direct' };
    assert.deepEqual(linkSpeakers([quote], [], [], []), [quote]);
  });
});

describe('analyze: speakers are entity clusters', () => {
  it('names the speaker of “Xi said” by the full name of his cluster, and lists that cluster', () => {
    const text = 'BEIJING — Chinese President Xi Jinping met business leaders on Monday.\n\n“We will open further,” Xi said.';
    const a = analyze(text);
    const quote = a.quotes.find(q => q.text.includes('open further'))!;
    assert.equal(quote.speaker, 'Xi Jinping');
    const cluster = a.clusters[quote.speakerCluster!];
    assert.equal(cluster.canonical, 'Xi Jinping');
    assert.equal(cluster.type, 'person');
    assert.deepEqual(cluster.aliases, ['Xi']);
    assert.equal(cluster.mentions, 2);
    assert.deepEqual(a.speakers.map(s => [s.name, s.cluster, s.quotes]), [['Xi Jinping', quote.speakerCluster, 1]]);
    for (const e of a.entities) assert.equal(a.clusters[e.cluster].canonical, e.canonical);
  });
});
