#!/usr/bin/env node
// Scores the plain-text news detector (src/core/newsDetection.ts) on news and on non-news text found on this machine.
//
//   npm run eval:news [-- --verbose] [-- --features]
//
// News: the BBC corpus (../shared/corpus/bbc), the eval sets' news texts (../shared/eval/dev/polnear-*,
// timebank-aquaint), the repo's samples and dump fixtures. Non-news: gathered here, never committed — licenses
// (/usr/share/common-licenses, node_modules), Debian copyright files and changelogs, man pages (troff source),
// READMEs and changelogs from node_modules, source code, JSON, CSV, config files, logs, and word lists.
// Each source is sampled deterministically (sorted, every k-th file) so runs compare.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { newsEvidence, readsLikeNews, NEWS_SAMPLE_CHARS } from '../src/core/newsDetection.ts';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = path.resolve(repo, '..', 'shared');
const verbose = process.argv.includes('--verbose');
const features = process.argv.includes('--features');

/** Every file under `dir` whose name passes `keep`, sorted, at most `depth` folders down. */
function walk(dir, keep, depth = 8, out = []) {
  if (!existsSync(dir) || depth < 0) return out;
  let names;
  try {
    names = readdirSync(dir).sort();
  } catch {
    return out;
  }
  for (const name of names) {
    const file = path.join(dir, name);
    let stat;
    try {
      stat = statSync(file);
    } catch {
      continue;
    }
    if (stat.isDirectory()) walk(file, keep, depth - 1, out);
    else if (stat.isFile() && stat.size > 0 && keep(name, file)) out.push(file);
  }
  return out;
}

/** At most `n` of `files`, spread evenly over the sorted list. */
function spread(files, n) {
  if (files.length <= n) return files;
  const step = files.length / n;
  return Array.from({ length: n }, (_, i) => files[Math.floor(i * step)]);
}

function read(file) {
  const bytes = readFileSync(file);
  const text = (file.endsWith('.gz') ? gunzipSync(bytes) : bytes).subarray(0, NEWS_SAMPLE_CHARS * 4).toString('utf8');
  return text.includes('\u0000') ? undefined : text;
}

const nodeModules = path.join(repo, 'node_modules');
const NON_NEWS = [
  ['license', () => walk('/usr/share/common-licenses', () => true, 1)],
  ['license', () => spread(walk(nodeModules, n => /^(licen[cs]e|copying)(\.md|\.txt)?$/i.test(n)), 60)],
  ['copyright', () => spread(walk('/usr/share/doc', n => n === 'copyright', 1), 40)],
  ['changelog', () => spread(walk('/usr/share/doc', n => n === 'changelog.Debian.gz', 1), 25)],
  ['release notes', () => spread(walk('/usr/share/doc', n => /^NEWS(\.Debian)?\.gz$/.test(n), 1), 40)],
  ['readme', () => spread(walk('/usr/share/doc', n => /^README(\.Debian|\.md)?(\.gz)?$/.test(n), 1), 40)],
  ['man page', () => spread(walk('/usr/share/man', n => /\.[1-8]\.gz$/.test(n), 1), 30)],
  ['readme', () => spread(walk(nodeModules, n => /^readme\.md$/i.test(n)), 80)],
  ['changelog', () => spread(walk(nodeModules, n => /^(changelog|history)\.md$/i.test(n)), 15)],
  ['code', () => spread(walk(path.join(repo, 'src'), n => n.endsWith('.ts')), 15)],
  ['code', () => spread(walk(nodeModules, n => /\.(js|mjs|ts)$/.test(n) && !n.endsWith('.d.ts') && !n.endsWith('.min.js')), 25)],
  ['code', () => spread(walk('/usr/lib/python3.11', n => n.endsWith('.py'), 1), 15)],
  ['json', () => spread(walk(nodeModules, n => n === 'package.json', 2), 10)],
  ['csv', () => walk('/usr/share/distro-info', n => n.endsWith('.csv'), 0)],
  ['config', () => walk('/etc', n => n.endsWith('.conf'), 0)],
  ['log', () => walk('/var/log', n => n.endsWith('.log'), 1)],
  ['list', () => spread(walk('/usr/share/dict', () => true, 0), 3)],
  ['list', () => walk('/etc', n => ['services', 'protocols', 'passwd', 'group', 'shells', 'hosts', 'mime.types'].includes(n), 0)],
];

const NEWS = [
  ['bbc', () => walk(path.join(shared, 'corpus', 'bbc'), n => /^\d+\.txt$/.test(n), 1)],
  ['polnear', () => walk(path.join(shared, 'eval', 'dev'), (n, f) => /polnear-(dev|train)/.test(f) && n.endsWith('.txt'), 1)],
  ['timebank', () => walk(path.join(shared, 'eval', 'dev', 'timebank-aquaint'), n => n.endsWith('.txt'), 0)],
  ['repo dumps', () => [...walk(path.join(repo, 'samples'), n => n.endsWith('.txt'), 0), ...['riverside-dispatch.txt', 'harbor-week.news.txt', 'no-dateline.txt', 'ui/council.txt'].map(f => path.join(repo, 'test', 'fixtures', f))]],
];

/** The texts of `sources`; `distinct` drops repeated texts (the same license in many packages). */
function gather(sources, distinct) {
  const seen = new Set();
  const items = [];
  for (const [kind, list] of sources) {
    for (const file of list()) {
      const text = read(file);
      if (text === undefined || text.trim() === '' || (distinct && seen.has(text))) continue;
      seen.add(text);
      items.push({ kind, file, text });
    }
  }
  return items;
}

function score(label, items, wanted) {
  const byKind = new Map();
  const wrong = [];
  for (const item of items) {
    const got = readsLikeNews(item.text);
    const k = byKind.get(item.kind) ?? { n: 0, right: 0 };
    k.n++;
    if (got === wanted) k.right++;
    else wrong.push(item);
    byKind.set(item.kind, k);
  }
  const right = items.length - wrong.length;
  console.log(`${label}: ${right} of ${items.length} right (${(100 * right / items.length).toFixed(1)} %)`);
  for (const [kind, k] of byKind) console.log(`  ${kind.padEnd(12)} ${k.right} / ${k.n}`);
  if (verbose || features) {
    for (const item of wrong) {
      console.log(`  wrong: ${path.relative(process.cwd(), item.file)}`);
      if (features) console.log(`    ${JSON.stringify(newsEvidence(item.text), (_, v) => (typeof v === 'number' ? Math.round(v * 1000) / 1000 : v))}`);
    }
  }
  return { right, n: items.length };
}

if (process.argv.includes('--dump')) {
  const rows = [...gather(NEWS, false).map(i => ({ ...i, news: true })), ...gather(NON_NEWS, true).map(i => ({ ...i, news: false }))];
  console.log(JSON.stringify(rows.map(i => ({ kind: i.kind, file: i.file, news: i.news, ...newsEvidence(i.text) }))));
  process.exit(0);
}
const news = score('news read as news', gather(NEWS, false), true);
const other = score('non-news left alone', gather(NON_NEWS, true), false);
if (news.n < 2000 || other.n < 200) console.log(`note: fewer texts than the minimums (2,225 BBC articles, 200 non-news): ${news.n}, ${other.n}`);
