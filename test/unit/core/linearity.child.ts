// Run by linearity.test.ts in a child process (the work meter replaces built-ins for the whole process). For each
// scanner and each adversarial generator, measures the work done on n and on 4n characters and prints JSON lines
// { scanner, generator, small, large }. Every text ends with a quote glued to it, since attribution returns at once
// from a text without quotes and would otherwise never read the hostile part.
//
// Work is counted exactly, twice over: V8's precise block coverage counts every block of engine code executed (each
// loop iteration, each call), and the work meter counts what built-ins (regex matching, indexOf, slice …) scan.
import { Session } from 'node:inspector';
import { analyze } from '../../../src/core/analyze';
import { attributeQuotes } from '../../../src/core/attribution';
import { clusterEntities } from '../../../src/core/clusters';
import { findDates } from '../../../src/core/dates';
import { LineIndex } from '../../../src/core/lines';
import { findEntityMentions } from '../../../src/core/entities';
import { findQuotes } from '../../../src/core/quotes';
import { segment } from '../../../src/core/segment';
import { buildSpeakers } from '../../../src/core/speakers';
import fc from 'fast-check';
import { GENERATORS, mixture } from './adversarial';
import { measureWork } from './workMeter';

const session = new Session();
session.connect();
const post = (method: string, params?: object) => new Promise<unknown>((resolve, reject) =>
  session.post(method, params ?? {}, (err, result) => (err ? reject(err) : resolve(result))));

interface Coverage { result: { url: string; functions: { ranges: { count: number }[] }[] }[] }

/** Blocks of engine code executed since the last call (taking coverage resets the counters). */
async function engineBlocks(): Promise<number> {
  const { result } = (await post('Profiler.takePreciseCoverage')) as Coverage;
  let blocks = 0;
  for (const script of result) {
    if (!script.url.includes('/src/core/')) continue;
    for (const f of script.functions) for (const r of f.ranges) blocks += r.count;
  }
  return blocks;
}

type Scanner = { name: string; prepare: (text: string) => () => unknown };

const QUOTE_TAIL = ' said “Yes, it is.”';

/** A known quadratic pass (each position rescans the rest), to show the measure tells one apart. */
function quadraticControl(text: string): number {
  let found = 0;
  for (let i = 0; i < text.length; i += 8) if (text.indexOf('\u0000', i) >= 0) found++;
  return found;
}

const SCANNERS: Scanner[] = [
  { name: 'lines', prepare: text => () => { const index = new LineIndex(text); for (let i = 0; i < text.length; i += 97) index.position(i); } },
  { name: 'segment', prepare: text => () => segment(text) },
  { name: 'quotes', prepare: text => () => findQuotes(text) },
  { name: 'names', prepare: text => () => findEntityMentions(text) },
  { name: 'clusters', prepare: text => { const mentions = findEntityMentions(text); return () => clusterEntities(text, mentions); } },
  { name: 'dates', prepare: text => () => findDates(text, '2025-03-14') },
  {
    name: 'attribution',
    prepare: text => {
      const a = analyze(text);
      const quotes = findQuotes(text);
      return () => attributeQuotes(text, quotes, a.entities, a.blocks);
    },
  },
  { name: 'speakers', prepare: text => { const a = analyze(text); return () => buildSpeakers(a.quotes, a.clusters); } },
  { name: 'analyze', prepare: text => () => analyze(text) },
  { name: 'quadratic control', prepare: text => () => quadraticControl(text) },
];

/** Random mixtures of the generators: analyze's work on the mixture at 4x its size is at most 5x (plus `fixed`). */
async function mixtures(n: number, fixed: number, runs: number) {
  const pieces = fc.array(fc.record({ generator: fc.nat(GENERATORS.length - 1), share: fc.double({ min: 0.05, max: 1, noNaN: true }) }), { minLength: 1, maxLength: 4 });
  const sampled = fc.sample(pieces, { numRuns: runs, seed: 11 });
  for (const p of sampled) {
    const work: number[] = [];
    for (const size of [n, 4 * n]) {
      const text = mixture(p, size) + QUOTE_TAIL;
      await engineBlocks();
      const builtins = measureWork(() => analyze(text));
      work.push(builtins + await engineBlocks());
    }
    const names = p.map(x => `${GENERATORS[x.generator].name} ×${x.share.toFixed(2)}`).join(' + ');
    process.stdout.write(JSON.stringify({ scanner: 'mixture', generator: names, small: work[0], large: work[1], ok: work[1] <= 5 * work[0] + fixed }) + '\n');
  }
}

async function main() {
  const [n, only] = [Number(process.argv[2] ?? 20_000), process.argv[3]];
  await post('Profiler.enable');
  await post('Profiler.startPreciseCoverage', { callCount: true, detailed: true });
  if (only === 'mixtures') return mixtures(n, Number(process.argv[4] ?? 2000), Number(process.argv[5] ?? 10));
  for (const scanner of SCANNERS) {
    if (only ? !only.split(',').includes(scanner.name) : scanner.name === 'quadratic control') continue;
    for (const g of GENERATORS) {
      const sizes: number[] = [];
      for (const size of [n, 4 * n]) {
        const run = scanner.prepare(g.make(size) + QUOTE_TAIL);
        await engineBlocks();
        const builtins = measureWork(run);
        sizes.push(builtins + await engineBlocks());
      }
      process.stdout.write(JSON.stringify({ scanner: scanner.name, generator: g.name, small: sizes[0], large: sizes[1] }) + '\n');
    }
  }
}

main().catch(err => { console.error(err); process.exit(1); });
