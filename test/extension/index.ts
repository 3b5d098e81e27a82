// The extension-host test entry (the @vscode/test-electron `extensionTestsPath` contract, used by the project's runner
// scripts/vscode-test/run.mjs): runs the suite with mocha inside VS Code, with the checks of guards.ts around it.
// @vscode/test-cli (.vscode-test.mjs) runs the same files with the same guards.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import { mochaGlobalSetup, mochaGlobalTeardown } from './guards';

export async function run(): Promise<void> {
  mochaGlobalSetup();
  // NEWS_LENS_TEST_GREP runs only the matching tests (a developer's shortcut; `npm test` never sets it).
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 30000, reporter: 'spec', grep: process.env.NEWS_LENS_TEST_GREP });
  for (const file of fs.readdirSync(__dirname).filter(f => f.endsWith('.test.js')).sort()) mocha.addFile(path.join(__dirname, file));
  const failures = await new Promise<number>(resolve => mocha.run(resolve));
  await mochaGlobalTeardown();
  if (failures > 0) throw new Error(`${failures} test(s) failed`);
}
