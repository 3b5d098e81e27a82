// The built CLI (dist/cli.js) as a user runs it: its commands, arguments, help, exit codes and output formats.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatQuotes, type QuoteRecord } from '../../src/core/exportQuotes';
import { messages, run, tempDir } from './cliRun';

const { dir, write } = tempDir();
const dump = write('dump.txt', '\uFEFFHarbor news\r\n\r\n“We will build it,” said Mayor Elena Vasquez.\r\n');
const DUMP_CSV = 'line,column,speaker,cue,kind,articleDate,quote,alsoIn\r\n3,1,Elena Vasquez,said,direct,,"We will build it,",\r\n';

// Each test starts the CLI a few times; the limits only guard against a hang on a busy machine.
describe('cli: commands', function () {
  this.timeout(180_000);
  it('analyze --json prints the Analysis with offsets into the BOM-less text', () => {
    const r = run(['analyze', '--json', dump]);
    assert.equal(r.status, 0, r.stderr);
    const a = JSON.parse(r.stdout);
    const text = readFileSync(dump, 'utf8').replace(/^\uFEFF/, '');
    assert.equal(a.schema, 'news-lens/2');
    assert.equal(a.quotes.length, 1);
    assert.equal(text.slice(a.quotes[0].start, a.quotes[0].end), '“We will build it,”');
    assert.equal(a.quotes[0].speaker, 'Elena Vasquez');
  });

  it('analyze without --json prints a readable summary', () => {
    const r = run(['analyze', dump]);
    assert.equal(r.status, 0);
    assert.match(r.stdout, /^Speakers \(1\)\n {2}Elena Vasquez — 1 quote.*\n {4}line 3: “We will build it,” \(said\)\nPeople \(1\)\n {2}Elena Vasquez\n/);
    assert.match(r.stdout, /Dates \(0\)\n$/);
  });

  it('extract-quotes prints CSV, JSON and Markdown with the quote and its line', () => {
    assert.equal(run(['extract-quotes', dump, '--format', 'csv']).stdout, DUMP_CSV);
    const json = JSON.parse(run(['extract-quotes', dump, '--format', 'json']).stdout);
    assert.equal(json[0].line, 3);
    assert.match(run(['extract-quotes', dump, '--format', 'md']).stdout, /^# Quotes \(1\)/);
  });

  it('extract-quotes fills the "also in" column as the editor does: other articles of the dump and other files, never the own article', () => {
    const harbor = write('harbor.txt', [
      'Ferry returns to the harbor',
      'Published 9:00 AM, Mon March 3, 2025 / Bay Post',
      '',
      '“The ferry will run every hour from April onwards,” said Mayor Elena Vasquez.',
      '',
      '“The ferry will run every hour from April onwards,” she repeated later.',
      '',
      'Council backs the ferry plan',
      'Published 8:00 AM, Tue March 4, 2025 / Bay Post',
      '',
      '“The ferry will run every hour from April on,” Vasquez told the council.',
      '',
    ].join('\n'));
    const digest = write('digest.txt', 'Weekly digest\n\n“The ferry will run every single hour from April onwards,” said Elena Vasquez.\n\n“Too short,” said Ana Ruiz.\n');
    const rows = run(['extract-quotes', '--format', 'csv', harbor, digest]).stdout.trimEnd().split('\r\n');
    assert.equal(rows[0], 'file,line,column,speaker,cue,kind,articleDate,quote,alsoIn');
    const alsoIn = rows.slice(1).map(r => `${r.split(',')[1]}: ${r.slice(r.lastIndexOf(',') + 1)}`);
    assert.deepEqual(alsoIn, [
      `4: ${harbor}:11; ${digest}:3`,
      `6: ${harbor}:11; ${digest}:3`,
      `11: ${harbor}:4; ${harbor}:6; ${digest}:3`,
      `3: ${harbor}:4; ${harbor}:6; ${harbor}:11`,
      '5: ',
    ]);
  });

  it('analyze FILE --format csv prints what extract-quotes prints; --json with another --format is refused', () => {
    assert.equal(run(['analyze', dump, '--format', 'csv']).stdout, DUMP_CSV);
    const md = run(['analyze', dump, '--format', 'md']);
    assert.equal(md.stdout, run(['extract-quotes', dump]).stdout);
    const both = run(['analyze', dump, '--json', '--format', 'md']);
    assert.equal(both.status, 2);
    assert.match(both.stderr, /--json and --format md contradict each other/);
  });

  it('--opt=value and --opt value are the same', () => {
    assert.equal(run(['extract-quotes', `--format=csv`, dump]).stdout, DUMP_CSV);
    assert.equal(run(['analyze', dump, '--format=csv']).stdout, DUMP_CSV);
  });

  it('- reads standard input, for analyze and extract-quotes', () => {
    const text = '“Yes,” said Ana Ruiz.\n';
    const a = JSON.parse(run(['analyze', '-', '--json'], { input: text }).stdout);
    assert.equal(a.quotes[0].speaker, 'Ana Ruiz');
    const csv = run(['extract-quotes', '--format', 'csv', '-'], { input: text });
    assert.equal(csv.stdout, 'line,column,speaker,cue,kind,articleDate,quote,alsoIn\r\n1,1,Ana Ruiz,said,direct,,"Yes,",\r\n');
    assert.equal(run(['extract-quotes', '-', '-'], { input: text }).status, 2);
  });

  it('--out - writes to standard output (no file named -); --out FILE writes the file and nothing to stdout', () => {
    const toStdout = run(['analyze', dump, '--format', 'csv', '--out', '-'], { cwd: dir });
    assert.equal(toStdout.stdout, DUMP_CSV);
    assert.equal(existsSync(join(dir, '-')), false);
    const file = join(dir, 'quotes.csv');
    const toFile = run(['extract-quotes', dump, '--format', 'csv', '--out', file]);
    assert.equal(toFile.status, 0);
    assert.equal(toFile.stdout, '');
    assert.equal(readFileSync(file, 'utf8'), DUMP_CSV);
  });
});

describe('cli: help, version and usage errors', function () {
  this.timeout(180_000);
  it('--help and -h print the command list and the exit codes on stdout, exit 0', () => {
    for (const flag of ['--help', '-h']) {
      const r = run([flag]);
      assert.equal(r.status, 0);
      assert.match(r.stdout, /news-lens analyze FILE/);
      assert.match(r.stdout, /news-lens batch --jsonl/);
      for (const code of ['0', '1', '2', '70', '74']) assert.match(r.stdout, new RegExp(`^ {2}${code} +\\S`, 'm'));
    }
  });

  it('COMMAND --help prints that command’s usage and options, exit 0', () => {
    const expected = { analyze: /--format text\|json\|md\|csv/, 'extract-quotes': /--format md\|json\|csv/, batch: /--worker-memory-mb N/ };
    for (const [command, option] of Object.entries(expected)) {
      const flag = command === 'batch' ? '-h' : '--help';
      const r = run([command, flag]);
      assert.equal(r.status, 0, `${command} ${flag}: ${r.stderr}`);
      assert.match(r.stdout, new RegExp(`^usage: news-lens ${command} `));
      assert.match(r.stdout, option);
      assert.match(r.stdout, /^ {2}74 +output error/m);
    }
  });

  it('--version and -v print the version of package.json', () => {
    const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
    assert.equal(run(['--version']).stdout, `${version}\n`);
    assert.equal(run(['-v']).stdout, `${version}\n`);
  });

  it('an unknown option is refused with the command’s usage on stderr, exit 2', () => {
    const r = run(['analyze', dump, '--frobnicate']);
    assert.equal(r.status, 2);
    assert.deepEqual(messages(r.stderr), [
      'news-lens: unknown option --frobnicate',
      'usage: news-lens analyze FILE [options]',
      '(news-lens analyze --help lists the options)',
    ]);
    assert.equal(r.stdout, '');
    const batch = run(['batch', dir, '--format', 'csv']);
    assert.equal(batch.status, 2);
    assert.match(batch.stderr, /^news-lens: unknown option --format\nusage: news-lens batch /);
  });

  it('other usage errors exit 2 with a message saying what is wrong', () => {
    const cases: [string[], RegExp][] = [
      [[], /^news-lens: people/],
      [['analyze'], /analyze takes exactly one FILE/],
      [['analyze', dump, dump], /analyze takes exactly one FILE/],
      [['frobnicate', dump], /unknown command "frobnicate"/],
      [['extract-quotes', dump, '--format', 'xml'], /--format takes md, json, csv, not "xml"/],
      [['analyze', dump, '--out'], /--out needs a value/],
      [['analyze', dump, '--json=yes'], /--json takes no value/],
      [['analyze', dump, '--max-file-mb', 'lots'], /--max-file-mb takes a number greater than 0, not "lots"/],
      [['batch', dir, '--jobs', '1.5'], /--jobs takes a whole number greater than 0/],
    ];
    for (const [args, message] of cases) {
      const r = run(args);
      assert.equal(r.status, 2, args.join(' '));
      assert.match(r.stderr, message);
    }
  });

  it('--reference-date must be a real calendar day', () => {
    const cases: [string, RegExp][] = [
      ['2023-02-30', /--reference-date 2023-02-30 is not a calendar date: 2023-02 has 28 days/],
      ['2023-02-29', /2023-02 has 28 days/],
      ['2024-04-31', /2024-04 has 30 days/],
      ['2024-13-01', /there is no month 13/],
      ['2024-00-10', /there is no month 0/],
      ['May 16', /--reference-date takes YYYY-MM-DD, not "May 16"/],
    ];
    for (const [date, message] of cases) {
      const r = run(['analyze', dump, '--reference-date', date]);
      assert.equal(r.status, 2, date);
      assert.match(r.stderr, message);
    }
    // Thursday 29 February 2024 exists; "on Monday" said that day is the 26th.
    const leap = run(['analyze', '-', '--json', '--reference-date', '2024-02-29'], { input: 'The mayor said on Monday that the ferry would run.' });
    assert.equal(leap.status, 0, leap.stderr);
    assert.deepEqual(JSON.parse(leap.stdout).dates.map((d: { value: string }) => d.value), ['2024-02-26']);
  });

  it('missing file, directory and binary file: one line on stderr, exit 1', () => {
    const binary = write('image.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]));
    const cases: [string, string][] = [
      [join(dir, 'nope.txt'), `${join(dir, 'nope.txt')}: no such file or folder`],
      [dir, `${dir}: is a directory`],
      [binary, `${binary}: not analyzed: binary file`],
    ];
    for (const [file, message] of cases) {
      const r = run(['analyze', '--json', file]);
      assert.equal(r.status, 1);
      assert.equal(r.stderr, `news-lens: ${message}\n`);
    }
  });
});

describe('cli: CSV export is safe to open in a spreadsheet', function () {
  this.timeout(180_000);
  const record = (quote: string, speaker: string | null = 'Ana Ruiz'): QuoteRecord => ({
    quote, speaker, cue: 'said', kind: 'direct', line: 1, column: 1, start: 0, end: 1, articleDate: null, article: null,
  });

  it('a cell starting with = + - @, a tab or a CR gets a leading apostrophe (OWASP)', () => {
    const csv = formatQuotes([
      record('=HYPERLINK("http://example.com","click")'),
      record('+1 for the plan'),
      record('-5 degrees'),
      record('@mayor answered'),
      record('\tindented'),
      record('\rreturn'),
      record('plain, with a comma', '=cmd|calc'),
    ], 'csv').split('\r\n');
    assert.deepEqual(csv.slice(1, -1), [
      `1,1,Ana Ruiz,said,direct,,"'=HYPERLINK(""http://example.com"",""click"")"`,
      `1,1,Ana Ruiz,said,direct,,'+1 for the plan`,
      `1,1,Ana Ruiz,said,direct,,'-5 degrees`,
      `1,1,Ana Ruiz,said,direct,,'@mayor answered`,
      `1,1,Ana Ruiz,said,direct,,'\tindented`,
      `1,1,Ana Ruiz,said,direct,,"'\rreturn"`,
      `1,1,'=cmd|calc,said,direct,,"plain, with a comma"`,
    ]);
  });

  it('extract-quotes --format csv guards a quote that is a formula', () => {
    const file = write('formula.txt', '“=1+2,” said Ana Ruiz.\n');
    assert.equal(run(['extract-quotes', file, '--format', 'csv']).stdout,
      `line,column,speaker,cue,kind,articleDate,quote,alsoIn\r\n1,1,Ana Ruiz,said,direct,,"'=1+2,",\r\n`);
  });
});
