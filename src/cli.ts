// `news-lens`: the engine from the command line — analyse one dump, extract its quotes, or process a folder in batch.
import { readFileSync, readdirSync, statSync, createWriteStream } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { analyze } from './core/analyze';
import { decodeText } from './core/decode';
import { formatQuotes, quoteRecords, QUOTE_FORMATS, type QuoteFormat, type QuoteRecord } from './core/exportQuotes';
import type { Analysis, AnalyzeOptions } from './core/types';

const USAGE = `usage:
  news-lens analyze FILE [--json] [--reference-date YYYY-MM-DD]
  news-lens extract-quotes FILE... [--format md|json|csv] [--reference-date YYYY-MM-DD]
  news-lens batch DIR_OR_GLOB... --out RESULTS.jsonl [--jobs N] [--reference-date YYYY-MM-DD]
  news-lens --help | --version`;

/** A failure the user can act on: printed as one line, never as a stack trace. */
class UserError extends Error {
  constructor(message: string, readonly exitCode: number) {
    super(message);
  }
}
const usageError = (message: string) => new UserError(`${message}\n${USAGE}`, 2);

interface Parsed {
  command: string;
  files: string[];
  json: boolean;
  format: QuoteFormat;
  out?: string;
  jobs?: number;
  options: AnalyzeOptions;
}

function parseArgs(argv: string[]): Parsed {
  const [command, ...rest] = argv;
  const parsed: Parsed = { command: command ?? '', files: [], json: false, format: 'md', options: {} };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    const value = () => {
      const v = rest[++i];
      if (v === undefined) throw usageError(`${arg} needs a value`);
      return v;
    };
    if (arg === '--json') parsed.json = true;
    else if (arg === '--format') {
      const f = value();
      if (!(QUOTE_FORMATS as readonly string[]).includes(f)) throw usageError(`--format must be one of ${QUOTE_FORMATS.join(', ')}`);
      parsed.format = f as QuoteFormat;
    } else if (arg === '--reference-date') {
      const d = value();
      if (!/^\d{4}-\d{2}-\d{2}$/.test(d) || Number.isNaN(Date.parse(d))) throw usageError('--reference-date takes YYYY-MM-DD');
      parsed.options.referenceDate = d;
    } else if (arg === '--out') parsed.out = value();
    else if (arg === '--jobs') {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 1) throw usageError('--jobs takes a whole number of at least 1');
      parsed.jobs = n;
    } else if (arg.startsWith('-') && arg !== '-') throw usageError(`unknown option ${arg}`);
    else parsed.files.push(arg);
  }
  return parsed;
}

/** Reads a file as the engine expects it: UTF-8 (invalid bytes replaced), BOM removed; refuses directories and binaries. */
export function readDump(file: string): string {
  let bytes: Buffer;
  try {
    if (statSync(file).isDirectory()) throw new UserError(`${file}: is a directory`, 1);
    bytes = readFileSync(file);
  } catch (e) {
    if (e instanceof UserError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : String((e as Error).message);
    throw new UserError(`${file}: ${why}`, 1);
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) throw new UserError(`${file}: not analysed: binary file`, 1);
  if (decoded.replaced) process.stderr.write(`${file}: warning: not valid UTF-8; invalid bytes shown as \uFFFD\n`);
  return decoded.text.replace(/^\uFEFF/, '');
}

function summary(text: string, a: Analysis): string {
  const out: string[] = [];
  const records = quoteRecords(text, a);
  out.push(`Speakers (${a.speakers.length})`);
  for (const s of a.speakers) {
    out.push(`  ${s.name} — ${s.quotes} quote${s.quotes === 1 ? '' : 's'}${s.aliases.length ? ` (also: ${s.aliases.join(', ')})` : ''}`);
    for (const r of records.filter(r => r.speaker === s.name)) out.push(`    line ${r.line}: “${clip(r.quote, 100)}” (${r.cue ?? 'no cue'})`);
  }
  const unattributed = records.filter(r => !r.speaker);
  if (unattributed.length) out.push(`  (no speaker) — ${unattributed.length} quote${unattributed.length === 1 ? '' : 's'}`);
  for (const type of ['person', 'organization', 'place'] as const) {
    const counts = new Map<string, number>();
    for (const e of a.entities) if (e.type === type) counts.set(e.canonical, (counts.get(e.canonical) ?? 0) + 1);
    const list = [...counts].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]));
    out.push(`${type === 'person' ? 'People' : type === 'organization' ? 'Organizations' : 'Places'} (${list.length})`);
    if (list.length) out.push('  ' + list.map(([n, c]) => (c > 1 ? `${n} ×${c}` : n)).join(', '));
  }
  out.push(`Dates (${a.dates.length})`);
  for (const d of a.dates) out.push(`  ${d.text} → ${d.value ?? 'unresolved'}`);
  return out.join('\n') + '\n';
}

const clip = (s: string, n: number) => (s.length > n ? s.slice(0, n - 1) + '…' : s);

function collectTxtFiles(patterns: string[]): string[] {
  const files: string[] = [];
  for (const p of patterns) {
    if (/[*?]/.test(p)) {
      const firstGlob = p.search(/[*?]/);
      const root = p.lastIndexOf('/', firstGlob) >= 0 ? p.slice(0, p.lastIndexOf('/', firstGlob)) || '/' : '.';
      const re = globToRegExp(resolve(p));
      for (const f of walk(root)) if (re.test(resolve(f))) files.push(f);
    } else {
      let isDir: boolean;
      try {
        isDir = statSync(p).isDirectory();
      } catch {
        files.push(p); // reported as failed by the batch, with the reason
        continue;
      }
      if (!isDir) files.push(p);
      else for (const f of walk(p)) if (f.endsWith('.txt')) files.push(f);
    }
  }
  return [...new Set(files)].sort();
}

/** Every file under `root`, folders read from a list of those still to read rather than by recursion (no stack limit). */
function walk(root: string): string[] {
  const found: string[] = [];
  const folders = [root];
  for (let dir = folders.pop(); dir !== undefined; dir = folders.pop()) {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) folders.push(full);
      else if (entry.isFile()) found.push(full);
    }
  }
  return found;
}

function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      re += '.*';
      i++;
      if (glob[i + 1] === '/') i++;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

interface BatchResult {
  file: string;
  ok: boolean;
  line: string;
  error?: string;
}

function analyseForBatch(file: string, options: AnalyzeOptions): BatchResult {
  try {
    const text = readDump(file);
    return { file, ok: true, line: JSON.stringify({ file, ...analyze(text, options) }) };
  } catch (e) {
    const error = e instanceof UserError ? e.message : `${file}: ${(e as Error).message}`;
    return { file, ok: false, line: JSON.stringify({ file, error }), error };
  }
}

async function batch(parsed: Parsed): Promise<number> {
  if (parsed.files.length === 0) throw usageError('batch needs a folder or a glob');
  if (!parsed.out) throw usageError('batch needs --out RESULTS.jsonl');
  const files = collectTxtFiles(parsed.files);
  if (files.length === 0) throw new UserError(`no .txt files found in ${parsed.files.join(' ')}`, 1);
  const jobs = Math.min(parsed.jobs ?? availableParallelism(), files.length);
  const out = createWriteStream(parsed.out);
  const failed: BatchResult[] = [];
  let done = 0;
  const tty = process.stderr.isTTY;
  const progress = () => {
    const width = 30;
    const filled = Math.round((done / files.length) * width);
    const line = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${files.length}`;
    if (tty) process.stderr.write(`\r${line}`);
    else if (done === files.length || done % Math.max(1, Math.floor(files.length / 10)) === 0) process.stderr.write(`${line}\n`);
  };
  // Results are written in input order, whichever worker finishes first.
  const results = new Array<BatchResult | undefined>(files.length);
  let written = 0;
  const flush = () => {
    while (written < files.length && results[written]) {
      out.write(results[written]!.line + '\n');
      results[written] = undefined;
      written++;
    }
  };
  let next = 0;
  await Promise.all(
    Array.from({ length: jobs }, () => {
      const worker = new Worker(__filename, { workerData: { batchWorker: true, options: parsed.options } });
      return new Promise<void>((resolveWorker, rejectWorker) => {
        const feed = () => {
          if (next >= files.length) {
            void worker.terminate().then(() => resolveWorker());
            return;
          }
          const index = next++;
          worker.postMessage({ index, file: files[index] });
        };
        worker.on('message', (m: { index: number; result: BatchResult }) => {
          results[m.index] = m.result;
          if (!m.result.ok) failed.push(m.result);
          done++;
          progress();
          flush();
          feed();
        });
        worker.on('error', rejectWorker);
        feed();
      });
    }),
  );
  await new Promise<void>(r => out.end(r));
  if (tty) process.stderr.write('\n');
  process.stderr.write(`${files.length - failed.length} of ${files.length} files analysed → ${parsed.out}\n`);
  if (failed.length) {
    process.stderr.write(`${failed.length} failed:\n`);
    for (const f of failed.sort((a, b) => a.file.localeCompare(b.file))) process.stderr.write(`  ${f.error}\n`);
    return 1;
  }
  return 0;
}

function runBatchWorker(): void {
  const options = (workerData as { options: AnalyzeOptions }).options;
  parentPort!.on('message', ({ index, file }: { index: number; file: string }) => {
    parentPort!.postMessage({ index, result: analyseForBatch(file, options) });
  });
}

async function main(argv: string[]): Promise<number> {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
    process.stdout.write(USAGE + '\n');
    return argv.length === 0 ? 2 : 0;
  }
  if (argv[0] === '--version') {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const parsed = parseArgs(argv);
  switch (parsed.command) {
    case 'analyze': {
      if (parsed.files.length !== 1) throw usageError('analyze takes exactly one FILE');
      const text = readDump(parsed.files[0]);
      const analysis = analyze(text, parsed.options);
      process.stdout.write(parsed.json ? JSON.stringify(analysis) + '\n' : summary(text, analysis));
      return 0;
    }
    case 'extract-quotes': {
      if (parsed.files.length === 0) throw usageError('extract-quotes needs at least one FILE');
      const many = parsed.files.length > 1;
      const records: QuoteRecord[] = [];
      for (const file of parsed.files) {
        const text = readDump(file);
        for (const r of quoteRecords(text, analyze(text, parsed.options), many ? file : undefined)) records.push(r);
      }
      process.stdout.write(formatQuotes(records, parsed.format));
      return 0;
    }
    case 'batch':
      return batch(parsed);
    default:
      throw usageError(`unknown command ${JSON.stringify(parsed.command)}`);
  }
}

declare const NEWS_LENS_VERSION: string | undefined;
const VERSION = typeof NEWS_LENS_VERSION === 'string' ? NEWS_LENS_VERSION : 'dev';

if (!isMainThread && (workerData as { batchWorker?: boolean } | null)?.batchWorker) {
  runBatchWorker();
} else if (require.main === module) {
  main(process.argv.slice(2)).then(
    code => {
      process.exitCode = code;
    },
    (e: unknown) => {
      if (e instanceof UserError) {
        process.stderr.write(`news-lens: ${e.message}\n`);
        process.exitCode = e.exitCode;
      } else {
        process.stderr.write(`news-lens: internal error: ${(e as Error)?.message ?? String(e)}\n`);
        process.exitCode = 70;
      }
    },
  );
}

