// The extension's log ("News Lens" in the Output panel) and a guard that routes every failure of ours into it,
// so no handler throws into VS Code and no promise rejection goes unhandled.
import vscode = require('vscode');

export interface LoggedError {
  message: string;
  time: number;
}

let channel: vscode.LogOutputChannel | undefined;
let owner: vscode.ExtensionContext | undefined;
const errors: LoggedError[] = [];

/** Where the log will live; the channel itself is created by its first message, after activation (it costs an RPC and a file). */
export function initLog(context: vscode.ExtensionContext): void {
  owner = context;
}

function log(): vscode.LogOutputChannel | undefined {
  if (!channel && owner) {
    channel = vscode.window.createOutputChannel('News Lens', { log: true });
    owner.subscriptions.push(channel);
  }
  return channel;
}

/** Opens the log in the Output panel ("News Lens: Show Log"). */
export function showLog(): void {
  log()?.show(true);
}

export function logInfo(message: string): void {
  log()?.info(message);
}

export function logError(where: string, error: unknown): void {
  const message = `${where}: ${error instanceof Error ? error.stack ?? error.message : String(error)}`;
  errors.push({ message, time: Date.now() });
  log()?.error(message);
}

/** Every error News Lens logged in this session (the test suite fails on any). */
export function loggedErrors(): readonly LoggedError[] {
  return errors;
}

/** Wraps a handler so that a failure is logged and answered with `fallback` instead of thrown at VS Code. */
export function guard<A extends unknown[], R>(where: string, fn: (...args: A) => R | Thenable<R>, fallback: R): (...args: A) => Promise<R> {
  return async (...args: A) => {
    try {
      return await fn(...args);
    } catch (e) {
      if (e instanceof vscode.CancellationError) return fallback;
      logError(where, e);
      return fallback;
    }
  };
}

/** Runs a promise whose result nobody awaits, logging its failure. */
export function background(where: string, promise: Thenable<unknown>): void {
  Promise.resolve(promise).catch(e => logError(where, e));
}
