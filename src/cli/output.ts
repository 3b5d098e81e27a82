// Where results go: standard output or an `--out` file, written piece by piece with backpressure; a write that fails
// (missing folder, full disk, the reader of a pipe gone) becomes one line and exit code 74, never a stack trace.
import { createWriteStream, openSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Writable } from 'node:stream';
import { describeFsError, EXIT, UserError } from './errors';

export class Output {
  private failure: UserError | undefined;

  private constructor(private readonly stream: Writable, readonly name: string, private readonly isFile: boolean) {
    stream.on('error', (e: Error) => this.fail(e));
  }

  private fail(e: Error): void {
    this.failure ??= new UserError(`cannot write ${this.name}: ${describeFsError(e)}`, EXIT.io);
  }

  /** Opened at once, so a bad `--out` is reported before any work is done. */
  static open(path: string | undefined): Output {
    if (path === undefined || path === '-') return new Output(process.stdout, 'standard output', false);
    let fd: number;
    try {
      fd = openSync(path, 'w');
    } catch (e) {
      const why = (e as NodeJS.ErrnoException).code === 'ENOENT' ? `no folder ${dirname(path)}` : describeFsError(e);
      throw new UserError(`cannot write ${path}: ${why}`, EXIT.io);
    }
    return new Output(createWriteStream('', { fd }), path, true);
  }

  async write(chunk: string): Promise<void> {
    if (this.failure) throw this.failure;
    const error = await new Promise<Error | null | undefined>(resolve => this.stream.write(chunk, resolve));
    if (error) this.fail(error);
    if (this.failure) throw this.failure;
  }

  async writeAll(chunks: Iterable<string>): Promise<void> {
    for (const chunk of chunks) await this.write(chunk);
  }

  async close(): Promise<void> {
    if (this.isFile && !this.failure) {
      await new Promise<void>(resolve => {
        this.stream.once('finish', resolve).once('error', () => resolve());
        this.stream.end();
      });
    }
    if (this.failure) throw this.failure;
  }
}
