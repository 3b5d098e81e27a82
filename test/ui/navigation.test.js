// Moving through a dump like code, as a person does it: F12 on a surname, Shift+F12 for its references, the
// breadcrumbs naming the article, and Ctrl+T for a speaker in a file that was never opened (test/fixtures/ui, fictional dumps written for these tests).
const assert = require('assert');
const wb = require('./workbench');

const DUMP = 'council.txt';

describe('Navigating a dump in the VS Code workbench', function () {
  let browser;
  let page;
  let dump;

  before(async function () {
    // A hang guard only: loading the workbench and the first analysis take minutes on a busy machine.
    this.timeout(300_000);
    ({ browser, page } = await wb.openWorkbench());
    await wb.openFromExplorer(page, DUMP);
    dump = wb.activeEditor(page);
    // The analysis is ready when the names are highlighted.
    await waitFor(async () => (await wb.renderedSpans(dump)).some(s => s.decorated && s.text.includes('Brennan')), 'the analysis', 60_000);
    // The article lenses push the lines down when they arrive: click only once they are drawn.
    await waitFor(async () => (await dump.locator('.codelens-decoration').count()) >= 2, 'the article lenses', 60_000);
  });

  wb.failureScreenshotsAndClose(() => page, () => browser);

  it('Go to Definition (F12) on "Brennan" jumps to "Ada Brennan"', async function () {
    await clickWord(page, dump, 'then,” Brennan', 8);
    // The status bar follows the click a moment later.
    let clicked;
    await waitFor(async () => { clicked = await cursor(page); return clicked.line === 8 && clicked.column > 180; }, 'the cursor on the second "Brennan"', 5_000)
      .catch(() => assert.fail(`the click did not land on the second "Brennan": ${JSON.stringify(clicked)}`));
    await page.keyboard.press('F12');
    await waitFor(async () => (await cursor(page)).column === 12, 'the cursor to move to the full name');
    assert.deepEqual(await cursor(page), { line: 8, column: 12 });
    await wb.screenshot(page, 'go-to-definition.png');
  });

  it('Peek References (Shift+F12) on "Brennan" lists both mentions', async function () {
    await clickWord(page, dump, 'then,” Brennan', 8);
    await page.keyboard.press('Shift+F12');
    const title = page.locator('.peekview-widget .peekview-title');
    await title.waitFor({ timeout: 20_000 });
    await waitFor(async () => /References \(2\)|\b2 references/.test(await page.locator('.peekview-widget .peekview-title').innerText()), 'the peek title to count 2 references');
    const rows = await page.locator('.peekview-widget .ref-tree .monaco-list-row').allInnerTexts();
    assert.ok(rows.some(r => r.includes('Ada Brennan')), `no row with the full name: ${JSON.stringify(rows)}`);
    await wb.screenshot(page, 'peek-references.png');
    await page.keyboard.press('Escape');
    // The peek view takes room inside the editor and pushes the lines below it off screen until it has closed.
    await page.waitForFunction(() => ![...document.querySelectorAll('.peekview-widget')].some(w => w.offsetParent));
  });

  it('the breadcrumbs name the article the cursor is in, and the speaker in a quote', async function () {
    const breadcrumbs = page.locator('.editor-group-container.active .breadcrumbs-control .monaco-breadcrumb-item');
    const shown = async () => (await breadcrumbs.allInnerTexts()).map(t => t.trim()).filter(Boolean);
    await clickWord(page, dump, 'Workers at the fish market', 3);
    await waitFor(async () => (await shown()).includes('Night shift workers welcome the new buses'), 'the second article in the breadcrumbs')
      .catch(async () => assert.fail(`the breadcrumbs show ${JSON.stringify(await shown())}`));
    await clickWord(page, dump, 'This trial is the least', 3);
    await waitFor(async () => {
      const path = await shown();
      return path.includes('Lakemont council approves night buses for the harbour district') && path.includes('Jonas Whitfield');
    }, 'the first article and the mayor in the breadcrumbs').catch(async () => assert.fail(`the breadcrumbs show ${JSON.stringify(await shown())}`));
    await wb.screenshot(page, 'breadcrumbs.png');
  });

  it('Go to Symbol in Workspace (Ctrl+T) finds a speaker in a file never opened', async function () {
    await wb.focusEditor(page, DUMP);
    await page.keyboard.press('Control+T');
    const input = page.locator('.quick-input-widget input.input');
    await input.waitFor();
    await input.pressSequentially('Rosa Lind', { delay: 20 });
    const row = page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Rosa Lind' }).first();
    await row.waitFor({ timeout: 30_000 });
    assert.match(await row.innerText(), /harbour-letters\.txt/);
    await wb.screenshot(page, 'workspace-symbols.png');
    await row.click();
    await page.locator('.tabs-container .tab.active', { hasText: 'harbour-letters.txt' }).waitFor({ timeout: 15_000 });
    await waitFor(async () => (await cursor(page)).line === 6, 'the cursor on the line of the name');
  });
});

/** Clicks the character `into` of the first rendered occurrence of `text` on one visual line (lines wrap), waiting a
 * few seconds for it to be rendered (the editor redraws its lines after a widget closes). */
async function clickWord(page, editor, text, into = 1) {
  let box = null;
  for (const deadline = Date.now() + 10_000; !box && Date.now() < deadline;) {
    box = await renderedCharBox(editor, text, into);
    if (!box) await page.waitForTimeout(200);
  }
  if (!box) throw new Error(`"${text}" is not on screen`);
  await page.mouse.click(box.x, box.y);
  await page.mouse.move(5, 5);
}

/** Where the character `into` of the first rendered occurrence of `text` is drawn, or null. */
function renderedCharBox(editor, text, into) {
  return editor.locator('.view-lines').evaluate((root, [wanted, into]) => {
    for (const line of root.querySelectorAll('.view-line')) {
      const spans = [...line.querySelectorAll('span > span')];
      const chars = spans.map(s => s.textContent.replace(/\u00a0/g, ' ')).join('');
      let at = chars.indexOf(wanted);
      if (at < 0) continue;
      at += into;
      for (const s of spans) {
        const len = s.textContent.length;
        if (at < len) {
          const range = document.createRange();
          range.setStart(s.firstChild, at);
          range.setEnd(s.firstChild, at + 1);
          const r = range.getBoundingClientRect();
          return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
        }
        at -= len;
      }
    }
    return null;
  }, [text, into]);
}

/** The cursor's line and column as the status bar shows them ("Ln 8, Col 12"). */
async function cursor(page) {
  const text = await page.locator('.statusbar-item[id="status.editor.selection"]').first().innerText();
  const m = /Ln (\d+), Col (\d+)/.exec(text);
  if (!m) throw new Error(`the status bar shows no cursor position: "${text}"`);
  return { line: Number(m[1]), column: Number(m[2]) };
}

async function waitFor(condition, what, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise(r => setTimeout(r, 200));
  }
}
