// What the CLI's exit codes mean, and the one kind of error it prints as a single line instead of a stack trace.

/** Exit codes, as README and `--help` list them (64 and up from BSD sysexits.h). */
export const EXIT = {
  ok: 0,
  /** An input could not be analyzed (missing, not a regular file, binary, too large), or any file of a batch failed. */
  inputFailed: 1,
  /** Unknown command or option, or a bad option value. */
  usage: 2,
  /** A bug: the engine or the CLI threw where it should not. EX_SOFTWARE. */
  internal: 70,
  /** The output could not be written: `--out` in a missing folder, a full disk, standard output closed early. EX_IOERR. */
  io: 74,
} as const;

/** A failure the user can act on: printed as one line, never as a stack trace. */
export class UserError extends Error {
  constructor(message: string, readonly exitCode: number) {
    super(message);
  }
}

/** Why a file operation failed, in words rather than an errno name. */
export function describeFsError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ENOTDIR':
      return 'a part of the path is not a folder';
    case 'ENOSPC':
      return 'no space left on the device';
    case 'EPIPE':
      return 'the reading end was closed';
    case 'EROFS':
      return 'read-only file system';
    default:
      return (e as Error | null)?.message ?? String(e);
  }
}
