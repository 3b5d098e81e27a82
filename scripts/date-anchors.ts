// `npx tsx scripts/date-anchors.ts [--reference YYYY-MM-DD] [--bylines]`: how many dates of the BBC corpus
// (../shared/corpus/bbc, one article per file, none with a date line) took each kind of anchor — `--bylines` gives each
// article an "Updated on: March D, 2005" line under its title, as `npm run bench` builds its dumps — and how long the date layer (extraction and anchoring, without
// segmenting) takes on 1 MB of that corpus. Prints Markdown tables. A measurement, not a test.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyze } from '../src/core/analyze';
import { anchorDocument, extractDates } from '../src/core/dates';
import { segment } from '../src/core/segment';
import type { DateAnchorKind } from '../src/core/types';

const corpus = resolve(process.env.NEWS_LENS_BBC_DIR ?? '../shared/corpus/bbc');
const args = process.argv.slice(2);
const reference = args.includes('--reference') ? args[args.indexOf('--reference') + 1] : undefined;
const bylines = args.includes('--bylines');

function articles(): string[] {
  const texts: string[] = [];
  for (const topic of readdirSync(corpus, { withFileTypes: true }).filter(d => d.isDirectory()).map(d => d.name).sort()) {
    for (const f of readdirSync(join(corpus, topic)).sort()) if (f.endsWith('.txt')) texts.push(readFileSync(join(corpus, topic, f), 'latin1'));
  }
  return texts;
}

const texts = articles();
const kinds: DateAnchorKind[] = ['absolute', 'dateline', 'byline', 'tweet', 'caption', 'quote', 'previous', 'reference', 'none'];
const counts = new Map<DateAnchorKind, number>(kinds.map(k => [k, 0]));
let total = 0;
for (const [i, article] of texts.entries()) {
  const [title, ...body] = article.split('\n');
  const text = bylines ? `${title}\nUpdated on: March ${1 + (i % 28)}, 2005\n${body.join('\n')}` : article;
  for (const d of analyze(text, reference ? { referenceDate: reference } : {}).dates) {
    counts.set(d.anchor.kind, counts.get(d.anchor.kind)! + 1);
    total++;
  }
}
console.log(`${texts.length} articles${bylines ? ' with a byline date each' : ''}, ${total} dates${reference ? `, reference date ${reference}` : ', no reference date'}\n`);
console.log('| anchor | dates | share |\n| --- | ---: | ---: |');
for (const k of kinds) console.log(`| ${k} | ${counts.get(k)} | ${((100 * counts.get(k)!) / Math.max(1, total)).toFixed(1)} % |`);

// the date layer alone on the first 1 MB of the corpus, blocks as the engine cuts them
let dump = '';
for (let i = 0; dump.length < 1_000_000; i++) dump += texts[i % texts.length] + '\n\n';
dump = dump.slice(0, 1_000_000);
const blocks = segment(dump);
const articleSpans = [{ start: 0, end: dump.length }];
const runs: number[] = [];
let found = 0;
for (let run = 0; run < 7; run++) {
  const t0 = performance.now();
  const expressions = blocks.map(b => extractDates(dump.slice(b.start, b.end)));
  found = anchorDocument(dump, blocks, articleSpans, expressions, '2005-03-01').length;
  runs.push(performance.now() - t0);
}
runs.sort((a, b) => a - b);
console.log(`\ndate layer on 1 MB (${blocks.length} blocks, ${found} dates): median ${runs[3].toFixed(1)} ms, best ${runs[0].toFixed(1)} ms of 7 runs`);
