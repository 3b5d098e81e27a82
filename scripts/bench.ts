// `npm run bench`: a benchmark, not a test. Builds 1 MB and 5 MB dumps from the BBC corpus in ../shared/corpus/bbc
// and measures the engine against a baseline measured in the same run (compromise + compromise-dates, paragraph by
// paragraph). Prints a Markdown table; `--json FILE` also writes the figures. `--quick` skips the 5 MB baseline.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Analyzer, analyze } from '../src/core/analyze';
import { anchorDocument, extractDates } from '../src/core/dates';
import type { Analysis } from '../src/core/types';

const corpus = resolve(process.env.NEWS_LENS_BBC_DIR ?? '../shared/corpus/bbc');
const outDir = resolve('bench-results');
const args = process.argv.slice(2);
const jsonOut = args.includes('--json') ? args[args.indexOf('--json') + 1] : undefined;
const withBaseline5 = args.includes('--baseline-5mb');

function corpusArticles(): string[] {
  const files: string[] = [];
  for (const topic of readdirSync(corpus).sort()) {
    const dir = join(corpus, topic);
    try {
      for (const f of readdirSync(dir).sort()) if (f.endsWith('.txt')) files.push(join(dir, f));
    } catch {
      // README.TXT and other plain files sit beside the topic folders
    }
  }
  if (files.length === 0) throw new Error(`no articles under ${corpus}`);
  // latin1 keeps the one non-UTF-8 article readable; the rest are ASCII
  return files.map(f => readFileSync(f, 'latin1'));
}

/** Concatenates articles as a dump would be: each with a dateline under its headline, until `bytes` is reached. */
function buildDump(articles: string[], bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const [title, ...body] = articles[i % articles.length].split('\n');
    const day = String(1 + (i % 28)).padStart(2, '0');
    const article = `${title}\nUpdated on: March ${day}, 2005 / 7:51 AM EST / BBC\n${body.join('\n')}\n\n`;
    parts.push(article);
    size += Buffer.byteLength(article);
  }
  return parts.join('').slice(0, bytes);
}

function time<T>(fn: () => T): { ms: number; value: T } {
  const t0 = performance.now();
  const value = fn();
  return { ms: performance.now() - t0, value };
}

/** The baseline the issue names: compromise with compromise-dates, one paragraph at a time. */
function baseline(text: string): number {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const nlp = require('compromise').extend(require('compromise-dates'));
  let found = 0;
  for (const paragraph of text.split(/\n\s*\n|\n/)) {
    if (!paragraph.trim()) continue;
    const doc = nlp(paragraph);
    found += doc.people().length + doc.places().length + doc.organizations().length + doc.quotations().length;
    try {
      found += doc.dates().json().length;
    } catch {
      // compromise-dates throws on some paragraphs (`t.isValid is not a function`); the baseline skips them
    }
  }
  return found;
}

/** The date part of the baseline: compromise-dates alone, one paragraph at a time. */
function baselineDates(text: string): number {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const nlp = require('compromise').extend(require('compromise-dates'));
  let found = 0;
  for (const paragraph of text.split(/\n\s*\n|\n/)) {
    if (!paragraph.trim()) continue;
    try {
      found += nlp(paragraph).dates().json().length;
    } catch {
      // as in baseline(): compromise-dates throws on some paragraphs
    }
  }
  return found;
}

/** The date layer alone (extraction of every block and the anchoring pass, no cache), on the engine's own blocks and
 * articles: the median of seven runs. */
function dateLayer(text: string, analysis: Analysis): number {
  const runs: number[] = [];
  for (let run = 0; run < 7; run++) {
    runs.push(time(() => anchorDocument(text, analysis.blocks, analysis.articles, analysis.blocks.map(b => extractDates(text.slice(b.start, b.end))))).ms);
  }
  return runs.sort((a, b) => a - b)[3];
}

/** Wall time of one whole CLI run (start-up, read, analyze, print JSON) in a child process. */
function cliRun(file: string): { ms: number } {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [resolve('dist/cli.js'), 'analyze', '--json', file], { stdio: ['ignore', 'ignore', 'pipe'] });
  if (r.status !== 0) throw new Error(`cli failed: ${r.stderr}`);
  return { ms: performance.now() - t0 };
}

const fmt = (n: number, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');

function main(): void {
  const articles = corpusArticles();
  mkdirSync(outDir, { recursive: true });
  const dump1 = buildDump(articles, 1 << 20);
  const dump5 = buildDump(articles, 5 << 20);
  const file1 = join(outDir, 'dump-1mb.txt');
  const file5 = join(outDir, 'dump-5mb.txt');
  writeFileSync(file1, dump1);
  writeFileSync(file5, dump5);

  const rows: [string, string, string, string][] = [];
  const figures: Record<string, number> = {};

  process.stderr.write('baseline 1 MB (compromise + compromise-dates per paragraph)…\n');
  const base1 = time(() => baseline(dump1)).ms;
  figures.baseline1MBms = base1;

  process.stderr.write('engine 1 MB in-process…\n');
  const run1 = time(() => analyze(dump1));
  const eng1 = run1.ms;
  figures.engine1MBms = eng1;
  // The run above is the process's first: it pays V8's compilation and the engine's lazily built tables, as the CLI
  // does; the editor's worker is warm. So also a warm run, on another 1 MB of the same corpus (articles taken from the
  // 1,001st on, none of which is in the dump above), since the segmenter remembers lines it has classified.
  const dumpOther = buildDump([...articles.slice(1000), ...articles.slice(0, 1000)], 1 << 20);
  const engWarm = time(() => analyze(dumpOther)).ms;
  figures.engine1MBWarmMs = engWarm;
  process.stderr.write('date layer 1 MB, and compromise-dates alone…\n');
  const dates1 = dateLayer(dump1, run1.value);
  const baseDates1 = time(() => baselineDates(dump1)).ms;
  Object.assign(figures, { dateLayer1MBms: dates1, baselineDates1MBms: baseDates1 });
  process.stderr.write('engine 5 MB in-process…\n');
  const eng5 = time(() => analyze(dump5)).ms;
  figures.engine5MBms = eng5;

  let base5 = NaN;
  if (withBaseline5) {
    process.stderr.write('baseline 5 MB…\n');
    base5 = time(() => baseline(dump5)).ms;
  }
  figures.baseline5MBms = base5;

  process.stderr.write('CLI runs…\n');
  const cli1 = cliRun(file1);
  const cli5 = cliRun(file5);
  Object.assign(figures, { cli1MBms: cli1.ms, cli5MBms: cli5.ms });

  // Re-analysis after edits in the middle of the 1 MB dump, the analyzer warm, as typing makes them: a word typed key
  // by key (lowercase words: the names and clusters of the dump stay as they were), then a sentence with a name, a date and a
  // quote (each new name clusters the dump again); median and 95th percentile of each, and of all keystrokes.
  const analyzer = new Analyzer();
  analyzer.analyze(dump1);
  const mid = dump1.indexOf(' ', dump1.length >> 1);
  const typeAt = (at: number, typed: string): number[] => {
    const ms: number[] = [];
    for (let n = 1; n <= typed.length; n++) {
      const edited = dump1.slice(0, at) + typed.slice(0, n) + dump1.slice(at);
      // Reading a character makes V8 copy the concatenation into one flat string, as the editor's text arrives in the
      // analysis worker (a message's string is flat): that copy of 1 MB is the message's cost, not the analysis's.
      edited.charCodeAt(0);
      ms.push(time(() => analyzer.analyze(edited)).ms);
    }
    analyzer.analyze(dump1);
    return ms;
  };
  const word = typeAt(mid, ' x'.repeat(30));
  const sentence = typeAt(mid, ' and Mayor Ines Calloway said on Tuesday that “the ferry will run”');
  const keystrokes = [...word, ...sentence];
  Object.assign(figures, {
    editMedianMs: quantile(keystrokes, 0.5), editP95Ms: quantile(keystrokes, 0.95),
    editWordMedianMs: quantile(word, 0.5), editWordP95Ms: quantile(word, 0.95),
    editSentenceMedianMs: quantile(sentence, 0.5), editSentenceP95Ms: quantile(sentence, 0.95),
  });

  // First screen: the first 60 lines, analyzed on their own by a cold analyzer (what the editor shows first).
  const firstScreenEnd = nthLineEnd(dump1, 60);
  const firstScreen = time(() => new Analyzer().analyze(dump1.slice(0, firstScreenEnd))).ms;
  figures.firstScreenMs = firstScreen;

  const mb = (ms: number, size: number) => fmt(size / (1 << 20) / (ms / 1000), 2);
  rows.push(['whole analysis, 1 MB (in-process, first run of the process)', `${fmt(eng1)} ms`, `${fmt(base1)} ms`, `${fmt(base1 / eng1, 1)}x faster`]);
  rows.push(['whole analysis, another 1 MB, engine warm (in-process)', `${fmt(engWarm)} ms`, `${fmt(base1)} ms (the 1 MB above)`, `${fmt(base1 / engWarm, 1)}x faster`]);
  rows.push(['whole analysis, 5 MB (in-process)', `${fmt(eng5)} ms`, withBaseline5 ? `${fmt(base5)} ms` : 'not run', withBaseline5 ? `${fmt(base5 / eng5, 1)}x faster` : '']);
  rows.push(['date layer (extract + anchor), 1 MB (median of 7)', `${fmt(dates1, 1)} ms`, `${fmt(baseDates1)} ms (compromise-dates alone)`, `${fmt(baseDates1 / dates1, 1)}x faster; target < 60 ms`]);
  rows.push(['CLI `analyze --json`, 1 MB', `${fmt(cli1.ms)} ms (${mb(cli1.ms, dump1.length)} MB/s)`, `${mb(base1, dump1.length)} MB/s`, '']);
  rows.push(['CLI `analyze --json`, 5 MB', `${fmt(cli5.ms)} ms (${mb(cli5.ms, dump5.length)} MB/s)`, '', '']);
  rows.push(['scaling 5 MB / 1 MB', `${fmt(eng5 / eng1, 2)}`, '', 'target ≤ 6']);
  const edits = (ms: number[]) => `${fmt(quantile(ms, 0.5), 1)} / ${fmt(quantile(ms, 0.95), 1)} ms`;
  rows.push([`edit, 1 MB: all ${keystrokes.length} keystrokes below (median / p95)`, edits(keystrokes), '', 'target ≤ 16 / ≤ 50 ms']);
  rows.push([`edit, 1 MB: typing lowercase words (${word.length} keys)`, edits(word), '', '']);
  rows.push([`edit, 1 MB: typing a sentence with a name, a date, a quote (${sentence.length} keys)`, edits(sentence), '', '']);
  rows.push(['first screen (60 lines), cold', `${fmt(firstScreen, 1)} ms`, '', 'target < 150 ms']);
  const peak = peakMemoryMB(file5);
  figures.peak5MBMB = peak;
  rows.push(['peak memory, CLI on 5 MB', `${fmt(peak)} MB`, '', 'target < 400 MB']);

  console.log('| measure | News Lens | baseline | ratio / target |');
  console.log('|---|---:|---:|---|');
  for (const r of rows) console.log(`| ${r.join(' | ')} |`);
  if (jsonOut) writeFileSync(jsonOut, JSON.stringify(figures, null, 2));
}

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

function nthLineEnd(text: string, n: number): number {
  let at = 0;
  for (let i = 0; i < n; i++) {
    const next = text.indexOf('\n', at);
    if (next < 0) return text.length;
    at = next + 1;
  }
  return at;
}

/** Peak resident memory of the CLI analyzing `file`, measured by GNU time (NaN where it is missing). */
function peakMemoryMB(file: string): number {
  const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, resolve('dist/cli.js'), 'analyze', '--json', file], {
    encoding: 'utf8',
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const kb = Number(r.stderr?.trim().split('\n').pop());
  return Number.isFinite(kb) && kb > 0 ? kb / 1024 : NaN;
}

main();
