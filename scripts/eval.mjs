// Runs ../shared/eval/score.mjs on the three dev sets with the minimums of the engine issue.
// Reads ../shared/ (evaluation data is never copied into the repo), so it is not part of `npm test`.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const evalDir = resolve(process.env.NEWS_LENS_EVAL_DIR ?? '../shared/eval');
const scorer = resolve(evalDir, 'score.mjs');
if (!existsSync(scorer)) {
  console.error(`eval: ${scorer} not found (set NEWS_LENS_EVAL_DIR to the folder holding score.mjs and dev/)`);
  process.exit(2);
}
const sets = {
  'polnear-dev': ['quotes.recall=0.95', 'quotes.speaker_accuracy=0.80', 'quotes.attributed_rate=0.85', 'quotes.attributed_precision=0.85'],
  'timebank-aquaint': ['dates.recall=0.85', 'dates.value_accuracy=0.78', 'dates.precision=0.85'],
  'conll-dev': ['ner.person.recall=0.75', 'ner.person.precision=0.75', 'ner.place.recall=0.70', 'ner.place.precision=0.70'],
};
const only = process.argv.slice(2).filter(a => !a.startsWith('-'));
const verbose = process.argv.filter(a => a === '--verbose');
let failed = 0;
for (const [set, mins] of Object.entries(sets)) {
  if (only.length && !only.includes(set)) continue;
  console.log(`\n== ${set}`);
  const args = [scorer, '--cli', `node ${resolve('dist/cli.js')} analyze --json`, ...verbose, ...mins.flatMap(m => ['--min', m]), resolve(evalDir, 'dev', set)];
  const r = spawnSync(process.execPath, args, { stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
// Per-sieve decisions and precision on the PolNeAR sets (in-process, see scripts/sieves.ts).
if (!only.length || only.some(s => s.startsWith('polnear'))) {
  console.log('\n== attribution sieves');
  const r = spawnSync(process.execPath, ['--import', 'tsx', resolve('scripts/sieves.ts'), 'polnear-train', 'polnear-dev'], { stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
