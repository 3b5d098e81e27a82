// Dumps made of the repo's fictional fixtures and random edits to them, for the checks that an edited document's
// analysis (and segmentation) is the one a fresh analysis of the new text gives.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';

const files = ['samples/city-council.txt', 'test/fixtures/harbor-week.news.txt', 'test/fixtures/riverside-dispatch.txt',
  'test/fixtures/no-dateline.txt', 'test/fixtures/ui/council.txt', 'test/fixtures/dates-embedded.news.txt',
  'test/fixtures/dates-menu-byline.txt', 'test/fixtures/dates-narrative.news.txt', 'test/fixtures/ui/harbour-letters.txt'];
const fixtures = files.map(f => readFileSync(f, 'utf8'));

/** What an edit types: characters that change blocks (line breaks, quote marks), and names, dates, datelines,
 * headlines, tweet signatures and sports words that change names, clusters, anchors and articles. */
const typed = fc.constantFrom(
  'x', ' ', '\n', '\n\n', '\r\n', '“', '”', '"', '.', 'Mr. Okafor said', 'Elena Vasquez', ' Vasquez', 'he said.',
  'March 3', 'the next day', '2024', 'LONDON (Reuters) — ', '\nUpdated on: May 16, 2024 / 7:51 AM EDT / Ledger\n',
  '\n\nCouncil Votes On Budget\n', '\n— Jane Roe (@jroe) May 16, 2024\n', 'football club', ' Arsenal beat Wigan at Ewood. ',
  ' The club coach said the striker scored twice as the league match ended. ', 'Harbor City', 'Okafor Inc',
  '\n\nAdvertisement\n\n', 'https://t.co/x1', '',
);

/** One edit: at a position (taken modulo the text's length), delete up to 60 characters and type something. */
export interface TextEdit { at: number; remove: number; insert: string }

export const edit: fc.Arbitrary<TextEdit> = fc.record({ at: fc.nat(), remove: fc.oneof(fc.constant(0), fc.nat(60)), insert: typed });

/** A dump of two to four fixtures, one after another as a news dump has them. */
export const dump: fc.Arbitrary<string> = fc
  .array(fc.nat(fixtures.length - 1), { minLength: 2, maxLength: 4 })
  .map(picks => picks.map(i => fixtures[i].trim()).join('\n\n'));

export function applyEdit(text: string, e: TextEdit): string {
  const at = e.at % (text.length + 1);
  return text.slice(0, at) + e.insert + text.slice(Math.min(text.length, at + e.remove));
}
