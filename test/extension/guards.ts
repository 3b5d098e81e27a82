// What every run of the extension-host suite checks besides the tests themselves: News Lens logged no error and left
// no promise rejection or exception unhandled. Mocha's global fixtures, so that the project's entry (index.ts) and
// @vscode/test-cli (`mocha.require` in .vscode-test.mjs) apply the same checks.
import * as fs from 'node:fs';
import * as path from 'node:path';
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

const extension = () => vscode.extensions.getExtension<NewsLensApi>(EXTENSION_ID);
const extensionPath = () => extension()?.extensionPath ?? path.resolve(__dirname, '..', '..', '..');
const problems: string[] = [];

function fromUs(reason: unknown): boolean {
  const text = reason instanceof Error ? `${reason.message}\n${reason.stack ?? ''}` : String(reason);
  return text.includes(path.join(extensionPath(), 'dist')) || /news ?lens/i.test(text);
}
function onRejection(reason: unknown): void {
  if (fromUs(reason)) problems.push(`unhandled rejection: ${reason instanceof Error ? reason.stack : String(reason)}`);
}
function onException(error: Error): void {
  if (fromUs(error)) problems.push(`uncaught exception: ${error.stack}`);
}

export function mochaGlobalSetup(): void {
  problems.length = 0;
  process.on('unhandledRejection', onRejection);
  process.on('uncaughtExceptionMonitor', onException);
}

/** Throws when News Lens reported problems during the suite. */
export async function mochaGlobalTeardown(): Promise<void> {
  // Rejections surface a tick or more after the promise settles; give them a moment.
  await new Promise(r => setTimeout(r, 1500));
  process.off('unhandledRejection', onRejection);
  process.off('uncaughtExceptionMonitor', onException);
  const ext = extension();
  const api = ext?.isActive ? ext.exports : undefined;
  for (const e of api?.loggedErrors() ?? []) problems.push(`News Lens logged an error: ${e.message}`);
  if (api) problems.push(...hostLogErrors(path.dirname(api.logFolder.fsPath), extensionPath()));
  if (problems.length > 0) {
    console.error(`News Lens reported ${problems.length} problem(s) during the suite:`);
    for (const p of problems.slice(0, 20)) console.error(`- ${p.slice(0, 2000)}`);
    throw new Error(`${problems.length} error(s) logged by News Lens`);
  }
}
