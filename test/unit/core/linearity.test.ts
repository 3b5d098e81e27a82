// Every scanner does work linear in its input, on every adversarial generator: the work (counted exactly, see
// workMeter.ts and linearity.child.ts) on 4n characters is at most 5 times the work on n, plus a fixed allowance for
// work that does not grow with the input at all (one speaker found in the larger text and not in the smaller: a
// few hundred steps). No clock is read.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { GENERATORS } from './adversarial';

interface Measure { scanner: string; generator: string; small: number; large: number }

const N = 4000;
const FIXED = 2000;
const SCANNERS = ['lines', 'segment', 'quotes', 'names', 'clusters', 'dates', 'attribution', 'speakers', 'analyze'];

function measure(scanners: string[], n: number): Measure[] {
  const child = spawnSync(process.execPath, ['--import', 'tsx', 'test/unit/core/linearity.child.ts', String(n), scanners.join(',')], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  assert.equal(child.status, 0, child.stderr);
  return child.stdout.trim().split('\n').map(l => JSON.parse(l) as Measure);
}

describe('linear work on adversarial input', function () {
  this.timeout(600_000); // a hang guard only: the child measures every scanner on every generator

  let results: Measure[] = [];
  before(() => {
    results = measure(SCANNERS, N);
  });

  it('the measure tells a quadratic pass from a linear one', () => {
    const control = measure(['quadratic control'], N);
    assert.equal(control.length, GENERATORS.length);
    for (const c of control) assert.ok(c.large / c.small > 10, `${c.generator}: the quadratic control grew only ${(c.large / c.small).toFixed(1)}x`);
  });

  it('random mixtures of the generators (fast-check): analyze does at most 5x the work on 4x the mixture', () => {
    const child = spawnSync(process.execPath, ['--import', 'tsx', 'test/unit/core/linearity.child.ts', String(N), 'mixtures', String(FIXED), '12'], { encoding: 'utf8' });
    assert.equal(child.status, 0, child.stderr);
    const runs = child.stdout.trim().split('\n').map(l => JSON.parse(l) as Measure & { ok: boolean });
    assert.equal(runs.length, 12);
    assert.deepEqual(runs.filter(r => !r.ok).map(r => `${r.generator}: ${(r.large / r.small).toFixed(1)}x`), []);
  });

  for (const scanner of SCANNERS) {
    it(`${scanner}: 4x the input is at most 5x the work (plus a fixed allowance), on every generator`, () => {
      const mine = results.filter(r => r.scanner === scanner);
      assert.equal(mine.length, GENERATORS.length);
      const grown = mine.filter(r => r.large > 5 * r.small + FIXED).map(r => `${r.generator}: ${(r.large / r.small).toFixed(1)}x (${r.small} → ${r.large})`);
      assert.deepEqual(grown, []);
    });
  }
});
