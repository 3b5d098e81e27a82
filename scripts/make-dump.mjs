// Writes a big news dump built from the BBC corpus, for measuring memory and time on large input (never committed):
//   node scripts/make-dump.mjs OUT.txt MB [--single-line]
// Articles are concatenated as a dump would be (headline, dateline, paragraphs); with --single-line each article's
// paragraphs are joined into one line, so the file is made of very long single-line paragraphs.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const [out, mb, mode] = process.argv.slice(2);
if (!out || !(Number(mb) > 0)) {
  console.error('usage: node scripts/make-dump.mjs OUT.txt MB [--single-line]');
  process.exit(2);
}
const corpus = resolve(process.env.NEWS_LENS_BBC_DIR ?? '../shared/corpus/bbc');
const files = [];
for (const topic of readdirSync(corpus).sort()) {
  const dir = join(corpus, topic);
  try {
    for (const f of readdirSync(dir).sort()) if (f.endsWith('.txt')) files.push(join(dir, f));
  } catch {
    // README.TXT and other plain files sit beside the topic folders
  }
}
const bytes = Number(mb) * 1024 * 1024;
const parts = [];
let size = 0;
for (let i = 0; size < bytes; i++) {
  const [title, ...body] = readFileSync(files[i % files.length], 'latin1').split('\n');
  const day = String(1 + (i % 28)).padStart(2, '0');
  const paragraphs = body.map(l => l.trim()).filter(Boolean);
  const text = mode === '--single-line' ? paragraphs.join(' ') : paragraphs.join('\n\n');
  const article = `${title}\nUpdated on: March ${day}, 2005 / 7:51 AM EST / BBC\n\n${text}\n\n`;
  parts.push(article);
  size += Buffer.byteLength(article);
}
writeFileSync(out, parts.join('').slice(0, bytes));
console.log(`${out}: ${(size / 1048576).toFixed(1)} MB from ${files.length} articles`);
