#!/usr/bin/env node
// Proves the runner's verdicts on this machine with a throwaway extension: a passing suite passes, and a failing test,
// an unhandled rejection from the extension and an error in its own log channel each fail the run. About 1–2 minutes.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const run = path.join(path.dirname(fileURLToPath(import.meta.url)), 'run.mjs');
const ext = mkdtempSync(path.join(tmpdir(), 'news-lens-selftest-'));
writeFileSync(path.join(ext, 'package.json'), JSON.stringify({
  name: 'news-lens-selftest', publisher: 'news-lens', version: '0.0.1', engines: { vscode: '^1.90.0' },
  main: './extension.js', activationEvents: ['onStartupFinished'],
}));
writeFileSync(path.join(ext, 'extension.js'), `const vscode = require('vscode');
exports.activate = () => {
  if (process.env.SELFTEST_CASE === 'rejection') Promise.reject(new Error('selftest: deliberate unhandled rejection'));
  if (process.env.SELFTEST_CASE === 'log') vscode.window.createOutputChannel('News Lens', { log: true }).error('selftest: deliberate error');
};
`);
writeFileSync(path.join(ext, 'suite.js'), `const vscode = require('vscode');
exports.run = async () => {
  await vscode.extensions.getExtension('news-lens.news-lens-selftest').activate();
  if (process.env.SELFTEST_CASE === 'failure') throw new Error('selftest: deliberate test failure');
  console.log('selftest suite ran');
};
`);

const cases = [['pass', 0], ['failure', 1], ['rejection', 1], ['log', 1]];
let wrong = 0;
for (const [name, expected] of cases) {
  const r = spawnSync(process.execPath, [run, 'ext-host', '--extension', ext, '--tests', path.join(ext, 'suite.js'), '--folder', ext],
    { env: { ...process.env, SELFTEST_CASE: name }, encoding: 'utf8' });
  const verdict = r.status === 0 ? 0 : 1;
  const last = (r.stdout + r.stderr).trim().split('\n').filter(l => l.startsWith('[vscode-test]')).pop();
  console.log(`${verdict === expected ? 'ok  ' : 'WRONG'} ${name}: exit ${r.status} — ${last}`);
  if (verdict !== expected) wrong++;
}
rmSync(ext, { recursive: true, force: true });
console.log(wrong ? `selftest: ${wrong} wrong verdict(s)` : 'selftest passed');
process.exit(wrong ? 1 : 0);
