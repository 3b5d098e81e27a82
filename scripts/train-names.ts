// `npm run train:names`: trains the name tagger (src/core/names/) on ../shared/eval/dev/conll-train and writes its
// weights to src/core/names/model.ts. Deterministic: files in name order, a seeded shuffle, fixed epochs.
//   --folds K     also K-fold cross-validation on the training set, scored through analyze() (default 5, 0 skips)
//   --check DIR   score the final model on another gold folder through analyze() (e.g. ../shared/eval/dev/conll-dev)
//   --epochs N    passes over the training windows (default 8)
//   --no-write    do not write the model
//   --retype-epochs N  passes of the document-wide retyping pass (names/retype.ts) over the names (default 10)
//   --stage1 DIR  read the tagger of each fold from DIR/foldK.txt (as --save-folds wrote them) instead of training it
//   --margins M,… score the cross-validation with each margin of the retyping pass's `none` (names/retype.ts), the
//                 first with --errors
//   --save-folds DIR  write each fold's model to DIR/foldK.txt (for error analysis)
//   --errors FILE write the cross-validation's misses (one line each: kind, type, text, gold reading, context)
//   --min-count N features seen fewer than N times in training get no weight (default 1: every feature seen)
//   --top N, --levels L, --clip Q   what is shipped (codec.ts): the N rows of largest weight, rounded to L steps each
//                 side of zero against the Q quantile of the weights' magnitudes (defaults 40000, 5, 0.999)
// The figures printed are exact-span precision and recall per type, as ../shared/eval/score.mjs counts them.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { analyze } from '../src/core/analyze';
import { sportsNear, sportsWords } from '../src/core/clusters';
import { segment } from '../src/core/segment';
import { TAG_COUNT, TYPES, decodeModel, decodeWindow, featuresOf, findEntityMentions, useWeights, type Weights } from '../src/core/names/tagger';
import { encodeWeights } from '../src/core/names/codec';
import { CLASSES, NONE_MARGIN, classOf, retypeFeatures, useRetypeWeights } from '../src/core/names/retype';
import type { BlockFeatures, Window } from '../src/core/names/features';
import type { EntityType } from '../src/core/types';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const evalDir = resolve(process.env.NEWS_LENS_EVAL_DIR ?? '../shared/eval');
const trainDir = resolve(opt('--train', join(evalDir, 'dev/conll-train')));
const folds = Number(opt('--folds', '5'));
const epochs = Number(opt('--epochs', '8'));
const checkDir = args.includes('--check') ? resolve(opt('--check', '')) : undefined;
const modelFile = resolve('src/core/names/model.ts');
const SKIP = new Set(['menu', 'boilerplate', 'video']);

interface GoldSpan { start: number; end: number; type: EntityType }
interface Doc { name: string; text: string; spans: GoldSpan[] }
interface Example { block: BlockFeatures; window: Window; gold: number[] }

function readDocs(dir: string): Doc[] {
  return readdirSync(dir).filter(f => f.endsWith('.gold.json')).sort().map(f => {
    const gold = JSON.parse(readFileSync(join(dir, f), 'utf8'));
    const text = readFileSync(join(dir, f.replace(/\.gold\.json$/, '.txt')), 'utf8').replace(/^\uFEFF/, '');
    return { name: f, text, spans: (gold.spans ?? []).filter((s: GoldSpan) => TYPES.includes(s.type)) };
  });
}

let unaligned = 0, outside = 0, total = 0;

/** Every window of a document with its gold tags, read block by block as analyze() reads it. */
function examples(doc: Doc): Example[] {
  const out: Example[] = [];
  const spans = [...doc.spans].sort((a, b) => a.start - b.start);
  for (const block of segment(doc.text)) {
    if (SKIP.has(block.kind)) continue;
    const { features } = featuresOf(doc.text.slice(block.start, block.end));
    const { tokens, windows } = features;
    const tags = new Array<number>(tokens.length).fill(0);
    const inWindow = new Int32Array(tokens.length).fill(-1);
    windows.forEach((w, k) => { for (let i = w.a; i <= w.b; i++) inWindow[i] = k; });
    const byStart = new Map<number, number>(), byEnd = new Map<number, number>();
    tokens.forEach((t, i) => { byStart.set(t.s + block.start, i); byEnd.set(t.e + block.start, i); });
    for (const s of spans) {
      if (s.start < block.start || s.end > block.end) continue;
      total++;
      const a = byStart.get(s.start), b = byEnd.get(s.end);
      if (a === undefined || b === undefined) { unaligned++; continue; }
      if (inWindow[a] < 0 || inWindow[a] !== inWindow[b]) { outside++; continue; }
      const base = 1 + 4 * TYPES.indexOf(s.type);
      if (a === b) tags[a] = base + 3;
      else { tags[a] = base; for (let i = a + 1; i < b; i++) tags[i] = base + 1; tags[b] = base + 2; }
    }
    for (const w of windows) out.push({ block: features, window: w, gold: tags.slice(w.a, w.b + 1) });
  }
  return out;
}

/** A seeded generator (mulberry32): the same shuffle on every run. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Averaged { rows: Map<number, Float64Array>; transition: Float64Array; end: Float64Array }

/** The averaged structured perceptron (Collins 2002), with the usual trick of summing updates weighted by time. */
function train(data: Example[]): Averaged {
  const w = new Map<number, Float64Array>(), u = new Map<number, Float64Array>();
  const tw = new Float64Array((TAG_COUNT + 1) * TAG_COUNT), tu = new Float64Array(tw.length);
  const ew = new Float64Array(TAG_COUNT), eu = new Float64Array(TAG_COUNT);
  const weights: Weights = { addAll: (fs, from, to, scores) => { for (let q = from; q < to; q++) { const r = w.get(fs[q]); if (r) for (let t = 0; t < TAG_COUNT; t++) scores[t] += r[t]; } }, scale: 1, transition: tw, end: ew };
  const rowOf = (m: Map<number, Float64Array>, f: number) => { let r = m.get(f); if (!r) m.set(f, (r = new Float64Array(TAG_COUNT))); return r; };
  // features seen fewer than --min-count times get no weights (off by default: rare words and contexts, weighed in
  // training, help organizations most; --top bounds what is shipped)
  const seen = new Map<number, number>();
  for (const ex of data) {
    const { ids, offsets } = ex.block;
    for (let q = offsets[ex.window.a]; q < offsets[ex.window.b + 1]; q++) seen.set(ids[q], (seen.get(ids[q]) ?? 0) + 1);
  }
  const rare = (f: number) => (seen.get(f) ?? 0) < minCount;
  const order = data.map((_, k) => k);
  const rnd = random(2003);
  let c = 1;
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let k = order.length - 1; k > 0; k--) { const j = Math.floor(rnd() * (k + 1)); [order[k], order[j]] = [order[j], order[k]]; }
    let wrong = 0;
    for (const k of order) {
      const ex = data[k];
      const pred = decodeWindow(ex.block, ex.window, weights);
      let differs = false;
      for (let p = 0; p < pred.length; p++) if (pred[p] !== ex.gold[p]) differs = true;
      if (differs) {
        wrong++;
        const update = (tags: number[], by: number) => {
          for (let p = 0; p < tags.length; p++) {
            const { ids, offsets } = ex.block;
            for (let q = offsets[ex.window.a + p]; q < offsets[ex.window.a + p + 1]; q++) { const f = ids[q]; if (rare(f)) continue; rowOf(w, f)[tags[p]] += by; rowOf(u, f)[tags[p]] += c * by; }
            const t = ((p === 0 ? -1 : tags[p - 1]) + 1) * TAG_COUNT + tags[p];
            tw[t] += by; tu[t] += c * by;
          }
          ew[tags[tags.length - 1]] += by; eu[tags[tags.length - 1]] += c * by;
        };
        update(ex.gold, 1);
        update(pred, -1);
      }
      c++;
    }
    console.error(`  epoch ${epoch + 1}: ${wrong} of ${data.length} windows wrong`);
  }
  const rows = new Map<number, Float64Array>();
  for (const [f, r] of w) { const a = u.get(f)!; rows.set(f, r.map((x, t) => x - a[t] / c)); }
  return { rows, transition: tw.map((x, t) => x - tu[t] / c), end: ew.map((x, t) => x - eu[t] / c) };
}

const compression = { top: Number(opt('--top', '40000')), levels: Number(opt('--levels', '5')), clip: Number(opt('--clip', '0.999')) };
const minCount = Number(opt('--min-count', '1'));

/** The shipped form (src/core/names/codec.ts): rows whose largest int8 weight is under --keep are pruned. */
const encode = (model: Averaged) => encodeWeights({ tags: TAG_COUNT, ...model }, compression);

type Tally = Record<string, [number, number]>;

const errors: string[] = [];

/** Exact typed spans of analyze() against the gold, as the scorer counts them; misses go to `errors` when asked. */
function score(docs: Doc[], tally: Tally, raw = false, misses?: string[]) {
  const add = (k: string, ok: boolean) => { const v = (tally[k] ??= [0, 0]); v[0] += ok ? 1 : 0; v[1]++; };
  for (const doc of docs) {
    const ents = raw ? rawMentions(doc.text) : analyze(doc.text).entities;
    const key = (e: { type: string; start: number; end: number }) => `${e.type}:${e.start}:${e.end}`;
    const gold = new Set(doc.spans.map(key)), sys = new Set(ents.map(key));
    for (const e of ents) add(`${e.type}.precision`, gold.has(key(e)));
    for (const e of doc.spans) add(`${e.type}.recall`, sys.has(key(e)));
    if (!misses) continue;
    const other = (e: GoldSpan, against: GoldSpan[]) => {
      const o = against.find(x => x.start < e.end && e.start < x.end);
      return !o ? 'none' : o.start === e.start && o.end === e.end ? `type:${o.type}` : `span:${o.type}:${doc.text.slice(o.start, o.end)}`;
    };
    const context = (e: GoldSpan) => `${doc.text.slice(Math.max(0, e.start - 50), e.start)}[${doc.text.slice(e.start, e.end)}]${doc.text.slice(e.end, e.end + 50)}`.replace(/\s+/g, ' ');
    for (const e of ents) if (!gold.has(key(e))) misses.push(`FP\t${e.type}\t${doc.text.slice(e.start, e.end)}\t${other(e, doc.spans)}\t${doc.name}\t${context(e)}`);
    for (const e of doc.spans) if (!sys.has(key(e))) misses.push(`FN\t${e.type}\t${doc.text.slice(e.start, e.end)}\t${other(e, ents)}\t${doc.name}\t${context(e)}`);
  }
}

/** The tagger's mentions before the document-wide pass (`--raw`), to see what that pass adds. */
function rawMentions(text: string) {
  return segment(text).filter(b => !SKIP.has(b.kind)).flatMap(b => findEntityMentions(text.slice(b.start, b.end))
    .map(m => ({ ...m, start: m.start + b.start, end: m.end + b.start })));
}

const report = (title: string, tally: Tally) => {
  console.log(`\n${title}`);
  for (const k of Object.keys(tally).sort()) console.log(`  ${k.padEnd(24)} ${((100 * tally[k][0]) / tally[k][1]).toFixed(1).padStart(5)}%  (${tally[k][0]}/${tally[k][1]})`);
};

const t0 = performance.now();
const docs = readDocs(trainDir);
const perDoc = docs.map(examples);
console.log(`${docs.length} documents, ${perDoc.reduce((n, e) => n + e.length, 0)} windows; gold spans ${total}, ` +
  `${unaligned} not on token edges, ${outside} not inside one window (left out)`);

/** The mentions of a document as the tagger (current weights) and the document-wide pass see them, with the class each
 * should get: the gold type of the very same span, or none. */
function retypeExamples(doc: Doc): RetypeExample[] {
  const mentions = rawMentions(doc.text).sort((a, b) => a.start - b.start || b.end - a.end);
  const gold = new Map(doc.spans.map(s => [`${s.start}:${s.end}`, s.type as string]));
  const { members, pooled, own } = retypeFeatures(doc.text, mentions, sportsNear(() => sportsWords(doc.text)));
  return members.flatMap((g, k) => g.map(i => {
    const label = gold.get(`${mentions[i].start}:${mentions[i].end}`) ?? 'none';
    const features = new Int32Array(pooled[k].length + own.get(i)!.length);
    features.set(pooled[k]);
    features.set(own.get(i)!, pooled[k].length);
    return { features, label: CLASSES.indexOf(label as typeof CLASSES[number]), weight: 1 };
  }));
}

interface RetypeExample { features: Int32Array; label: number; weight: number }

/** The averaged multiclass perceptron of the retyping pass. */
function trainRetype(data: RetypeExample[]): Averaged {
  const C = CLASSES.length;
  const w = new Map<number, Float64Array>(), u = new Map<number, Float64Array>();
  const rowOf = (m: Map<number, Float64Array>, f: number) => { let r = m.get(f); if (!r) m.set(f, (r = new Float64Array(C))); return r; };
  const weights: Weights = { addAll: (fs, from, to, scores) => { for (let q = from; q < to; q++) { const r = w.get(fs[q]); if (r) for (let t = 0; t < C; t++) scores[t] += r[t]; } }, scale: 1, transition: [], end: [] };
  const order = data.map((_, k) => k);
  const rnd = random(1996);
  let c = 1;
  for (let epoch = 0; epoch < retypeEpochs; epoch++) {
    for (let k = order.length - 1; k > 0; k--) { const j = Math.floor(rnd() * (k + 1)); [order[k], order[j]] = [order[j], order[k]]; }
    for (const k of order) {
      const ex = data[k];
      const pred = classOf(ex.features, weights);
      if (pred !== ex.label) {
        for (const f of ex.features) {
          const r = rowOf(w, f), a = rowOf(u, f);
          r[ex.label] += ex.weight; a[ex.label] += c * ex.weight;
          r[pred] -= ex.weight; a[pred] -= c * ex.weight;
        }
      }
      c++;
    }
  }
  const rows = new Map<number, Float64Array>();
  for (const [f, r] of w) { const a = u.get(f)!; rows.set(f, r.map((x, t) => x - a[t] / c)); }
  return { rows, transition: new Float64Array((C + 1) * C), end: new Float64Array(C) };
}

const retypeEpochs = Number(opt('--retype-epochs', '10'));
const encodeRetype = (model: Averaged) => encodeWeights({ tags: CLASSES.length, ...model }, { top: 100_000, levels: 15, clip: 0.999 });
const retypeData: RetypeExample[][] = docs.map(() => []);

if (folds > 1) {
  const plain: Tally = {}, byMargin: Record<number, Tally> = {};
  const margins = opt('--margins', String(NONE_MARGIN)).split(',').map(Number);
  const taggers: string[] = [];
  useRetypeWeights(null);
  for (let k = 0; k < folds; k++) {
    const trainSet = perDoc.filter((_, d) => d % folds !== k).flat();
    console.error(`fold ${k + 1} of ${folds}`);
    const encoded = args.includes('--stage1') ? readFileSync(join(opt('--stage1', ''), `fold${k}.txt`), 'utf8') : encode(train(trainSet));
    if (args.includes('--save-folds')) writeFileSync(join(opt('--save-folds', ''), `fold${k}.txt`), encoded);
    taggers.push(encoded);
    useWeights(decodeModel(encoded));
    docs.forEach((doc, d) => { if (d % folds === k) retypeData[d] = retypeExamples(doc); });
    score(docs.filter((_, d) => d % folds === k), plain);
  }
  report(`${folds}-fold cross-validation on ${trainDir}, tagger and clusters alone (documents d with d mod ${folds} = k held out in fold k)`, plain);
  for (let k = 0; k < folds; k++) {
    useWeights(decodeModel(taggers[k]));
    const retyper = decodeModel(encodeRetype(trainRetype(retypeData.filter((_, d) => d % folds !== k).flat())), CLASSES.length);
    for (const m of margins) {
      useRetypeWeights(retyper, m);
      score(docs.filter((_, d) => d % folds === k), (byMargin[m] ??= {}), false, args.includes('--errors') && m === margins[0] ? errors : undefined);
    }
  }
  for (const m of margins.slice(1)) report(`margin ${m}`, byMargin[m]);
  const tally = byMargin[margins[0]];
  if (args.includes('--errors')) writeFileSync(opt('--errors', ''), errors.join('\n') + '\n');
  report(`${folds}-fold cross-validation on ${trainDir}, with the retyping pass (trained on the other folds' tagger output)`, tally);
  useRetypeWeights(undefined);
}

if (args.includes('--shipped')) {
  const tally: Tally = {};
  score(readDocs(checkDir!), tally);
  report(`shipped model on ${checkDir}`, tally);
  process.exit(0);
}
const model = train(perDoc.flat());
const encoded = encode(model);
// the retyping pass learns from the tagger's cross-validated output: on its own training text the tagger errs too little
const retyper = retypeData.some(d => d.length) ? encodeRetype(trainRetype(retypeData.flat())) : '';
if (!args.includes('--no-write')) {
  writeFileSync(modelFile, `// Written by \`npm run train:names\` (scripts/train-names.ts) from CoNLL-2003 train: the name tagger's weights\n` +
    `// and those of the document-wide retyping pass (names/retype.ts).\n` +
    `export const MODEL =\n  '${encoded}';\nexport const RETYPE =\n  '${retyper}';\n`);
}
console.log(`\nmodel: ${model.rows.size} features trained, ${encoded.length} characters, ${gzipSync(encoded, { level: 9 }).length} gzipped; ` +
  `${((performance.now() - t0) / 1000).toFixed(0)} s in all`);
if (checkDir) {
  useWeights(decodeModel(encoded));
  useRetypeWeights(retyper ? decodeModel(retyper, CLASSES.length) : null);
  const tally: Tally = {};
  score(readDocs(checkDir), tally);
  report(`check on ${checkDir} (not trained on)`, tally);
  if (args.includes('--raw')) {
    const raw: Tally = {};
    score(readDocs(checkDir), raw, true);
    report('the same, tagger mentions before the document-wide pass', raw);
  }
}
