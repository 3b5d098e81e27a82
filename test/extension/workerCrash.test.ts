import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { WorkerFault } from '../../src/extension/workerProtocol';
import { api, closeAll, freshDocument, hoverText, open, setting, waitFor } from './helpers';

const FAULTS: { fault: WorkerFault; what: string }[] = [
  { fault: 'exception', what: 'makes the engine throw' },
  { fault: 'crash', what: 'crashes the worker' },
  { fault: 'oom', what: 'exhausts the worker’s memory' },
  { fault: 'hang', what: 'hangs the worker beyond the timeout' },
];

// The worker fails on demand through a command registered only in test runs (ExtensionMode.Test).
suite('a failing analysis worker', () => {
  teardown(closeAll);

  for (const { fault, what } of FAULTS) {
    test(`a document that ${what}: the editor stays responsive, the status bar shows the failure, the next document is analyzed`, async () => {
      const lens = await api();
      const errorsBefore = lens.loggedErrors().length;
      const restore = await setting('analysisTimeoutSeconds', 3);
      try {
        await vscode.commands.executeCommand('newsLens.test.failNextAnalysis', fault);
        const broken = await freshDocument(`broken-${fault}`, '“The bridge stays shut,” said engineer Ruth Adeyemi.\n');
        // The extension host is not blocked while the worker fails: typing lands (and fails again) and the status bar answers.
        const edit = new vscode.WorkspaceEdit();
        edit.insert(broken.uri, new vscode.Position(1, 0), 'More text.\n');
        assert.ok(await vscode.workspace.applyEdit(edit), 'an edit applies while the analysis fails');
        assert.ok(lens.status().text.startsWith('News Lens'), `the status bar answers: "${lens.status().text}"`);
        assert.equal(await lens.analysisFor(broken.uri), undefined, 'no analysis for the failed document');
        await waitFor('the failure in the status bar', () => lens.status().text === 'News Lens: analysis failed');
        assert.equal(lens.decorated(broken.uri), undefined, 'nothing drawn for the failed document');

        const next = await freshDocument(`after-${fault}`, '“We will keep it open,” said Mayor Elena Vasquez.\n');
        const analysis = await lens.analysisFor(next.uri);
        assert.equal(analysis?.quotes.length, 1, 'the next document is analyzed');
        assert.equal(analysis?.quotes[0].speaker, 'Elena Vasquez');
        await waitFor('the next document’s status', () => lens.status().text === 'News Lens: 1 quote');
        assert.ok(lens.decorated(next.uri)?.quote === 1, 'the next document is highlighted');
        assert.equal(lens.loggedErrors().length, errorsBefore, 'a failure asked for by the test is not logged as an error');
      } finally {
        await restore();
      }
    });
  }

  // The workspace index lives in a worker of its own: when that worker crashes, a fresh one must get the index back, or
  // quotes would no longer be found in other files; when the analysis worker crashes, the index is not touched.
  test('after a crash of either worker the workspace index is whole: a quote\'s echoes in another file are found', async () => {
    const lens = await api();
    await lens.workspaceIndex.whenIdle();
    await vscode.commands.executeCommand('newsLens.test.failNextAnalysis', 'crash');
    const broken = await freshDocument('broken-index', '“The bridge stays shut,” said engineer Ruth Adeyemi.\n');
    assert.equal(await lens.analysisFor(broken.uri), undefined, 'the analysis worker crashed');
    await closeAll();
    await lens.workspaceIndex.whenIdle();
    await vscode.commands.executeCommand('newsLens.test.crashIndexWorker');
    await lens.workspaceIndex.whenIdle();
    const editor = await open('nav/bridge-week.txt');
    assert.ok(await lens.analysisFor(editor.document.uri));
    // The mayor's cyclists quote: repeated in the dump's second article, and in harbour-digest.txt, a file known only
    // to the index (the workspace suite needs the digest never opened).
    const text = await hoverText(editor.document.uri, editor.document.positionAt(editor.document.getText().indexOf('every weekend, whatever the budget says')));
    assert.match(text, /Also appears in\*\* 2 places/);
    assert.match(text, /line 17 of this dump\]/);
    assert.match(text, /nav\/harbour-digest\.txt, line 6\]/);
  });
});
