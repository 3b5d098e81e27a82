// Drives the VS Code workbench the way a person does, for the UI tests. Run by scripts/vscode-test/run.mjs ui,
// which starts VS Code with News Lens loaded and passes the workbench address in NEWS_LENS_WORKBENCH_URL.
const fs = require('fs');
const path = require('path');
const { chromium } = require('playwright-core');

const env = name => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the UI tests with "npm run test:ui"`);
  return value;
};

/** Opens the workbench (folder and extension given by the runner) in a fresh headless Chromium. */
async function openWorkbench() {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = await (await browser.newContext({ viewport: { width: 1400, height: 860 } })).newPage();
  // The workbench console goes to a file the runner scans for News Lens errors.
  const consoleLog = process.env.NEWS_LENS_UI_CONSOLE_LOG;
  if (consoleLog) {
    page.on('console', m => fs.appendFileSync(consoleLog, `[${m.type()}] ${m.text()}\n`));
    page.on('pageerror', e => fs.appendFileSync(consoleLog, `[pageerror] ${e.stack || e}\n`));
  }
  // Playwright's default 30 s is too short for the workbench's first load on a busy shared machine.
  await page.goto(env('NEWS_LENS_WORKBENCH_URL'), { timeout: 180_000 });
  await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60_000 });
  return { browser, page };
}

/** Clicks a file in the Explorer and waits for its editor. */
async function openFromExplorer(page, name) {
  await page.locator('.explorer-folders-view .monaco-list-row', { hasText: name }).first().click();
  await page.locator('.tabs-container .tab.active', { hasText: name }).waitFor();
  await activeEditor(page).locator('.view-lines .view-line').first().waitFor();
}

/** Brings an open editor to the front by its tab and puts the cursor at the top of the file. */
async function focusEditor(page, name) {
  await page.locator('.tabs-container .tab', { hasText: name }).first().click();
  await page.locator('.tabs-container .tab.active', { hasText: name }).waitFor();
  await page.keyboard.press('Control+Home');
}

/** The editor that has focus (or was focused last). */
function activeEditor(page) {
  return page.locator('.editor-group-container.active .editor-container .monaco-editor').first();
}

/** Runs a command from the palette by its title ("News Lens: Extract Quotes"). */
async function runCommand(page, title) {
  const input = await openCommandPalette(page);
  await input.fill('>' + title);
  const row = page.locator('.quick-input-widget .monaco-list-row', { hasText: title }).first();
  await row.waitFor({ timeout: 15_000 });
  await row.click();
  // Done when the palette closed, or was replaced by the command's own quick pick.
  await page.waitForFunction(typed => {
    const widget = document.querySelector('.quick-input-widget');
    const input = widget?.querySelector('input.input');
    return !widget || widget.style.display === 'none' || !widget.offsetParent || input?.value !== typed;
  }, '>' + title);
}

/**
 * Opens the command palette and returns its input. A key press can be lost while the workbench moves focus (a toast,
 * a closing quick pick), leaving the palette shut: press again, the second time with Ctrl+Shift+P, until it shows.
 */
async function openCommandPalette(page) {
  const input = page.locator('.quick-input-widget input.input');
  for (const key of ['F1', 'Control+Shift+P', 'F1']) {
    await page.keyboard.press(key);
    const shown = await input.waitFor({ state: 'visible', timeout: 5_000 }).then(() => true, () => false);
    if (shown) return input;
    const focused = await page.evaluate(() => document.activeElement?.className || document.activeElement?.tagName);
    console.log(`      (the command palette did not open on ${key}; focus was on "${focused}"; pressing again)`);
    await page.keyboard.press('Escape');
  }
  await page.keyboard.press('Control+Shift+P');
  await input.waitFor({ state: 'visible', timeout: 30_000 });
  return input;
}

/** Picks an entry of the open quick pick by its label. */
async function pickQuickPick(page, label) {
  const row = page.locator('.quick-input-widget .monaco-list-row', { hasText: label }).first();
  await row.waitFor({ timeout: 15_000 });
  await row.click();
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
}

/** Text spans of the visible lines of an editor: their text, decoration classes and color. */
function renderedSpans(editor) {
  return editor.locator('.view-lines').evaluate(root => {
    const spans = [...root.querySelectorAll('.view-line > span > span')];
    return spans.map(s => ({
      text: s.textContent,
      decorated: /\bced-/.test(s.className),
      color: getComputedStyle(s).color,
    }));
  });
}

/** Moves the mouse onto the first rendered occurrence of `word` and returns the hover widget that shows. */
async function hoverOver(page, editor, word) {
  const box = await editor.locator('.view-lines').evaluate((root, w) => {
    for (const line of root.querySelectorAll('.view-line')) {
      const node = [...line.querySelectorAll('span > span')].find(s => s.textContent.includes(w));
      if (!node) continue;
      const range = document.createRange();
      const at = node.textContent.indexOf(w);
      range.setStart(node.firstChild, at);
      range.setEnd(node.firstChild, at + w.length);
      const r = range.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    }
    return null;
  }, word);
  if (!box) throw new Error(`"${word}" is not on screen`);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.move(box.x + box.width / 2 + 2, box.y + box.height / 2);
  const hover = page.locator('.monaco-hover:visible').filter({ has: page.locator('.hover-contents, .markdown-hover') }).last();
  await hover.waitFor({ timeout: 15_000 });
  return hover;
}

/**
 * The rendered logical lines of an editor, top to bottom: visual lines of a wrapped line are joined again (a visual
 * line starts a logical line when the gutter shows a line number beside it).
 */
function renderedLines(editor) {
  return editor.evaluate(root => {
    const numbered = new Set([...root.querySelectorAll('.margin-view-overlays .line-numbers')]
      .filter(n => n.textContent.trim())
      .map(n => Math.round(n.closest('[style*="top"]')?.getBoundingClientRect().top ?? n.getBoundingClientRect().top)));
    const visual = [...root.querySelectorAll('.view-lines .view-line')]
      .map(l => ({ top: Math.round(l.getBoundingClientRect().top), text: l.textContent.replace(/\u00a0/g, ' ') }))
      .sort((a, b) => a.top - b.top);
    const lines = [];
    for (const v of visual) {
      if (lines.length === 0 || numbered.has(v.top)) lines.push(v.text);
      else lines[lines.length - 1] += v.text;
    }
    return lines;
  });
}

/**
 * Whether the first rendered occurrence of `text` is decorated: every character carries an inline decoration class
 * (color, underline: `ced-…` on the text's spans), or a background decoration (`ced-…` boxes in the view overlays)
 * covers it from its first to its last character.
 */
async function isDecorated(editor, text) {
  const result = await editor.evaluate((root, wanted) => {
    for (const line of root.querySelectorAll('.view-lines .view-line')) {
      const spans = [...line.querySelectorAll('span > span')];
      const chars = spans.map(s => s.textContent.replace(/\u00a0/g, ' ')).join('');
      const at = chars.indexOf(wanted);
      if (at < 0) continue;
      let offset = 0;
      let inline = true;
      const points = [];
      for (const s of spans) {
        const len = s.textContent.length;
        const from = Math.max(at, offset);
        const to = Math.min(at + wanted.length, offset + len);
        if (from < to) {
          if (!/\bced-/.test(s.className)) inline = false;
          const range = document.createRange();
          range.setStart(s.firstChild, from - offset);
          range.setEnd(s.firstChild, to - offset);
          const r = range.getBoundingClientRect();
          points.push({ x: r.left + 1, y: r.top + r.height / 2 }, { x: r.right - 1, y: r.top + r.height / 2 });
        }
        offset += len;
      }
      if (inline) return true;
      const boxes = [...root.querySelectorAll('.view-overlays [class*="ced-"]')].map(b => b.getBoundingClientRect());
      const covered = p => boxes.some(b => b.left <= p.x && p.x <= b.right && b.top <= p.y && p.y <= b.bottom);
      return covered(points[0]) && covered(points[points.length - 1]);
    }
    return null;
  }, text);
  if (result === null) throw new Error(`"${text}" is not on screen`);
  return result;
}

/** Clears toasts (offline noise) so they stay out of screenshots. */
async function clearNotifications(page) {
  await runCommand(page, 'Notifications: Clear All Notifications');
}

/** Saves a screenshot into test-results/screenshots/ and returns its path. */
async function screenshot(page, name) {
  const file = path.join(env('NEWS_LENS_SCREENSHOTS'), name);
  await page.screenshot({ path: file });
  return file;
}

/** Mocha hooks for a UI suite: a screenshot of each failed test, and the browser closed at the end. */
function failureScreenshotsAndClose(getPage, getBrowser) {
  afterEach(async function () {
    const page = getPage();
    if (this.currentTest.state === 'failed' && page) {
      const name = `failed-${this.currentTest.title.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}.png`;
      await screenshot(page, name).catch(() => {});
    }
  });
  after(async function () {
    await getBrowser()?.close();
  });
}

module.exports = {
  openWorkbench, openFromExplorer, focusEditor, activeEditor, runCommand, pickQuickPick, renderedSpans, renderedLines, isDecorated, hoverOver,
  clearNotifications, screenshot, failureScreenshotsAndClose,
};
