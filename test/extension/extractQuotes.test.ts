import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, open, waitFor } from './helpers';

// riverside-dispatch.txt's four quotes as a reader finds them: three speakers, the article's dateline, no quote repeated
// anywhere in the workspace.
const DATE = '2024-05-17T08:05-04:00';
const ARTICLE = 'Riverside opens its first night market in a decade';
const ROWS = [
  { line: 6, column: 1, speaker: 'Elena Vasquez', cue: 'said', quote: 'This street belongs to everyone again,' },
  { line: 6, column: 96, speaker: 'Elena Vasquez', cue: 'said', quote: 'We will keep it open every summer.' },
  { line: 8, column: 67, speaker: 'Tom Okafor', cue: 'told the Riverside Courier', quote: 'The budget was never realistic,' },
  { line: 12, column: 1, speaker: 'Lin Chao', cue: 'said', quote: 'I sold out of dumplings in two hours,' },
];
const EXPECTED = {
  md: [
    '# Quotes (4)',
    '',
    '| Line | Col | Speaker | Cue | Kind | Article date | Quote | Also in |',
    '| ---: | ---: | --- | --- | --- | --- | --- | --- |',
    `| 6 | 1 | Elena Vasquez | said | direct | ${DATE} | This street belongs to everyone again, | — |`,
    `| 6 | 96 | Elena Vasquez | said | direct | ${DATE} | We will keep it open every summer. | — |`,
    `| 8 | 67 | Tom Okafor | told the Riverside Courier | direct | ${DATE} | The budget was never realistic, | — |`,
    `| 12 | 1 | Lin Chao | said | direct | ${DATE} | I sold out of dumplings in two hours, | — |`,
    '',
  ].join('\n'),
  csv: [
    'line,column,speaker,cue,kind,articleDate,quote,alsoIn',
    `6,1,Elena Vasquez,said,direct,${DATE},"This street belongs to everyone again,",`,
    `6,96,Elena Vasquez,said,direct,${DATE},We will keep it open every summer.,`,
    `8,67,Tom Okafor,told the Riverside Courier,direct,${DATE},"The budget was never realistic,",`,
    `12,1,Lin Chao,said,direct,${DATE},"I sold out of dumplings in two hours,",`,
    '',
  ].join('\r\n'),
};

suite('Extract Quotes', () => {
  const cases: { format: 'md' | 'json' | 'csv'; languages: string[] }[] = [
    { format: 'md', languages: ['markdown'] },
    { format: 'json', languages: ['json'] },
    { format: 'csv', languages: ['csv', 'plaintext'] },
  ];
  for (const { format, languages } of cases) {
    test(`${format}: an untitled document beside the dump with every quote`, async function () {
      // A hang guard above the default: the command waits for the workspace index, built first if this test runs first.
      this.timeout(120_000);
      const editor = await open('riverside-dispatch.txt');
      const dump = editor.document;
      await (await api()).analysisFor(dump.uri);
      const output = await vscode.commands.executeCommand<vscode.TextDocument>('newsLens.extractQuotes', format);
      assert.ok(output, 'the command returned no document');
      assert.ok(output.isUntitled, 'the result is an untitled document, not a file');
      assert.ok(languages.includes(output.languageId), output.languageId);
      if (format === 'json') {
        // The offsets are checked against the text below rather than written out.
        const records = (JSON.parse(output.getText()) as Record<string, unknown>[]).map(({ start, end, ...rest }) => (assert.ok(typeof start === 'number' && typeof end === 'number'), rest));
        assert.deepEqual(records, ROWS.map(r => ({ quote: r.quote, speaker: r.speaker, cue: r.cue, kind: 'direct', line: r.line, column: r.column, articleDate: DATE, article: ARTICLE, alsoIn: [] })));
      } else {
        assert.equal(output.getText(), EXPECTED[format]);
      }
      assert.equal(vscode.window.activeTextEditor?.document, output);
      // A stray second tab would show up a moment later.
      if (format === 'md') await new Promise(r => setTimeout(r, 1000));
      const tabs = vscode.window.tabGroups.all.flatMap(g => g.tabs).filter(t => t.input instanceof vscode.TabInputText && t.input.uri.toString() === output.uri.toString());
      const layout = vscode.window.tabGroups.all.map(g => `${g.viewColumn}: ${g.tabs.map(t => t.label).join(', ')}`).join(' | ');
      assert.equal(tabs.length, 1, `one tab for the result: ${layout}`);
      assert.notEqual(vscode.window.tabGroups.activeTabGroup.viewColumn, vscode.window.visibleTextEditors.find(e => e.document === dump)?.viewColumn, 'beside the dump');
      assert.equal(dump.isDirty, false);
      if (format === 'json') {
        // Offsets slice the dump at the quote, marks included.
        for (const r of JSON.parse(output.getText()) as { quote: string; start: number; end: number }[]) {
          assert.equal(dump.getText().slice(r.start, r.end).replace(/^[“"]|[”"]$/g, ''), r.quote);
        }
      }
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    });
  }

  test('the "also in" column: the same quote in another article of the dump and in another dump, in each format', async function () {
    // A hang guard above the default: the workspace index is built first, which took over 30 s once at load 16.
    this.timeout(120_000);
    await (await api()).workspaceIndex.whenIdle();
    await open('nav/bridge-week.txt');
    // The mayor's cyclists quote (line 8) is repeated with two words changed in the second article (line 17) and with
    // one word more in the harbour digest (line 6).
    const json = await vscode.commands.executeCommand<vscode.TextDocument>('newsLens.extractQuotes', 'json');
    const records = JSON.parse(json.getText()) as { line: number; alsoIn: string[] }[];
    assert.deepEqual(records.map(r => [r.line, r.alsoIn]), [
      [6, []],
      [6, []],
      [8, ['nav/bridge-week.txt:17', 'nav/harbour-digest.txt:6']],
      [17, ['nav/bridge-week.txt:8', 'nav/harbour-digest.txt:6']],
      [19, []],
      [21, []],
    ]);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');

    await open('nav/bridge-week.txt');
    const md = (await vscode.commands.executeCommand<vscode.TextDocument>('newsLens.extractQuotes', 'md')).getText().split('\n');
    assert.equal(md[2], '| Line | Col | Speaker | Cue | Kind | Article date | Quote | Also in |');
    const mdRow = md.find(l => l.startsWith('| 8 |'));
    assert.ok(mdRow?.endsWith('| We will keep the bridge open to cyclists every weekend, whatever the budget says, | nav/bridge-week.txt:17; nav/harbour-digest.txt:6 |'), mdRow);
    assert.ok(md.find(l => l.startsWith('| 19 |'))?.endsWith('| I have waited for this crossing since I was a student, | — |'));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');

    await open('nav/bridge-week.txt');
    const csv = (await vscode.commands.executeCommand<vscode.TextDocument>('newsLens.extractQuotes', 'csv')).getText().split('\r\n');
    assert.equal(csv[0], 'line,column,speaker,cue,kind,articleDate,quote,alsoIn');
    const csvRow = csv.find(l => l.startsWith('17,'));
    assert.ok(csvRow?.endsWith(',"We will keep the bridge open to cyclists every weekend, whatever the budget tells us,",nav/bridge-week.txt:8; nav/harbour-digest.txt:6'), csvRow);
    assert.ok(csv.find(l => l.startsWith('19,'))?.endsWith(',"I have waited for this crossing since I was a student,",'));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('its output is not analyzed as a news dump', async () => {
    await open('riverside-dispatch.txt');
    const output = await vscode.commands.executeCommand<vscode.TextDocument>('newsLens.extractQuotes', 'csv');
    assert.equal(await (await api()).analysisFor(output.uri), undefined);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('without a format it asks, offering the last choice first', async () => {
    await open('riverside-dispatch.txt');
    await vscode.commands.executeCommand('newsLens.extractQuotes', 'json');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await open('riverside-dispatch.txt');
    let chosen: vscode.TextDocument | undefined;
    const pending = vscode.commands.executeCommand<vscode.TextDocument>('newsLens.extractQuotes').then(d => (chosen = d));
    const output = await waitFor('the format picker to take its first item', async () => {
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      return chosen;
    });
    await pending;
    assert.equal(output.languageId, 'json');
    assert.ok(output.getText().startsWith('['));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
