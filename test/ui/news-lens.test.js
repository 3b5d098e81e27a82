// News Lens in the real VS Code workbench: what a person sees after opening a news dump from the Explorer.
// One workbench for the whole file; the tests run in order, as one session would.
const assert = require('assert');
const wb = require('./workbench');

const DUMP = 'council.txt'; // test/fixtures/ui/council.txt, a fictional dump written for these tests

describe('News Lens in the VS Code workbench', function () {
  let browser;
  let page;
  let dump; // the dump's editor

  before(async function () {
    ({ browser, page } = await wb.openWorkbench());
    await wb.openFromExplorer(page, DUMP);
    dump = wb.activeEditor(page);
  });

  wb.failureScreenshotsAndClose(() => page, () => browser);

  it('highlights people, organizations, dates and quotes in the dump', async function () {
    let spans = [];
    // Highlights come after activation and analysis: poll, do not sleep.
    for (const deadline = Date.now() + 30_000; Date.now() < deadline; await page.waitForTimeout(250)) {
      spans = await wb.renderedSpans(dump);
      if (spans.some(s => s.decorated && s.text.includes('Whitfield'))) break;
    }
    const plain = spans.find(s => !s.decorated && s.text.trim())?.color;
    const person = spans.find(s => s.decorated && s.text.includes('Whitfield'));
    assert.ok(person, `"Whitfield" has no decoration; decorated spans: ${JSON.stringify(spans.filter(s => s.decorated).map(s => s.text))}`);
    assert.notStrictEqual(person.color, plain, 'the person is drawn in the same color as plain text');
    assert.ok(await wb.isDecorated(dump, '“Nobody should have to walk home'), 'the opening quote is not highlighted');
    const colors = new Set(spans.filter(s => s.decorated).map(s => s.color));
    assert.ok(colors.size >= 3, `expected several categories in different colors, got ${[...colors].join(', ')}`);
    await wb.clearNotifications(page);
    await wb.screenshot(page, 'highlights.png');
  });

  it('"Toggle Highlighting" turns the highlights off and on again', async function () {
    await wb.focusEditor(page, DUMP);
    await wb.runCommand(page, 'News Lens: Toggle Highlighting');
    await waitFor(async () => !(await wb.renderedSpans(dump)).some(s => s.decorated)
      && (await dump.locator('.view-overlays [class*="ced-"]').count()) === 0, 'highlights to disappear');
    await wb.focusEditor(page, DUMP);
    await wb.runCommand(page, 'News Lens: Toggle Highlighting');
    await waitFor(async () => (await wb.renderedSpans(dump)).some(s => s.decorated && s.text.includes('Whitfield')), 'highlights to return');
  });

  it('shows a hover card with the canonical name and mentions on a person', async function () {
    const hover = await wb.hoverOver(page, dump, 'Whitfield');
    await hover.locator('strong, b').first().waitFor();
    const bold = await hover.locator('strong, b').first().innerText();
    const text = await hover.innerText();
    assert.match(bold, /Whitfield/, `the card's bold name is "${bold}"`);
    assert.match(text, /mention/i, `the card does not count mentions:\n${text}`);
    await wb.screenshot(page, 'hover.png');
    await page.mouse.move(5, 5);
    await page.keyboard.press('Escape');
  });

  // The Outline and the Speakers view must show the mayor, named in full from `said Mayor Jonas Whitfield`, with a
  // quote count and his quote beneath; the dump holds two articles, so the Outline shows him inside the first.
  it('lists the articles, their speakers and their quotes in the Outline view', async function () {
    await wb.focusEditor(page, DUMP);
    await wb.runCommand(page, 'Explorer: Focus on Outline View');
    // Fold the file tree so the Outline gets the sidebar's height.
    await page.locator('.explorer-viewlet .pane-header', { hasText: /^(?!Outline|Timeline)/ }).first().click();
    await page.locator('.explorer-folders-view').waitFor({ state: 'hidden' });
    const outline = page.locator('.pane', { has: page.locator('.pane-header', { hasText: /^Outline/i }) });
    const articles = outline.locator('.monaco-list-row[aria-level="1"]');
    await articles.filter({ hasText: 'Night shift workers welcome the new buses' }).first().waitFor({ timeout: 20_000 }).catch(async () => {
      throw new Error(`the Outline shows no row for the second article: ${JSON.stringify(await outline.locator('.monaco-list-row').allInnerTexts())}`);
    });
    assert.match(await articles.first().innerText(), /Lakemont council approves night buses for the harbour district/);
    await expectSpeakerTree(outline, 'Outline', 'Jonas Whitfield', 2);
    await wb.screenshot(page, 'outline.png');
  });

  it('shows speakers and their quotes in the News Lens sidebar', async function () {
    await page.locator('.activitybar .action-item a[aria-label^="News Lens"], .activitybar .action-item[aria-label^="News Lens"]').first().click();
    const speakers = page.locator('.pane', { has: page.locator('.pane-header', { hasText: /^Speakers/i }) });
    await speakers.waitFor({ timeout: 20_000 });
    await expectSpeakerTree(speakers, 'Speakers view', 'Jonas Whitfield');
    assert.ok(await page.locator('.pane-header', { hasText: /^Entities/i }).count(), 'the sidebar has no Entities view');
    await wb.screenshot(page, 'sidebar-speakers.png');
  });

  it('"Extract Quotes" opens a Markdown table of the quotes beside the dump', async function () {
    await wb.focusEditor(page, DUMP);
    await wb.runCommand(page, 'News Lens: Extract Quotes');
    await wb.pickQuickPick(page, 'Markdown');
    await waitFor(async () => (await page.locator('.editor-group-container').count()) >= 2, 'the quotes to open beside the dump');
    const tab = page.locator('.editor-group-container.active .tabs-container .tab.active');
    assert.doesNotMatch(await tab.innerText(), new RegExp(DUMP.replace('.', '\\.')), 'the active editor is still the dump');
    const editor = wb.activeEditor(page);
    await waitFor(async () => (await wb.renderedLines(editor)).some(l => l.trim().startsWith('|')), 'a Markdown table');
    const lines = await wb.renderedLines(editor);
    const row = lines.find(l => l.startsWith('|') && l.includes('Nobody should have to walk home'));
    assert.ok(row, `no table row with the mayor's quote:\n${lines.join('\n')}`);
    assert.match(row, /Jonas Whitfield/, `the mayor's quote is not attributed to him: ${row}`);
    await wb.clearNotifications(page);
    await wb.screenshot(page, 'extract-quotes.png');
  });
});

/** A tree of speakers: `speaker`'s row (at `level`) with a quote count, and a quote beneath it once it is expanded. */
async function expectSpeakerTree(pane, what, speaker, level = 1) {
  const top = pane.locator(`.monaco-list-row[aria-level="${level}"]`, { hasText: speaker }).filter({ hasText: /\d+ quotes?/ }).first();
  await top.waitFor({ timeout: 20_000 }).catch(async () => {
    throw new Error(`the ${what} shows no row for ${speaker} with a quote count: ${JSON.stringify(await pane.locator('.monaco-list-row').allInnerTexts())}`);
  });
  if ((await top.getAttribute('aria-expanded')) === 'false') await top.click();
  const quote = pane.locator(`.monaco-list-row[aria-level="${level + 1}"]`, { hasText: /[“"]/ }).first();
  await quote.waitFor({ timeout: 10_000 }).catch(async () => {
    throw new Error(`the ${what} shows no quote under a speaker: ${JSON.stringify(await pane.locator('.monaco-list-row').allInnerTexts())}`);
  });
}

async function waitFor(condition, what, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise(r => setTimeout(r, 200));
  }
}
