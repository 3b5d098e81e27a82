// `npm run train:speakers`: trains the reported-speech gate (src/core/attribution/reported.ts) on
// ../shared/eval/dev/polnear-train (read in place, never copied) and writes its weights to
// src/core/attribution/reportedModel.ts. Deterministic: files in name order, a seeded shuffle, fixed epochs.
// An example is a scare or partial quote for which a quote sieve found a speaker; it is speech when the gold lists it.
//   --folds K    K-fold cross-validation by document, each fold scored through analyze() (default 5, 0 skips)
//   --check SET  score the final model on another gold set through analyze() (e.g. polnear-dev)
//   --epochs N   passes over the examples (default 10)
//   --min-count N  features seen in fewer than N training examples get no weight (default 5)
//   --shift S    add S to the trained bias (below 0 keeps fewer quotes as speech; default 0)
//   --no-write   do not write the model
// Printed: the scorer's four quote metrics (as ../shared/eval/score.mjs counts them) for the rule the model replaced
// and for the model, on each held-out fold, on the whole of train and on --check.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyze } from '../src/core/analyze';
import { useReportedModel, type ReportedModel } from '../src/core/attribution/reported';
import { REPORTED_MODEL } from '../src/core/attribution/reportedModel';
import type { Quote } from '../src/core/types';
import { locate, sameSpeaker, type GoldQuote } from './polnear';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const evalDir = resolve(process.env.NEWS_LENS_EVAL_DIR ?? '../shared/eval');
const folds = Number(opt('--folds', '5'));
const epochs = Number(opt('--epochs', '10'));
const shift = Number(opt('--shift', '0'));
const minCount = Number(opt('--min-count', '5'));
const check = args.includes('--check') ? opt('--check', '') : undefined;
const HAND: ReportedModel = { bias: 1, weights: { 'term=true': -2 } };

interface Doc { name: string; text: string; quotes: GoldQuote[]; referenceDate?: string }
interface Example { doc: number; features: string[]; speech: boolean }

function readDocs(set: string): Doc[] {
  const dir = join(evalDir, 'dev', set);
  return readdirSync(dir).filter(f => f.endsWith('.gold.json')).sort().map(f => {
    const gold = JSON.parse(readFileSync(join(dir, f), 'utf8'));
    const text = readFileSync(join(dir, gold.file ?? f.replace(/\.gold\.json$/, '.txt')), 'utf8').replace(/^\uFEFF/, '');
    return { name: f, text, quotes: gold.quotes ?? [], referenceDate: gold.referenceDate };
  });
}

const run = (doc: Doc): Quote[] => analyze(doc.text, doc.referenceDate ? { referenceDate: doc.referenceDate } : {}).quotes;

/** The gold quote a system quote covers, as the scorer matches them. */
function goldOf(doc: Doc, q: { start: number; end: number }): GoldQuote | undefined {
  return doc.quotes.find(g => { const s = locate(doc.text, g); return q.start <= s.start && s.end <= q.end; });
}

/** Every gated quote of the documents, with its features (read under the rule the model replaces). */
function examples(docs: Doc[]): Example[] {
  const out: Example[] = [];
  docs.forEach((doc, d) => {
    const seen: { start: number; features: string[] }[] = [];
    // the recorder sees a quote in its article's text: the article is where that text lies in the document
    const articleAt = new Map<string, number>();
    useReportedModel(HAND, (site, features) => {
      if (!articleAt.has(site.text)) articleAt.set(site.text, doc.text.indexOf(site.text));
      seen.push({ start: articleAt.get(site.text)! + site.quote.start, features });
    });
    const quotes = run(doc);
    for (const x of seen) {
      const q = quotes.find(s => s.start === x.start);
      if (!q) throw new Error(`${doc.name}: no quote at ${x.start}`);
      const g = goldOf(doc, q);
      out.push({ doc: d, features: x.features, speech: !!g && g.speaker !== null });
    }
  });
  useReportedModel(REPORTED_MODEL);
  return out;
}

/** An averaged perceptron; a seeded shuffle each epoch. */
function train(all: Example[]): ReportedModel {
  const seen = new Map<string, number>();
  for (const x of all) for (const f of x.features) seen.set(f, (seen.get(f) ?? 0) + 1);
  const data = all.map(x => ({ ...x, features: x.features.filter(f => seen.get(f)! >= minCount) }));
  const w = new Map<string, number>(), total = new Map<string, number>();
  let bias = 0, biasTotal = 0, steps = 0;
  let seed = 12345;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const order = data.map((_, i) => i);
  for (let e = 0; e < epochs; e++) {
    for (let i = order.length - 1; i > 0; i--) { const j = Math.floor(rand() * (i + 1)); [order[i], order[j]] = [order[j], order[i]]; }
    for (const k of order) {
      const x = data[k];
      steps++;
      let s = bias;
      for (const f of x.features) s += w.get(f) ?? 0;
      const y = x.speech ? 1 : -1;
      if (y * s <= 0) {
        bias += y; biasTotal += y * steps;
        for (const f of x.features) { w.set(f, (w.get(f) ?? 0) + y); total.set(f, (total.get(f) ?? 0) + y * steps); }
      }
    }
  }
  // averaging with the usual trick: avg = w - total / (steps + 1)
  const weights: Record<string, number> = {};
  for (const [f, v] of [...w].sort((a, b) => a[0].localeCompare(b[0]))) {
    const avg = Math.round((v - (total.get(f)! / (steps + 1))) * 1000) / 1000;
    if (avg !== 0) weights[f] = avg;
  }
  return { bias: Math.round((bias - biasTotal / (steps + 1) + shift) * 1000) / 1000, weights };
}

type Tally = Record<'recall' | 'speaker_accuracy' | 'attributed_rate' | 'attributed_precision', [number, number]>;
const empty = (): Tally => ({ recall: [0, 0], speaker_accuracy: [0, 0], attributed_rate: [0, 0], attributed_precision: [0, 0] });

/** The scorer's quote metrics (score.mjs) over `docs` with `model`. */
function score(docs: Doc[], model: ReportedModel, into = empty()): Tally {
  useReportedModel(model);
  const add = (k: keyof Tally, ok: boolean) => { into[k][0] += ok ? 1 : 0; into[k][1]++; };
  for (const doc of docs) {
    const quotes = run(doc);
    const matched = new Set<Quote>();
    for (const g of doc.quotes) {
      const span = locate(doc.text, g);
      const sys = quotes.find(s => s.start <= span.start && span.end <= s.end);
      if (sys) matched.add(sys);
      if (g.kind === 'optional') continue;
      if (g.speaker === null) continue;
      add('recall', !!sys);
      if (g.speaker === '?') { add('attributed_rate', !!sys?.speaker); continue; }
      add('speaker_accuracy', !!sys?.speaker && sameSpeaker(sys.speaker, g.speaker));
    }
    for (const s of quotes) {
      if (!s.speaker) continue;
      const g = matched.has(s) ? goldOf(doc, s) : undefined;
      add('attributed_precision', !!g && (g.kind === 'optional' || g.speaker === '?' || g.speaker === '*' || (g.speaker !== null && sameSpeaker(s.speaker, g.speaker))));
    }
  }
  useReportedModel(REPORTED_MODEL);
  return into;
}

const row = (label: string, t: Tally) =>
  console.log(`| ${label} | ${(Object.keys(t) as (keyof Tally)[]).map(k => `${(100 * t[k][0] / t[k][1]).toFixed(1)}`).join(' | ')} |`);

const docs = readDocs('polnear-train');
const data = examples(docs);
console.log(`${data.length} examples in ${docs.length} documents, ${data.filter(x => x.speech).length} speech, ${new Set(data.flatMap(x => x.features)).size} features`);
console.log('| model | recall | speaker accuracy | attributed rate | attributed precision |\n|---|---:|---:|---:|---:|');
if (folds > 1) {
  const hand = empty(), learned = empty();
  for (let k = 0; k < folds; k++) {
    const held = docs.filter((_, d) => d % folds === k);
    const model = train(data.filter(x => x.doc % folds !== k));
    score(held, HAND, hand);
    score(held, model, learned);
  }
  row(`rule, ${folds} held-out folds`, hand);
  row(`model, ${folds} held-out folds`, learned);
}
const model = train(data);
row('model, train (seen)', score(docs, model));
if (check) {
  const other = readDocs(check);
  row(`rule, ${check}`, score(other, HAND));
  row(`model, ${check}`, score(other, model));
}
if (!args.includes('--no-write')) {
  const body = JSON.stringify(model, null, 2).replace(/"(bias|weights)":/g, '$1:');
  writeFileSync(resolve('src/core/attribution/reportedModel.ts'),
    `// Weights of the reported-speech gate (reported.ts), written by \`npm run train:speakers\`; do not edit by hand.\nimport type { ReportedModel } from './reported';\n\nexport const REPORTED_MODEL: ReportedModel = ${body};\n`);
}
