#!/usr/bin/env node
// Renders the Marketplace icon, media/news-lens.png (128 x 128; the Marketplace refuses SVG), from the drawing below:
// the activity-bar glyph of media/news-lens.svg — a page of text under a lens — in color on a rounded tile.
//   node scripts/render-icon.mjs      (needs Chromium: bash scripts/vscode-test/setup.sh)
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from './vscode-test/lib/browser.mjs';

const SIZE = 128;
const out = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'media', 'news-lens.png');

const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE}" height="${SIZE}" viewBox="0 0 24 24">
  <defs>
    <linearGradient id="tile" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#24384D"/><stop offset="1" stop-color="#142230"/>
    </linearGradient>
  </defs>
  <rect x="0.5" y="0.5" width="23" height="23" rx="5" fill="url(#tile)"/>
  <g fill="none" stroke-linecap="round" stroke-linejoin="round" stroke-width="1.5">
    <path d="M5 4.5h11.5v6.5M5 4.5v14a1.5 1.5 0 0 0 1.5 1.5h5.5" stroke="#E8EEF4"/>
    <path d="M7.6 8.2h6.4" stroke="#7CC7FF"/>
    <path d="M7.6 11.2h3.8" stroke="#FFD75E"/>
    <path d="M7.6 14.2h2.6" stroke="#7EE0A6"/>
    <circle cx="16.5" cy="16" r="3.6" stroke="#FFD75E" fill="#FFD75E" fill-opacity="0.18"/>
    <path d="M19.1 18.6l2.3 2.3" stroke="#FFD75E" stroke-width="2"/>
  </g>
</svg>`;

const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: SIZE, height: SIZE }, deviceScaleFactor: 1 });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
  writeFileSync(out, await page.locator('svg').screenshot({ omitBackground: true }));
  console.log(`wrote ${path.relative(process.cwd(), out)} (${SIZE} x ${SIZE})`);
} finally {
  await browser.close();
}
