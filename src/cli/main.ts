// The CLI's commands: parse the arguments, run the command, turn every failure into one line on stderr and an exit
// code (errors.ts lists them).
import { alsoInPlaces, articleIndexAt, formatQuotes, quoteRecords, type PlacedQuote, type QuoteFormat, type QuoteRecord } from '../core/exportQuotes';
import {
  COMMANDS, commandHelp, DEFAULT_MAX_FILE_MB, MAIN_HELP, numberOption, parseCommand, referenceDate, usageError,
  type CommandName, type ParsedCommand,
} from './args';
import type { Analysis } from '../core/types';
import { batch } from './batch';
import { EXIT, UserError } from './errors';
import { readDump, STDIN } from './input';
import { jsonPieces } from './json';
import { Output } from './output';
import { linePieces, summary } from './summary';

declare const NEWS_LENS_VERSION: string | undefined;
const VERSION = typeof NEWS_LENS_VERSION === 'string' ? NEWS_LENS_VERSION : 'dev';

const MB = 1024 * 1024;

/** The engine loads on first use: help, version and usage errors do not wait for its lexicon. */
const loadEngine = () => import('../core/analyze');

/** Runs the command line and sets the exit code; nothing it does ends in a stack trace. */
export function runCli(argv: string[], script: string): void {
  // A closed stderr (`2>&-`, a reader gone) must not turn into an unhandled 'error' event.
  process.stderr.on('error', () => undefined);
  const fail = (e: unknown) => {
    const known = e instanceof UserError;
    process.stderr.write(`news-lens: ${known ? e.message : `internal error: ${(e as Error)?.message ?? String(e)}`}\n`);
    process.exitCode = known ? e.exitCode : EXIT.internal;
  };
  process.on('uncaughtException', e => {
    fail(e);
    process.exit();
  });
  main(argv, script).then(code => {
    process.exitCode = code;
  }, fail);
}

async function main(argv: string[], script: string): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) {
    process.stderr.write(`${MAIN_HELP}\n`);
    return EXIT.usage;
  }
  if (first === '--help' || first === '-h' || first === 'help') {
    const topic = rest[0];
    return print(isCommand(topic) ? commandHelp(COMMANDS[topic]) : MAIN_HELP);
  }
  if (first === '--version' || first === '-v') return print(VERSION);
  if (!isCommand(first)) throw usageError(undefined, `unknown command ${JSON.stringify(first)}`);
  const parsed = parseCommand(COMMANDS[first], rest);
  if (parsed.values.help) return print(commandHelp(parsed.spec));
  switch (first) {
    case 'analyze':
      return analyzeCommand(parsed);
    case 'extract-quotes':
      return extractQuotesCommand(parsed);
    case 'batch':
      return batch(parsed, script);
  }
}

/** Help and version go through Output too, so `news-lens --help | head -1` ends with exit 74, not an unhandled error. */
async function print(text: string): Promise<number> {
  const out = Output.open(undefined);
  await out.write(`${text}\n`);
  await out.close();
  return EXIT.ok;
}

const isCommand = (name: string | undefined): name is CommandName => name !== undefined && Object.hasOwn(COMMANDS, name);

type AnalyzeFormat = 'text' | 'json' | QuoteFormat;
const ANALYZE_FORMATS: readonly AnalyzeFormat[] = ['text', 'json', 'md', 'csv'];
const QUOTE_FORMATS: readonly QuoteFormat[] = ['md', 'json', 'csv'];

function formatOption<F extends string>({ spec, values }: ParsedCommand, allowed: readonly F[], fallback: F): F {
  const format = (values.format as string | undefined) ?? fallback;
  if (!(allowed as readonly string[]).includes(format)) throw usageError(spec, `--format takes ${allowed.join(', ')}, not ${JSON.stringify(format)}`);
  return format as F;
}

async function analyzeCommand(parsed: ParsedCommand): Promise<number> {
  const { spec, values, positionals } = parsed;
  if (positionals.length !== 1) throw usageError(spec, 'analyze takes exactly one FILE (- for standard input)');
  let format = formatOption(parsed, ANALYZE_FORMATS, 'text');
  if (values.json) {
    if (values.format !== undefined && format !== 'json') throw usageError(spec, `--json and --format ${format} contradict each other`);
    format = 'json';
  }
  const maxBytes = numberOption(spec, values, 'max-file-mb', DEFAULT_MAX_FILE_MB) * MB;
  const options = { referenceDate: referenceDate(spec, values['reference-date'] as string | undefined) };
  const [{ analyze }, dump] = await Promise.all([loadEngine(), readDump(positionals[0], maxBytes)]);
  for (const w of dump.warnings) process.stderr.write(`${w}\n`);
  // Opened before the analysis, so a bad --out is reported before the long part; after the read, so a missing input
  // leaves no empty output file behind.
  const out = Output.open(values.out as string | undefined);
  const analysis = analyze(dump.text, options);
  if (format === 'json') {
    await out.writeAll(jsonPieces(analysis));
    await out.write('\n');
  } else if (format === 'text') await out.writeAll(linePieces(summary(dump.text, analysis)));
  else {
    const records = quoteRecords(dump.text, analysis);
    await out.write(formatQuotes(withAlsoIn(records, placed(records, analysis, nameOf(positionals[0]))), format));
  }
  await out.close();
  return EXIT.ok;
}

/** A file as the "also in" column names it: as given on the command line, standard input as `stdin`. */
function nameOf(file: string): string {
  return file === STDIN ? 'stdin' : file;
}

function placed(records: QuoteRecord[], analysis: Analysis, file: string): PlacedQuote[] {
  return records.map(r => ({ text: r.quote, file, line: r.line, article: articleIndexAt(analysis.articles, r.start) }));
}

/** The records with the "also in" column the editor's Extract Quotes has: the same quote in another article or file. */
function withAlsoIn(records: QuoteRecord[], places: PlacedQuote[]): QuoteRecord[] {
  const alsoIn = alsoInPlaces(places);
  return records.map((r, i) => ({ ...r, alsoIn: alsoIn[i] }));
}

async function extractQuotesCommand(parsed: ParsedCommand): Promise<number> {
  const { spec, values, positionals } = parsed;
  if (!positionals.length) throw usageError(spec, 'extract-quotes needs at least one FILE (- for standard input)');
  if (positionals.filter(p => p === STDIN).length > 1) throw usageError(spec, 'standard input (-) can be read only once');
  const format = formatOption(parsed, QUOTE_FORMATS, 'md');
  const maxBytes = numberOption(spec, values, 'max-file-mb', DEFAULT_MAX_FILE_MB) * MB;
  const options = { referenceDate: referenceDate(spec, values['reference-date'] as string | undefined) };
  const out = Output.open(values.out as string | undefined);
  const { analyze } = await loadEngine();
  const many = positionals.length > 1;
  const records: QuoteRecord[] = [];
  const places: PlacedQuote[] = [];
  for (const file of positionals) {
    const dump = await readDump(file, maxBytes);
    for (const w of dump.warnings) process.stderr.write(`${w}\n`);
    const analysis = analyze(dump.text, options);
    const own = quoteRecords(dump.text, analysis, many ? file : undefined);
    for (const r of own) records.push(r);
    for (const p of placed(own, analysis, nameOf(file))) places.push(p);
  }
  await out.write(formatQuotes(withAlsoIn(records, places), format));
  await out.close();
  return EXIT.ok;
}
