// The extension-host test entry (the @vscode/test-electron `extensionTestsPath` contract): runs the suite with mocha
// inside VS Code, and fails the run if News Lens logged an error or left a promise rejection unhandled.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import * as vscode from 'vscode';
import type { NewsLensApi } from '../../src/extension/extension';

const EXTENSION_ID = 'news-lens.news-lens';

/** Error lines of the extension host's own logs (exthost.log, remoteexthost.log) that come from News Lens. */
function hostLogErrors(folder: string, extensionPath: string): string[] {
  if (!fs.existsSync(folder)) return [];
  const found: string[] = [];
  for (const name of fs.readdirSync(folder).filter(f => /exthost.*\.log$/i.test(f))) {
    const entries = fs.readFileSync(path.join(folder, name), 'utf8').split(/\n(?=\d{4}-\d{2}-\d{2} )/);
    for (const entry of entries) {
      if (/\[error\]/.test(entry) && (entry.includes(path.join(extensionPath, 'dist')) || /news-lens|newsLens/.test(entry))) {
        found.push(`${name}: ${entry.trim()}`);
      }
    }
  }
  return found;
}

export async function run(): Promise<void> {
  const extension = vscode.extensions.getExtension<NewsLensApi>(EXTENSION_ID);
  const extensionPath = extension?.extensionPath ?? path.resolve(__dirname, '..', '..', '..');
  const fromUs = (reason: unknown) => {
    const text = reason instanceof Error ? `${reason.message}\n${reason.stack ?? ''}` : String(reason);
    return text.includes(path.join(extensionPath, 'dist')) || /news ?lens/i.test(text);
  };
  const problems: string[] = [];
  const onRejection = (reason: unknown) => {
    if (fromUs(reason)) problems.push(`unhandled rejection: ${reason instanceof Error ? reason.stack : String(reason)}`);
  };
  const onException = (error: Error) => {
    if (fromUs(error)) problems.push(`uncaught exception: ${error.stack}`);
  };
  process.on('unhandledRejection', onRejection);
  process.on('uncaughtExceptionMonitor', onException);

  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 30000, reporter: 'spec' });
  for (const file of fs.readdirSync(__dirname).filter(f => f.endsWith('.test.js')).sort()) mocha.addFile(path.join(__dirname, file));
  const failures = await new Promise<number>(resolve => mocha.run(resolve));

  // Rejections surface a tick or more after the promise settles; give them a moment.
  await new Promise(r => setTimeout(r, 1500));
  process.off('unhandledRejection', onRejection);
  process.off('uncaughtExceptionMonitor', onException);
  const api = extension?.isActive ? extension.exports : undefined;
  for (const e of api?.loggedErrors() ?? []) problems.push(`News Lens logged an error: ${e.message}`);
  if (api) problems.push(...hostLogErrors(path.dirname(api.logFolder.fsPath), extensionPath));
  if (problems.length > 0) {
    console.error(`News Lens reported ${problems.length} problem(s) during the suite:`);
    for (const p of problems.slice(0, 20)) console.error(`- ${p.slice(0, 2000)}`);
  }
  if (failures > 0 || problems.length > 0) {
    throw new Error(`${failures} test(s) failed; ${problems.length} error(s) logged by News Lens`);
  }
}
