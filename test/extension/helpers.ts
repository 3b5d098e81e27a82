// Shared steps of the extension-host suite: fixtures, the extension's API, hovers as text, waiting for a state.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { NewsLensApi } from '../../src/extension/extension';

export const EXTENSION_ID = 'news-lens.news-lens';
/** test/fixtures, from out/test/extension where the compiled suite runs. */
export const FIXTURES = path.resolve(__dirname, '..', '..', '..', 'test', 'fixtures');

export function fixture(name: string): vscode.Uri {
  return vscode.Uri.file(path.join(FIXTURES, name));
}

export async function api(): Promise<NewsLensApi> {
  const extension = vscode.extensions.getExtension<NewsLensApi>(EXTENSION_ID);
  if (!extension) throw new Error(`${EXTENSION_ID} is not installed`);
  return extension.isActive ? extension.exports : extension.activate();
}

export async function open(nameOrUri: string | vscode.Uri): Promise<vscode.TextEditor> {
  const uri = typeof nameOrUri === 'string' ? fixture(nameOrUri) : nameOrUri;
  const document = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(document, { preview: false });
}

/** Waits until `check` returns something truthy, or fails with `what` after `timeoutMs`. */
export async function waitFor<T>(what: string, check: () => T | Promise<T>, timeoutMs = 15000): Promise<NonNullable<T>> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value as NonNullable<T>;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise(r => setTimeout(r, 50));
  }
}

export async function hoverText(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
  return hovers
    .flatMap(h => h.contents.map(c => (typeof c === 'string' ? c : c.value)))
    .join('\n');
}

/** Sets a `newsLens.` setting for the test and returns a function that restores it. */
export async function setting(key: string, value: unknown): Promise<() => Promise<void>> {
  const config = vscode.workspace.getConfiguration('newsLens');
  const before = config.inspect(key)?.globalValue;
  await config.update(key, value, vscode.ConfigurationTarget.Global);
  return async () => vscode.workspace.getConfiguration('newsLens').update(key, before, vscode.ConfigurationTarget.Global);
}

export async function closeAll(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

export function position(document: vscode.TextDocument, offset: number): vscode.Position {
  return document.positionAt(offset);
}

/** An untitled plain-text document with a name no earlier test used, shown in an editor (VS Code reuses `Untitled-N`,
 * and the log outlives documents). */
export async function freshDocument(name: string, content: string): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.from({ scheme: 'untitled', path: `${name}-${Date.now()}.txt` }));
  const edit = new vscode.WorkspaceEdit();
  edit.insert(document.uri, new vscode.Position(0, 0), content);
  assert.ok(await vscode.workspace.applyEdit(edit));
  await vscode.window.showTextDocument(document);
  return document;
}
