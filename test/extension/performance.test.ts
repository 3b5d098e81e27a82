import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { api, closeAll, fixture, freshDocument, setting, waitFor } from './helpers';

/** The lines of News Lens's own log ("News Lens" in the Output panel) that mention `uri`. */
async function logLines(uri: vscode.Uri): Promise<string[]> {
  const folder = (await api()).logFolder.fsPath;
  const files = fs.existsSync(folder) ? fs.readdirSync(folder).filter(f => f.endsWith('.log')) : [];
  const text = files.map(f => fs.readFileSync(path.join(folder, f), 'utf8')).join('\n');
  return text.split('\n').filter(l => l.includes(uri.toString(true)));
}


suite('responsiveness', () => {
  teardown(closeAll);

  // Speed is benchmarked, not timed in tests: what keeps activation quick is that the engine never loads into the
  // extension host (it runs in the worker); the measured time is printed for the record.
  test('activation stays light: the engine never loads into the extension host', async () => {
    const lens = await api();
    const document = await vscode.workspace.openTextDocument(fixture('riverside-dispatch.txt'));
    assert.ok(await lens.analysisFor(document.uri), 'analyzed');
    // The analysis code (it alone writes the schema tag) is in the worker's bundle, not in the one the host loads.
    const dist = path.join(vscode.extensions.getExtension('news-lens.news-lens')!.extensionPath, 'dist');
    const main = path.join(dist, 'extension.js');
    assert.ok(require.cache[main], 'the extension bundle is what the host loaded');
    const worker = path.join(dist, 'analysisWorker.js');
    assert.match(fs.readFileSync(worker, 'utf8'), /news-lens\/2/);
    assert.ok(!fs.readFileSync(main, 'utf8').includes('news-lens/2'), 'the engine is bundled into the extension host');
    console.log(`      activate took ${lens.activationMs.toFixed(1)} ms`);
  });

  test('typing is debounced: only the version after the last keystroke is analyzed', async () => {
    const lens = await api();
    // Long enough that five edits land inside it even on a loaded machine (2 s was not, once, at load 10).
    const restore = await setting('debounceMs', 5000);
    try {
      const document = await freshDocument('debounce', '“Start,” said Mayor Elena Vasquez.\n');
      await lens.analysisFor(document.uri);
      const typedFrom = document.version;
      for (let i = 0; i < 5; i++) {
        const edit = new vscode.WorkspaceEdit();
        edit.insert(document.uri, document.positionAt(document.getText().length), `“Line ${i},” said Tom Okafor.\n`);
        await vscode.workspace.applyEdit(edit);
      }
      const analysis = await lens.analysisFor(document.uri);
      assert.equal(analysis?.quotes.length, 6);
      const lines = await waitFor('the log', async () => {
        const found = await logLines(document.uri);
        return found.some(l => l.includes(` v${document.version} `)) ? found : undefined;
      });
      const versions = lines.map(l => Number(/ v(\d+) /.exec(l)?.[1]));
      const whileTyping = versions.filter(v => v > typedFrom && v < document.version);
      assert.deepEqual(whileTyping, [], `analyzed versions ${versions.join(', ')}`);
    } finally {
      await restore();
    }
  });

  test('a dump of ordinary size is painted from its visible part first too, then from all of it', async () => {
    const lens = await api();
    const article = fs.readFileSync(fixture('riverside-dispatch.txt').fsPath, 'utf8');
    const content = Array.from({ length: 30 }, (_, i) => article.replace('forty stalls', `${i + 1} stalls`)).join('\n') + '“The last word,” said Lin Chao.\n';
    assert.ok(content.length > 20_000 && content.length < 100_000, `${content.length} characters`);
    // A file, so that the document has its text when it opens (an untitled one is analyzed empty first).
    const file = path.join(os.tmpdir(), `news-lens-mid-dump-${Date.now()}.txt`);
    fs.writeFileSync(file, content);
    try {
      const document = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
      await vscode.window.showTextDocument(document);
      const analysis = await lens.analysisFor(document.uri);
      assert.ok(analysis?.quotes.some(q => q.text === '“The last word,”'), 'the end of the document is analyzed');
      const lines = await waitFor('the log of both passes', async () => {
        const found = (await logLines(document.uri)).filter(l => l.includes(` v${document.version} `));
        return found.some(l => l.includes('visible part of')) && found.some(l => !l.includes('visible part of')) ? found : undefined;
      });
      assert.ok(lines.findIndex(l => l.includes('visible part of')) < lines.findIndex(l => !l.includes('visible part of')), `visible part first:\n${lines.join('\n')}`);
    } finally {
      fs.rmSync(file, { force: true });
    }
  });

  test('a big dump is analyzed in the worker, the visible part first, then all of it', async () => {
    const lens = await api();
    const article = fs.readFileSync(fixture('riverside-dispatch.txt').fsPath, 'utf8');
    const content = Array.from({ length: 400 }, (_, i) => article.replace('forty stalls', `${i + 1} stalls`)).join('\n') + '“The last word,” said Lin Chao.\n';
    assert.ok(content.length > 300_000);
    const document = await freshDocument('big-dump', content);
    const analysis = await lens.analysisFor(document.uri);
    assert.ok(analysis, 'analyzed');
    assert.ok(analysis.quotes.some(q => q.text === '“The last word,”'), 'the end of the document is analyzed');
    const lines = await waitFor('the log of both passes', async () => {
      const found = (await logLines(document.uri)).filter(l => l.includes(` v${document.version} `));
      return found.some(l => l.includes('visible part of')) && found.some(l => !l.includes('visible part of')) ? found : undefined;
    });
    assert.ok(lines.findIndex(l => l.includes('visible part of')) < lines.findIndex(l => !l.includes('visible part of')), `visible part first:\n${lines.join('\n')}`);
  });
});
