// Speaker invariants over a corpus: runs the engine in-process on every .txt under a folder (default: the BBC corpus,
// ../shared/corpus/bbc, read in place) and counts the scorer's two consistency checks: a speaker whose words lie in a
// person or organization mention is that mention's canonical, and no speaker span overlaps a date.
// `tsx scripts/consistency.ts [DIR|FILE ...] [--verbose]`; exits 1 when either falls short of 100%.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyze } from '../src/core/analyze';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const roots = args.filter(a => !a.startsWith('--'));
const files: string[] = [];
const walk = (p: string) => {
  if (statSync(p).isDirectory()) for (const f of readdirSync(p).sort()) walk(join(p, f));
  else if (p.endsWith('.txt') && !/README/i.test(p)) files.push(p);
};
for (const r of roots.length ? roots : [resolve(process.env.NEWS_LENS_BBC_DIR ?? '../shared/corpus/bbc')]) walk(r);

const covers = (o: { start: number; end: number }, i: { start: number; end: number }) => o.start <= i.start && i.end <= o.end;
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
let canonical = 0, canonicalOk = 0, notDate = 0, notDateOk = 0, speakers = 0;
for (const f of files) {
  // UTF-8, except the one BBC article that is Latin-1
  const utf8 = readFileSync(f, 'utf8');
  const text = utf8.includes('\uFFFD') ? readFileSync(f, 'latin1') : utf8;
  const a = analyze(text);
  for (const q of a.quotes) {
    if (!q.speaker || !q.speakerSpan) continue;
    speakers++;
    const ent = a.entities.find(e => (e.type === 'person' || e.type === 'organization') && covers(e, q.speakerSpan!));
    if (ent) {
      canonical++;
      if (ent.canonical === q.speaker) canonicalOk++;
      else if (verbose) console.log(`${f}: speaker ${q.speaker} of ${q.text.slice(0, 40)} differs from ${ent.canonical}`);
    }
    notDate++;
    if (!a.dates.some(d => overlaps(d, q.speakerSpan!))) notDateOk++;
    else if (verbose) console.log(`${f}: speaker ${q.speaker} of ${q.text.slice(0, 40)} is a date`);
  }
}
const pct = (ok: number, n: number) => (n ? (100 * ok / n).toFixed(2) : '100.00');
console.log(`${files.length} files, ${speakers} quotes with a speaker span`);
console.log(`consistency.speaker_is_canonical ${pct(canonicalOk, canonical)}% (${canonicalOk}/${canonical})`);
console.log(`consistency.speaker_not_date     ${pct(notDateOk, notDate)}% (${notDateOk}/${notDate})`);
process.exit(canonicalOk === canonical && notDateOk === notDate ? 0 : 1);
