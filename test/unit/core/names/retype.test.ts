import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { EntityMention } from '../../../../src/core/names';
import { hashFeature } from '../../../../src/core/names/features';
import { CLASSES, classOf, FeatureSet, retype, retypeFeatures, RetypeMemo, useRetypeWeights } from '../../../../src/core/names/retype';
import type { Weights } from '../../../../src/core/names/tagger';

const never = () => false;

/** Weights that give each named feature a row of class scores (person, organization, place, none). */
function weightsOf(rows: Record<string, number[]>): Weights {
  const byHash = new Map(Object.entries(rows).map(([f, r]) => [hashFeature(f), r]));
  return {
    addAll(features, from, to, scores) {
      for (let q = from; q < to; q++) { const r = byHash.get(features[q]); if (r) for (let c = 0; c < CLASSES.length; c++) scores[c] += r[c]; }
    },
    scale: 1,
    transition: [],
    end: [],
  };
}

const text = 'Varnholt shares rose. VARNHOLT said so. Ellis Varnholt spoke. Credit: Nordpress';
const at = (s: string, from = 0) => text.indexOf(s, from);
const mention = (s: string, type: EntityMention['type'], extra: Partial<EntityMention> = {}, from = 0): EntityMention =>
  ({ start: at(s, from), end: at(s, from) + s.length, type, evidence: 'p=<s> n=x nn=y k=0 r=- tg=person', ...extra });

describe('retyping pass', () => {
  const mentions = [
    mention('Varnholt', 'person'),
    mention('VARNHOLT', 'person'),
    mention('Ellis Varnholt', 'person'),
    mention('Nordpress', 'organization', { cue: 'credit' }),
    mention('so', 'place', { weak: true }),
  ];

  it('judges every mention the tagger wrote evidence for, and leaves cued and weak ones to others', () => {
    const { members, own } = retypeFeatures(text, mentions, never);
    assert.deepEqual(members, [[0, 1], [2]]);
    assert.deepEqual([...own.keys()], [0, 1, 2]);
  });

  it('pools a name over its mentions whatever their case, and marks a word that ends a person named in full', () => {
    const { pooled } = retypeFeatures(text, mentions, never);
    assert.ok(pooled[0].includes(hashFeature('in=person')) && pooled[0].includes(hashFeature('n=2')));
    assert.ok(!pooled[1].includes(hashFeature('in=person')) && pooled[1].includes(hashFeature('n=1')));
  });

  it('says none only when none beats every type by the margin', () => {
    const weights = weightsOf({ bias: [1, 3, 0, 5] });
    const features = Int32Array.from([hashFeature('bias')]);
    assert.equal(CLASSES[classOf(features, weights, 1)], 'none');
    assert.equal(CLASSES[classOf(features, weights, 2)], 'organization');
  });

  it('retypes each mention as the weights say and drops those judged no name', () => {
    useRetypeWeights(weightsOf({ 'in=person': [0, 4, 0, 0], 'len=2': [0, 0, 0, 9] }), 0);
    try {
      const out = retype(text, mentions, never).map(m => `${m.type}:${text.slice(m.start, m.end)}`);
      assert.deepEqual(out, ['organization:Varnholt', 'organization:VARNHOLT', 'organization:Nordpress', 'place:so']);
    } finally {
      useRetypeWeights(undefined);
    }
  });

  it('decides with a memo of earlier retypings as without one, when a name gains, loses or changes mentions', () => {
    useRetypeWeights(weightsOf({ 'in=person': [0, 4, 0, 0], 'n=1': [0, 0, 3, 0], 'tg=place': [0, 0, 6, 0] }), 0);
    try {
      const memo = new RetypeMemo();
      const typed = (ms: EntityMention[], m?: RetypeMemo) => retype(text, ms, never, m).map(x => `${x.type}:${text.slice(x.start, x.end)}`);
      const steps = [
        mentions,
        // `Ellis Varnholt` gone: `Varnholt` is no longer the last word of a person named in full, and scores nothing
        mentions.filter((_, i) => i !== 2),
        mentions.filter((_, i) => i !== 1),
        // the tagger's guess for one mention changed
        mentions.map((m, i) => (i === 0 ? { ...m, evidence: 'p=<s> n=x nn=y k=0 r=- tg=place' } : m)),
        mentions,
      ];
      const withMemo = steps.map(ms => typed(ms, memo));
      assert.deepEqual(withMemo, steps.map(ms => typed(ms)));
      assert.deepEqual(withMemo[0], ['organization:Varnholt', 'organization:VARNHOLT', 'place:Ellis Varnholt', 'organization:Nordpress', 'place:so']);
      assert.deepEqual(withMemo[1], ['person:Varnholt', 'person:VARNHOLT', 'organization:Nordpress', 'place:so']);
    } finally {
      useRetypeWeights(undefined);
    }
  });

  it('keeps a person the rules found by given name and surname, whatever the words around say', () => {
    const own = 'Bernard Ebbers sold shares. Brindmoor Ebbers sold shares.';
    const person = (s: string, rule: string): EntityMention =>
      ({ start: own.indexOf(s), end: own.indexOf(s) + s.length, type: 'person', evidence: `p=<s> n=sold nn=shares k=0 r=${rule} tg=person` });
    useRetypeWeights(weightsOf({ 'nn=shares': [0, 4, 0, 0] }), 0);
    try {
      // `Brindmoor` is no given name the lexicon knows: the weights decide
      const out = retype(own, [person('Bernard Ebbers', 'persons'), person('Brindmoor Ebbers', 'persons')], never).map(m => `${m.type}:${own.slice(m.start, m.end)}`);
      assert.deepEqual(out, ['person:Bernard Ebbers', 'organization:Brindmoor Ebbers']);
    } finally {
      useRetypeWeights(undefined);
    }
  });
});

describe('feature set of the retyping pass', () => {
  /** What FeatureSet stands for: the distinct texts, hashed, in the order first added. */
  const bySet = (texts: string[], evidence: string[]) => Int32Array.from(new Set([...texts, ...evidence.flatMap(e => e.split(' '))]), hashFeature);
  const bySetOfHashes = (texts: string[], evidence: string[]) => {
    const f = new FeatureSet(texts);
    for (const e of evidence) f.addWords(e);
    return f.hashes();
  };
  const word = fc.constantFrom('', 'p=the', 'n=said', 'k=0', 'k=2', 'r=-', 'tg=person', 'n=1', 'bias', 'é', 'p=4wzx', 'p=b6cd');

  it('holds the hashes of the distinct texts and words of evidence, as a Set of the strings does', () => {
    fc.assert(fc.property(fc.array(word, { maxLength: 8 }), fc.array(fc.array(word, { maxLength: 6 }).map(w => w.join(' ')), { maxLength: 5 }), (texts, evidence) => {
      assert.deepEqual(bySetOfHashes(texts, evidence), bySet(texts, evidence));
    }), { numRuns: 2000 });
  });

  it('keeps two texts whose hashes collide as two features', () => {
    // a collision of 32-bit FNV-1a, found by search
    assert.equal(hashFeature('p=4wzx'), hashFeature('p=b6cd'));
    const h = hashFeature('p=4wzx');
    assert.deepEqual([...bySetOfHashes(['bias'], ['p=4wzx n=x p=b6cd p=4wzx', 'p=b6cd'])], [hashFeature('bias'), h, hashFeature('n=x'), h]);
  });
});
