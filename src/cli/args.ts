// The CLI's commands and options as data: `node:util` parseArgs reads them, and the help text is printed from them.
import { parseArgs } from 'node:util';
import { daysInMonth } from '../core/calendar';
import { EXIT, UserError } from './errors';

interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  /** The value's placeholder in the help text. */
  value?: string;
  help: string;
}

export interface CommandSpec {
  name: CommandName;
  synopsis: string;
  description: string;
  options: Record<string, OptionSpec>;
}

export type CommandName = 'analyze' | 'extract-quotes' | 'batch';

export const DEFAULT_MAX_FILE_MB = 64;
export const DEFAULT_TIMEOUT_SECONDS = 300;
export const DEFAULT_WORKER_MEMORY_MB = 2048;

const shared: Record<string, OptionSpec> = {
  'reference-date': { type: 'string', value: 'YYYY-MM-DD', help: 'resolve relative dates before any dateline against this day' },
  'max-file-mb': { type: 'string', value: 'N', help: `refuse a file larger than N MB (default ${DEFAULT_MAX_FILE_MB})` },
  out: { type: 'string', value: 'FILE', help: 'write to FILE instead of standard output (- is standard output)' },
  help: { type: 'boolean', short: 'h', help: 'print this help' },
};

export const COMMANDS: Record<CommandName, CommandSpec> = {
  analyze: {
    name: 'analyze',
    synopsis: 'news-lens analyze FILE [options]',
    description: 'Analyzes one news dump (FILE, or - for standard input) and prints a readable summary of its speakers,\n' +
      'people, organizations, places and dates.',
    options: {
      json: { type: 'boolean', help: 'print the Analysis as JSON (the schema in README); same as --format json' },
      format: { type: 'string', value: 'text|json|md|csv', help: 'text (default), json, or the quotes as md or csv, as extract-quotes prints them' },
      ...shared,
    },
  },
  'extract-quotes': {
    name: 'extract-quotes',
    synopsis: 'news-lens extract-quotes FILE... [options]',
    description: 'Prints every quote of the dumps (FILE, or - for standard input) with its speaker, cue, kind, line and\n' +
      'article date.',
    options: {
      format: { type: 'string', value: 'md|json|csv', help: 'Markdown table (default), JSON array or CSV' },
      ...shared,
    },
  },
  batch: {
    name: 'batch',
    synopsis: 'news-lens batch DIR_OR_GLOB... [options]\n       news-lens batch --jsonl [options] < texts.jsonl',
    description: 'Analyzes many dumps in worker threads and writes one JSON line per file ({"file", ...analysis}, or\n' +
      '{"file", "error"}), each as soon as it and the files before it are done, in input order. A folder means its\n' +
      '.txt files at any depth; a glob may use *, ?, ** and {a,b} (quote it so the shell leaves it alone). A file that\n' +
      'fails, is too large, runs out of memory or out of time is recorded as failed and the batch goes on; the failures\n' +
      'are listed at the end and the exit code is 1.\n' +
      'With --jsonl, reads {"id", "text"} lines from standard input and writes {"id", ...analysis} lines in the same\n' +
      'order (a bad line gives {"id", "line", "error"}); per-record failures leave the exit code 0, so the command fits\n' +
      "Spark's RDD.pipe, Hadoop Streaming and GNU parallel.",
    options: {
      jsonl: { type: 'boolean', help: 'read {"id", "text"} lines from standard input instead of files' },
      jobs: { type: 'string', value: 'N', help: 'worker threads (default: the number of cores)' },
      timeout: { type: 'string', value: 'SECONDS', help: `give up on a file after this long (default ${DEFAULT_TIMEOUT_SECONDS})` },
      'worker-memory-mb': { type: 'string', value: 'N', help: `heap cap of each worker; a file needing more fails alone (default ${DEFAULT_WORKER_MEMORY_MB})` },
      ...shared,
    },
  },
};

export const EXIT_CODES_HELP = `exit codes:
  0   done
  1   an input could not be analyzed (missing, not a regular file, binary, too large); in batch, any file failed
  2   usage error: unknown command or option, bad value
  70  internal error
  74  output error: --out cannot be written, the disk is full, standard output was closed early`;

export const MAIN_HELP = `news-lens: people, organizations, places, dates and quotes with their speakers in plain-text news dumps.

usage:
  ${COMMANDS.analyze.synopsis}
  ${COMMANDS['extract-quotes'].synopsis}
  ${COMMANDS.batch.synopsis.replace(/\n\s*/, '\n  ')}
  news-lens COMMAND --help     the options of a command
  news-lens --version          the version (also -v)

FILE may be - for standard input; --out - (the default) is standard output.

${EXIT_CODES_HELP}`;

export function commandHelp(spec: CommandSpec): string {
  const rows = Object.entries(spec.options).map(([name, o]) => {
    const flag = `${o.short ? `-${o.short}, ` : ''}--${name}${o.value ? ` ${o.value}` : ''}`;
    return `  ${flag.padEnd(30)} ${o.help}`;
  });
  return `usage: ${spec.synopsis}\n\n${spec.description}\n\noptions:\n${rows.join('\n')}\n\n${EXIT_CODES_HELP}`;
}

export interface ParsedCommand {
  spec: CommandSpec;
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

/** A usage error: the message, then the command's usage, exit 2. */
export const usageError = (spec: CommandSpec | undefined, message: string) =>
  new UserError(`${message}\n${spec ? `usage: ${spec.synopsis}\n(news-lens ${spec.name} --help lists the options)` : MAIN_HELP}`, EXIT.usage);

export function parseCommand(spec: CommandSpec, args: string[]): ParsedCommand {
  try {
    const { values, positionals } = parseArgs({ args, options: spec.options, allowPositionals: true, strict: true });
    return { spec, values, positionals };
  } catch (e) {
    throw usageError(spec, parseArgsMessage(e));
  }
}

/** parseArgs' messages are long and suggest `--`; these say the same in a few words. */
function parseArgsMessage(e: unknown): string {
  const err = e as { code?: string; message?: string };
  const option = /'(-[^' ]+)/.exec(err.message ?? '')?.[1] ?? '';
  switch (err.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unknown option ${option}`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return /does not take an argument/.test(err.message ?? '') ? `${option} takes no value` : `${option} needs a value`;
    default:
      return err.message ?? String(e);
  }
}

/** `--reference-date`: a real calendar day, so an impossible one is refused rather than silently leaving dates unresolved. */
export function referenceDate(spec: CommandSpec, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) throw usageError(spec, `--reference-date takes YYYY-MM-DD, not ${JSON.stringify(value)}`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12) throw usageError(spec, `--reference-date ${value} is not a calendar date: there is no month ${mo}`);
  const days = daysInMonth(y, mo);
  if (d < 1 || d > days) throw usageError(spec, `--reference-date ${value} is not a calendar date: ${y}-${m[2]} has ${days} days`);
  return value;
}

/** A number option: a plain decimal within its bounds, or a usage error naming the option. */
export function numberOption(spec: CommandSpec, values: ParsedCommand['values'], name: string, fallback: number, whole = false): number {
  const raw = values[name];
  if (raw === undefined) return fallback;
  const n = typeof raw === 'string' && /^\d+(\.\d+)?$/.test(raw) ? Number(raw) : NaN;
  if (!(n > 0) || (whole && !Number.isInteger(n))) {
    throw usageError(spec, `--${name} takes a ${whole ? 'whole number' : 'number'} greater than 0, not ${JSON.stringify(raw)}`);
  }
  return n;
}
