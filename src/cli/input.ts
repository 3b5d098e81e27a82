// Reads one dump as the engine expects it: a regular file or standard input, within the size limit, decoded to text.
import { closeSync, constants, fstatSync, openSync, readFileSync, statSync, type Stats } from 'node:fs';
import { decodeText } from '../core/decode';
import { describeFsError, EXIT, UserError } from './errors';

export interface Dump {
  text: string;
  /** Said on stderr, the analysis goes on (invalid bytes replaced). */
  warnings: string[];
}

export const STDIN = '-';

const MB = 1024 * 1024;

export const formatSize = (bytes: number) => (bytes < MB ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / MB).toFixed(1)} MB`);

function tooLarge(name: string, bytes: number, maxBytes: number): UserError {
  return new UserError(`${name}: not analyzed: ${formatSize(bytes)} is above the limit of ${maxBytes / MB} MB (--max-file-mb)`, EXIT.inputFailed);
}

/** FILE, or standard input for `-`; refused before reading when it is not a regular file or is above maxBytes. */
export async function readDump(path: string, maxBytes: number): Promise<Dump> {
  const name = path === STDIN ? 'standard input' : path;
  const bytes = path === STDIN ? await readStdin(maxBytes) : readRegularFile(path, maxBytes);
  const decoded = decodeText(bytes);
  if (!decoded.ok) throw new UserError(`${name}: not analyzed: binary file`, EXIT.inputFailed);
  const warnings = decoded.replaced
    ? [`${name}: warning: not valid ${decoded.encoding.toUpperCase()}; invalid bytes shown as \uFFFD`]
    : [];
  return { text: decoded.text, warnings };
}

function readRegularFile(path: string, maxBytes: number): Uint8Array {
  const fail = (why: string) => new UserError(`${path}: ${why}`, EXIT.inputFailed);
  let stats: Stats;
  try {
    // stat before open: opening a FIFO without a writer would block for ever.
    stats = statSync(path);
  } catch (e) {
    throw fail(describeFsError(e));
  }
  checkRegular(path, stats);
  if (stats.size > maxBytes) throw tooLarge(path, stats.size, maxBytes);
  let fd: number;
  try {
    // O_NONBLOCK: should the path have become a FIFO since the stat, opening it still returns at once.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    throw fail(describeFsError(e));
  }
  try {
    const opened = fstatSync(fd);
    checkRegular(path, opened);
    if (opened.size > maxBytes) throw tooLarge(path, opened.size, maxBytes);
    return readFileSync(fd);
  } catch (e) {
    throw e instanceof UserError ? e : fail(describeFsError(e));
  } finally {
    closeSync(fd);
  }
}

function checkRegular(path: string, stats: Stats): void {
  if (stats.isFile()) return;
  if (stats.isDirectory()) throw new UserError(`${path}: is a directory`, EXIT.inputFailed);
  const kind = stats.isFIFO() ? 'a named pipe' : stats.isSocket() ? 'a socket' : 'a device';
  throw new UserError(`${path}: not a regular file (${kind}); send its content to standard input instead: news-lens … - < ${path}`, EXIT.inputFailed);
}

/** Standard input up to maxBytes; one byte more and it is refused without reading the rest into memory. */
async function readStdin(maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
    total += chunk.length;
    if (total > maxBytes) {
      process.stdin.destroy();
      throw new UserError(`standard input: not analyzed: more than the limit of ${maxBytes / MB} MB (--max-file-mb)`, EXIT.inputFailed);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
