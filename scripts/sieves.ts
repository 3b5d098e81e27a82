// Per-sieve precision of quote attribution: runs the engine in-process on gold sets (../shared/eval/dev/SET, read in
// place, never copied) and prints, for each sieve, how many quotes it decided and how many of those got the gold
// speaker. `tsx scripts/sieves.ts [--misses SIEVE] SET...` (default: polnear-train polnear-dev).
// Matching follows ../shared/eval/score.mjs: a system quote covering a gold quote is matched to it; a decision on a
// quote with a gold `?` or `*` speaker counts as right, one on a scare quote or an unmatched quote as wrong.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyze } from '../src/core/analyze';
import type { Quote } from '../src/core/types';
import { locate, sameSpeaker, type GoldQuote } from './polnear';

interface Gold { quotes?: GoldQuote[]; quotesExhaustive?: boolean; referenceDate?: string; file?: string }

const evalDir = resolve(process.env.NEWS_LENS_EVAL_DIR ?? '../shared/eval');
const args = process.argv.slice(2);
const missesOf = args.includes('--misses') ? args[args.indexOf('--misses') + 1] : undefined;
const sets = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--misses');

type Row = { decided: number; right: number };
const table = new Map<string, Map<string, Row>>();
const misses: string[] = [];

for (const set of sets.length ? sets : ['polnear-train', 'polnear-dev']) {
  const dir = join(evalDir, 'dev', set);
  const rows = new Map<string, Row>();
  table.set(set, rows);
  for (const f of readdirSync(dir).filter(n => n.endsWith('.gold.json')).sort()) {
    const gold = JSON.parse(readFileSync(join(dir, f), 'utf8')) as Gold;
    const text = readFileSync(join(dir, gold.file ?? f.replace(/\.gold\.json$/, '.txt')), 'utf8').replace(/^\uFEFF/, '');
    const { quotes } = analyze(text, gold.referenceDate ? { referenceDate: gold.referenceDate } : {});
    const goldSpans = (gold.quotes ?? []).map(q => ({ q, span: locate(text, q) }));
    for (const { q, span } of goldSpans) {
      if (q.kind === 'optional' || q.speaker === null || q.speaker === '*') continue;
      const sys = quotes.find(s => s.start <= span.start && span.end <= s.end);
      const key = q.speaker === '?' ? '(gold ?: left open)' : '(gold name: left open)';
      const total = q.speaker === '?' ? '(gold ?: all)' : '(gold name: all)';
      const all = rows.get(total) ?? rows.set(total, { decided: 0, right: 0 }).get(total)!;
      all.decided++;
      if (sys?.speaker && (q.speaker === '?' || sameSpeaker(sys.speaker, q.speaker))) all.right++;
      if (sys?.speaker) continue;
      const row = rows.get(key) ?? rows.set(key, { decided: 0, right: 0 }).get(key)!;
      row.decided++;
      if (missesOf === 'open') misses.push(`${set} ${f.slice(0, 50)} ${sys ? '' : '[not found] '}${JSON.stringify(q.text.slice(0, 70))}; gold ${JSON.stringify(q.speaker)}`);
    }
    for (const sys of quotes as (Quote & { sieve?: string })[]) {
      if (!sys.speaker) continue;
      const g = goldSpans.find(x => sys.start <= x.span.start && x.span.end <= sys.end);
      if (!g && gold.quotesExhaustive === false) continue;
      const right = !!g && (g.q.kind === 'optional' || g.q.speaker === '?' || g.q.speaker === '*' || (g.q.speaker !== null && sameSpeaker(sys.speaker, g.q.speaker)));
      const sieve = sys.sieve ?? '(none)';
      for (const key of ['(all decided)', sieve, sieve.split('/')[0] + '/*', '*/' + (sieve.split('/')[1] ?? '')]) {
        const row = rows.get(key) ?? rows.set(key, { decided: 0, right: 0 }).get(key)!;
        row.decided++;
        if (right) row.right++;
      }
      if (!right && missesOf && missesOf !== 'open' && sieve.includes(missesOf)) {
        misses.push(`${set} ${f.slice(0, 50)} [${sieve}] ${JSON.stringify(sys.text.slice(0, 70))} -> ${sys.speaker}; gold ${g ? JSON.stringify(g.q.speaker) : 'none'}`);
      }
    }
  }
}

const keys = [...new Set([...table.values()].flatMap(rows => [...rows.keys()]))].sort((a, b) => {
  const group = (k: string) => (k.startsWith('*/') ? 2 : k.endsWith('/*') ? 1 : 0);
  return group(a) - group(b) || a.localeCompare(b);
});
const setNames = [...table.keys()];
console.log(`| sieve | ${setNames.map(s => `${s} decided | precision`).join(' | ')} |`);
console.log(`|---|${setNames.map(() => '---:|---:').join('|')}|`);
for (const k of keys) {
  const cells = setNames.map(s => {
    const r = table.get(s)!.get(k);
    return r ? `${r.decided} | ${(100 * r.right / r.decided).toFixed(1)}%` : '0 | –';
  });
  console.log(`| ${k} | ${cells.join(' | ')} |`);
}
for (const m of misses) console.log(m);
